%% recv_marker_reserve, recv_marker_bind, recv_marker_use,
%% recv_marker_clear: the receive-marker instructions the compiler puts
%% around a receive that matches a fresh reference (reserve a marker
%% into a register, bind it to the reference, use it before scanning the
%% mailbox, clear it after).  Here they run with no receive, the marker
%% in a y and an x register, bound to a term in x and in y: they do not
%% disturb other registers, and execution goes on.  (The marker itself
%% is opaque, so it is not shown.)
{module, recv_marker_reserve}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 3}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"recv_marker_reserve.erl",1}]}.
    {func_info,{atom,recv_marker_reserve},{atom,main},1}.
  {label,2}.
    {allocate,3,1}.
    {move,{atom,kept_y0},{y,0}}.
    {move,{literal,{kept,y2}},{y,2}}.
    {recv_marker_reserve,{y,1}}.
    {test_heap,3,0}.
    {put_tuple2,{x,0},{list,[{atom,ref},{atom,like}]}}.
    {move,{literal,[kept,x1]},{x,1}}.
    {recv_marker_bind,{y,1},{x,0}}.
    {recv_marker_use,{x,0}}.
    {recv_marker_clear,{x,0}}.
    {test_heap,4,2}.
    {put_tuple2,{x,0},{list,[{x,0},{x,1},{y,0}]}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% the marker in x, bound to a term in y
    {move,{literal,{in,y2}},{y,2}}.
    {recv_marker_reserve,{x,0}}.
    {recv_marker_bind,{x,0},{y,2}}.
    {recv_marker_use,{y,2}}.
    {recv_marker_clear,{y,2}}.
    {move,{y,2},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,3}.
    return.
