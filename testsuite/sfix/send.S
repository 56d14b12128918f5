%% send: x0 ! x1, the message as the value; to a pid (self, x and y
%% registers), to a registered name, and to an unregistered name (badarg,
%% raised with erlang:send/2's frame).
{module, send}.  %% version = 0

{exports, [{main,1},{module_info,0},{module_info,1}]}.

{attributes, []}.

{labels, 13}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"send.erl",6}]}.
    {func_info,{atom,send},{atom,main},1}.
  {label,2}.
    {allocate,1,0}.
    {bif,self,{f,0},[],{y,0}}.
    {move,{literal,{hello,[1,2]}},{x,1}}.
    {move,{y,0},{x,0}}.
    {line,[{location,"send.erl",8}]}.
    send.
    {line,[{location,"send.erl",9}]}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{y,0},{x,1}}.
    {init_yregs,{list,[{y,0}]}}.
    {move,{atom,send_fixture},{x,0}}.
    {line,[{location,"send.erl",10}]}.
    {call_ext,2,{extfunc,erlang,register,2}}.
    {move,{atom,world},{x,1}}.
    {move,{atom,send_fixture},{x,0}}.
    {line,[{location,"send.erl",11}]}.
    send.
  {label,3}.
    {loop_rec,{f,7},{x,0}}.
    remove_message.
    {line,[{scope,[0,2]},{location,"send.erl",12}]}.
    {call_ext,1,{extfunc,erlang,display,1}}.
  {label,4}.
    {loop_rec,{f,6},{x,0}}.
    remove_message.
    {line,[{scope,[0,2]},{location,"send.erl",13}]}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {'catch',{y,0},{f,5}}.
    {move,{atom,x},{x,1}}.
    {move,{atom,nobody_here},{x,0}}.
    {line,[{scope,[0,2]},{location,"send.erl",14}]}.
    send.
  {label,5}.
    {catch_end,{y,0}}.
    {test,is_tagged_tuple,{f,8},[{x,0},2,{atom,'EXIT'}]}.
    {get_tuple_element,{x,0},1,{x,1}}.
    {test,is_tuple,{f,8},[{x,1}]}.
    {test,test_arity,{f,8},[{x,1},2]}.
    {get_tuple_element,{x,1},1,{x,2}}.
    {test,is_nonempty_list,{f,8},[{x,2}]}.
    {test_heap,3,3}.
    {get_tuple_element,{x,1},0,{x,0}}.
    {get_hd,{x,2},{x,1}}.
    {put_tuple2,{x,0},{list,[{x,0},{x,1}]}}.
    {line,[{scope,[1]},{location,"send.erl",15}]}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,x},{x,1}}.
    {move,{atom,nobody_here},{x,0}}.
    {line,[{scope,[1]},{location,"send.erl",16}]}.
    send.
    {deallocate,1}.
    return.
  {label,6}.
    {wait,{f,4}}.
  {label,7}.
    {wait,{f,3}}.
  {label,8}.
    {line,[{scope,[0]},{location,"send.erl",14}]}.
    {badmatch,{x,0}}.


{function, module_info, 0, 10}.
  {label,9}.
    {line,[]}.
    {func_info,{atom,send},{atom,module_info},0}.
  {label,10}.
    {move,{atom,send},{x,0}}.
    {call_ext_only,1,{extfunc,erlang,get_module_info,1}}.


{function, module_info, 1, 12}.
  {label,11}.
    {line,[]}.
    {func_info,{atom,send},{atom,module_info},1}.
  {label,12}.
    {move,{x,0},{x,1}}.
    {move,{atom,send},{x,0}}.
    {call_ext_only,2,{extfunc,erlang,get_module_info,2}}.
