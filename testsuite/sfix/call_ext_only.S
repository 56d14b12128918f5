%% call_ext_only: {call_ext_only,Arity,{extfunc,M,F,A}} tail-calls a
%% function of another module (or of this one by its exported name) from
%% a function with no stack frame.  A BIF, a failing BIF, error/1 and
%% throw/1, an exported function of this module (with 6 arguments too),
%% an OTP library function, an undefined function; a loop of a million
%% remote tail calls (the stack must not grow).
{module, call_ext_only}.  %% version = 0

{exports, [{double,1},{loop,2},{main,1},{six,6}]}.

{attributes, []}.

{labels, 25}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"call_ext_only.erl",1}]}.
    {func_info,{atom,call_ext_only},{atom,main},1}.
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
    {line,[{location,"call_ext_only.erl",2}]}.
    {func_info,{atom,call_ext_only},{atom,run},1}.
  {label,4}.
    {allocate,1,1}.
    {'try',{y,0},{f,5}}.
    {line,[{location,"call_ext_only.erl",3}]}.
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
    {line,[{location,"call_ext_only.erl",4}]}.
    {func_info,{atom,call_ext_only},{atom,'case'},1}.
  {label,8}.
    {select_val,{x,0},{f,7},{list,[{integer,0},{f,9},{integer,1},{f,10},{integer,2},{f,11},{integer,3},{f,12},{integer,4},{f,13},{integer,5},{f,14},{integer,6},{f,15},{integer,7},{f,16},{integer,8},{f,17}]}}.
  {label,9}.
    %% 0: element(2, {a,b}), a BIF
    {move,{integer,2},{x,0}}.
    {move,{literal,{a,b}},{x,1}}.
    {call_ext_only,2,{extfunc,erlang,element,2}}.
  {label,10}.
    %% 1: element(5, {a}) raising badarg
    {move,{integer,5},{x,0}}.
    {move,{literal,{a}},{x,1}}.
    {line,[{location,"call_ext_only.erl",10}]}.
    {call_ext_only,2,{extfunc,erlang,element,2}}.
  {label,11}.
    %% 2: error(oops)
    {move,{atom,oops},{x,0}}.
    {line,[{location,"call_ext_only.erl",11}]}.
    {call_ext_only,1,{extfunc,erlang,error,1}}.
  {label,12}.
    %% 3: throw(ball)
    {move,{atom,ball},{x,0}}.
    {line,[{location,"call_ext_only.erl",12}]}.
    {call_ext_only,1,{extfunc,erlang,throw,1}}.
  {label,13}.
    %% 4: double(21) of this module
    {move,{integer,21},{x,0}}.
    {call_ext_only,1,{extfunc,call_ext_only,double,1}}.
  {label,14}.
    %% 5: six(1, ..., 6) of this module
    {move,{integer,1},{x,0}}.
    {move,{integer,2},{x,1}}.
    {move,{integer,3},{x,2}}.
    {move,{integer,4},{x,3}}.
    {move,{integer,5},{x,4}}.
    {move,{integer,6},{x,5}}.
    {call_ext_only,6,{extfunc,call_ext_only,six,6}}.
  {label,15}.
    %% 6: lists:reverse([1,2,3])
    {move,{literal,[1,2,3]},{x,0}}.
    {call_ext_only,1,{extfunc,lists,reverse,1}}.
  {label,16}.
    %% 7: nomod:nofun(1): undef
    {move,{integer,1},{x,0}}.
    {line,[{location,"call_ext_only.erl",13}]}.
    {call_ext_only,1,{extfunc,nomod,nofun,1}}.
  {label,17}.
    %% 8: a million remote tail calls
    {move,{integer,1000000},{x,0}}.
    {move,{integer,0},{x,1}}.
    {call_ext_only,2,{extfunc,call_ext_only,loop,2}}.


%% double(X) -> 2 * X (exported).
{function, double, 1, 19}.
  {label,18}.
    {line,[{location,"call_ext_only.erl",30}]}.
    {func_info,{atom,call_ext_only},{atom,double},1}.
  {label,19}.
    {gc_bif,'*',{f,0},1,[{x,0},{integer,2}],{x,0}}.
    return.


%% six(A, B, C, D, E, F) -> {F, E, D, C, B, A} (exported).
{function, six, 6, 21}.
  {label,20}.
    {line,[{location,"call_ext_only.erl",31}]}.
    {func_info,{atom,call_ext_only},{atom,six},6}.
  {label,21}.
    {test_heap,7,6}.
    {put_tuple2,{x,0},{list,[{x,5},{x,4},{x,3},{x,2},{x,1},{x,0}]}}.
    return.


%% loop(N, Acc) -> Acc + N(N+1)/2, by remote tail calls (exported).
{function, loop, 2, 23}.
  {label,22}.
    {line,[{location,"call_ext_only.erl",32}]}.
    {func_info,{atom,call_ext_only},{atom,loop},2}.
  {label,23}.
    {test,is_eq_exact,{f,24},[{x,0},{integer,0}]}.
    {move,{x,1},{x,0}}.
    return.
  {label,24}.
    {gc_bif,'+',{f,0},2,[{x,1},{x,0}],{x,1}}.
    {gc_bif,'-',{f,0},2,[{x,0},{integer,1}],{x,0}}.
    {call_ext_only,2,{extfunc,call_ext_only,loop,2}}.
