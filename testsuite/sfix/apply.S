%% apply: {apply,Arity} calls Module:Function(Args), with the Arity
%% arguments in x0.., Module and Function in the two x registers after
%% them; it returns to the next instruction.  A function of this module
%% (0, 1 and 6 arguments), a BIF, an OTP library function, an undefined
%% function (undef), a module or function that is not an atom (badarg);
%% y registers survive.
{module, apply}.  %% version = 0

{exports, [{double,1},{main,1},{six,6},{zero,0}]}.

{attributes, []}.

{labels, 26}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"apply.erl",1}]}.
    {func_info,{atom,apply},{atom,main},1}.
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
    {line,[{location,"apply.erl",2}]}.
    {func_info,{atom,apply},{atom,run},1}.
  {label,4}.
    {allocate,1,1}.
    {'try',{y,0},{f,5}}.
    {line,[{location,"apply.erl",3}]}.
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
    {line,[{location,"apply.erl",4}]}.
    {func_info,{atom,apply},{atom,'case'},1}.
  {label,8}.
    {select_val,{x,0},{f,7},{list,[{integer,0},{f,9},{integer,1},{f,10},{integer,2},{f,11},{integer,3},{f,12},{integer,4},{f,13},{integer,5},{f,14},{integer,6},{f,15},{integer,7},{f,16},{integer,8},{f,17}]}}.
  {label,9}.
    %% 0: double(21) of this module
    {allocate,1,0}.
    {move,{atom,frame},{y,0}}.
    {move,{integer,21},{x,0}}.
    {move,{atom,apply},{x,1}}.
    {move,{atom,double},{x,2}}.
    {apply,1}.
    {test_heap,3,1}.
    {put_tuple2,{x,0},{list,[{x,0},{y,0}]}}.
    {deallocate,1}.
    return.
  {label,10}.
    %% 1: zero() of this module
    {allocate,1,0}.
    {move,{atom,frame},{y,0}}.
    {move,{atom,apply},{x,0}}.
    {move,{atom,zero},{x,1}}.
    {apply,0}.
    {test_heap,3,1}.
    {put_tuple2,{x,0},{list,[{x,0},{y,0}]}}.
    {deallocate,1}.
    return.
  {label,11}.
    %% 2: six(1, ..., 6) of this module
    {allocate,1,0}.
    {move,{atom,frame},{y,0}}.
    {move,{integer,1},{x,0}}.
    {move,{integer,2},{x,1}}.
    {move,{integer,3},{x,2}}.
    {move,{integer,4},{x,3}}.
    {move,{integer,5},{x,4}}.
    {move,{literal,[six]},{x,5}}.
    {move,{atom,apply},{x,6}}.
    {move,{atom,six},{x,7}}.
    {apply,6}.
    {test_heap,3,1}.
    {put_tuple2,{x,0},{list,[{x,0},{y,0}]}}.
    {deallocate,1}.
    return.
  {label,12}.
    %% 3: erlang:abs(-3), a BIF
    {allocate,1,0}.
    {move,{atom,frame},{y,0}}.
    {move,{integer,-3},{x,0}}.
    {move,{atom,erlang},{x,1}}.
    {move,{atom,abs},{x,2}}.
    {apply,1}.
    {test_heap,3,1}.
    {put_tuple2,{x,0},{list,[{x,0},{y,0}]}}.
    {deallocate,1}.
    return.
  {label,13}.
    %% 4: lists:reverse of lists:reverse([1,2]): the first by
    %%    call_ext (beamc links only the modules a program names),
    %%    the second by apply
    {allocate,1,0}.
    {move,{atom,frame},{y,0}}.
    {move,{literal,[1,2]},{x,0}}.
    {call_ext,1,{extfunc,lists,reverse,1}}.
    {move,{atom,lists},{x,1}}.
    {move,{atom,reverse},{x,2}}.
    {apply,1}.
    {test_heap,3,1}.
    {put_tuple2,{x,0},{list,[{x,0},{y,0}]}}.
    {deallocate,1}.
    return.
  {label,14}.
    %% 5: nomod:nofun(1): undef
    {allocate,1,0}.
    {move,{atom,frame},{y,0}}.
    {move,{integer,1},{x,0}}.
    {move,{atom,nomod},{x,1}}.
    {move,{atom,nofun},{x,2}}.
    {line,[{location,"apply.erl",10}]}.
    {apply,1}.
    {test_heap,3,1}.
    {put_tuple2,{x,0},{list,[{x,0},{y,0}]}}.
    {deallocate,1}.
    return.
  {label,15}.
    %% 6: apply:hidden(): not exported, undef
    {allocate,1,0}.
    {move,{atom,frame},{y,0}}.
    {move,{atom,apply},{x,0}}.
    {move,{atom,hidden},{x,1}}.
    {line,[{location,"apply.erl",11}]}.
    {apply,0}.
    {test_heap,3,1}.
    {put_tuple2,{x,0},{list,[{x,0},{y,0}]}}.
    {deallocate,1}.
    return.
  {label,16}.
    %% 7: 3:f(): badarg
    {allocate,1,0}.
    {move,{atom,frame},{y,0}}.
    {move,{integer,3},{x,0}}.
    {move,{atom,f},{x,1}}.
    {line,[{location,"apply.erl",12}]}.
    {apply,0}.
    {test_heap,3,1}.
    {put_tuple2,{x,0},{list,[{x,0},{y,0}]}}.
    {deallocate,1}.
    return.
  {label,17}.
    %% 8: apply:"double"(1): badarg
    {allocate,1,0}.
    {move,{atom,frame},{y,0}}.
    {move,{integer,1},{x,0}}.
    {move,{atom,apply},{x,1}}.
    {move,{literal,"double"},{x,2}}.
    {line,[{location,"apply.erl",13}]}.
    {apply,1}.
    {test_heap,3,1}.
    {put_tuple2,{x,0},{list,[{x,0},{y,0}]}}.
    {deallocate,1}.
    return.


%% double(X) -> 2 * X (exported).
{function, double, 1, 19}.
  {label,18}.
    {line,[{location,"apply.erl",30}]}.
    {func_info,{atom,apply},{atom,double},1}.
  {label,19}.
    {gc_bif,'*',{f,0},1,[{x,0},{integer,2}],{x,0}}.
    return.


%% zero() -> zero (exported).
{function, zero, 0, 21}.
  {label,20}.
    {line,[{location,"apply.erl",31}]}.
    {func_info,{atom,apply},{atom,zero},0}.
  {label,21}.
    {move,{atom,zero},{x,0}}.
    return.


%% six(A, B, C, D, E, F) -> {F, E, D, C, B, A} (exported).
{function, six, 6, 23}.
  {label,22}.
    {line,[{location,"apply.erl",32}]}.
    {func_info,{atom,apply},{atom,six},6}.
  {label,23}.
    {test_heap,7,6}.
    {put_tuple2,{x,0},{list,[{x,5},{x,4},{x,3},{x,2},{x,1},{x,0}]}}.
    return.


%% hidden() -> hidden (not exported).
{function, hidden, 0, 25}.
  {label,24}.
    {line,[{location,"apply.erl",34}]}.
    {func_info,{atom,apply},{atom,hidden},0}.
  {label,25}.
    {move,{atom,hidden},{x,0}}.
    return.
