%% func_info that does not name its function.
%% expect: func_info does not name the function
{module, func_info_name}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 4}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"func_info_name.erl",1}]}.
    {func_info,{atom,func_info_name},{atom,other},1}.
  {label,2}.
    return.
