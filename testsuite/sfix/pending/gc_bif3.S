%% gc_bif3: {gc_bif,Name,Fail,Live,[A,B,C],Dst} calls a three-argument
%% BIF that may build on the heap: in OTP 25 only binary_part/3 (erl
%% calls any other BIF placed there with the wrong convention).  On
%% failure it jumps to Fail, or with {f,0} raises badarg with the BIF as
%% the first frame (shown).  Arguments in x and y registers and as
%% literals; Dst an x or a y register; a live register survives.
{module, gc_bif3}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 15}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"gc_bif3.erl",1}]}.
    {func_info,{atom,gc_bif3},{atom,main},1}.
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
    {line,[{location,"gc_bif3.erl",2}]}.
    {func_info,{atom,gc_bif3},{atom,run},1}.
  {label,4}.
    {allocate,1,1}.
    {'try',{y,0},{f,5}}.
    {line,[{location,"gc_bif3.erl",3}]}.
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
    {line,[{location,"gc_bif3.erl",4}]}.
    {func_info,{atom,gc_bif3},{atom,'case'},1}.
  {label,8}.
    {select_val,{x,0},{f,7},{list,[{integer,0},{f,9},{integer,1},{f,10},{integer,2},{f,11},{integer,3},{f,12},{integer,4},{f,14}]}}.
  {label,9}.
    %% 0: binary_part(<<"hello">>, 1, 3), literals
    {gc_bif,binary_part,{f,0},0,[{literal,<<"hello">>},{integer,1},{integer,3}],{x,0}}.
    return.
  {label,10}.
    %% 1: from x registers, x3 live
    {move,{literal,<<"abcdef">>},{x,0}}.
    {move,{integer,6},{x,1}}.
    {move,{integer,-2},{x,2}}.
    {move,{literal,{kept}},{x,3}}.
    {gc_bif,binary_part,{f,0},4,[{x,0},{x,1},{x,2}],{x,0}}.
    {test_heap,3,4}.
    {put_tuple2,{x,0},{list,[{x,0},{x,3}]}}.
    return.
  {label,11}.
    %% 2: from y registers into y
    {allocate,3,0}.
    {move,{literal,<<1,2,3,4>>},{y,0}}.
    {move,{integer,0},{y,1}}.
    {move,{integer,4},{y,2}}.
    {gc_bif,binary_part,{f,0},0,[{y,0},{y,1},{y,2}],{y,2}}.
    {move,{y,2},{x,0}}.
    {deallocate,3}.
    return.
  {label,12}.
    %% 3: out of range with a fail label
    {gc_bif,binary_part,{f,13},0,[{literal,<<"ab">>},{integer,1},{integer,5}],{x,0}}.
    return.
  {label,13}.
    {move,{atom,failed},{x,0}}.
    return.
  {label,14}.
    %% 4: not a binary, raising badarg
    {move,{literal,"ab"},{x,0}}.
    {line,[{location,"gc_bif3.erl",10}]}.
    {gc_bif,binary_part,{f,0},1,[{x,0},{integer,0},{integer,1}],{x,0}}.
    return.
