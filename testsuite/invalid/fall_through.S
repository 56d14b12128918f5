%% a function whose last instruction falls through.
%% erlc accepts this: erl would run on into the next function; beamc's C function would end without a return
%% expect: the function's last instruction falls through past its end
{module, fall_through}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 4}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"fall_through.erl",1}]}.
    {func_info,{atom,fall_through},{atom,main},1}.
  {label,2}.
    {move,{x,0},{x,1}}.
