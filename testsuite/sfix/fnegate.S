%% fnegate: {bif,fnegate,{f,0},[A],Dst} negates the float register A
%% into the float register Dst.  Positive and negative values, 0.0 and
%% -0.0, the largest float; Dst the same register as A.  Results shown
%% by float_to_list(F, [short]).
{module, fnegate}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 15}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"fnegate.erl",1}]}.
    {func_info,{atom,fnegate},{atom,main},1}.
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
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.


%% run(N) -> {value, V} for case N's value V, or {{caught, Class,
%% Reason}, TopFrame} when it raises (TopFrame: the first entry of the
%% stacktrace).
{function, run, 1, 4}.
  {label,3}.
    {line,[{location,"fnegate.erl",2}]}.
    {func_info,{atom,fnegate},{atom,run},1}.
  {label,4}.
    {allocate,1,1}.
    {'try',{y,0},{f,5}}.
    {line,[{location,"fnegate.erl",3}]}.
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
    {line,[{location,"fnegate.erl",4}]}.
    {func_info,{atom,fnegate},{atom,'case'},1}.
  {label,8}.
    {select_val,{x,0},{f,7},{list,[{integer,0},{f,9},{integer,1},{f,10},{integer,2},{f,11},{integer,3},{f,12},{integer,4},{f,13},{integer,5},{f,14}]}}.
  {label,9}.
    %% 0: -(2.5)
    {fmove,{float,2.5},{fr,0}}.
    {bif,fnegate,{f,0},[{fr,0}],{fr,1}}.
    {test_heap,{alloc,[{words,0},{floats,1},{funs,0}]},0}.
    {fmove,{fr,1},{x,0}}.
    {move,{literal,[short]},{x,1}}.
    {call_ext_only,2,{extfunc,erlang,float_to_list,2}}.
  {label,10}.
    %% 1: -(-3.0)
    {fmove,{float,-3.0},{fr,0}}.
    {bif,fnegate,{f,0},[{fr,0}],{fr,1}}.
    {test_heap,{alloc,[{words,0},{floats,1},{funs,0}]},0}.
    {fmove,{fr,1},{x,0}}.
    {move,{literal,[short]},{x,1}}.
    {call_ext_only,2,{extfunc,erlang,float_to_list,2}}.
  {label,11}.
    %% 2: -(0.0)
    {fmove,{float,0.0},{fr,0}}.
    {bif,fnegate,{f,0},[{fr,0}],{fr,1}}.
    {test_heap,{alloc,[{words,0},{floats,1},{funs,0}]},0}.
    {fmove,{fr,1},{x,0}}.
    {move,{literal,[short]},{x,1}}.
    {call_ext_only,2,{extfunc,erlang,float_to_list,2}}.
  {label,12}.
    %% 3: -(-0.0)
    {fmove,{float,-0.0},{fr,0}}.
    {bif,fnegate,{f,0},[{fr,0}],{fr,1}}.
    {test_heap,{alloc,[{words,0},{floats,1},{funs,0}]},0}.
    {fmove,{fr,1},{x,0}}.
    {move,{literal,[short]},{x,1}}.
    {call_ext_only,2,{extfunc,erlang,float_to_list,2}}.
  {label,13}.
    %% 4: -(1.7976931348623157e308)
    {fmove,{float,1.7976931348623157e308},{fr,0}}.
    {bif,fnegate,{f,0},[{fr,0}],{fr,1}}.
    {test_heap,{alloc,[{words,0},{floats,1},{funs,0}]},0}.
    {fmove,{fr,1},{x,0}}.
    {move,{literal,[short]},{x,1}}.
    {call_ext_only,2,{extfunc,erlang,float_to_list,2}}.
  {label,14}.
    %% 5: twice in place
    {fmove,{float,4.0},{fr,2}}.
    {bif,fnegate,{f,0},[{fr,2}],{fr,2}}.
    {bif,fnegate,{f,0},[{fr,2}],{fr,2}}.
    {bif,fnegate,{f,0},[{fr,2}],{fr,2}}.
    {test_heap,{alloc,[{words,0},{floats,1},{funs,0}]},0}.
    {fmove,{fr,2},{x,0}}.
    {move,{literal,[short]},{x,1}}.
    {call_ext_only,2,{extfunc,erlang,float_to_list,2}}.
