%% call_ext: {call_ext,Arity,{extfunc,M,F,A}} calls a function of
%% another module (or of this one, by its exported name), which returns
%% to the next instruction.  A BIF, a failing BIF (its frame first), the
%% raising BIFs error/1, error/2, throw/1 and exit/1 (the caller's
%% frame), an exported function of this module (with 6 arguments too),
%% an OTP library function, apply/2 and apply/3, undefined functions
%% (undef, the missing function's frame first); y registers survive.
{module, call_ext}.  %% version = 0

{exports, [{double,1},{main,1},{six,6}]}.

{attributes, []}.

{labels, 28}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"call_ext.erl",1}]}.
    {func_info,{atom,call_ext},{atom,main},1}.
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
    {move,{integer,9},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,10},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,11},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,12},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% not caught
    {move,{atom,x},{x,0}}.
    {line,[{location,"call_ext.erl",5}]}.
    {call_ext,1,{extfunc,nomod,nofun,1}}.
    {test_heap,2,1}.
    {put_list,{x,0},nil,{x,0}}.
    {deallocate,0}.
    return.


%% run(N) -> {value, V} for case N's value V, or {{caught, Class,
%% Reason}, TopFrame} when it raises (TopFrame: the first entry of the
%% stacktrace).
{function, run, 1, 4}.
  {label,3}.
    {line,[{location,"call_ext.erl",2}]}.
    {func_info,{atom,call_ext},{atom,run},1}.
  {label,4}.
    {allocate,1,1}.
    {'try',{y,0},{f,5}}.
    {line,[{location,"call_ext.erl",3}]}.
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
    {line,[{location,"call_ext.erl",4}]}.
    {func_info,{atom,call_ext},{atom,'case'},1}.
  {label,8}.
    {select_val,{x,0},{f,7},{list,[{integer,0},{f,9},{integer,1},{f,10},{integer,2},{f,11},{integer,3},{f,12},{integer,4},{f,13},{integer,5},{f,14},{integer,6},{f,15},{integer,7},{f,16},{integer,8},{f,17},{integer,9},{f,18},{integer,10},{f,19},{integer,11},{f,20},{integer,12},{f,21}]}}.
  {label,9}.
    %% 0: element(2, {a,b}), a BIF
    {move,{integer,2},{x,0}}.
    {move,{literal,{a,b}},{x,1}}.
    {call_ext_only,2,{extfunc,erlang,element,2}}.
  {label,10}.
    %% 1: element(5, {a}) raising badarg
    {allocate,0,0}.
    {move,{integer,5},{x,0}}.
    {move,{literal,{a}},{x,1}}.
    {line,[{location,"call_ext.erl",10}]}.
    {call_ext,2,{extfunc,erlang,element,2}}.
    {test_heap,2,1}.
    {put_list,{x,0},nil,{x,0}}.
    {deallocate,0}.
    return.
  {label,11}.
    %% 2: error(oops)
    {allocate,0,0}.
    {move,{atom,oops},{x,0}}.
    {line,[{location,"call_ext.erl",11}]}.
    {call_ext,1,{extfunc,erlang,error,1}}.
    {test_heap,2,1}.
    {put_list,{x,0},nil,{x,0}}.
    {deallocate,0}.
    return.
  {label,12}.
    %% 3: error(oops, [1, two])
    {allocate,0,0}.
    {move,{atom,oops},{x,0}}.
    {move,{literal,[1,two]},{x,1}}.
    {line,[{location,"call_ext.erl",12}]}.
    {call_ext,2,{extfunc,erlang,error,2}}.
    {test_heap,2,1}.
    {put_list,{x,0},nil,{x,0}}.
    {deallocate,0}.
    return.
  {label,13}.
    %% 4: throw({ball})
    {allocate,0,0}.
    {move,{literal,{ball}},{x,0}}.
    {line,[{location,"call_ext.erl",13}]}.
    {call_ext,1,{extfunc,erlang,throw,1}}.
    {test_heap,2,1}.
    {put_list,{x,0},nil,{x,0}}.
    {deallocate,0}.
    return.
  {label,14}.
    %% 5: exit("bye")
    {allocate,0,0}.
    {move,{literal,"bye"},{x,0}}.
    {line,[{location,"call_ext.erl",14}]}.
    {call_ext,1,{extfunc,erlang,exit,1}}.
    {test_heap,2,1}.
    {put_list,{x,0},nil,{x,0}}.
    {deallocate,0}.
    return.
  {label,15}.
    %% 6: call_ext:double(21), y registers kept
    {allocate,2,0}.
    {move,{atom,y0},{y,0}}.
    {move,{literal,[y1]},{y,1}}.
    {move,{integer,21},{x,0}}.
    {line,[{location,"call_ext.erl",15}]}.
    {call_ext,1,{extfunc,call_ext,double,1}}.
    {test_heap,4,1}.
    {put_tuple2,{x,0},{list,[{x,0},{y,0},{y,1}]}}.
    {deallocate,2}.
    return.
  {label,16}.
    %% 7: call_ext:six(1, ..., 6)
    {allocate,0,0}.
    {move,{integer,1},{x,0}}.
    {move,{integer,2},{x,1}}.
    {move,{integer,3},{x,2}}.
    {move,{integer,4},{x,3}}.
    {move,{integer,5},{x,4}}.
    {move,{integer,6},{x,5}}.
    {line,[{location,"call_ext.erl",16}]}.
    {call_ext,6,{extfunc,call_ext,six,6}}.
    {test_heap,2,1}.
    {put_list,{x,0},nil,{x,0}}.
    {deallocate,0}.
    return.
  {label,17}.
    %% 8: lists:reverse([1,2,3])
    {allocate,0,0}.
    {move,{literal,[1,2,3]},{x,0}}.
    {line,[{location,"call_ext.erl",17}]}.
    {call_ext,1,{extfunc,lists,reverse,1}}.
    {test_heap,2,1}.
    {put_list,{x,0},nil,{x,0}}.
    {deallocate,0}.
    return.
  {label,18}.
    %% 9: erlang:apply(call_ext, double, [4])
    {allocate,0,0}.
    {move,{atom,call_ext},{x,0}}.
    {move,{atom,double},{x,1}}.
    {move,{literal,[4]},{x,2}}.
    {line,[{location,"call_ext.erl",18}]}.
    {call_ext,3,{extfunc,erlang,apply,3}}.
    {test_heap,2,1}.
    {put_list,{x,0},nil,{x,0}}.
    {deallocate,0}.
    return.
  {label,19}.
    %% 10: erlang:apply(fun erlang:abs/1, [-4])
    {allocate,0,0}.
    {move,{literal,fun erlang:abs/1},{x,0}}.
    {move,{literal,[-4]},{x,1}}.
    {line,[{location,"call_ext.erl",19}]}.
    {call_ext,2,{extfunc,erlang,apply,2}}.
    {test_heap,2,1}.
    {put_list,{x,0},nil,{x,0}}.
    {deallocate,0}.
    return.
  {label,20}.
    %% 11: nomod:nofun(1): undef
    {allocate,0,0}.
    {move,{integer,1},{x,0}}.
    {line,[{location,"call_ext.erl",20}]}.
    {call_ext,1,{extfunc,nomod,nofun,1}}.
    {test_heap,2,1}.
    {put_list,{x,0},nil,{x,0}}.
    {deallocate,0}.
    return.
  {label,21}.
    %% 12: call_ext:hidden(): not exported, undef
    {allocate,0,0}.
    {line,[{location,"call_ext.erl",21}]}.
    {call_ext,0,{extfunc,call_ext,hidden,0}}.
    {test_heap,2,1}.
    {put_list,{x,0},nil,{x,0}}.
    {deallocate,0}.
    return.


%% double(X) -> 2 * X (exported).
{function, double, 1, 23}.
  {label,22}.
    {line,[{location,"call_ext.erl",30}]}.
    {func_info,{atom,call_ext},{atom,double},1}.
  {label,23}.
    {gc_bif,'*',{f,0},1,[{x,0},{integer,2}],{x,0}}.
    return.


%% six(A, B, C, D, E, F) -> {F, E, D, C, B, A} (exported).
{function, six, 6, 25}.
  {label,24}.
    {line,[{location,"call_ext.erl",31}]}.
    {func_info,{atom,call_ext},{atom,six},6}.
  {label,25}.
    {test_heap,7,6}.
    {put_tuple2,{x,0},{list,[{x,5},{x,4},{x,3},{x,2},{x,1},{x,0}]}}.
    return.


%% hidden() -> hidden (not exported).
{function, hidden, 0, 27}.
  {label,26}.
    {line,[{location,"call_ext.erl",32}]}.
    {func_info,{atom,call_ext},{atom,hidden},0}.
  {label,27}.
    {move,{atom,hidden},{x,0}}.
    return.
