%% raw_raise: raises again with the class in x0, the reason in x1 and
%% the raw stacktrace in x2, as a handler got them (the compiler uses it
%% to re-raise after an `after` block).  The three classes, the outer
%% handler seeing the class, the reason and the first frame of the
%% original raise; registers set again from y registers after other code
%% ran; a class that is not one (x0 becomes badarg and execution goes
%% on).
{module, raw_raise}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 17}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"raw_raise.erl",1}]}.
    {func_info,{atom,raw_raise},{atom,main},1}.
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
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.

%% run(N) -> {value, V} or {{caught, Class, Reason}, TopFrame} for
%% reraise(N).
{function, run, 1, 4}.
  {label,3}.
    {line,[{location,"raw_raise.erl",2}]}.
    {func_info,{atom,raw_raise},{atom,run},1}.
  {label,4}.
    {allocate,1,1}.
    {'try',{y,0},{f,5}}.
    {line,[{location,"raw_raise.erl",3}]}.
    {call,1,{f,12}}.
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

%% raising(N): 0 error(boom); 1 throw(ball); 2 exit(door); 3 error(not_a).
{function, raising, 1, 8}.
  {label,7}.
    {line,[{location,"raw_raise.erl",4}]}.
    {func_info,{atom,raw_raise},{atom,raising},1}.
  {label,8}.
    {select_val,{x,0},{f,7},{list,[{integer,0},{f,9},{integer,1},{f,10},{integer,2},{f,11},{integer,3},{f,16}]}}.
  {label,9}.
    {move,{atom,boom},{x,0}}.
    {line,[{location,"raw_raise.erl",5}]}.
    {call_ext_only,1,{extfunc,erlang,error,1}}.
  {label,10}.
    {move,{atom,ball},{x,0}}.
    {line,[{location,"raw_raise.erl",6}]}.
    {call_ext_only,1,{extfunc,erlang,throw,1}}.
  {label,11}.
    {move,{atom,door},{x,0}}.
    {line,[{location,"raw_raise.erl",7}]}.
    {call_ext_only,1,{extfunc,erlang,exit,1}}.
  {label,16}.
    {move,{atom,not_a},{x,0}}.
    {line,[{location,"raw_raise.erl",8}]}.
    {call_ext_only,1,{extfunc,erlang,error,1}}.

%% reraise(N): catches raising(N), displays `after`, and raises it
%% again with raw_raise; for N = 3 the class is replaced by one that is
%% not a class: raw_raise then returns badarg, which reraise returns
%% in a tuple.
{function, reraise, 1, 12}.
  {label,13}.
    {line,[{location,"raw_raise.erl",9}]}.
    {func_info,{atom,raw_raise},{atom,reraise},1}.
  {label,12}.
    {allocate,4,1}.
    {init_yregs,{list,[{y,0},{y,1},{y,2}]}}.
    {move,{x,0},{y,0}}.
    {'try',{y,3},{f,14}}.
    {line,[{location,"raw_raise.erl",10}]}.
    {call,1,{f,8}}.
    {try_end,{y,3}}.
    {deallocate,4}.
    return.
  {label,14}.
    {try_case,{y,3}}.
    {move,{x,2},{y,2}}.
    {move,{x,1},{y,1}}.
    {test,is_ne_exact,{f,15},[{y,0},{integer,3}]}.
    {move,{x,0},{y,0}}.
    {move,{atom,'after'},{x,0}}.
    {line,[{location,"raw_raise.erl",11}]}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{y,0},{x,0}}.
    {move,{y,1},{x,1}}.
    {move,{y,2},{x,2}}.
    raw_raise.
    {move,{atom,not_reached},{x,0}}.
    {deallocate,4}.
    return.
  {label,15}.
    {move,{atom,no_class},{x,0}}.
    {move,{y,1},{x,1}}.
    {move,{y,2},{x,2}}.
    raw_raise.
    {test_heap,3,1}.
    {put_tuple2,{x,0},{list,[{atom,went_on},{x,0}]}}.
    {deallocate,4}.
    return.
