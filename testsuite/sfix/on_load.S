%% on_load: marks the function that runs when the module is loaded,
%% before anything else in it (the assembler turns the attribute
%% -on_load({init,0}) into the instruction at the start of init/0).
%% init/0 displays on_load and returns ok, so loading succeeds; then
%% main/1 runs.  (erl runs init/0 in a process of its own.)
{module, on_load}.  %% version = 0

{exports, [{main,1}]}.

{attributes, [{on_load,[{init,0}]}]}.

{labels, 5}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"on_load.erl",1}]}.
    {func_info,{atom,on_load},{atom,main},1}.
  {label,2}.
    {allocate,0,1}.
    {move,{atom,main},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.

%% init() -> ok, after displaying on_load.
{function, init, 0, 4}.
  {label,3}.
    {line,[{location,"on_load.erl",2}]}.
    {func_info,{atom,on_load},{atom,init},0}.
  {label,4}.
    {allocate,0,0}.
    {move,{atom,on_load},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.
