%% get_tuple_element of a register that holds an atom.
%% expect: x0 is an atom, but the instruction needs a tuple of at least 1 elements
{module, tuple_elem_atom}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 4}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"tuple_elem_atom.erl",1}]}.
    {func_info,{atom,tuple_elem_atom},{atom,main},1}.
  {label,2}.
    {move,{atom,foo},{x,0}}.
    {get_tuple_element,{x,0},0,{x,0}}.
    return.
