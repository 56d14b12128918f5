{module, g_exc}.  %% version = 0

{exports, [{main,1},{module_info,0},{module_info,1}]}.

{attributes, []}.

{labels, 15}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"g_exc.erl",4}]}.
    {func_info,{atom,g_exc},{atom,main},1}.
  {label,2}.
    {allocate,3,0}.
    {init_yregs,{list,[{y,0},{y,1}]}}.
    {'catch',{y,2},{f,3}}.
    {move,{atom,x},{x,0}}.
    {line,[{location,"g_exc.erl",5}]}.
    {call_ext,1,{extfunc,erlang,throw,1}}.
  {label,3}.
    {catch_end,{y,2}}.
    {line,[{scope,[6]},{location,"g_exc.erl",5}]}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {'try',{y,1},{f,6}}.
    {'try',{y,0},{f,4}}.
    {move,{atom,a},{x,0}}.
    {line,[{scope,[6]},{location,"g_exc.erl",6}]}.
    {call,1,{f,8}}. % f/1
    {'%',{var_info,{x,0},[{type,none}]}}.
  {label,4}.
    {try_case,{y,0}}.
    {move,{x,1},{y,2}}.
    {move,{x,2},{x,1}}.
    {test,is_eq_exact,
          {f,5},
          [{tr,{x,0},{t_atom,[error,exit,throw]}},{atom,error}]}.
    {move,{x,1},{x,0}}.
    build_stacktrace.
    {line,[{location,"g_exc.erl",6}]}.
    {bif,hd,{f,0},[{x,0}],{x,0}}.
    {test_heap,3,1}.
    {put_tuple2,{y,2},{list,[{y,2},{x,0}]}}.
    {try_end,{y,1}}.
    {move,{atom,'after'},{x,0}}.
    {line,[{scope,[2]},{location,"g_exc.erl",6}]}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{y,2},{x,0}}.
    {trim,3,0}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,b},{x,0}}.
    {call_last,1,{f,10},0}. % g/1
  {label,5}.
    {bif,raise,{f,0},[{x,1},{y,2}],{x,0}}.
  {label,6}.
    {try_case,{y,1}}.
    {move,{x,2},{y,0}}.
    {move,{x,1},{y,2}}.
    {move,{atom,'after'},{x,0}}.
    {line,[{scope,[1]},{location,"g_exc.erl",6}]}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {bif,raise,{f,0},[{y,0},{y,2}],{x,0}}.


{function, f, 1, 8}.
  {label,7}.
    {line,[{location,"g_exc.erl",8}]}.
    {func_info,{atom,g_exc},{atom,f},1}.
  {label,8}.
    {'%',{var_info,{x,0},[{type,{t_atom,[a]}}]}}.
    {case_end,{atom,a}}.


{function, g, 1, 10}.
  {label,9}.
    {line,[{location,"g_exc.erl",9}]}.
    {func_info,{atom,g_exc},{atom,g},1}.
  {label,10}.
    {'%',{var_info,{x,0},[{type,{t_atom,[b]}}]}}.
    {try_case_end,{atom,b}}.


{function, module_info, 0, 12}.
  {label,11}.
    {line,[]}.
    {func_info,{atom,g_exc},{atom,module_info},0}.
  {label,12}.
    {move,{atom,g_exc},{x,0}}.
    {call_ext_only,1,{extfunc,erlang,get_module_info,1}}.


{function, module_info, 1, 14}.
  {label,13}.
    {line,[]}.
    {func_info,{atom,g_exc},{atom,module_info},1}.
  {label,14}.
    {move,{x,0},{x,1}}.
    {move,{atom,g_exc},{x,0}}.
    {call_ext_only,2,{extfunc,erlang,get_module_info,2}}.
