%% fsub: {bif,fsub,{f,0},[A,B],Dst} subtracts the float registers A and
%% B into the float register Dst; a result that is not finite raises
%% badarith (from the caller).  Ordinary values, signed zeros, rounding,
%% underflow, overflow; Dst the same register as an operand; operands
%% loaded from x and y registers and literals.  Results shown by
%% float_to_list(F, [short]).
{module, fsub}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 15}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"fsub.erl",1}]}.
    {func_info,{atom,fsub},{atom,main},1}.
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
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.


%% run(N) -> {value, V} for case N's value V, or {{caught, Class,
%% Reason}, TopFrame} when it raises (TopFrame: the first entry of the
%% stacktrace).
{function, run, 1, 4}.
  {label,3}.
    {line,[{location,"fsub.erl",2}]}.
    {func_info,{atom,fsub},{atom,run},1}.
  {label,4}.
    {allocate,1,1}.
    {'try',{y,0},{f,5}}.
    {line,[{location,"fsub.erl",3}]}.
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
    {line,[{location,"fsub.erl",4}]}.
    {func_info,{atom,fsub},{atom,'case'},1}.
  {label,8}.
    {select_val,{x,0},{f,7},{list,[{integer,0},{f,9},{integer,1},{f,10},{integer,2},{f,11},{integer,3},{f,12},{integer,4},{f,13}]}}.
  {label,9}.
    %% 0: 5.5 - 2.25
    {fmove,{float,5.5},{fr,0}}.
    {fmove,{float,2.25},{fr,1}}.
    {line,[{location,"fsub.erl",10}]}.
    {bif,fsub,{f,0},[{fr,0},{fr,1}],{fr,2}}.
    {test_heap,{alloc,[{words,0},{floats,1},{funs,0}]},0}.
    {fmove,{fr,2},{x,0}}.
    {move,{literal,[short]},{x,1}}.
    {call_ext_only,2,{extfunc,erlang,float_to_list,2}}.
  {label,10}.
    %% 1: 0.0 - 0.0
    {fmove,{float,0.0},{fr,0}}.
    {fmove,{float,0.0},{fr,1}}.
    {line,[{location,"fsub.erl",11}]}.
    {bif,fsub,{f,0},[{fr,0},{fr,1}],{fr,2}}.
    {test_heap,{alloc,[{words,0},{floats,1},{funs,0}]},0}.
    {fmove,{fr,2},{x,0}}.
    {move,{literal,[short]},{x,1}}.
    {call_ext_only,2,{extfunc,erlang,float_to_list,2}}.
  {label,11}.
    %% 2: 1.0 - 1.0e-20
    {fmove,{float,1.0},{fr,0}}.
    {fmove,{float,1.0e-20},{fr,1}}.
    {line,[{location,"fsub.erl",12}]}.
    {bif,fsub,{f,0},[{fr,0},{fr,1}],{fr,2}}.
    {test_heap,{alloc,[{words,0},{floats,1},{funs,0}]},0}.
    {fmove,{fr,2},{x,0}}.
    {move,{literal,[short]},{x,1}}.
    {call_ext_only,2,{extfunc,erlang,float_to_list,2}}.
  {label,12}.
    %% 3: -1.0e308 - 1.0e308: badarith
    {fmove,{float,-1.0e308},{fr,0}}.
    {fmove,{float,1.0e308},{fr,1}}.
    {line,[{location,"fsub.erl",13}]}.
    {bif,fsub,{f,0},[{fr,0},{fr,1}],{fr,2}}.
    {test_heap,{alloc,[{words,0},{floats,1},{funs,0}]},0}.
    {fmove,{fr,2},{x,0}}.
    {move,{literal,[short]},{x,1}}.
    {call_ext_only,2,{extfunc,erlang,float_to_list,2}}.
  {label,13}.
    %% 4: operands from x and y, the result into the first
    %%    operand's register
    {allocate,1,0}.
    {move,{float,6.0},{x,1}}.
    {move,{float,1.5},{y,0}}.
    {test,is_float,{f,14},[{x,1}]}.
    {test,is_float,{f,14},[{y,0}]}.
    {fmove,{x,1},{fr,4}}.
    {fmove,{y,0},{fr,5}}.
    {bif,fsub,{f,0},[{fr,4},{fr,5}],{fr,4}}.
    {bif,fsub,{f,0},[{fr,4},{fr,4}],{fr,4}}.
    {test_heap,{alloc,[{words,0},{floats,1},{funs,0}]},0}.
    {fmove,{fr,4},{x,0}}.
    {move,{literal,[short]},{x,1}}.
    {call_ext_last,2,{extfunc,erlang,float_to_list,2},1}.
  {label,14}.
    {move,{atom,not_float},{x,0}}.
    {deallocate,1}.
    return.
