%% loop_rec, loop_rec_end, remove_message and wait: a receive that skips
%% messages (the save pointer), one that takes the first, and one that
%% waits until another process sends.
{module, loop_rec}.  %% version = 0

{exports, [{main,1},{module_info,0},{module_info,1}]}.

{attributes, []}.

{labels, 20}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"loop_rec.erl",6}]}.
    {func_info,{atom,loop_rec},{atom,main},1}.
  {label,2}.
    {allocate,1,0}.
    {bif,self,{f,0},[],{y,0}}.
    {move,{atom,a},{x,1}}.
    {move,{y,0},{x,0}}.
    {line,[{location,"loop_rec.erl",8}]}.
    send.
    {move,{literal,{b,1}},{x,1}}.
    {move,{y,0},{x,0}}.
    send.
    {move,{atom,c},{x,1}}.
    {move,{y,0},{x,0}}.
    send.
  {label,3}.
    {loop_rec,{f,13},{x,0}}.
    {test,is_tagged_tuple,{f,12},[{x,0},2,{atom,b}]}.
    remove_message.
    {get_tuple_element,{x,0},1,{x,0}}.
    {line,[{location,"loop_rec.erl",9}]}.
    {call_ext,1,{extfunc,erlang,display,1}}.
  {label,4}.
    {loop_rec,{f,11},{x,0}}.
    remove_message.
    {line,[{location,"loop_rec.erl",10}]}.
    {call_ext,1,{extfunc,erlang,display,1}}.
  {label,5}.
    {loop_rec,{f,10},{x,0}}.
    {test,is_eq_exact,{f,9},[{x,0},{atom,c}]}.
    remove_message.
    {move,{atom,got_c},{x,0}}.
    {line,[{location,"loop_rec.erl",11}]}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {test_heap,{alloc,[{words,1},{floats,0},{funs,1}]},0}.
    {make_fun3,{f,19},0,0,{x,0},{list,[{y,0}]}}.
    {init_yregs,{list,[{y,0}]}}.
    {line,[{location,"loop_rec.erl",12}]}.
    {call_ext,1,{extfunc,erlang,spawn,1}}.
  {label,6}.
    {loop_rec,{f,8},{x,0}}.
    {test,is_tagged_tuple,{f,7},[{x,0},2,{atom,late}]}.
    remove_message.
    {get_tuple_element,{x,0},1,{x,0}}.
    {line,[{location,"loop_rec.erl",13}]}.
    {call_ext_last,1,{extfunc,erlang,display,1},1}.
  {label,7}.
    {loop_rec_end,{f,6}}.
  {label,8}.
    {wait,{f,6}}.
  {label,9}.
    {loop_rec_end,{f,5}}.
  {label,10}.
    {wait,{f,5}}.
  {label,11}.
    {wait,{f,4}}.
  {label,12}.
    {loop_rec_end,{f,3}}.
  {label,13}.
    {wait,{f,3}}.


{function, module_info, 0, 15}.
  {label,14}.
    {line,[]}.
    {func_info,{atom,loop_rec},{atom,module_info},0}.
  {label,15}.
    {move,{atom,loop_rec},{x,0}}.
    {call_ext_only,1,{extfunc,erlang,get_module_info,1}}.


{function, module_info, 1, 17}.
  {label,16}.
    {line,[]}.
    {func_info,{atom,loop_rec},{atom,module_info},1}.
  {label,17}.
    {move,{x,0},{x,1}}.
    {move,{atom,loop_rec},{x,0}}.
    {call_ext_only,2,{extfunc,erlang,get_module_info,2}}.


{function, '-main/1-fun-0-', 1, 19}.
  {label,18}.
    {line,[{location,"loop_rec.erl",12}]}.
    {func_info,{atom,loop_rec},{atom,'-main/1-fun-0-'},1}.
  {label,19}.
    {allocate,0,1}.
    {move,{literal,{late,42}},{x,1}}.
    send.
    {deallocate,0}.
    return.
