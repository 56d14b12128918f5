%% get_tuple_element: {get_tuple_element,Src,Index,Dst} reads element
%% Index (from 0) of a tuple known to be big enough (the validator wants
%% is_tuple and test_arity first).  The first, a middle and the last
%% element; Src in an x and a y register, Dst an x or a y register or
%% the source register itself; a literal tuple and one built at run
%% time; a 1-tuple.
{module, get_tuple_element}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 6}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"get_tuple_element.erl",1}]}.
    {func_info,{atom,get_tuple_element},{atom,main},1}.
  {label,2}.
    {allocate,2,1}.
    {move,nil,{y,1}}.
    {move,{literal,{a,"b",{c},[d|e],5.0}},{x,0}}.
    {test,is_tuple,{f,5},[{x,0}]}.
    {test,test_arity,{f,5},[{x,0},5]}.
    {move,{x,0},{y,0}}.
    %% x -> x: first, middle, last
    {get_tuple_element,{x,0},0,{x,1}}.
    {get_tuple_element,{x,0},2,{x,2}}.
    {get_tuple_element,{x,0},4,{x,3}}.
    {test_heap,4,4}.
    {put_tuple2,{x,0},{list,[{x,1},{x,2},{x,3}]}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% y -> x, y -> y
    {get_tuple_element,{y,0},1,{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {get_tuple_element,{y,0},3,{y,1}}.
    {move,{y,1},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% x -> the source register
    {move,{y,0},{x,0}}.
    {get_tuple_element,{x,0},4,{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% a tuple built at run time; a 1-tuple
    {move,{atom,inner},{x,0}}.
    {call,1,{f,4}}.
    {test,is_tuple,{f,5},[{x,0}]}.
    {test,test_arity,{f,5},[{x,0},1]}.
    {get_tuple_element,{x,0},0,{x,0}}.
    {test,is_tuple,{f,5},[{x,0}]}.
    {test,test_arity,{f,5},[{x,0},2]}.
    {get_tuple_element,{x,0},1,{x,1}}.
    {get_tuple_element,{x,0},0,{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
  {label,5}.
    {move,{atom,ok},{x,0}}.
    {deallocate,2}.
    return.

%% wrap(X) -> {{X, 2}}.
{function, wrap, 1, 4}.
  {label,3}.
    {line,[{location,"get_tuple_element.erl",2}]}.
    {func_info,{atom,get_tuple_element},{atom,wrap},1}.
  {label,4}.
    {test_heap,5,1}.
    {put_tuple2,{x,0},{list,[{x,0},{integer,2}]}}.
    {put_tuple2,{x,0},{list,[{x,0}]}}.
    return.
