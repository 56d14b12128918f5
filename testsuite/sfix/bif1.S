%% bif1: {bif,Name,Fail,[Arg],Dst} calls a one-argument BIF that needs
%% no heap (hd, tl, not, tuple_size, type tests).  On failure it jumps
%% to Fail, or with {f,0} raises the BIF's error with the BIF as the
%% first frame of the stacktrace (shown).  Arg in an x and a y register
%% and as a literal; Dst an x or a y register.
{module, bif1}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 26}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"bif1.erl",1}]}.
    {func_info,{atom,bif1},{atom,main},1}.
  {label,2}.
    {allocate,0,1}.
    {move,{integer,0},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,1},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,2},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,3},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,4},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,5},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,6},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,7},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,8},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,9},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,10},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,11},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,12},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,13},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% not caught
    {move,{literal,{not_a_list}},{x,0}}.
    {line,[{location,"bif1.erl",5}]}.
    {bif,hd,{f,0},[{x,0}],{x,0}}.
    {deallocate,0}.
    return.


%% run(N) -> {value, V} for case N's value V, or {{caught, Class,
%% Reason}, TopFrame} when it raises (TopFrame: the first entry of the
%% stacktrace).
{function, run, 1, 4}.
  {label,3}.
    {line,[{location,"bif1.erl",2}]}.
    {func_info,{atom,bif1},{atom,run},1}.
  {label,4}.
    {allocate,1,1}.
    {'try',{y,0},{f,5}}.
    {line,[{location,"bif1.erl",3}]}.
    {call,1,{f,8}}.
    {try_end,{y,0}}.
    {test_heap,3,1}.
    {put_tuple2,{x,0},{list,[{atom,value},{x,0}]}}.
    {deallocate,1}.
    return.
  {label,5}.
    {try_case,{y,0}}.
    {test_heap,4,3}.
    {put_tuple2,{y,0},{list,[{atom,caught},{x,0},{x,1}]}}.
    {move,{x,2},{x,0}}.
    build_stacktrace.
    {test,is_nonempty_list,{f,6},[{x,0}]}.
    {get_hd,{x,0},{x,0}}.
  {label,6}.
    {test_heap,3,1}.
    {put_tuple2,{x,0},{list,[{y,0},{x,0}]}}.
    {deallocate,1}.
    return.


%% case(N): the cases, each described where it starts.
{function, 'case', 1, 8}.
  {label,7}.
    {line,[{location,"bif1.erl",4}]}.
    {func_info,{atom,bif1},{atom,'case'},1}.
  {label,8}.
    {select_val,{x,0},{f,7},{list,[{integer,0},{f,9},{integer,1},{f,10},{integer,2},{f,11},{integer,3},{f,13},{integer,4},{f,14},{integer,5},{f,15},{integer,6},{f,16},{integer,7},{f,17},{integer,8},{f,19},{integer,9},{f,20},{integer,10},{f,21},{integer,11},{f,22},{integer,12},{f,24},{integer,13},{f,25}]}}.
  {label,9}.
    %% 0: hd([a,b]) from x to x
    {move,{literal,[a,b]},{x,1}}.
    {bif,hd,{f,0},[{x,1}],{x,0}}.
    return.
  {label,10}.
    %% 1: tl([a,b]) from y to y
    {allocate,1,0}.
    {move,{literal,[a,b]},{y,0}}.
    {line,[{location,"bif1.erl",10}]}.
    {bif,tl,{f,0},[{y,0}],{y,0}}.
    {move,{y,0},{x,0}}.
    {deallocate,1}.
    return.
  {label,11}.
    %% 2: hd([]) with a fail label
    {move,nil,{x,1}}.
    {bif,hd,{f,12},[{x,1}],{x,0}}.
    return.
  {label,12}.
    {move,{atom,failed},{x,0}}.
    return.
  {label,13}.
    %% 3: hd([]) raising badarg
    {move,nil,{x,1}}.
    {line,[{location,"bif1.erl",11}]}.
    {bif,hd,{f,0},[{x,1}],{x,0}}.
    return.
  {label,14}.
    %% 4: tl(atom) from y raising badarg
    {allocate,1,0}.
    {move,{atom,atom},{y,0}}.
    {line,[{location,"bif1.erl",12}]}.
    {bif,tl,{f,0},[{y,0}],{x,0}}.
    {deallocate,1}.
    return.
  {label,15}.
    %% 5: not(true), a literal
    {bif,'not',{f,0},[{atom,true}],{x,0}}.
    return.
  {label,16}.
    %% 6: not(false) in y
    {allocate,1,0}.
    {move,{atom,false},{y,0}}.
    {bif,'not',{f,0},[{y,0}],{x,0}}.
    {deallocate,1}.
    return.
  {label,17}.
    %% 7: not(3) with a fail label
    {bif,'not',{f,18},[{integer,3}],{x,0}}.
    return.
  {label,18}.
    {move,{atom,failed},{x,0}}.
    return.
  {label,19}.
    %% 8: not(3) raising badarg
    {move,{integer,3},{x,0}}.
    {line,[{location,"bif1.erl",13}]}.
    {bif,'not',{f,0},[{x,0}],{x,0}}.
    return.
  {label,20}.
    %% 9: tuple_size of a literal tuple
    {bif,tuple_size,{f,0},[{literal,{a,b,c}}],{x,0}}.
    return.
  {label,21}.
    %% 10: tuple_size of a tuple built at run time
    {test_heap,6,0}.
    {put_tuple2,{x,1},{list,[{atom,a},{atom,b},{atom,c},{atom,d},{atom,e}]}}.
    {bif,tuple_size,{f,0},[{x,1}],{x,0}}.
    return.
  {label,22}.
    %% 11: tuple_size([]) with a fail label
    {bif,tuple_size,{f,23},[nil],{x,0}}.
    return.
  {label,23}.
    {move,{atom,failed},{x,0}}.
    return.
  {label,24}.
    %% 12: tuple_size(<<>>) raising badarg
    {line,[{location,"bif1.erl",14}]}.
    {bif,tuple_size,{f,0},[{literal,<<>>}],{x,0}}.
    return.
  {label,25}.
    %% 13: is_atom(x), is_list(7) as BIFs (values)
    {bif,is_atom,{f,0},[{atom,x}],{x,1}}.
    {move,{integer,7},{x,2}}.
    {bif,is_list,{f,0},[{x,2}],{x,2}}.
    {test_heap,3,3}.
    {put_tuple2,{x,0},{list,[{x,1},{x,2}]}}.
    return.
