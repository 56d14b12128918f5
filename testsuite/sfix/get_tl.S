%% get_tl: {get_tl,Src,Dst} reads the tail of a cons cell (known to be
%% one: the validator wants a test first).  Src in an x and a y
%% register; Dst an x or a y register, or the source register itself;
%% proper, improper and one-element lists; a walk down a list of 10000
%% elements.
{module, get_tl}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 12}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"get_tl.erl",1}]}.
    {func_info,{atom,get_tl},{atom,main},1}.
  {label,2}.
    {allocate,2,1}.
    {move,nil,{y,0}}.
    {move,{literal,[a,{b},"c"]},{x,0}}.
    {test,is_nonempty_list,{f,7},[{x,0}]}.
    %% x -> x
    {get_tl,{x,0},{x,1}}.
    {move,{x,0},{y,1}}.
    {test_heap,3,2}.
    {put_tuple2,{x,0},{list,[{x,1},{x,0}]}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% y -> y
    {move,{y,1},{x,0}}.
    {test,is_nonempty_list,{f,7},[{x,0}]}.
    {get_tl,{y,1},{y,0}}.
    {move,{y,0},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% y -> x, x -> y
    {get_tl,{y,1},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{y,1},{x,0}}.
    {test,is_nonempty_list,{f,7},[{x,0}]}.
    {get_tl,{x,0},{y,0}}.
    {move,{y,0},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% into the source register; an improper list
    {move,{literal,[1.5|improper]},{x,0}}.
    {test,is_nonempty_list,{f,7},[{x,0}]}.
    {get_tl,{x,0},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% a one-element list
    {move,{literal,[only]},{x,3}}.
    {test,is_nonempty_list,{f,7},[{x,3}]}.
    {get_tl,{x,3},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,10000},{x,0}}.
    {move,{literal,[7]},{x,1}}.
    {call,2,{f,9}}.
    {move,{integer,0},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
  {label,7}.
    {move,{atom,ok},{x,0}}.
    {deallocate,2}.
    return.

%% count(List, Acc) -> Acc + the length of List, each element being [7].
{function, count, 2, 4}.
  {label,3}.
    {line,[{location,"get_tl.erl",2}]}.
    {func_info,{atom,get_tl},{atom,count},2}.
  {label,4}.
    {test,is_nonempty_list,{f,5},[{x,0}]}.
    {get_hd,{x,0},{x,2}}.
    {test,is_nonempty_list,{f,3},[{x,2}]}.
    {get_tl,{x,0},{x,0}}.
    {gc_bif,'+',{f,0},3,[{x,1},{integer,1}],{x,1}}.
    {call_only,2,{f,4}}.
  {label,5}.
    {move,{x,1},{x,0}}.
    return.

%% dup(N, X) -> a list of N Xs.
{function, dup, 2, 9}.
  {label,8}.
    {line,[{location,"get_tl.erl",3}]}.
    {func_info,{atom,get_tl},{atom,dup},2}.
  {label,9}.
    {move,nil,{x,2}}.
  {label,10}.
    {test,is_eq_exact,{f,11},[{x,0},{integer,0}]}.
    {move,{x,2},{x,0}}.
    return.
  {label,11}.
    {test_heap,2,3}.
    {put_list,{x,1},{x,2},{x,2}}.
    {gc_bif,'-',{f,0},3,[{x,0},{integer,1}],{x,0}}.
    {jump,{f,10}}.
