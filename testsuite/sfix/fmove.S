%% fmove: {fmove,Src,Dst} moves a float between a float register and an
%% x or y register (boxing it on the heap) or loads a literal float
%% ({float,F}) into a float register.  x -> fr, y -> fr, literal -> fr,
%% fr -> x, fr -> y; -0.0, tiny and huge values keep every bit (shown by
%% float_to_list(F, [short])); a loop boxing 10000 floats with a live
%% register.
{module, fmove}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 20}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"fmove.erl",1}]}.
    {func_info,{atom,fmove},{atom,main},1}.
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
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.


%% run(N) -> {value, V} for case N's value V, or {{caught, Class,
%% Reason}, TopFrame} when it raises (TopFrame: the first entry of the
%% stacktrace).
{function, run, 1, 4}.
  {label,3}.
    {line,[{location,"fmove.erl",2}]}.
    {func_info,{atom,fmove},{atom,run},1}.
  {label,4}.
    {allocate,1,1}.
    {'try',{y,0},{f,5}}.
    {line,[{location,"fmove.erl",3}]}.
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
    {line,[{location,"fmove.erl",4}]}.
    {func_info,{atom,fmove},{atom,'case'},1}.
  {label,8}.
    {select_val,{x,0},{f,7},{list,[{integer,0},{f,9},{integer,1},{f,10},{integer,2},{f,11},{integer,3},{f,12},{integer,4},{f,13},{integer,5},{f,14},{integer,6},{f,16}]}}.
  {label,9}.
    %% 0: a literal 1.5 through fr0 to x0
    {fmove,{float,1.5},{fr,0}}.
    {test_heap,{alloc,[{words,0},{floats,1},{funs,0}]},0}.
    {fmove,{fr,0},{x,0}}.
    {move,{literal,[short]},{x,1}}.
    {call_ext_only,2,{extfunc,erlang,float_to_list,2}}.
  {label,10}.
    %% 1: -0.0
    {fmove,{float,-0.0},{fr,0}}.
    {test_heap,{alloc,[{words,0},{floats,1},{funs,0}]},0}.
    {fmove,{fr,0},{x,0}}.
    {move,{literal,[short]},{x,1}}.
    {call_ext_only,2,{extfunc,erlang,float_to_list,2}}.
  {label,11}.
    %% 2: 5.0e-324 (the smallest subnormal)
    {fmove,{float,5.0e-324},{fr,0}}.
    {test_heap,{alloc,[{words,0},{floats,1},{funs,0}]},0}.
    {fmove,{fr,0},{x,0}}.
    {move,{literal,[short]},{x,1}}.
    {call_ext_only,2,{extfunc,erlang,float_to_list,2}}.
  {label,12}.
    %% 3: 1.7976931348623157e308 (the largest)
    {fmove,{float,1.7976931348623157e308},{fr,0}}.
    {test_heap,{alloc,[{words,0},{floats,1},{funs,0}]},0}.
    {fmove,{fr,0},{x,0}}.
    {move,{literal,[short]},{x,1}}.
    {call_ext_only,2,{extfunc,erlang,float_to_list,2}}.
  {label,13}.
    %% 4: x -> fr -> y -> x
    {move,{float,0.1},{x,1}}.
    {test,is_float,{f,7},[{x,1}]}.
    {fmove,{x,1},{fr,3}}.
    {allocate,1,0}.
    {move,nil,{y,0}}.
    {test_heap,{alloc,[{words,0},{floats,1},{funs,0}]},0}.
    {fmove,{fr,3},{y,0}}.
    {move,{y,0},{x,0}}.
    {move,{literal,[short]},{x,1}}.
    {call_ext_last,2,{extfunc,erlang,float_to_list,2},1}.
  {label,14}.
    %% 5: y -> fr, several float registers at once
    {allocate,1,0}.
    {move,{float,2.0},{y,0}}.
    {test,is_float,{f,15},[{y,0}]}.
    {fmove,{y,0},{fr,0}}.
    {fmove,{float,3.0},{fr,1}}.
    {fmove,{float,4.0},{fr,2}}.
    {test_heap,{alloc,[{words,4},{floats,3},{funs,0}]},0}.
    {fmove,{fr,2},{x,0}}.
    {fmove,{fr,1},{x,1}}.
    {fmove,{fr,0},{x,2}}.
    {put_tuple2,{x,0},{list,[{x,0},{x,1},{x,2}]}}.
    {deallocate,1}.
    return.
  {label,15}.
    {move,{atom,not_float},{x,0}}.
    {deallocate,1}.
    return.
  {label,16}.
    %% 6: 10000 boxed floats, a list live
    {move,{integer,10000},{x,0}}.
    {move,nil,{x,1}}.
    {call_only,2,{f,18}}.


%% boxes(N, Acc) -> {length, head} of the list of N boxed floats N.0.
{function, boxes, 2, 18}.
  {label,17}.
    {line,[{location,"fmove.erl",20}]}.
    {func_info,{atom,fmove},{atom,boxes},2}.
  {label,18}.
    {test,is_eq_exact,{f,19},[{x,0},{integer,0}]}.
    {gc_bif,length,{f,0},2,[{x,1}],{x,0}}.
    {test,is_nonempty_list,{f,17},[{x,1}]}.
    {get_hd,{x,1},{x,1}}.
    {test_heap,3,2}.
    {put_tuple2,{x,0},{list,[{x,0},{x,1}]}}.
    return.
  {label,19}.
    {fconv,{x,0},{fr,0}}.
    {test_heap,{alloc,[{words,2},{floats,1},{funs,0}]},2}.
    {fmove,{fr,0},{x,2}}.
    {put_list,{x,2},{x,1},{x,1}}.
    {gc_bif,'-',{f,0},2,[{x,0},{integer,1}],{x,0}}.
    {call_only,2,{f,18}}.
