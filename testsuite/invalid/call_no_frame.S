%% a call that returns, made with no stack frame.
%% expect: a call that returns needs a stack frame, and there is none
{module, call_no_frame}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 4}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"call_no_frame.erl",1}]}.
    {func_info,{atom,call_no_frame},{atom,main},1}.
  {label,2}.
    {call_ext,1,{extfunc,lists,reverse,1}}.
    {test_heap,2,1}.
    {put_list,{x,0},nil,{x,0}}.
    return.
