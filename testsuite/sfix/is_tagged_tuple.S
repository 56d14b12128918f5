%% is_tagged_tuple: {test,is_tagged_tuple,Fail,[Src,Arity,{atom,Tag}]}
%% goes on when Src is a tuple of Arity elements whose first is Tag (a
%% record test), else jumps to Fail.  Src not a tuple (an atom, a list,
%% [], the tag itself), an empty tuple, the right arity with another tag
%% or a non-atom first element, the right tag with arities one smaller
%% and larger, and a match; Src in an x and a y register (t/1 returns
%% {OnX, OnY}, each yes or no) and as a literal; arities 1 and 3.
{module, is_tagged_tuple}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 14}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"is_tagged_tuple.erl",1}]}.
    {func_info,{atom,is_tagged_tuple},{atom,main},1}.
  {label,2}.
    {allocate,0,1}.
    {move,{atom,rec},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,[rec,a,b]},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,nil,{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,{}},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,{other,a,b}},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,{"rec",a,b}},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,{rec,a}},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,{rec,a,b,c}},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,{rec,a,b}},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% a tuple built at run time
    {test_heap,4,0}.
    {put_tuple2,{x,0},{list,[{atom,rec},{integer,1},{integer,2}]}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% arity 1
    {move,{literal,{single}},{x,0}}.
    {call,1,{f,8}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,{rec}},{x,0}}.
    {call,1,{f,8}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {call,0,{f,11}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.

%% t(X) -> {OnX, OnY} for the test: a {rec, _, _} record.
{function, t, 1, 4}.
  {label,3}.
    {line,[{location,"is_tagged_tuple.erl",2}]}.
    {func_info,{atom,is_tagged_tuple},{atom,t},1}.
  {label,4}.
    {allocate,1,1}.
    {move,{x,0},{y,0}}.
    {move,{atom,no},{x,1}}.
    {test,is_tagged_tuple,{f,5},[{x,0},3,{atom,rec}]}.
    {move,{atom,yes},{x,1}}.
  {label,5}.
    {move,{atom,no},{x,2}}.
    {test,is_tagged_tuple,{f,6},[{y,0},3,{atom,rec}]}.
    {move,{atom,yes},{x,2}}.
  {label,6}.
    {test_heap,3,3}.
    {put_tuple2,{x,0},{list,[{x,1},{x,2}]}}.
    {deallocate,1}.
    return.

%% single(X) -> yes for {single}, else no.
{function, single, 1, 8}.
  {label,7}.
    {line,[{location,"is_tagged_tuple.erl",3}]}.
    {func_info,{atom,is_tagged_tuple},{atom,single},1}.
  {label,8}.
    {test,is_tagged_tuple,{f,9},[{x,0},1,{atom,single}]}.
    {move,{atom,yes},{x,0}}.
    return.
  {label,9}.
    {move,{atom,no},{x,0}}.
    return.

%% lits() -> the literal operands that pass, last first.
{function, lits, 0, 11}.
  {label,10}.
    {line,[{location,"is_tagged_tuple.erl",4}]}.
    {func_info,{atom,is_tagged_tuple},{atom,lits},0}.
  {label,11}.
    {move,nil,{x,0}}.
    {test,is_tagged_tuple,{f,12},[{literal,{rec,a,b}},3,{atom,rec}]}.
    {test_heap,2,1}.
    {put_list,{atom,match},{x,0},{x,0}}.
  {label,12}.
    {test,is_tagged_tuple,{f,13},[{literal,{rec,a,b}},3,{atom,other}]}.
    {test_heap,2,1}.
    {put_list,{atom,other_tag},{x,0},{x,0}}.
  {label,13}.
    return.
