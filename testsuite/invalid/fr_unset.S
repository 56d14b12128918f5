%% a float register read before it is set.
%% expect: fr0 is read before it is set
{module, fr_unset}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 4}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"fr_unset.erl",1}]}.
    {func_info,{atom,fr_unset},{atom,main},1}.
  {label,2}.
    {test_heap,{alloc,[{words,0},{floats,1},{funs,0}]},1}.
    {fmove,{fr,0},{x,0}}.
    return.
