%% get_tuple_element beyond the arity a test proved.
%% expect: x0 is a tuple, but the instruction needs a tuple of at least 3 elements
{module, tuple_elem_small}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 4}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"tuple_elem_small.erl",1}]}.
    {func_info,{atom,tuple_elem_small},{atom,main},1}.
  {label,2}.
    {test,is_tuple,{f,1},[{x,0}]}.
    {test,test_arity,{f,1},[{x,0},2]}.
    {get_tuple_element,{x,0},2,{x,0}}.
    return.
