%% is_function2: {test,is_function2,Fail,[Src,Arity]} goes on when Src
%% is a fun taking Arity arguments, else jumps to Fail.  Local funs with
%% and without free variables (these do not count in the arity), an
%% external fun (a literal), non-funs; Arity as a literal integer and in
%% a register, right, wrong, negative, big and not an integer; Src in an
%% x and a y register and as a literal.  Each t/2 result is {OnX, OnY},
%% each yes or no.
{module, is_function2}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 19}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"is_function2.erl",1}]}.
    {func_info,{atom,is_function2},{atom,main},1}.
  {label,2}.
    {allocate,2,1}.
    {move,nil,{y,0}}.
    {move,nil,{y,1}}.
    {test_heap,{alloc,[{words,0},{floats,0},{funs,2}]},0}.
    {make_fun3,{f,14},0,0,{y,0},{list,[]}}.
    {make_fun3,{f,16},1,0,{y,1},{list,[{atom,a},{integer,2}]}}.
    %% fun() -> ... with the arity in a register: 0, 1, -1
    {move,{y,0},{x,0}}.
    {move,{integer,0},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{y,0},{x,0}}.
    {move,{integer,1},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{y,0},{x,0}}.
    {move,{integer,-1},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% fun(X) -> ... with two free variables: 1 yes; 3 (with them) no
    {move,{y,1},{x,0}}.
    {move,{integer,1},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{y,1},{x,0}}.
    {move,{integer,3},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% an external fun: 1 yes, 2 no; a huge arity
    {move,{literal,fun erlang:abs/1},{x,0}}.
    {move,{integer,1},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,fun erlang:abs/1},{x,0}}.
    {move,{integer,2},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,fun erlang:abs/1},{x,0}}.
    {move,{integer,100000000000000000000000000000},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% an arity that is not an integer
    {move,{literal,fun erlang:abs/1},{x,0}}.
    {move,{atom,one},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% not a fun
    {move,{literal,{fun erlang:abs/1}},{x,0}}.
    {move,{integer,1},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,abs},{x,0}}.
    {move,{integer,1},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% the arity a literal integer
    {move,{y,1},{x,0}}.
    {call,1,{f,8}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{y,0},{x,0}}.
    {call,1,{f,8}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% the fun a literal
    {call,0,{f,11}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,2}.
    return.

%% t(F, A) -> {OnX, OnY}: the test with both operands in x registers,
%% then with both in y registers.
{function, t, 2, 4}.
  {label,3}.
    {line,[{location,"is_function2.erl",2}]}.
    {func_info,{atom,is_function2},{atom,t},2}.
  {label,4}.
    {allocate,2,2}.
    {move,{x,0},{y,0}}.
    {move,{x,1},{y,1}}.
    {move,{atom,no},{x,2}}.
    {test,is_function2,{f,5},[{x,0},{x,1}]}.
    {move,{atom,yes},{x,2}}.
  {label,5}.
    {move,{atom,no},{x,3}}.
    {test,is_function2,{f,6},[{y,0},{y,1}]}.
    {move,{atom,yes},{x,3}}.
  {label,6}.
    {test_heap,3,4}.
    {put_tuple2,{x,0},{list,[{x,2},{x,3}]}}.
    {deallocate,2}.
    return.

%% one(F) -> {is_function(F, 1), is_function(F, 0)} with literal arities.
{function, one, 1, 8}.
  {label,7}.
    {line,[{location,"is_function2.erl",3}]}.
    {func_info,{atom,is_function2},{atom,one},1}.
  {label,8}.
    {move,{atom,no},{x,1}}.
    {test,is_function2,{f,9},[{x,0},{integer,1}]}.
    {move,{atom,yes},{x,1}}.
  {label,9}.
    {move,{atom,no},{x,2}}.
    {test,is_function2,{f,10},[{x,0},{integer,0}]}.
    {move,{atom,yes},{x,2}}.
  {label,10}.
    {test_heap,3,3}.
    {put_tuple2,{x,0},{list,[{x,1},{x,2}]}}.
    return.

%% lit() -> the arities (one, three) with which the literal fun
%% erlang:abs/1 passes, last first.
{function, lit, 0, 11}.
  {label,17}.
    {line,[{location,"is_function2.erl",4}]}.
    {func_info,{atom,is_function2},{atom,lit},0}.
  {label,11}.
    {move,nil,{x,0}}.
    {test,is_function2,{f,12},[{literal,fun erlang:abs/1},{integer,3}]}.
    {test_heap,2,1}.
    {put_list,{atom,three},{x,0},{x,0}}.
  {label,12}.
    {test,is_function2,{f,13},[{literal,fun erlang:abs/1},{integer,1}]}.
    {test_heap,2,1}.
    {put_list,{atom,one},{x,0},{x,0}}.
  {label,13}.
    return.

%% the funs' code
{function, '-main/1-fun-0-', 0, 14}.
  {label,15}.
    {line,[{location,"is_function2.erl",5}]}.
    {func_info,{atom,is_function2},{atom,'-main/1-fun-0-'},0}.
  {label,14}.
    {move,{atom,zero},{x,0}}.
    return.

{function, '-main/1-fun-1-', 3, 16}.
  {label,18}.
    {line,[{location,"is_function2.erl",6}]}.
    {func_info,{atom,is_function2},{atom,'-main/1-fun-1-'},3}.
  {label,16}.
    return.
