%% get_list of a register known to be [].
%% expect: x0 is [], but the instruction needs a cons
{module, get_list_nil}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 4}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"get_list_nil.erl",1}]}.
    {func_info,{atom,get_list_nil},{atom,main},1}.
  {label,2}.
    {test,is_nil,{f,1},[{x,0}]}.
    {get_list,{x,0},{x,1},{x,2}}.
    return.
