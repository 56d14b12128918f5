{module, g_funs}.  %% version = 0

{exports, [{main,1},{module_info,0},{module_info,1}]}.

{attributes, []}.

{labels, 9}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"g_funs.erl",4}]}.
    {func_info,{atom,g_funs},{atom,main},1}.
  {label,2}.
    {allocate_heap,0,{alloc,[{words,0},{floats,0},{funs,1}]},0}.
    {make_fun3,{f,8},0,0,{x,0},{list,[]}}.
    {'%',{var_info,{x,0},[{fun_type,{t_float,any}}]}}.
    {move,{literal,[1,2]},{x,1}}.
    {line,[{location,"g_funs.erl",7}]}.
    {call_ext,2,{extfunc,lists,map,2}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,2},{x,0}}.
    {line,[{location,"g_funs.erl",8}]}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,{1.0,{t},1.5}},{x,0}}.
    {line,[{location,"g_funs.erl",9}]}.
    {call_ext_last,1,{extfunc,erlang,display,1},0}.


{function, module_info, 0, 4}.
  {label,3}.
    {line,[]}.
    {func_info,{atom,g_funs},{atom,module_info},0}.
  {label,4}.
    {move,{atom,g_funs},{x,0}}.
    {call_ext_only,1,{extfunc,erlang,get_module_info,1}}.


{function, module_info, 1, 6}.
  {label,5}.
    {line,[]}.
    {func_info,{atom,g_funs},{atom,module_info},1}.
  {label,6}.
    {move,{x,0},{x,1}}.
    {move,{atom,g_funs},{x,0}}.
    {call_ext_only,2,{extfunc,erlang,get_module_info,2}}.


{function, '-main/1-fun-0-', 1, 8}.
  {label,7}.
    {line,[{location,"g_funs.erl",6}]}.
    {func_info,{atom,g_funs},{atom,'-main/1-fun-0-'},1}.
  {label,8}.
    {gc_bif,'*',{f,0},1,[{x,0},{integer,3}],{x,0}}.
    {fconv,{tr,{x,0},number},{fr,0}}.
    {fmove,{float,0.5},{fr,1}}.
    {bif,fadd,{f,0},[{fr,0},{fr,1}],{fr,0}}.
    {test_heap,{alloc,[{words,0},{floats,1},{funs,0}]},0}.
    {fmove,{fr,0},{x,0}}.
    return.
