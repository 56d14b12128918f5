%% catch, catch_end: {catch,Y,Label} sets up an old-style catch in Y;
%% {catch_end,Y} at Label removes it, and when an exception came it
%% leaves in x0 the value of the catch expression: the reason of a
%% throw, {'EXIT',Reason} for an exit, {'EXIT',{Reason,Stacktrace}} for
%% an error (shown here with only the first frame of the stacktrace).
%% No exception; throw, error, exit, an error in a BIF and three calls
%% down; catches in y0 and y1 of a frame, nested (the inner one takes
%% the exception; an exception after the inner catch_end goes to the
%% outer one); a catch inside a try; 100000 catches in a loop.
{module, 'catch'}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 33}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"catch.erl",1}]}.
    {func_info,{atom,'catch'},{atom,main},1}.
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
    {call,1,{f,14}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,7},{x,0}}.
    {call,1,{f,14}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {call,0,{f,18}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,100000},{x,0}}.
    {move,{integer,0},{x,1}}.
    {call,2,{f,22}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.

%% run(N) -> catch case(N), with the stacktrace of an error cut to its
%% first frame (the catch in y1 of a frame of two).
{function, run, 1, 4}.
  {label,3}.
    {line,[{location,"catch.erl",2}]}.
    {func_info,{atom,'catch'},{atom,run},1}.
  {label,4}.
    {allocate,2,1}.
    {move,{x,0},{y,0}}.
    {'catch',{y,1},{f,5}}.
    {call,1,{f,7}}.
  {label,5}.
    {catch_end,{y,1}}.
    {call_last,1,{f,27},2}.

%% case(N): 0 returns; 1 throws; 2 errors; 3 exits; 4 raises three
%% calls down; 5 gets badarg from element/2.
{function, 'case', 1, 7}.
  {label,6}.
    {line,[{location,"catch.erl",3}]}.
    {func_info,{atom,'catch'},{atom,'case'},1}.
  {label,7}.
    {select_val,{x,0},{f,6},
                {list,[{integer,0},{f,8},{integer,1},{f,9},{integer,2},{f,10},
                       {integer,3},{f,11},{integer,4},{f,12},{integer,5},{f,13}]}}.
  {label,8}.
    {move,{atom,returned},{x,0}}.
    return.
  {label,9}.
    {move,{literal,{thrown,[1]}},{x,0}}.
    {line,[{location,"catch.erl",4}]}.
    {call_ext_only,1,{extfunc,erlang,throw,1}}.
  {label,10}.
    {move,{atom,oops},{x,0}}.
    {line,[{location,"catch.erl",5}]}.
    {call_ext_only,1,{extfunc,erlang,error,1}}.
  {label,11}.
    {move,{literal,"exited"},{x,0}}.
    {line,[{location,"catch.erl",6}]}.
    {call_ext_only,1,{extfunc,erlang,exit,1}}.
  {label,12}.
    {move,{integer,3},{x,0}}.
    {call_only,1,{f,25}}.
  {label,13}.
    {move,{integer,5},{x,0}}.
    {move,{literal,{a}},{x,1}}.
    {line,[{location,"catch.erl",7}]}.
    {call_ext_only,2,{extfunc,erlang,element,2}}.

%% nested(N): 6 the inner catch takes a throw, and the outer one sees
%% the value; 7 a throw after the inner catch_end goes to the outer one.
{function, nested, 1, 14}.
  {label,15}.
    {line,[{location,"catch.erl",8}]}.
    {func_info,{atom,'catch'},{atom,nested},1}.
  {label,14}.
    {allocate,3,1}.
    {move,{x,0},{y,2}}.
    {'catch',{y,1},{f,16}}.
    {'catch',{y,0},{f,17}}.
    {line,[{location,"catch.erl",9}]}.
    {call_ext,1,{extfunc,erlang,throw,1}}.
  {label,17}.
    {catch_end,{y,0}}.
    {test_heap,3,1}.
    {put_tuple2,{x,0},{list,[{atom,inner},{x,0}]}}.
    {test,is_eq_exact,{f,16},[{y,2},{integer,7}]}.
    {line,[{location,"catch.erl",10}]}.
    {call_ext,1,{extfunc,erlang,throw,1}}.
  {label,16}.
    {catch_end,{y,1}}.
    {test_heap,3,1}.
    {put_tuple2,{x,0},{list,[{atom,outer},{x,0}]}}.
    {deallocate,3}.
    return.

%% in_try() -> a catch inside a try: the catch takes the exit, then an
%% error goes to the try's handler.
{function, in_try, 0, 18}.
  {label,19}.
    {line,[{location,"catch.erl",11}]}.
    {func_info,{atom,'catch'},{atom,in_try},0}.
  {label,18}.
    {allocate,3,0}.
    {move,nil,{y,0}}.
    {'try',{y,2},{f,20}}.
    {'catch',{y,1},{f,21}}.
    {move,{atom,x},{x,0}}.
    {line,[{location,"catch.erl",12}]}.
    {call_ext,1,{extfunc,erlang,exit,1}}.
  {label,21}.
    {catch_end,{y,1}}.
    {move,{x,0},{y,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{y,0},{x,0}}.
    {line,[{location,"catch.erl",13}]}.
    {call_ext,1,{extfunc,erlang,error,1}}.
    {try_end,{y,2}}.
  {label,20}.
    {try_case,{y,2}}.
    {test_heap,3,2}.
    {put_tuple2,{x,0},{list,[{x,0},{x,1}]}}.
    {deallocate,3}.
    return.

%% loop(N, Acc) -> Acc + N: each iteration throws its N and catches it.
{function, loop, 2, 22}.
  {label,23}.
    {line,[{location,"catch.erl",14}]}.
    {func_info,{atom,'catch'},{atom,loop},2}.
  {label,22}.
    {test,is_eq_exact,{f,24},[{x,0},{integer,0}]}.
    {move,{x,1},{x,0}}.
    return.
  {label,24}.
    {allocate,2,2}.
    {move,{x,1},{y,1}}.
    {'catch',{y,0},{f,28}}.
    {line,[{location,"catch.erl",15}]}.
    {call_ext,1,{extfunc,erlang,throw,1}}.
  {label,28}.
    {catch_end,{y,0}}.
    {gc_bif,'+',{f,0},1,[{y,1},{x,0}],{x,1}}.
    {gc_bif,'-',{f,0},2,[{x,0},{integer,1}],{x,0}}.
    {call_last,2,{f,22},2}.

%% down(N): raises error {deep, 0} after N nested calls.
{function, down, 1, 25}.
  {label,30}.
    {line,[{location,"catch.erl",16}]}.
    {func_info,{atom,'catch'},{atom,down},1}.
  {label,25}.
    {test,is_eq_exact,{f,26},[{x,0},{integer,0}]}.
    {move,{literal,{deep,0}},{x,0}}.
    {line,[{location,"catch.erl",17}]}.
    {call_ext_only,1,{extfunc,erlang,error,1}}.
  {label,26}.
    {allocate,0,1}.
    {gc_bif,'-',{f,0},1,[{x,0},{integer,1}],{x,0}}.
    {call,1,{f,25}}.
    {test_heap,2,1}.
    {put_list,{atom,unreached},{x,0},{x,0}}.
    {deallocate,0}.
    return.

%% first_frame(V) -> V, with {'EXIT',{R,[F|_]}} cut to {'EXIT',{R,F}}.
{function, first_frame, 1, 27}.
  {label,31}.
    {line,[{location,"catch.erl",18}]}.
    {func_info,{atom,'catch'},{atom,first_frame},1}.
  {label,27}.
    {test,is_tagged_tuple,{f,32},[{x,0},2,{atom,'EXIT'}]}.
    {get_tuple_element,{x,0},1,{x,1}}.
    {test,is_tuple,{f,32},[{x,1}]}.
    {test,test_arity,{f,32},[{x,1},2]}.
    {get_tuple_element,{x,1},0,{x,2}}.
    {get_tuple_element,{x,1},1,{x,3}}.
    {test,is_nonempty_list,{f,32},[{x,3}]}.
    {get_hd,{x,3},{x,3}}.
    {test_heap,6,4}.
    {put_tuple2,{x,1},{list,[{x,2},{x,3}]}}.
    {put_tuple2,{x,0},{list,[{atom,'EXIT'},{x,1}]}}.
  {label,32}.
    return.
