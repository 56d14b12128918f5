%% move to a Y register with no stack frame.
%% expect: y0 is read or written with no stack frame
{module, no_frame_move}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 4}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"no_frame_move.erl",1}]}.
    {func_info,{atom,no_frame_move},{atom,main},1}.
  {label,2}.
    {move,{x,0},{y,0}}.
    return.
