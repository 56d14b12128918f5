%% trim: {trim,N,Remaining} drops the N lowest y registers of a frame of
%% N+Remaining: what was y(N+K) is y(K) afterwards.  Trims of 1 and 2, a
%% trim to an empty frame, and a trim before a call and a tail call
%% (call_last deallocates what remains).
{module, trim}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 9}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"trim.erl",1}]}.
    {func_info,{atom,trim},{atom,main},1}.
  {label,2}.
    {allocate,4,1}.
    {move,{atom,y0},{y,0}}.
    {move,{atom,y1},{y,1}}.
    {move,{literal,{y2}},{y,2}}.
    {move,{literal,"y3"},{y,3}}.
    {trim,1,3}.
    %% now y0 = y1, y1 = {y2}, y2 = "y3"
    {test_heap,4,0}.
    {put_tuple2,{x,0},{list,[{y,0},{y,1},{y,2}]}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {trim,2,1}.
    {move,{y,0},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{y,0},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {trim,1,0}.
    {move,{atom,a},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,b},{x,0}}.
    {call,1,{f,6}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.

%% keep(X) -> {kept, gone}, displaying X: a trimmed frame across a call.
{function, keep, 1, 4}.
  {label,3}.
    {line,[{location,"trim.erl",2}]}.
    {func_info,{atom,trim},{atom,keep},1}.
  {label,4}.
    {allocate,3,1}.
    {move,{x,0},{y,0}}.
    {move,{atom,gone},{y,1}}.
    {move,{atom,kept},{y,2}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {trim,1,2}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {test_heap,3,0}.
    {put_tuple2,{x,0},{list,[{y,1},{y,0}]}}.
    {deallocate,2}.
    return.

%% tail(X) -> {X, X}: trim, then a tail call that deallocates the rest.
{function, tail, 1, 6}.
  {label,5}.
    {line,[{location,"trim.erl",3}]}.
    {func_info,{atom,trim},{atom,tail},1}.
  {label,6}.
    {allocate,2,1}.
    {move,{atom,dropped},{y,0}}.
    {move,{x,0},{y,1}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {trim,1,1}.
    {move,{y,0},{x,0}}.
    {move,{y,0},{x,1}}.
    {call_last,2,{f,8},1}.

%% pair(A, B) -> {A, B}.
{function, pair, 2, 8}.
  {label,7}.
    {line,[{location,"trim.erl",4}]}.
    {func_info,{atom,trim},{atom,pair},2}.
  {label,8}.
    {test_heap,3,2}.
    {put_tuple2,{x,0},{list,[{x,0},{x,1}]}}.
    return.
