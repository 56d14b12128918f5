%% test_arity: {test,test_arity,Fail,[Src,Arity]} goes on when the tuple
%% Src (known to be one: the validator wants is_tuple first) has Arity
%% elements, else jumps to Fail.  Arities 0, 1, 2 and 300, each tried
%% against tuples one smaller, equal and one larger; Src in an x and a y
%% register (t/1 returns {OnX, OnY}, each yes or no) and a literal.
{module, test_arity}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 17}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"test_arity.erl",1}]}.
    {func_info,{atom,test_arity},{atom,main},1}.
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
    %% 299, 300 and 301 elements, built at run time
    {move,{integer,299},{x,0}}.
    {move,{atom,e},{x,1}}.
    {call_ext,2,{extfunc,erlang,make_tuple,2}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,300},{x,0}}.
    {move,{atom,e},{x,1}}.
    {call_ext,2,{extfunc,erlang,make_tuple,2}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,301},{x,0}}.
    {move,{atom,e},{x,1}}.
    {call_ext,2,{extfunc,erlang,make_tuple,2}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {call,0,{f,12}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.

%% t(T) -> [{Arity, {OnX, OnY}} || Arity <- [0, 1, 2, 300]] for a tuple T.
{function, t, 1, 4}.
  {label,3}.
    {line,[{location,"test_arity.erl",2}]}.
    {func_info,{atom,test_arity},{atom,t},1}.
  {label,4}.
    {test,is_tuple,{f,3},[{x,0}]}.
    {allocate,1,1}.
    {move,{x,0},{y,0}}.
    {move,nil,{x,1}}.
    %% 300
    {move,{atom,no},{x,2}}.
    {test,test_arity,{f,5},[{x,0},300]}.
    {move,{atom,yes},{x,2}}.
  {label,5}.
    {move,{atom,no},{x,3}}.
    {test,test_arity,{f,6},[{y,0},300]}.
    {move,{atom,yes},{x,3}}.
  {label,6}.
    {test_heap,8,4}.
    {put_tuple2,{x,2},{list,[{x,2},{x,3}]}}.
    {put_tuple2,{x,2},{list,[{integer,300},{x,2}]}}.
    {put_list,{x,2},{x,1},{x,1}}.
    %% 2
    {move,{atom,no},{x,2}}.
    {test,test_arity,{f,7},[{x,0},2]}.
    {move,{atom,yes},{x,2}}.
  {label,7}.
    {move,{atom,no},{x,3}}.
    {test,test_arity,{f,8},[{y,0},2]}.
    {move,{atom,yes},{x,3}}.
  {label,8}.
    {test_heap,8,4}.
    {put_tuple2,{x,2},{list,[{x,2},{x,3}]}}.
    {put_tuple2,{x,2},{list,[{integer,2},{x,2}]}}.
    {put_list,{x,2},{x,1},{x,1}}.
    %% 1
    {move,{atom,no},{x,2}}.
    {test,test_arity,{f,9},[{x,0},1]}.
    {move,{atom,yes},{x,2}}.
  {label,9}.
    {move,{atom,no},{x,3}}.
    {test,test_arity,{f,10},[{y,0},1]}.
    {move,{atom,yes},{x,3}}.
  {label,10}.
    {test_heap,8,4}.
    {put_tuple2,{x,2},{list,[{x,2},{x,3}]}}.
    {put_tuple2,{x,2},{list,[{integer,1},{x,2}]}}.
    {put_list,{x,2},{x,1},{x,1}}.
    %% 0
    {move,{atom,no},{x,2}}.
    {test,test_arity,{f,11},[{x,0},0]}.
    {move,{atom,yes},{x,2}}.
  {label,11}.
    {move,{atom,no},{x,3}}.
    {test,test_arity,{f,15},[{y,0},0]}.
    {move,{atom,yes},{x,3}}.
  {label,15}.
    {test_heap,8,4}.
    {put_tuple2,{x,2},{list,[{x,2},{x,3}]}}.
    {put_tuple2,{x,2},{list,[{integer,0},{x,2}]}}.
    {put_list,{x,2},{x,1},{x,0}}.
    {deallocate,1}.
    return.

%% lits() -> the arities (two, three) a literal 2-tuple passes with.
{function, lits, 0, 12}.
  {label,13}.
    {line,[{location,"test_arity.erl",3}]}.
    {func_info,{atom,test_arity},{atom,lits},0}.
  {label,12}.
    {move,nil,{x,0}}.
    {test,test_arity,{f,14},[{literal,{p,q}},3]}.
    {test_heap,2,1}.
    {put_list,{atom,three},{x,0},{x,0}}.
  {label,14}.
    {test,test_arity,{f,16},[{literal,{p,q}},2]}.
    {test_heap,2,1}.
    {put_list,{atom,two},{x,0},{x,0}}.
  {label,16}.
    return.
