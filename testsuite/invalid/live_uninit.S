%% a heap test that says a dead register is live.
%% expect: x1 is not initialised but the instruction says 2 registers are live
{module, live_uninit}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 4}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"live_uninit.erl",1}]}.
    {func_info,{atom,live_uninit},{atom,main},1}.
  {label,2}.
    {test_heap,2,2}.
    {put_list,{x,0},nil,{x,0}}.
    return.
