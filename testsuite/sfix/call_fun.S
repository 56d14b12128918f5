%% call_fun: {call_fun,Arity} calls the fun in x(Arity) with the
%% arguments in x0..x(Arity-1), returning to the next instruction (or,
%% followed by deallocate and return, as a tail call).  Local funs of
%% arities 0, 2 and 5 with free variables, external funs (a BIF and an
%% OTP library function), y registers surviving the call, a fun that
%% raises (its frame is the lambda function's), badfun for a non-fun,
%% badarity (shown with an external fun), and a loop of a million tail
%% calls through funs.
{module, call_fun}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 29}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"call_fun.erl",1}]}.
    {func_info,{atom,call_fun},{atom,main},1}.
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
    {move,{integer,7},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,8},{x,0}}.
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
    {line,[{location,"call_fun.erl",2}]}.
    {func_info,{atom,call_fun},{atom,run},1}.
  {label,4}.
    {allocate,1,1}.
    {'try',{y,0},{f,5}}.
    {line,[{location,"call_fun.erl",3}]}.
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
    {line,[{location,"call_fun.erl",4}]}.
    {func_info,{atom,call_fun},{atom,'case'},1}.
  {label,8}.
    {select_val,{x,0},{f,7},{list,[{integer,0},{f,9},{integer,1},{f,10},{integer,2},{f,11},{integer,3},{f,12},{integer,4},{f,13},{integer,5},{f,14},{integer,6},{f,15},{integer,7},{f,16},{integer,8},{f,17}]}}.
  {label,9}.
    %% 0: fun() -> zero end, called with no arguments
    {test_heap,{alloc,[{words,0},{floats,0},{funs,1}]},0}.
    {make_fun3,{f,19},0,0,{x,0},{list,[]}}.
    {allocate,0,1}.
    {call_fun,0}.
    {test_heap,2,1}.
    {put_list,{x,0},nil,{x,0}}.
    {deallocate,0}.
    return.
  {label,10}.
    %% 1: fun(A, B) -> {A, B, E} with E free
    {test_heap,{alloc,[{words,0},{floats,0},{funs,1}]},0}.
    {make_fun3,{f,21},1,0,{x,2},{list,[{atom,env}]}}.
    {move,{atom,a},{x,0}}.
    {move,{integer,2},{x,1}}.
    {allocate,0,3}.
    {call_fun,2}.
    {test_heap,2,1}.
    {put_list,{x,0},nil,{x,0}}.
    {deallocate,0}.
    return.
  {label,11}.
    %% 2: five arguments and two free variables, y registers kept
    {allocate,1,0}.
    {move,{atom,kept},{y,0}}.
    {test_heap,{alloc,[{words,0},{floats,0},{funs,1}]},0}.
    {make_fun3,{f,23},2,0,{x,5},{list,[{atom,e1},{literal,[e2]}]}}.
    {move,{integer,1},{x,0}}.
    {move,{integer,2},{x,1}}.
    {move,{integer,3},{x,2}}.
    {move,{integer,4},{x,3}}.
    {move,{integer,5},{x,4}}.
    {call_fun,5}.
    {test_heap,3,1}.
    {put_tuple2,{x,0},{list,[{x,0},{y,0}]}}.
    {deallocate,1}.
    return.
  {label,12}.
    %% 3: fun erlang:abs/1 (a BIF)
    {move,{integer,-300},{x,0}}.
    {move,{literal,fun erlang:abs/1},{x,1}}.
    {allocate,0,2}.
    {call_fun,1}.
    {test_heap,2,1}.
    {put_list,{x,0},nil,{x,0}}.
    {deallocate,0}.
    return.
  {label,13}.
    %% 4: fun lists:reverse/1
    {allocate,0,0}.
    {move,{literal,"abc"},{x,0}}.
    {move,{literal,fun lists:reverse/1},{x,1}}.
    {call_fun,1}.
    {test_heap,2,1}.
    {put_list,{x,0},nil,{x,0}}.
    {deallocate,0}.
    return.
  {label,14}.
    %% 5: a fun that raises
    {allocate,0,0}.
    {test_heap,{alloc,[{words,0},{floats,0},{funs,1}]},0}.
    {make_fun3,{f,25},3,0,{x,1},{list,[]}}.
    {move,{atom,inside},{x,0}}.
    {line,[{location,"call_fun.erl",10}]}.
    {call_fun,1}.
    {test_heap,2,1}.
    {put_list,{x,0},nil,{x,0}}.
    {deallocate,0}.
    return.
  {label,15}.
    %% 6: calling an atom: badfun
    {allocate,0,0}.
    {move,{atom,a},{x,0}}.
    {move,{atom,not_a_fun},{x,1}}.
    {line,[{location,"call_fun.erl",11}]}.
    {call_fun,1}.
    {test_heap,2,1}.
    {put_list,{x,0},nil,{x,0}}.
    {deallocate,0}.
    return.
  {label,16}.
    %% 7: fun erlang:abs/1 with two arguments: badarity
    {allocate,0,0}.
    {move,{integer,1},{x,0}}.
    {move,{integer,2},{x,1}}.
    {move,{literal,fun erlang:abs/1},{x,2}}.
    {line,[{location,"call_fun.erl",12}]}.
    {call_fun,2}.
    {test_heap,2,1}.
    {put_list,{x,0},nil,{x,0}}.
    {deallocate,0}.
    return.
  {label,17}.
    %% 8: a million tail calls through a fun
    {allocate,0,0}.
    {test_heap,{alloc,[{words,0},{floats,0},{funs,1}]},0}.
    {make_fun3,{f,27},4,0,{x,2},{list,[]}}.
    {move,{integer,1000000},{x,0}}.
    {move,{integer,0},{x,1}}.
    {move,{x,2},{x,3}}.
    {call_fun,3}.
    {deallocate,0}.
    return.


%% the lambdas
{function, '-main/1-fun-0-', 0, 19}.
  {label,18}.
    {line,[{location,"call_fun.erl",20}]}.
    {func_info,{atom,call_fun},{atom,'-main/1-fun-0-'},0}.
  {label,19}.
    {move,{atom,zero},{x,0}}.
    return.


{function, '-main/1-fun-1-', 3, 21}.
  {label,20}.
    {line,[{location,"call_fun.erl",21}]}.
    {func_info,{atom,call_fun},{atom,'-main/1-fun-1-'},3}.
  {label,21}.
    {test_heap,4,3}.
    {put_tuple2,{x,0},{list,[{x,0},{x,1},{x,2}]}}.
    return.


{function, '-main/1-fun-2-', 7, 23}.
  {label,22}.
    {line,[{location,"call_fun.erl",22}]}.
    {func_info,{atom,call_fun},{atom,'-main/1-fun-2-'},7}.
  {label,23}.
    {test_heap,8,7}.
    {put_tuple2,{x,0},{list,[{x,0},{x,1},{x,2},{x,3},{x,4},{x,5},{x,6}]}}.
    return.


{function, '-main/1-fun-3-', 1, 25}.
  {label,24}.
    {line,[{location,"call_fun.erl",23}]}.
    {func_info,{atom,call_fun},{atom,'-main/1-fun-3-'},1}.
  {label,25}.
    {line,[{location,"call_fun.erl",24}]}.
    {call_ext_only,1,{extfunc,erlang,error,1}}.


%% fun(N, Acc, Self) -> Acc + N(N+1)/2, calling itself through Self.
{function, '-main/1-fun-4-', 3, 27}.
  {label,26}.
    {line,[{location,"call_fun.erl",25}]}.
    {func_info,{atom,call_fun},{atom,'-main/1-fun-4-'},3}.
  {label,27}.
    {test,is_eq_exact,{f,28},[{x,0},{integer,0}]}.
    {move,{x,1},{x,0}}.
    return.
  {label,28}.
    {allocate,0,3}.
    {gc_bif,'+',{f,0},3,[{x,1},{x,0}],{x,1}}.
    {gc_bif,'-',{f,0},3,[{x,0},{integer,1}],{x,0}}.
    {move,{x,2},{x,3}}.
    {call_fun,3}.
    {deallocate,0}.
    return.
