%% select_tuple_arity: {select_tuple_arity,Src,Fail,{list,[Arity,Label,
%% ...]}} jumps to the label of the arity of the tuple Src (known to be
%% one: the validator wants is_tuple first), or to Fail when no arity
%% matches.  Arities 0, 1, 2, 3 and 10 (listed out of order), each hit;
%% missing arities; not tuples (an atom, a list, [], a map) stopped by
%% the is_tuple before it, whose Fail is the same; Src in an x and a y
%% register.
{module, select_tuple_arity}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 17}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"select_tuple_arity.erl",1}]}.
    {func_info,{atom,select_tuple_arity},{atom,main},1}.
  {label,2}.
    {allocate,0,1}.
    {move,{literal,{}},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,{a}},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,{a,b}},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,{a,b,c}},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,{1,2,3,4,5,6,7,8,9,10}},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,{1,2,3,4}},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,{1,2,3,4,5,6,7,8,9,10,11}},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,a},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,[a,b]},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,nil,{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,#{1 => 2}},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% in a y register
    {move,{literal,{p,q}},{x,0}}.
    {call,1,{f,12}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,{p}},{x,0}}.
    {call,1,{f,12}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,{p,q,r}},{x,0}}.
    {call,1,{f,12}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,p},{x,0}}.
    {call,1,{f,12}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.

%% arity(X) -> the name of X's arity among 0, 1, 2, 3, 10, or fail.
{function, arity, 1, 4}.
  {label,3}.
    {line,[{location,"select_tuple_arity.erl",2}]}.
    {func_info,{atom,select_tuple_arity},{atom,arity},1}.
  {label,4}.
    {test,is_tuple,{f,10},[{x,0}]}.
    {select_tuple_arity,{x,0},{f,10},
                        {list,[3,{f,8},0,{f,5},10,{f,9},1,{f,6},2,{f,7}]}}.
  {label,5}.
    {move,{atom,zero},{x,0}}.
    return.
  {label,6}.
    {move,{atom,one},{x,0}}.
    return.
  {label,7}.
    {move,{atom,two},{x,0}}.
    return.
  {label,8}.
    {move,{atom,three},{x,0}}.
    return.
  {label,9}.
    {move,{atom,ten},{x,0}}.
    return.
  {label,10}.
    {move,{atom,fail},{x,0}}.
    return.

%% arity_y(X) -> {X's arity among 1 and 2, or fail} from a y register.
{function, arity_y, 1, 12}.
  {label,11}.
    {line,[{location,"select_tuple_arity.erl",3}]}.
    {func_info,{atom,select_tuple_arity},{atom,arity_y},1}.
  {label,12}.
    {allocate,1,1}.
    {move,{x,0},{y,0}}.
    {move,{atom,fail},{x,0}}.
    {test,is_tuple,{f,16},[{y,0}]}.
    {select_tuple_arity,{y,0},{f,16},{list,[2,{f,14},1,{f,13}]}}.
  {label,13}.
    {move,{atom,one},{x,0}}.
    {jump,{f,16}}.
  {label,14}.
    {move,{atom,two},{x,0}}.
  {label,16}.
    {test_heap,2,1}.
    {put_tuple2,{x,0},{list,[{x,0}]}}.
    {deallocate,1}.
    return.
