%% set_tuple_element not right after setelement/3.
%% expect: set_tuple_element must follow a call of erlang:setelement/3
{module, setelem_alone}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 4}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"setelem_alone.erl",1}]}.
    {func_info,{atom,setelem_alone},{atom,main},1}.
  {label,2}.
    {test,is_tuple,{f,1},[{x,0}]}.
    {test,test_arity,{f,1},[{x,0},2]}.
    {set_tuple_element,{atom,a},{x,0},0}.
    return.
