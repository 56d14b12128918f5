%% Code whose source types the validator cannot prove: get_tuple_element
%% and get_list on an argument nothing tested.  erlc +from_asm refuses it
%% (OTP's validator wants the types proven); beamc compiles a run-time
%% check instead (IRF_UNPROVEN).  main/1 runs it on a good value, then on
%% a bad one: the program prints a and b, then stops with badarg
%% (status 127) where unchecked code would read memory that is not a
%% tuple.  Each argument ("tuple", "list") picks the instruction to fail.
{module, unproven}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 9}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"unproven.erl",1}]}.
    {func_info,{atom,unproven},{atom,main},1}.
  {label,2}.
    {allocate,1,1}.
    {get_hd,{x,0},{y,0}}.
    {move,{literal,{a,b}},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,[b]},{x,0}}.
    {call,1,{f,6}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{y,0},{x,0}}.
    {call_ext,1,{extfunc,erlang,list_to_atom,1}}.
    {select_val,{x,0},{f,8},{list,[{atom,tuple},{f,7},{atom,list},{f,8}]}}.
  {label,7}.
    {move,{atom,not_a_tuple},{x,0}}.
    {call_last,1,{f,4},1}.
  {label,8}.
    {move,{integer,42},{x,0}}.
    {call_last,1,{f,6},1}.


{function, first, 1, 4}.
  {label,3}.
    {line,[{location,"unproven.erl",2}]}.
    {func_info,{atom,unproven},{atom,first},1}.
  {label,4}.
    {get_tuple_element,{x,0},0,{x,0}}.
    return.


{function, head, 1, 6}.
  {label,5}.
    {line,[{location,"unproven.erl",3}]}.
    {func_info,{atom,unproven},{atom,head},1}.
  {label,6}.
    {get_list,{x,0},{x,0},{x,1}}.
    return.
