%% call_fun2: {call_fun2,Tag,Arity,Func} calls the fun Func with the
%% arguments in x0..x(Arity-1).  Tag {atom,safe} (Func known to be a fun
%% of that arity), {atom,unsafe} (anything: badfun and badarity are
%% raised), or {f,Lambda} (Func known to be a fun of that lambda, its
%% type naming the target).  Func in an x and a y register, typed
%% ({tr,...}) or not; local and external funs; y registers survive; a
%% loop of a million tail calls (call_fun2 then deallocate and return).
{module, call_fun2}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 26}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"call_fun2.erl",1}]}.
    {func_info,{atom,call_fun2},{atom,main},1}.
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
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.


%% run(N) -> {value, V} for case N's value V, or {{caught, Class,
%% Reason}, TopFrame} when it raises (TopFrame: the first entry of the
%% stacktrace).
{function, run, 1, 4}.
  {label,3}.
    {line,[{location,"call_fun2.erl",2}]}.
    {func_info,{atom,call_fun2},{atom,run},1}.
  {label,4}.
    {allocate,1,1}.
    {'try',{y,0},{f,5}}.
    {line,[{location,"call_fun2.erl",3}]}.
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
    {line,[{location,"call_fun2.erl",4}]}.
    {func_info,{atom,call_fun2},{atom,'case'},1}.
  {label,8}.
    {select_val,{x,0},{f,7},{list,[{integer,0},{f,9},{integer,1},{f,10},{integer,2},{f,11},{integer,3},{f,12},{integer,4},{f,13},{integer,5},{f,14},{integer,6},{f,15},{integer,7},{f,16}]}}.
  {label,9}.
    %% 0: safe, a local fun in x, typed
    {test_heap,{alloc,[{words,0},{floats,0},{funs,1}]},0}.
    {make_fun3,{f,18},0,0,{x,2},{list,[{atom,env}]}}.
    {move,{atom,a},{x,0}}.
    {move,{integer,2},{x,1}}.
    {allocate,0,3}.
    {call_fun2,{atom,safe},2,{tr,{x,2},{t_fun,2,any,any}}}.
    {test_heap,2,1}.
    {put_list,{x,0},nil,{x,0}}.
    {deallocate,0}.
    return.
  {label,10}.
    %% 1: safe, an external fun in y, y registers kept
    {allocate,2,0}.
    {move,{atom,kept},{y,0}}.
    {move,{literal,fun erlang:abs/1},{y,1}}.
    {move,{integer,-4},{x,0}}.
    {call_fun2,{atom,safe},1,{y,1}}.
    {test_heap,3,1}.
    {put_tuple2,{x,0},{list,[{x,0},{y,0}]}}.
    {deallocate,2}.
    return.
  {label,11}.
    %% 2: unsafe, a local fun of no arguments
    {test_heap,{alloc,[{words,0},{floats,0},{funs,1}]},0}.
    {make_fun3,{f,20},1,0,{x,0},{list,[]}}.
    {allocate,0,1}.
    {call_fun2,{atom,unsafe},0,{x,0}}.
    {test_heap,2,1}.
    {put_list,{x,0},nil,{x,0}}.
    {deallocate,0}.
    return.
  {label,12}.
    %% 3: unsafe, an atom: badfun
    {allocate,0,0}.
    {move,{atom,a},{x,0}}.
    {move,{atom,not_a_fun},{x,1}}.
    {line,[{location,"call_fun2.erl",10}]}.
    {call_fun2,{atom,unsafe},1,{x,1}}.
    {test_heap,2,1}.
    {put_list,{x,0},nil,{x,0}}.
    {deallocate,0}.
    return.
  {label,13}.
    %% 4: unsafe, fun erlang:abs/1 with two arguments: badarity
    {allocate,0,0}.
    {move,{integer,1},{x,0}}.
    {move,{integer,2},{x,1}}.
    {move,{literal,fun erlang:abs/1},{x,2}}.
    {line,[{location,"call_fun2.erl",11}]}.
    {call_fun2,{atom,unsafe},2,{x,2}}.
    {test_heap,2,1}.
    {put_list,{x,0},nil,{x,0}}.
    {deallocate,0}.
    return.
  {label,14}.
    %% 5: the lambda as tag, two free variables
    {test_heap,{alloc,[{words,0},{floats,0},{funs,1}]},0}.
    {make_fun3,{f,22},2,0,{x,1},{list,[{atom,e1},{literal,{e2}}]}}.
    {move,{atom,arg},{x,0}}.
    {allocate,0,2}.
    {call_fun2,{f,22},1,{tr,{x,1},{t_fun,1,{'-main/1-fun-2-',3},any}}}.
    {test_heap,2,1}.
    {put_list,{x,0},nil,{x,0}}.
    {deallocate,0}.
    return.
  {label,15}.
    %% 6: the lambda as tag, the fun in y
    {allocate,1,0}.
    {move,nil,{y,0}}.
    {test_heap,{alloc,[{words,0},{floats,0},{funs,1}]},0}.
    {make_fun3,{f,22},2,0,{y,0},{list,[{atom,y1},{atom,y2}]}}.
    {move,{atom,arg},{x,0}}.
    {call_fun2,{f,22},1,{tr,{y,0},{t_fun,1,{'-main/1-fun-2-',3},any}}}.
    {test_heap,2,1}.
    {put_list,{x,0},nil,{x,0}}.
    {deallocate,1}.
    return.
  {label,16}.
    %% 7: a million tail calls through a fun
    {allocate,0,0}.
    {test_heap,{alloc,[{words,0},{floats,0},{funs,1}]},0}.
    {make_fun3,{f,24},3,0,{x,2},{list,[]}}.
    {move,{integer,1000000},{x,0}}.
    {move,{integer,0},{x,1}}.
    {move,{x,2},{x,3}}.
    {call_fun2,{atom,safe},3,{x,3}}.
    {deallocate,0}.
    return.


%% the lambdas
{function, '-main/1-fun-0-', 3, 18}.
  {label,17}.
    {line,[{location,"call_fun2.erl",20}]}.
    {func_info,{atom,call_fun2},{atom,'-main/1-fun-0-'},3}.
  {label,18}.
    {test_heap,4,3}.
    {put_tuple2,{x,0},{list,[{x,0},{x,1},{x,2}]}}.
    return.


{function, '-main/1-fun-1-', 0, 20}.
  {label,19}.
    {line,[{location,"call_fun2.erl",21}]}.
    {func_info,{atom,call_fun2},{atom,'-main/1-fun-1-'},0}.
  {label,20}.
    {move,{atom,zero},{x,0}}.
    return.


{function, '-main/1-fun-2-', 3, 22}.
  {label,21}.
    {line,[{location,"call_fun2.erl",22}]}.
    {func_info,{atom,call_fun2},{atom,'-main/1-fun-2-'},3}.
  {label,22}.
    {test_heap,4,3}.
    {put_tuple2,{x,0},{list,[{x,0},{x,1},{x,2}]}}.
    return.


%% fun(N, Acc, Self) -> Acc + N(N+1)/2, calling itself through Self.
{function, '-main/1-fun-3-', 3, 24}.
  {label,23}.
    {line,[{location,"call_fun2.erl",23}]}.
    {func_info,{atom,call_fun2},{atom,'-main/1-fun-3-'},3}.
  {label,24}.
    {test,is_eq_exact,{f,25},[{x,0},{integer,0}]}.
    {move,{x,1},{x,0}}.
    return.
  {label,25}.
    {allocate,0,3}.
    {gc_bif,'+',{f,0},3,[{x,1},{x,0}],{x,1}}.
    {gc_bif,'-',{f,0},3,[{x,0},{integer,1}],{x,0}}.
    {move,{x,2},{x,3}}.
    {call_fun2,{atom,safe},3,{tr,{x,3},{t_fun,3,{'-main/1-fun-3-',3},any}}}.
    {deallocate,0}.
    return.
