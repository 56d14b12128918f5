%% a label defined twice.
%% erlc accepts this: its passes drop the second label; beamc wants each label once
%% expect: label 2 is defined twice
{module, label_twice}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 4}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"label_twice.erl",1}]}.
    {func_info,{atom,label_twice},{atom,main},1}.
  {label,2}.
  {label,2}.
    return.
