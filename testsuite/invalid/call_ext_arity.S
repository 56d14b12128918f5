%% a remote call with the wrong number of arguments.
%% erlc accepts this: erl's loader takes the import's arity; beamc would call a C function with the wrong number of arguments
%% expect: calls lists:reverse/1 with 2 arguments
{module, call_ext_arity}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 4}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"call_ext_arity.erl",1}]}.
    {func_info,{atom,call_ext_arity},{atom,main},1}.
  {label,2}.
    {move,{x,0},{x,1}}.
    {call_ext_only,2,{extfunc,lists,reverse,1}}.
