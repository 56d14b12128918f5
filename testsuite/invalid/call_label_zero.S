%% a local call to label 0, which names nothing (a fuzzer found this
%% crashing the validator's inference pass).
%% expect: the call target, label 0, is not defined
{module, call_label_zero}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 4}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"call_label_zero.erl",1}]}.
    {func_info,{atom,call_label_zero},{atom,main},1}.
  {label,2}.
    {call,1,{f,0}}.
    return.
