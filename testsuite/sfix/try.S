%% try, try_end, try_case: {try,Y,Label} sets up a handler in Y;
%% {try_end,Y} removes it when the protected code finishes; an exception
%% in between goes to Label, where {try_case,Y} removes it and leaves
%% the class in x0 and the reason in x1.  No exception; throw, error and
%% exit, raised here, in a callee three calls down and by a BIF;
%% handlers in y0 and y2 of a frame, nested (the inner one takes the
%% exception, or passes it on by raising anew from its handler); an
%% exception after try_end goes to the next handler out; a handler set
%% up and taken 100000 times in a loop.
{module, 'try'}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 27}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"try.erl",1}]}.
    {func_info,{atom,'try'},{atom,main},1}.
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
    {call,1,{f,13}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,7},{x,0}}.
    {call,1,{f,13}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,8},{x,0}}.
    {call,1,{f,13}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,100000},{x,0}}.
    {move,{integer,0},{x,1}}.
    {call,2,{f,21}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.

%% run(N) -> {value, V} for case N's value V, or {caught, Class, Reason}
%% (the handler in y2 of a frame of three).
{function, run, 1, 4}.
  {label,3}.
    {line,[{location,"try.erl",2}]}.
    {func_info,{atom,'try'},{atom,run},1}.
  {label,4}.
    {allocate,3,1}.
    {move,{atom,y0},{y,0}}.
    {move,{x,0},{y,1}}.
    {'try',{y,2},{f,5}}.
    {call,1,{f,7}}.
    {try_end,{y,2}}.
    {test_heap,3,1}.
    {put_tuple2,{x,0},{list,[{atom,value},{x,0}]}}.
    {deallocate,3}.
    return.
  {label,5}.
    {try_case,{y,2}}.
    {test_heap,4,2}.
    {put_tuple2,{x,0},{list,[{atom,caught},{x,0},{x,1}]}}.
    {deallocate,3}.
    return.

%% case(N): 0 returns; 1 throws; 2 errors; 3 exits; 4 raises three
%% calls down; 5 gets badarg from element/2.
{function, 'case', 1, 7}.
  {label,6}.
    {line,[{location,"try.erl",3}]}.
    {func_info,{atom,'try'},{atom,'case'},1}.
  {label,7}.
    {select_val,{x,0},{f,6},
                {list,[{integer,0},{f,8},{integer,1},{f,9},{integer,2},{f,10},
                       {integer,3},{f,11},{integer,4},{f,12},{integer,5},{f,22}]}}.
  {label,8}.
    {move,{atom,returned},{x,0}}.
    return.
  {label,9}.
    {move,{literal,{thrown,[1]}},{x,0}}.
    {line,[{location,"try.erl",4}]}.
    {call_ext_only,1,{extfunc,erlang,throw,1}}.
  {label,10}.
    {move,{atom,oops},{x,0}}.
    {line,[{location,"try.erl",5}]}.
    {call_ext_only,1,{extfunc,erlang,error,1}}.
  {label,11}.
    {move,{literal,"exited"},{x,0}}.
    {line,[{location,"try.erl",6}]}.
    {call_ext_only,1,{extfunc,erlang,exit,1}}.
  {label,12}.
    {move,{integer,3},{x,0}}.
    {call_only,1,{f,24}}.
  {label,22}.
    {move,{integer,5},{x,0}}.
    {move,{literal,{a}},{x,1}}.
    {line,[{location,"try.erl",7}]}.
    {call_ext_only,2,{extfunc,erlang,element,2}}.

%% nested(N): 6 the inner handler takes a throw; 7 the inner handler
%% raises anew and the outer one takes that; 8 an error after the inner
%% try_end goes to the outer handler.
{function, nested, 1, 13}.
  {label,26}.
    {line,[{location,"try.erl",8}]}.
    {func_info,{atom,'try'},{atom,nested},1}.
  {label,13}.
    {allocate,2,1}.
    {'try',{y,1},{f,16}}.
    {'try',{y,0},{f,15}}.
    {test,is_eq_exact,{f,14},[{x,0},{integer,8}]}.
    {try_end,{y,0}}.
    {move,{atom,after_try_end},{x,0}}.
    {line,[{location,"try.erl",9}]}.
    {call_ext,1,{extfunc,erlang,error,1}}.
  {label,14}.
    {move,{x,0},{x,1}}.
    {move,{atom,inner},{x,0}}.
    {test_heap,3,2}.
    {put_tuple2,{x,0},{list,[{x,0},{x,1}]}}.
    {line,[{location,"try.erl",10}]}.
    {call_ext,1,{extfunc,erlang,throw,1}}.
  {label,15}.
    {try_case,{y,0}}.
    {test_heap,4,2}.
    {put_tuple2,{x,0},{list,[{atom,inner_caught},{x,0},{x,1}]}}.
    {test,is_tagged_tuple,{f,17},[{x,1},2,{atom,inner}]}.
    {get_tuple_element,{x,1},1,{x,1}}.
    {test,is_eq_exact,{f,17},[{x,1},{integer,7}]}.
    {line,[{location,"try.erl",11}]}.
    {call_ext,1,{extfunc,erlang,exit,1}}.
  {label,17}.
    {try_end,{y,1}}.
    {deallocate,2}.
    return.
  {label,16}.
    {try_case,{y,1}}.
    {test_heap,4,2}.
    {put_tuple2,{x,0},{list,[{atom,outer_caught},{x,0},{x,1}]}}.
    {deallocate,2}.
    return.

%% loop(N, Acc) -> Acc + N: each iteration throws its N and catches it.
{function, loop, 2, 21}.
  {label,20}.
    {line,[{location,"try.erl",12}]}.
    {func_info,{atom,'try'},{atom,loop},2}.
  {label,21}.
    {test,is_eq_exact,{f,18},[{x,0},{integer,0}]}.
    {move,{x,1},{x,0}}.
    return.
  {label,18}.
    {allocate,2,2}.
    {move,{x,1},{y,1}}.
    {'try',{y,0},{f,19}}.
    {line,[{location,"try.erl",13}]}.
    {call_ext,1,{extfunc,erlang,throw,1}}.
    {try_end,{y,0}}.
  {label,19}.
    {try_case,{y,0}}.
    {gc_bif,'+',{f,0},2,[{y,1},{x,1}],{x,1}}.
    {gc_bif,'-',{f,0},2,[{x,1},{y,1}],{x,0}}.
    {gc_bif,'-',{f,0},2,[{x,0},{integer,1}],{x,0}}.
    {call_last,2,{f,21},2}.

%% down(N): raises error {deep, 0} after N nested calls.
{function, down, 1, 24}.
  {label,23}.
    {line,[{location,"try.erl",14}]}.
    {func_info,{atom,'try'},{atom,down},1}.
  {label,24}.
    {test,is_eq_exact,{f,25},[{x,0},{integer,0}]}.
    {move,{literal,{deep,0}},{x,0}}.
    {line,[{location,"try.erl",15}]}.
    {call_ext_only,1,{extfunc,erlang,error,1}}.
  {label,25}.
    {allocate,0,1}.
    {gc_bif,'-',{f,0},1,[{x,0},{integer,1}],{x,0}}.
    {call,1,{f,24}}.
    {test_heap,2,1}.
    {put_list,{atom,unreached},{x,0},{x,0}}.
    {deallocate,0}.
    return.
