%% put_list: {put_list,Head,Tail,Dst} builds the cons cell [Head|Tail].
%% Head and Tail in x and y registers and as literals of each kind (so
%% proper, improper and nested lists); Dst an x or a y register, also
%% one of the sources.
{module, put_list}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 3}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"put_list.erl",1}]}.
    {func_info,{atom,put_list},{atom,main},1}.
  {label,2}.
    {allocate,2,1}.
    {move,{atom,y0},{y,0}}.
    {move,{literal,[tail]},{y,1}}.
    %% literal head and tail
    {test_heap,2,0}.
    {put_list,{atom,a},nil,{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {test_heap,2,0}.
    {put_list,{integer,1},{integer,2},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {test_heap,2,0}.
    {put_list,{float,1.5},{literal,{t}},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {test_heap,2,0}.
    {put_list,{integer,99999999999999999999999},{literal,"bc"},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {test_heap,2,0}.
    {put_list,{literal,<<"b">>},{literal,#{k => v}},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {test_heap,2,0}.
    {put_list,nil,{literal,fun erlang:element/2},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% the string "abc" from the back, in place in x0
    {test_heap,6,0}.
    {put_list,{integer,99},nil,{x,0}}.
    {put_list,{integer,98},{x,0},{x,0}}.
    {put_list,{integer,97},{x,0},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% registers: x head, x tail, y head, y tail, into y
    {move,{literal,{h}},{x,1}}.
    {move,{atom,t},{x,2}}.
    {test_heap,8,3}.
    {put_list,{x,1},{x,2},{x,0}}.
    {put_list,{y,0},{x,0},{x,3}}.
    {put_list,{x,3},{y,1},{x,0}}.
    {put_list,{y,0},{y,1},{y,1}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{y,1},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,2}.
    return.
