%% an instruction OTP 25's validator does not accept.
%% expect: fclearerror is not an instruction of OTP 25's compiler
{module, unknown_instr}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 4}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"unknown_instr.erl",1}]}.
    {func_info,{atom,unknown_instr},{atom,main},1}.
  {label,2}.
    fclearerror.
    return.
