{module, g_calls}.  %% version = 0

{exports, [{fib,1},{main,1},{module_info,0},{module_info,1}]}.

{attributes, []}.

{labels, 13}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"g_calls.erl",4}]}.
    {func_info,{atom,g_calls},{atom,main},1}.
  {label,2}.
    {allocate,0,0}.
    {move,{integer,20},{x,0}}.
    {call,1,{f,4}}. % fib/1
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,nil,{x,1}}.
    {move,{integer,5},{x,0}}.
    {call,2,{f,7}}. % count/2
    {'%',{var_info,{x,0},[{type,{t_list,{t_integer,any},nil}}]}}.
    {call_ext,1,{extfunc,lists,reverse,1}}.
    {call_ext_last,1,{extfunc,erlang,display,1},0}.


{function, fib, 1, 4}.
  {label,3}.
    {line,[{location,"g_calls.erl",5}]}.
    {func_info,{atom,g_calls},{atom,fib},1}.
  {label,4}.
    {test,is_lt,{f,5},[{x,0},{integer,2}]}.
    return.
  {label,5}.
    {line,[{location,"g_calls.erl",6}]}.
    {gc_bif,'-',{f,0},1,[{x,0},{integer,1}],{x,1}}.
    {allocate,1,2}.
    {move,{x,0},{y,0}}.
    {move,{x,1},{x,0}}.
    {call,1,{f,4}}. % fib/1
    {gc_bif,'-',{f,0},1,[{tr,{y,0},number},{integer,2}],{x,1}}.
    {move,{x,0},{y,0}}.
    {move,{x,1},{x,0}}.
    {call,1,{f,4}}. % fib/1
    {gc_bif,'+',{f,0},1,[{y,0},{x,0}],{x,0}}.
    {deallocate,1}.
    return.


{function, count, 2, 7}.
  {label,6}.
    {line,[{location,"g_calls.erl",7}]}.
    {func_info,{atom,g_calls},{atom,count},2}.
  {label,7}.
    {'%',{var_info,{x,0},[{type,{t_integer,any}}]}}.
    {'%',{var_info,{x,1},[{type,{t_list,{t_integer,any},nil}}]}}.
    {test,is_eq_exact,{f,8},[{tr,{x,0},{t_integer,any}},{integer,0}]}.
    {move,{x,1},{x,0}}.
    return.
  {label,8}.
    {line,[{location,"g_calls.erl",8}]}.
    {gc_bif,'-',{f,0},2,[{tr,{x,0},{t_integer,any}},{integer,1}],{x,2}}.
    {test_heap,2,3}.
    {put_list,{x,0},{x,1},{x,1}}.
    {move,{x,2},{x,0}}.
    {call_only,2,{f,7}}. % count/2


{function, module_info, 0, 10}.
  {label,9}.
    {line,[]}.
    {func_info,{atom,g_calls},{atom,module_info},0}.
  {label,10}.
    {move,{atom,g_calls},{x,0}}.
    {call_ext_only,1,{extfunc,erlang,get_module_info,1}}.


{function, module_info, 1, 12}.
  {label,11}.
    {line,[]}.
    {func_info,{atom,g_calls},{atom,module_info},1}.
  {label,12}.
    {move,{x,0},{x,1}}.
    {move,{atom,g_calls},{x,0}}.
    {call_ext_only,2,{extfunc,erlang,get_module_info,2}}.
