%% put_tuple2: {put_tuple2,Dst,{list,Elements}} builds a tuple.  Sizes
%% 1, 2, 3, 8 and 20; elements from x and y registers and literals of
%% each kind; Dst an x or a y register, also one of the sources; nested
%% tuples built from the inside out.
{module, put_tuple2}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 3}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"put_tuple2.erl",1}]}.
    {func_info,{atom,put_tuple2},{atom,main},1}.
  {label,2}.
    {allocate,2,1}.
    {move,{literal,"y0"},{y,0}}.
    {move,{integer,-1},{y,1}}.
    {test_heap,2,0}.
    {put_tuple2,{x,0},{list,[{atom,one}]}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {test_heap,3,0}.
    {put_tuple2,{x,0},{list,[nil,{integer,2}]}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {test_heap,9,0}.
    {put_tuple2,{x,0},
                {list,[{integer,1},{float,2.0},{atom,three},nil,
                       {literal,[5]},{literal,{6}},{literal,<<7>>},
                       {integer,88888888888888888888888888}]}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {test_heap,4,0}.
    {put_tuple2,{x,0},{list,[{literal,#{}},{literal,fun erlang:node/0},{literal,<<1:1>>}]}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% registers, nested: {{x1,y0},{{x1,y0},y1}} with the result in y1
    {move,{atom,x1},{x,1}}.
    {test_heap,9,2}.
    {put_tuple2,{x,2},{list,[{x,1},{y,0}]}}.
    {put_tuple2,{x,0},{list,[{x,2},{y,1}]}}.
    {put_tuple2,{y,1},{list,[{x,2},{x,0}]}}.
    {move,{y,1},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% in place: x0 is both an element and the destination
    {move,{atom,inner},{x,0}}.
    {test_heap,4,1}.
    {put_tuple2,{x,0},{list,[{x,0}]}}.
    {put_tuple2,{x,0},{list,[{x,0}]}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {test_heap,21,0}.
    {put_tuple2,{x,0},
                {list,[{integer,1},{integer,2},{integer,3},{integer,4},
                       {integer,5},{integer,6},{integer,7},{integer,8},
                       {integer,9},{integer,10},{integer,11},{integer,12},
                       {integer,13},{integer,14},{integer,15},{integer,16},
                       {integer,17},{integer,18},{integer,19},{y,0}]}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,2}.
    return.
