%% call: {call,Arity,Label} calls a local function, which returns to the
%% next instruction.  Arities 0 to 7 and 12 (arguments beyond the fourth
%% travel differently in native code), each argument distinct; y
%% registers survive the call; a function defined before its caller;
%% body recursion 20000 deep and mutual body recursion.
{module, call}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 24}.


%% first(X) -> {first, X}: defined before main.
{function, first, 1, 2}.
  {label,1}.
    {line,[{location,"call.erl",1}]}.
    {func_info,{atom,call},{atom,first},1}.
  {label,2}.
    {test_heap,3,1}.
    {put_tuple2,{x,0},{list,[{atom,first},{x,0}]}}.
    return.

{function, main, 1, 4}.
  {label,3}.
    {line,[{location,"call.erl",2}]}.
    {func_info,{atom,call},{atom,main},1}.
  {label,4}.
    {allocate,2,1}.
    {move,{atom,kept0},{y,0}}.
    {move,{literal,{kept,1}},{y,1}}.
    {call,0,{f,6}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,one},{x,0}}.
    {call,1,{f,2}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,1},{x,0}}.
    {move,{integer,2},{x,1}}.
    {move,{integer,3},{x,2}}.
    {call,3,{f,8}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,a},{x,0}}.
    {move,{atom,b},{x,1}}.
    {move,{atom,c},{x,2}}.
    {move,{atom,d},{x,3}}.
    {move,{atom,e},{x,4}}.
    {call,5,{f,10}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,10},{x,0}}.
    {move,{literal,"x1"},{x,1}}.
    {move,{float,2.0},{x,2}}.
    {move,{y,0},{x,3}}.
    {move,{y,1},{x,4}}.
    {move,{literal,[x5]},{x,5}}.
    {move,{integer,-6},{x,6}}.
    {call,7,{f,12}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,1},{x,0}}.
    {move,{integer,2},{x,1}}.
    {move,{integer,3},{x,2}}.
    {move,{integer,4},{x,3}}.
    {move,{integer,5},{x,4}}.
    {move,{integer,6},{x,5}}.
    {move,{integer,7},{x,6}}.
    {move,{integer,8},{x,7}}.
    {move,{integer,9},{x,8}}.
    {move,{integer,10},{x,9}}.
    {move,{integer,11},{x,10}}.
    {move,{integer,12},{x,11}}.
    {call,12,{f,14}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,20000},{x,0}}.
    {call,1,{f,16}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,10001},{x,0}}.
    {call,1,{f,19}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {test_heap,3,0}.
    {put_tuple2,{x,0},{list,[{y,0},{y,1}]}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,2}.
    return.

{function, zero, 0, 6}.
  {label,5}.
    {line,[{location,"call.erl",3}]}.
    {func_info,{atom,call},{atom,zero},0}.
  {label,6}.
    {move,{atom,zero},{x,0}}.
    return.

%% three(A, B, C) -> [C, B, A].
{function, three, 3, 8}.
  {label,7}.
    {line,[{location,"call.erl",4}]}.
    {func_info,{atom,call},{atom,three},3}.
  {label,8}.
    {test_heap,6,3}.
    {put_list,{x,0},nil,{x,0}}.
    {put_list,{x,1},{x,0},{x,0}}.
    {put_list,{x,2},{x,0},{x,0}}.
    return.

%% five(A, B, C, D, E) -> {E, D, C, B, A}.
{function, five, 5, 10}.
  {label,9}.
    {line,[{location,"call.erl",5}]}.
    {func_info,{atom,call},{atom,five},5}.
  {label,10}.
    {test_heap,6,5}.
    {put_tuple2,{x,0},{list,[{x,4},{x,3},{x,2},{x,1},{x,0}]}}.
    return.

%% seven(...) -> {x6, x5, ..., x0}, after a call of its own.
{function, seven, 7, 12}.
  {label,11}.
    {line,[{location,"call.erl",6}]}.
    {func_info,{atom,call},{atom,seven},7}.
  {label,12}.
    {allocate_heap,7,8,7}.
    {put_tuple2,{y,0},{list,[{x,6},{x,5},{x,4},{x,3},{x,2},{x,1},{x,0}]}}.
    {move,{x,0},{y,1}}.
    {move,{x,1},{y,2}}.
    {move,{x,2},{y,3}}.
    {move,{x,3},{y,4}}.
    {move,{x,4},{y,5}}.
    {move,{x,5},{y,6}}.
    {call,0,{f,6}}.
    {move,{y,0},{x,0}}.
    {deallocate,7}.
    return.

%% twelve(...) -> the sum of x0 * 1 ... x11 * 12, to see each argument.
{function, twelve, 12, 14}.
  {label,13}.
    {line,[{location,"call.erl",7}]}.
    {func_info,{atom,call},{atom,twelve},12}.
  {label,14}.
    {test_heap,25,12}.
    {put_list,{x,11},nil,{x,12}}.
    {put_list,{x,10},{x,12},{x,12}}.
    {put_list,{x,9},{x,12},{x,12}}.
    {put_list,{x,8},{x,12},{x,12}}.
    {put_list,{x,7},{x,12},{x,12}}.
    {put_list,{x,6},{x,12},{x,12}}.
    {put_list,{x,5},{x,12},{x,12}}.
    {put_list,{x,4},{x,12},{x,12}}.
    {put_list,{x,3},{x,12},{x,12}}.
    {put_list,{x,2},{x,12},{x,12}}.
    {put_list,{x,1},{x,12},{x,12}}.
    {put_list,{x,0},{x,12},{x,0}}.
    return.

%% depth(N) -> N, by body recursion.
{function, depth, 1, 16}.
  {label,15}.
    {line,[{location,"call.erl",8}]}.
    {func_info,{atom,call},{atom,depth},1}.
  {label,16}.
    {test,is_eq_exact,{f,17},[{x,0},{integer,0}]}.
    return.
  {label,17}.
    {allocate,0,1}.
    {gc_bif,'-',{f,0},1,[{x,0},{integer,1}],{x,0}}.
    {call,1,{f,16}}.
    {gc_bif,'+',{f,0},1,[{x,0},{integer,1}],{x,0}}.
    {deallocate,0}.
    return.

%% odd(N) -> 1 + even(N-1), even(N) -> 2 + odd(N-1), down to 0: mutual
%% body recursion.
{function, odd, 1, 19}.
  {label,18}.
    {line,[{location,"call.erl",9}]}.
    {func_info,{atom,call},{atom,odd},1}.
  {label,19}.
    {test,is_eq_exact,{f,20},[{x,0},{integer,0}]}.
    return.
  {label,20}.
    {allocate,0,1}.
    {gc_bif,'-',{f,0},1,[{x,0},{integer,1}],{x,0}}.
    {call,1,{f,22}}.
    {gc_bif,'+',{f,0},1,[{x,0},{integer,1}],{x,0}}.
    {deallocate,0}.
    return.

{function, even, 1, 22}.
  {label,21}.
    {line,[{location,"call.erl",10}]}.
    {func_info,{atom,call},{atom,even},1}.
  {label,22}.
    {test,is_eq_exact,{f,23},[{x,0},{integer,0}]}.
    return.
  {label,23}.
    {allocate,0,1}.
    {gc_bif,'-',{f,0},1,[{x,0},{integer,1}],{x,0}}.
    {call,1,{f,19}}.
    {gc_bif,'+',{f,0},1,[{x,0},{integer,2}],{x,0}}.
    {deallocate,0}.
    return.
