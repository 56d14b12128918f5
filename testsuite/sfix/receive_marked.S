%% A receive with the recv_marker instructions (reserve, bind, use and
%% clear): erlc marks the queue when a reference is made just
%% before a receive that matches it, so the receive may skip older
%% messages; the messages queued before the reference must stay.
{module, receive_marked}.  %% version = 0

{exports, [{main,1},{module_info,0},{module_info,1}]}.

{attributes, []}.

{labels, 22}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"receive_marked.erl",7}]}.
    {func_info,{atom,receive_marked},{atom,main},1}.
  {label,2}.
    {allocate,2,0}.
    {init_yregs,{list,[{y,0}]}}.
    {bif,self,{f,0},[],{y,1}}.
    {move,{integer,3},{x,1}}.
    {move,{integer,1},{x,0}}.
    {line,[{location,"receive_marked.erl",9}]}.
    {call_ext,2,{extfunc,lists,seq,2}}.
    {move,{y,1},{x,1}}.
    {call,2,{f,19}}. % '-main/1-lc$^0/1-0-'/2
    {'%',{var_info,{x,0},[{type,nil}]}}.
    {recv_marker_reserve,{y,0}}.
    {call_ext,0,{extfunc,erlang,make_ref,0}}.
    {test_heap,{alloc,[{words,2},{floats,0},{funs,1}]},1}.
    {make_fun3,{f,17},0,0,{x,1},{list,[{x,0},{y,1}]}}.
    {recv_marker_bind,{y,0},{x,0}}.
    {move,{x,0},{y,1}}.
    {init_yregs,{list,[{y,0}]}}.
    {move,{x,1},{x,0}}.
    {line,[{location,"receive_marked.erl",11}]}.
    {call_ext,1,{extfunc,erlang,spawn,1}}.
    {recv_marker_use,{y,1}}.
  {label,3}.
    {loop_rec,{f,5},{x,0}}.
    {test,is_tuple,{f,4},[{x,0}]}.
    {test,test_arity,{f,4},[{x,0},2]}.
    {get_tuple_element,{x,0},0,{x,1}}.
    {test,is_eq_exact,{f,4},[{x,1},{tr,{y,1},reference}]}.
    {recv_marker_clear,{y,1}}.
    remove_message.
    {get_tuple_element,{x,0},1,{x,0}}.
    {trim,2,0}.
    {line,[{location,"receive_marked.erl",12}]}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,[1,2,3]},{x,0}}.
    {line,[{location,"receive_marked.erl",13}]}.
    {call,1,{f,11}}. % '-main/1-lc$^2/1-1-'/1
    {'%',{var_info,{x,0},[{type,{t_cons,any,nil}}]}}.
    {call_ext_last,1,{extfunc,erlang,display,1},0}.
  {label,4}.
    {loop_rec_end,{f,3}}.
  {label,5}.
    {wait,{f,3}}.


{function, module_info, 0, 7}.
  {label,6}.
    {line,[]}.
    {func_info,{atom,receive_marked},{atom,module_info},0}.
  {label,7}.
    {move,{atom,receive_marked},{x,0}}.
    {call_ext_only,1,{extfunc,erlang,get_module_info,1}}.


{function, module_info, 1, 9}.
  {label,8}.
    {line,[]}.
    {func_info,{atom,receive_marked},{atom,module_info},1}.
  {label,9}.
    {move,{x,0},{x,1}}.
    {move,{atom,receive_marked},{x,0}}.
    {call_ext_only,2,{extfunc,erlang,get_module_info,2}}.


{function, '-main/1-lc$^2/1-1-', 1, 11}.
  {label,10}.
    {line,[{location,"receive_marked.erl",13}]}.
    {func_info,{atom,receive_marked},{atom,'-main/1-lc$^2/1-1-'},1}.
  {label,11}.
    {'%',{var_info,{x,0},[{type,{t_list,{t_integer,{1,3}},nil}}]}}.
    {test,is_nonempty_list,{f,15},[{x,0}]}.
    {allocate,2,1}.
    {init_yregs,{list,[{y,0}]}}.
    {get_tl,{x,0},{y,1}}.
  {label,12}.
    {loop_rec,{f,14},{x,0}}.
    {test,is_tagged_tuple,{f,13},[{x,0},2,{atom,old}]}.
    {move,{x,0},{y,0}}.
    remove_message.
    {move,{y,1},{x,0}}.
    {move,{y,0},{y,1}}.
    {trim,1,1}.
    {call,1,{f,11}}. % '-main/1-lc$^2/1-1-'/1
    {'%',{var_info,{x,0},[{type,{t_list,any,nil}}]}}.
    {test_heap,2,1}.
    {get_tuple_element,{y,0},1,{x,1}}.
    {put_list,{x,1},{x,0},{x,0}}.
    {deallocate,1}.
    return.
  {label,13}.
    {loop_rec_end,{f,12}}.
  {label,14}.
    {wait,{f,12}}.
  {label,15}.
    return.


{function, '-main/1-fun-1-', 2, 17}.
  {label,16}.
    {line,[{location,"receive_marked.erl",11}]}.
    {func_info,{atom,receive_marked},{atom,'-main/1-fun-1-'},2}.
  {label,17}.
    {'%',{var_info,{x,0},[{type,reference}]}}.
    {allocate_heap,0,3,2}.
    {put_tuple2,{x,0},{list,[{x,0},{atom,reply}]}}.
    {swap,{x,0},{x,1}}.
    send.
    {deallocate,0}.
    return.


{function, '-main/1-lc$^0/1-0-', 2, 19}.
  {label,18}.
    {line,[{location,"receive_marked.erl",9}]}.
    {func_info,{atom,receive_marked},{atom,'-main/1-lc$^0/1-0-'},2}.
  {label,19}.
    {test,is_nonempty_list,{f,20},[{x,0}]}.
    {allocate_heap,2,3,2}.
    {move,{x,1},{y,1}}.
    {get_list,{x,0},{x,0},{y,0}}.
    {put_tuple2,{x,1},{list,[{atom,old},{x,0}]}}.
    {move,{y,1},{x,0}}.
    send.
    {move,{y,1},{x,1}}.
    {move,{y,0},{x,0}}.
    {call_last,2,{f,19},2}. % '-main/1-lc$^0/1-0-'/2
  {label,20}.
    {test,is_nil,{f,21},[{x,0}]}.
    return.
  {label,21}.
    {test_heap,3,1}.
    {put_tuple2,{x,0},{list,[{atom,bad_generator},{x,0}]}}.
    {call_ext_only,1,{extfunc,erlang,error,1}}.
