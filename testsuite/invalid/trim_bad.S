%% trim that does not add up to the frame.
%% expect: trims 1 of 3 Y registers, but the frame has another size
{module, trim_bad}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 4}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"trim_bad.erl",1}]}.
    {func_info,{atom,trim_bad},{atom,main},1}.
  {label,2}.
    {allocate,2,1}.
    {move,{x,0},{y,0}}.
    {move,{x,0},{y,1}}.
    {trim,1,2}.
    {deallocate,1}.
    return.
