%% wait_timeout and timeout: after a time that passes, after 0 (timeout
%% at once), a message that comes before the time, and a bad time
%% (timeout_value).
{module, wait_timeout}.  %% version = 0

{exports, [{main,1},{module_info,0},{module_info,1}]}.

{attributes, []}.

{labels, 29}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"wait_timeout.erl",6}]}.
    {func_info,{atom,wait_timeout},{atom,main},1}.
  {label,2}.
    {allocate,1,0}.
    {init_yregs,{list,[{y,0}]}}.
  {label,3}.
    {loop_rec,{f,5},{x,0}}.
    {test,is_eq_exact,{f,4},[{x,0},{atom,never}]}.
    remove_message.
    {move,{atom,no},{x,0}}.
    {jump,{f,6}}.
  {label,4}.
    {loop_rec_end,{f,3}}.
  {label,5}.
    {wait_timeout,{f,3},{integer,20}}.
    timeout.
    {move,{atom,timed_out},{x,0}}.
  {label,6}.
    {line,[{scope,[2]},{location,"wait_timeout.erl",7}]}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {bif,self,{f,0},[],{x,0}}.
    {move,{atom,m},{x,1}}.
    {line,[{scope,[2]},{location,"wait_timeout.erl",8}]}.
    send.
  {label,7}.
    {loop_rec,{f,9},{x,0}}.
    {test,is_eq_exact,{f,8},[{x,0},{atom,m}]}.
    remove_message.
    {move,{atom,got_m},{x,0}}.
    {jump,{f,10}}.
  {label,8}.
    {loop_rec_end,{f,7}}.
  {label,9}.
    timeout.
    {move,{atom,none},{x,0}}.
  {label,10}.
    {line,[{scope,[2]},{location,"wait_timeout.erl",9}]}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {test_heap,{alloc,[{words,1},{floats,0},{funs,1}]},0}.
    {bif,self,{f,0},[],{x,0}}.
    {make_fun3,{f,28},0,0,{x,0},{list,[{x,0}]}}.
    {line,[{scope,[2]},{location,"wait_timeout.erl",11}]}.
    {call_ext,1,{extfunc,erlang,spawn,1}}.
  {label,11}.
    {loop_rec,{f,13},{x,0}}.
    {test,is_eq_exact,{f,12},[{x,0},{atom,soon}]}.
    remove_message.
    {move,{atom,soon},{x,0}}.
    {jump,{f,14}}.
  {label,12}.
    {loop_rec_end,{f,11}}.
  {label,13}.
    {wait_timeout,{f,11},{integer,5000}}.
    timeout.
    {move,{atom,late},{x,0}}.
  {label,14}.
    {line,[{scope,[2]},{location,"wait_timeout.erl",12}]}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {'catch',{y,0},{f,18}}.
  {label,15}.
    {loop_rec,{f,17},{x,0}}.
    {test,is_eq_exact,{f,16},[{x,0},{atom,x}]}.
    remove_message.
    {move,{atom,x},{x,0}}.
    {jump,{f,18}}.
  {label,16}.
    {loop_rec_end,{f,15}}.
  {label,17}.
    {wait_timeout,{f,15},{integer,-5}}.
    timeout.
    {move,{atom,y},{x,0}}.
  {label,18}.
    {catch_end,{y,0}}.
    {test,is_tagged_tuple,{f,22},[{x,0},2,{atom,'EXIT'}]}.
    {get_tuple_element,{x,0},1,{x,1}}.
    {test,is_tuple,{f,22},[{x,1}]}.
    {test,test_arity,{f,22},[{x,1},2]}.
    {get_tuple_element,{x,1},1,{x,2}}.
    {test,is_nonempty_list,{f,22},[{x,2}]}.
    {test_heap,3,3}.
    {get_tuple_element,{x,1},0,{x,0}}.
    {get_hd,{x,2},{x,1}}.
    {put_tuple2,{x,0},{list,[{x,0},{x,1}]}}.
    {line,[{scope,[1]},{location,"wait_timeout.erl",14}]}.
    {call_ext,1,{extfunc,erlang,display,1}}.
  {label,19}.
    {loop_rec,{f,21},{x,0}}.
    {test,is_eq_exact,{f,20},[{x,0},{atom,x}]}.
    remove_message.
    {move,{atom,x},{x,0}}.
    {deallocate,1}.
    return.
  {label,20}.
    {loop_rec_end,{f,19}}.
  {label,21}.
    {wait_timeout,{f,19},{atom,forever}}.
    timeout.
    {move,{atom,y},{x,0}}.
    {deallocate,1}.
    return.
  {label,22}.
    {line,[{scope,[0]},{location,"wait_timeout.erl",13}]}.
    {badmatch,{x,0}}.


{function, module_info, 0, 24}.
  {label,23}.
    {line,[]}.
    {func_info,{atom,wait_timeout},{atom,module_info},0}.
  {label,24}.
    {move,{atom,wait_timeout},{x,0}}.
    {call_ext_only,1,{extfunc,erlang,get_module_info,1}}.


{function, module_info, 1, 26}.
  {label,25}.
    {line,[]}.
    {func_info,{atom,wait_timeout},{atom,module_info},1}.
  {label,26}.
    {move,{x,0},{x,1}}.
    {move,{atom,wait_timeout},{x,0}}.
    {call_ext_only,2,{extfunc,erlang,get_module_info,2}}.


{function, '-main/1-fun-0-', 1, 28}.
  {label,27}.
    {line,[{location,"wait_timeout.erl",11}]}.
    {func_info,{atom,wait_timeout},{atom,'-main/1-fun-0-'},1}.
  {label,28}.
    {allocate,0,1}.
    {move,{atom,soon},{x,1}}.
    send.
    {deallocate,0}.
    return.
