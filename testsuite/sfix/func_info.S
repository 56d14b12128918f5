%% func_info: {func_info,Module,Function,Arity} raises the error
%% function_clause, with the function's arguments in place of its arity
%% in the first frame of the stacktrace; the clauses of a function that
%% match nothing jump to it.  Arities 0, 1, 3 and 6 (beyond four
%% arguments), arguments of several kinds, reached by a call, a tail
%% call and a remote call of an exported function; a function whose
%% func_info has no location ({line,[]}); each raise is caught and shown
%% with its first frame; the last one is not caught (exit status 127,
%% and escript's message on stderr names the call).
{module, func_info}.  %% version = 0

{exports, [{main,1},{three,3}]}.

{attributes, []}.

{labels, 26}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"func_info.erl",1}]}.
    {func_info,{atom,func_info},{atom,main},1}.
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
    %% not caught
    {move,{literal,[last]},{x,0}}.
    {move,{float,1.0},{x,1}}.
    {move,{atom,c},{x,2}}.
    {call_last,3,{f,16},0}.

%% run(N) -> {value, V}, or {{caught, Class, Reason}, TopFrame} where
%% TopFrame is the first entry of the stacktrace.
{function, run, 1, 4}.
  {label,3}.
    {line,[{location,"func_info.erl",2}]}.
    {func_info,{atom,func_info},{atom,run},1}.
  {label,4}.
    {allocate,1,1}.
    {'try',{y,0},{f,5}}.
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

%% case(N): 0 zero(); 1 one(b); 2 one(a), which matches; 3 three(1,
%% "two", {3}); 4 six/6 through a tail call; 5 three/3 through a remote
%% call; 6 nowhere/1, whose func_info has no location.
{function, 'case', 1, 8}.
  {label,7}.
    {line,[{location,"func_info.erl",4}]}.
    {func_info,{atom,func_info},{atom,'case'},1}.
  {label,8}.
    {select_val,{x,0},{f,7},{list,[{integer,0},{f,9},{integer,1},{f,10},{integer,2},{f,11},{integer,3},{f,12},{integer,4},{f,13},{integer,5},{f,22},{integer,6},{f,23}]}}.
  {label,9}.
    {call_only,0,{f,25}}.
  {label,10}.
    {move,{atom,b},{x,0}}.
    {call_only,1,{f,14}}.
  {label,11}.
    {move,{atom,a},{x,0}}.
    {call_only,1,{f,14}}.
  {label,12}.
    {allocate,0,0}.
    {move,{integer,1},{x,0}}.
    {move,{literal,"two"},{x,1}}.
    {move,{literal,{3}},{x,2}}.
    {call_last,3,{f,16},0}.
  {label,13}.
    {move,{integer,1},{x,0}}.
    {move,{integer,2},{x,1}}.
    {move,{integer,3},{x,2}}.
    {move,{integer,4},{x,3}}.
    {move,{integer,5},{x,4}}.
    {move,{integer,123456789012345678901234567890},{x,5}}.
    {call_only,6,{f,18}}.
  {label,22}.
    {move,{atom,x},{x,0}}.
    {move,{atom,y},{x,1}}.
    {move,{atom,z},{x,2}}.
    {call_ext_only,3,{extfunc,func_info,three,3}}.
  {label,23}.
    {move,{literal,#{}},{x,0}}.
    {call_only,1,{f,21}}.

%% one(a) -> matched.
{function, one, 1, 14}.
  {label,15}.
    {line,[{location,"func_info.erl",20}]}.
    {func_info,{atom,func_info},{atom,one},1}.
  {label,14}.
    {test,is_eq_exact,{f,15},[{x,0},{atom,a}]}.
    {move,{atom,matched},{x,0}}.
    return.

%% three(A, B, C) when is_integer(A), is_integer(B) -> A + B.
{function, three, 3, 16}.
  {label,17}.
    {line,[{location,"func_info.erl",30}]}.
    {func_info,{atom,func_info},{atom,three},3}.
  {label,16}.
    {test,is_integer,{f,17},[{x,0}]}.
    {test,is_integer,{f,17},[{x,1}]}.
    {gc_bif,'+',{f,0},3,[{x,0},{x,1}],{x,0}}.
    return.

%% six(_, _, _, _, _, F) when is_float(F) -> F.
{function, six, 6, 18}.
  {label,19}.
    {line,[{location,"func_info.erl",40}]}.
    {func_info,{atom,func_info},{atom,six},6}.
  {label,18}.
    {test,is_float,{f,19},[{x,5}]}.
    {move,{x,5},{x,0}}.
    return.

%% nowhere(X) when is_atom(X) -> X, with no location.
{function, nowhere, 1, 21}.
  {label,20}.
    {line,[]}.
    {func_info,{atom,func_info},{atom,nowhere},1}.
  {label,21}.
    {test,is_atom,{f,20},[{x,0}]}.
    return.

%% zero(): no clause at all.
{function, zero, 0, 25}.
  {label,24}.
    {line,[{location,"func_info.erl",50}]}.
    {func_info,{atom,func_info},{atom,zero},0}.
  {label,25}.
    {jump,{f,24}}.
