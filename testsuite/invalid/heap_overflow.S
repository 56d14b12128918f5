%% put_list without a heap test.
%% expect: builds 2 heap words, but the last heap test left 0
{module, heap_overflow}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 4}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"heap_overflow.erl",1}]}.
    {func_info,{atom,heap_overflow},{atom,main},1}.
  {label,2}.
    {put_list,{x,0},nil,{x,0}}.
    return.
