%% test_heap: {test_heap,Need,Live} makes room for Need words on the
%% heap, collecting if needed; x0..x(Live-1) survive.  Need as a word
%% count and as an {alloc,...} list with floats and funs; a large need
%% (a 300-element tuple); loops that allocate far more than the initial
%% heap with several live registers holding the growing terms.
{module, test_heap}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 14}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"test_heap.erl",1}]}.
    {func_info,{atom,test_heap},{atom,main},1}.
  {label,2}.
    {allocate,1,1}.
    {move,nil,{y,0}}.
    {move,{integer,30000},{x,0}}.
    {move,nil,{x,1}}.
    {move,{literal,{keep,me}},{x,2}}.
    {move,nil,{x,3}}.
    {call,4,{f,4}}.
    {test,is_tuple,{f,11},[{x,0}]}.
    {test,test_arity,{f,11},[{x,0},3]}.
    {move,{x,0},{y,0}}.
    {get_tuple_element,{x,0},0,{x,0}}.
    {call_ext,1,{extfunc,erlang,length,1}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {get_tuple_element,{y,0},1,{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {get_tuple_element,{y,0},2,{x,0}}.
    {call_ext,1,{extfunc,erlang,length,1}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {get_tuple_element,{y,0},1,{x,0}}.
    {move,{float,1.25},{x,1}}.
    {call,2,{f,7}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,e},{x,0}}.
    {call,1,{f,9}}.
    {move,{x,0},{y,0}}.
    {call_ext,1,{extfunc,erlang,tuple_size,1}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{y,0},{x,0}}.
    {test,is_tuple,{f,11},[{x,0}]}.
    {test,test_arity,{f,11},[{x,0},300]}.
    {get_tuple_element,{x,0},299,{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
  {label,11}.
    {move,{atom,ok},{x,0}}.
    {deallocate,1}.
    return.

%% grow(N, L1, Keep, L2) -> {L1, Keep, L2}, consing a cell onto L1 and a
%% tuple onto L2 N times; four registers live at each test_heap.
{function, grow, 4, 4}.
  {label,3}.
    {line,[{location,"test_heap.erl",2}]}.
    {func_info,{atom,test_heap},{atom,grow},4}.
  {label,4}.
    {test,is_eq_exact,{f,5},[{x,0},{integer,0}]}.
    {test_heap,4,4}.
    {put_tuple2,{x,0},{list,[{x,1},{x,2},{x,3}]}}.
    return.
  {label,5}.
    {test_heap,2,4}.
    {put_list,{x,0},{x,1},{x,1}}.
    {test_heap,{alloc,[{words,5},{floats,0},{funs,0}]},4}.
    {put_tuple2,{x,4},{list,[{x,0},{x,2}]}}.
    {put_list,{x,4},{x,3},{x,3}}.
    {gc_bif,'-',{f,0},4,[{x,0},{integer,1}],{x,0}}.
    {call_only,4,{f,4}}.

%% floatfun(T, F) -> {T*F boxed, a fun of both}: the need counts a float
%% and a fun.
{function, floatfun, 2, 7}.
  {label,6}.
    {line,[{location,"test_heap.erl",3}]}.
    {func_info,{atom,test_heap},{atom,floatfun},2}.
  {label,7}.
    {test,is_float,{f,6},[{x,1}]}.
    {fmove,{x,1},{fr,0}}.
    {bif,fmul,{f,0},[{fr,0},{fr,0}],{fr,0}}.
    {test_heap,{alloc,[{words,3},{floats,1},{funs,1}]},2}.
    {fmove,{fr,0},{x,1}}.
    {make_fun3,{f,13},0,0,{x,2},{list,[{x,0},{x,1}]}}.
    {put_tuple2,{x,0},{list,[{x,1},{x,2}]}}.
    {call_ext_only,1,{extfunc,erlang,tuple_size,1}}.

%% wide(E) -> a tuple of 300 Es.
{function, wide, 1, 9}.
  {label,8}.
    {line,[{location,"test_heap.erl",4}]}.
    {func_info,{atom,test_heap},{atom,wide},1}.
  {label,9}.
    {test_heap,301,1}.
    {put_tuple2,{x,0},{list,[{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{x,0},{integer,300}]}}.
    return.

%% the fun's code
{function, '-floatfun/2-fun-0-', 2, 13}.
  {label,12}.
    {line,[{location,"test_heap.erl",5}]}.
    {func_info,{atom,test_heap},{atom,'-floatfun/2-fun-0-'},2}.
  {label,13}.
    return.
