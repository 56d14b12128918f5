%% call_only: {call_only,Arity,Label} tail-calls a local function of a
%% function that has no stack frame.  Self tail calls looping ten
%% million times, mutual tail calls a million times, arities 0, 1, 6
%% (beyond four arguments) and 9; the stack must not grow.
{module, call_only}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 21}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"call_only.erl",1}]}.
    {func_info,{atom,call_only},{atom,main},1}.
  {label,2}.
    {allocate,0,1}.
    {move,{integer,10000000},{x,0}}.
    {move,{integer,0},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,1000001},{x,0}}.
    {call,1,{f,7}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,1000000},{x,0}}.
    {call,1,{f,7}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,1},{x,0}}.
    {move,{integer,2},{x,1}}.
    {move,{integer,3},{x,2}}.
    {move,{integer,4},{x,3}}.
    {move,{integer,5},{x,4}}.
    {move,{integer,100000},{x,5}}.
    {call,6,{f,12}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {call,0,{f,14}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.

%% count(N, Acc) -> Acc + N: a self tail call.
{function, count, 2, 4}.
  {label,3}.
    {line,[{location,"call_only.erl",2}]}.
    {func_info,{atom,call_only},{atom,count},2}.
  {label,4}.
    {test,is_eq_exact,{f,5},[{x,0},{integer,0}]}.
    {move,{x,1},{x,0}}.
    return.
  {label,5}.
    {gc_bif,'+',{f,0},2,[{x,1},{integer,1}],{x,1}}.
    {gc_bif,'-',{f,0},2,[{x,0},{integer,1}],{x,0}}.
    {call_only,2,{f,4}}.

%% is_odd(N) / is_even(N): mutual tail calls.
{function, is_odd, 1, 7}.
  {label,6}.
    {line,[{location,"call_only.erl",3}]}.
    {func_info,{atom,call_only},{atom,is_odd},1}.
  {label,7}.
    {test,is_eq_exact,{f,8},[{x,0},{integer,0}]}.
    {move,{atom,false},{x,0}}.
    return.
  {label,8}.
    {gc_bif,'-',{f,0},1,[{x,0},{integer,1}],{x,0}}.
    {call_only,1,{f,10}}.

{function, is_even, 1, 10}.
  {label,9}.
    {line,[{location,"call_only.erl",4}]}.
    {func_info,{atom,call_only},{atom,is_even},1}.
  {label,10}.
    {test,is_eq_exact,{f,11},[{x,0},{integer,0}]}.
    {move,{atom,true},{x,0}}.
    return.
  {label,11}.
    {gc_bif,'-',{f,0},1,[{x,0},{integer,1}],{x,0}}.
    {call_only,1,{f,7}}.

%% rot(A, B, C, D, E, N): rotates its first five arguments N times,
%% then tail-calls nine/9 with them.
{function, rot, 6, 12}.
  {label,20}.
    {line,[{location,"call_only.erl",5}]}.
    {func_info,{atom,call_only},{atom,rot},6}.
  {label,12}.
    {test,is_eq_exact,{f,13},[{x,5},{integer,0}]}.
    {move,{atom,x5},{x,5}}.
    {move,{atom,x6},{x,6}}.
    {move,{atom,x7},{x,7}}.
    {move,{atom,x8},{x,8}}.
    {call_only,9,{f,16}}.
  {label,13}.
    {gc_bif,'-',{f,0},6,[{x,5},{integer,1}],{x,5}}.
    {move,{x,0},{x,6}}.
    {move,{x,1},{x,0}}.
    {move,{x,2},{x,1}}.
    {move,{x,3},{x,2}}.
    {move,{x,4},{x,3}}.
    {move,{x,6},{x,4}}.
    {call_only,6,{f,12}}.

%% zero() -> a tail call with no arguments.
{function, zero, 0, 14}.
  {label,17}.
    {line,[{location,"call_only.erl",6}]}.
    {func_info,{atom,call_only},{atom,zero},0}.
  {label,14}.
    {call_only,0,{f,19}}.

{function, zero2, 0, 19}.
  {label,18}.
    {line,[{location,"call_only.erl",7}]}.
    {func_info,{atom,call_only},{atom,zero2},0}.
  {label,19}.
    {move,{atom,zero},{x,0}}.
    return.

%% nine(...) -> {x0, ..., x8}.
{function, nine, 9, 16}.
  {label,15}.
    {line,[{location,"call_only.erl",8}]}.
    {func_info,{atom,call_only},{atom,nine},9}.
  {label,16}.
    {test_heap,10,9}.
    {put_tuple2,{x,0},{list,[{x,0},{x,1},{x,2},{x,3},{x,4},{x,5},{x,6},{x,7},{x,8}]}}.
    return.
