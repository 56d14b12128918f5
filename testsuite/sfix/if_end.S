%% if_end: raises the error if_clause, as for an if with no true branch.
%% In a function with no stack frame, in one with a frame, after guard
%% tests that failed; each raise is caught and shown with the first
%% frame of its stacktrace (the function that ran if_end, and its line);
%% the last one is not caught (exit status 127, and escript's message on
%% stderr).
{module, if_end}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 14}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"if_end.erl",1}]}.
    {func_info,{atom,if_end},{atom,main},1}.
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
    %% not caught
    {line,[{location,"if_end.erl",3}]}.
    if_end.

%% run(N) -> {value, V}, or {{caught, Class, Reason}, TopFrame} where
%% TopFrame is the first entry of the stacktrace.
{function, run, 1, 4}.
  {label,3}.
    {line,[{location,"if_end.erl",2}]}.
    {func_info,{atom,if_end},{atom,run},1}.
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

%% case(N): 0 if_end with no frame; 1 with a frame; 2 after failed
%% guard tests (if X > 5 -> ...; X == a -> ... end); 3 takes a branch.
{function, 'case', 1, 8}.
  {label,7}.
    {line,[{location,"if_end.erl",4}]}.
    {func_info,{atom,if_end},{atom,'case'},1}.
  {label,8}.
    {select_val,{x,0},{f,7},{list,[{integer,0},{f,9},{integer,1},{f,10},{integer,2},{f,11},{integer,3},{f,11}]}}.
  {label,9}.
    {line,[{location,"if_end.erl",10}]}.
    if_end.
  {label,10}.
    {allocate,2,1}.
    {move,{x,0},{y,0}}.
    {move,{x,0},{y,1}}.
    {line,[{location,"if_end.erl",11}]}.
    if_end.
  {label,11}.
    {test,is_lt,{f,12},[{integer,5},{x,0}]}.
    {move,{atom,big},{x,0}}.
    return.
  {label,12}.
    {test,is_eq_exact,{f,13},[{x,0},{integer,3}]}.
    {move,{atom,three},{x,0}}.
    return.
  {label,13}.
    {line,[{location,"if_end.erl",12}]}.
    if_end.
