%% jump: {jump,Label} continues at Label.  Forward over code that must
%% not run, backward to form a loop (a million iterations, within one
%% function), and into the middle of code shared by two paths.
{module, jump}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 10}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"jump.erl",1}]}.
    {func_info,{atom,jump},{atom,main},1}.
  {label,2}.
    {allocate,0,1}.
    %% forward
    {move,{atom,before},{x,0}}.
    {jump,{f,3}}.
    {move,{atom,skipped},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
  {label,3}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% backward: count to a million
    {move,{integer,0},{x,0}}.
  {label,4}.
    {test,is_lt,{f,5},[{x,0},{integer,1000000}]}.
    {gc_bif,'+',{f,0},1,[{x,0},{integer,1}],{x,0}}.
    {jump,{f,4}}.
  {label,5}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,a},{x,0}}.
    {call,1,{f,7}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,b},{x,0}}.
    {call,1,{f,7}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.

%% shared(a) -> {from_a, tail}; shared(_) -> {other, tail}: both paths
%% jump into a common tail.
{function, shared, 1, 7}.
  {label,6}.
    {line,[{location,"jump.erl",2}]}.
    {func_info,{atom,jump},{atom,shared},1}.
  {label,7}.
    {test,is_eq_exact,{f,8},[{x,0},{atom,a}]}.
    {move,{atom,from_a},{x,0}}.
    {jump,{f,9}}.
  {label,8}.
    {move,{atom,other},{x,0}}.
    {jump,{f,9}}.
    {move,{atom,never},{x,0}}.
  {label,9}.
    {test_heap,3,1}.
    {put_tuple2,{x,0},{list,[{x,0},{atom,tail}]}}.
    return.
