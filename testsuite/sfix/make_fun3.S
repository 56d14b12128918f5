%% make_fun3: {make_fun3,{f,Lambda},Index,Uniq,Dst,{list,Env}} makes a
%% fun of the lambda function at Lambda with the free variables Env
%% (taken from x and y registers and literals of each kind), into an x
%% or a y register.  The funs are called (call_fun) to see their
%% environment: none, one, three and six free variables; the same lambda
%% with two environments; fun_info arity (free variables do not count);
%% funs of one lambda and environment are equal, of another environment
%% not.  As erlc does, each heap test counts the free variables of the
%% funs it makes among its words (beamc's validator requires it).
{module, make_fun3}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 24}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"make_fun3.erl",1}]}.
    {func_info,{atom,make_fun3},{atom,main},1}.
  {label,2}.
    {allocate,0,1}.
    {move,{integer,0},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,1},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,2},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,3},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,4},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,5},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,6},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.


%% run(N) -> {value, V} for case N's value V, or {{caught, Class,
%% Reason}, TopFrame} when it raises (TopFrame: the first entry of the
%% stacktrace).
{function, run, 1, 4}.
  {label,3}.
    {line,[{location,"make_fun3.erl",2}]}.
    {func_info,{atom,make_fun3},{atom,run},1}.
  {label,4}.
    {allocate,1,1}.
    {'try',{y,0},{f,5}}.
    {line,[{location,"make_fun3.erl",3}]}.
    {call,1,{f,8}}.
    {try_end,{y,0}}.
    {test_heap,3,1}.
    {put_tuple2,{x,0},{list,[{atom,value},{x,0}]}}.
    {deallocate,1}.
    return.
  {label,5}.
    {try_case,{y,0}}.
    {test_heap,4,3}.
    {put_tuple2,{y,0},{list,[{atom,caught},{x,0},{x,1}]}}.
    {move,{x,2},{x,0}}.
    build_stacktrace.
    {test,is_nonempty_list,{f,6},[{x,0}]}.
    {get_hd,{x,0},{x,0}}.
  {label,6}.
    {test_heap,3,1}.
    {put_tuple2,{x,0},{list,[{y,0},{x,0}]}}.
    {deallocate,1}.
    return.


%% case(N): the cases, each described where it starts.
{function, 'case', 1, 8}.
  {label,7}.
    {line,[{location,"make_fun3.erl",4}]}.
    {func_info,{atom,make_fun3},{atom,'case'},1}.
  {label,8}.
    {select_val,{x,0},{f,7},{list,[{integer,0},{f,9},{integer,1},{f,10},{integer,2},{f,11},{integer,3},{f,12},{integer,4},{f,13},{integer,5},{f,14},{integer,6},{f,15}]}}.
  {label,9}.
    %% 0: no free variables, called with one argument
    {test_heap,{alloc,[{words,0},{floats,0},{funs,1}]},0}.
    {make_fun3,{f,17},0,0,{x,1},{list,[]}}.
    {move,{atom,arg},{x,0}}.
    {allocate,0,2}.
    {call_fun,1}.
    {test_heap,2,1}.
    {put_list,{x,0},nil,{x,0}}.
    {deallocate,0}.
    return.
  {label,10}.
    %% 1: one free variable from x
    {move,{literal,{captured}},{x,0}}.
    {test_heap,{alloc,[{words,1},{floats,0},{funs,1}]},1}.
    {make_fun3,{f,19},1,0,{x,1},{list,[{x,0}]}}.
    {move,{atom,arg},{x,0}}.
    {allocate,0,2}.
    {call_fun,1}.
    {test_heap,2,1}.
    {put_list,{x,0},nil,{x,0}}.
    {deallocate,0}.
    return.
  {label,11}.
    %% 2: three free variables: y, literal, x; the fun into y
    {allocate,2,0}.
    {move,{literal,"from y"},{y,0}}.
    {move,nil,{y,1}}.
    {move,{float,2.5},{x,0}}.
    {test_heap,{alloc,[{words,3},{floats,0},{funs,1}]},1}.
    {make_fun3,{f,21},2,0,{y,1},{list,[{y,0},{integer,12345678901234567890123},{x,0}]}}.
    {move,{atom,arg},{x,0}}.
    {move,{y,1},{x,1}}.
    {call_fun,1}.
    {deallocate,2}.
    return.
  {label,12}.
    %% 3: six free variables (atom, [], tuple, list, binary, map
    %%    literals)
    {test_heap,{alloc,[{words,6},{floats,0},{funs,1}]},0}.
    {make_fun3,{f,23},3,0,{x,1},{list,[{atom,a},nil,{literal,{t}},{literal,[l]},{literal,<<"b">>},{literal,#{m => 1}}]}}.
    {move,{atom,arg},{x,0}}.
    {allocate,0,2}.
    {call_fun,1}.
    {test_heap,2,1}.
    {put_list,{x,0},nil,{x,0}}.
    {deallocate,0}.
    return.
  {label,13}.
    %% 4: one lambda, two environments
    {allocate,1,0}.
    {move,nil,{y,0}}.
    {test_heap,{alloc,[{words,2},{floats,0},{funs,2}]},0}.
    {make_fun3,{f,19},1,0,{y,0},{list,[{atom,first}]}}.
    {make_fun3,{f,19},1,0,{x,1},{list,[{atom,second}]}}.
    {move,{integer,2},{x,0}}.
    {call_fun,1}.
    {move,{x,0},{x,2}}.
    {move,{integer,1},{x,0}}.
    {move,{y,0},{x,1}}.
    {move,{x,2},{y,0}}.
    {call_fun,1}.
    {test_heap,3,1}.
    {put_tuple2,{x,0},{list,[{x,0},{y,0}]}}.
    {deallocate,1}.
    return.
  {label,14}.
    %% 5: fun_info(F, arity) with three free variables
    {test_heap,{alloc,[{words,3},{floats,0},{funs,1}]},0}.
    {make_fun3,{f,21},2,0,{x,0},{list,[{atom,a},{atom,b},{atom,c}]}}.
    {move,{atom,arity},{x,1}}.
    {call_ext_only,2,{extfunc,erlang,fun_info,2}}.
  {label,15}.
    %% 6: equality: same lambda and environment, then another
    %%    environment
    {test_heap,{alloc,[{words,6},{floats,0},{funs,3}]},0}.
    {make_fun3,{f,19},1,0,{x,0},{list,[{atom,e}]}}.
    {make_fun3,{f,19},1,0,{x,1},{list,[{atom,e}]}}.
    {make_fun3,{f,19},1,0,{x,2},{list,[{atom,other}]}}.
    {bif,'=:=',{f,0},[{x,0},{x,1}],{x,1}}.
    {bif,'==',{f,0},[{x,0},{x,2}],{x,2}}.
    {put_tuple2,{x,0},{list,[{x,1},{x,2}]}}.
    return.


%% the lambdas: each returns {Arg, Env...}
{function, '-main/1-fun-0-', 1, 17}.
  {label,16}.
    {line,[{location,"make_fun3.erl",20}]}.
    {func_info,{atom,make_fun3},{atom,'-main/1-fun-0-'},1}.
  {label,17}.
    {test_heap,2,1}.
    {put_tuple2,{x,0},{list,[{x,0}]}}.
    return.


{function, '-main/1-fun-1-', 2, 19}.
  {label,18}.
    {line,[{location,"make_fun3.erl",21}]}.
    {func_info,{atom,make_fun3},{atom,'-main/1-fun-1-'},2}.
  {label,19}.
    {test_heap,3,2}.
    {put_tuple2,{x,0},{list,[{x,0},{x,1}]}}.
    return.


{function, '-main/1-fun-2-', 4, 21}.
  {label,20}.
    {line,[{location,"make_fun3.erl",22}]}.
    {func_info,{atom,make_fun3},{atom,'-main/1-fun-2-'},4}.
  {label,21}.
    {test_heap,5,4}.
    {put_tuple2,{x,0},{list,[{x,0},{x,1},{x,2},{x,3}]}}.
    return.


{function, '-main/1-fun-3-', 7, 23}.
  {label,22}.
    {line,[{location,"make_fun3.erl",23}]}.
    {func_info,{atom,make_fun3},{atom,'-main/1-fun-3-'},7}.
  {label,23}.
    {test_heap,8,7}.
    {put_tuple2,{x,0},{list,[{x,0},{x,1},{x,2},{x,3},{x,4},{x,5},{x,6}]}}.
    return.
