%% fconv: {fconv,Src,{fr,N}} converts a number to a float in a float
%% register; anything else raises badarith (from the caller).  Results
%% shown by float_to_list(F, [short]).  A small integer, a negative one,
%% a bignum, a bignum too big for a float, a float (unchanged); Src in
%% an x and a y register and as a literal.
{module, fconv}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 16}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"fconv.erl",1}]}.
    {func_info,{atom,fconv},{atom,main},1}.
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
    {line,[{location,"fconv.erl",2}]}.
    {func_info,{atom,fconv},{atom,run},1}.
  {label,4}.
    {allocate,1,1}.
    {'try',{y,0},{f,5}}.
    {line,[{location,"fconv.erl",3}]}.
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
    {line,[{location,"fconv.erl",4}]}.
    {func_info,{atom,fconv},{atom,'case'},1}.
  {label,8}.
    {select_val,{x,0},{f,7},{list,[{integer,0},{f,9},{integer,1},{f,10},{integer,2},{f,11},{integer,3},{f,12},{integer,4},{f,13},{integer,5},{f,14},{integer,6},{f,15}]}}.
  {label,9}.
    %% 0: 7 in x
    {move,{integer,7},{x,1}}.
    {fconv,{x,1},{fr,0}}.
    {test_heap,{alloc,[{words,0},{floats,1},{funs,0}]},0}.
    {fmove,{fr,0},{x,0}}.
    {move,{literal,[short]},{x,1}}.
    {call_ext_only,2,{extfunc,erlang,float_to_list,2}}.
  {label,10}.
    %% 1: -3 as a literal
    {fconv,{integer,-3},{fr,0}}.
    {test_heap,{alloc,[{words,0},{floats,1},{funs,0}]},0}.
    {fmove,{fr,0},{x,0}}.
    {move,{literal,[short]},{x,1}}.
    {call_ext_only,2,{extfunc,erlang,float_to_list,2}}.
  {label,11}.
    %% 2: 2^70 in y
    {allocate,1,0}.
    {move,{integer,1180591620717411303424},{y,0}}.
    {fconv,{y,0},{fr,0}}.
    {test_heap,{alloc,[{words,0},{floats,1},{funs,0}]},0}.
    {fmove,{fr,0},{x,0}}.
    {move,{literal,[short]},{x,1}}.
    {call_ext_last,2,{extfunc,erlang,float_to_list,2},1}.
  {label,12}.
    %% 3: a float
    {move,{float,-2.25},{x,1}}.
    {fconv,{x,1},{fr,0}}.
    {test_heap,{alloc,[{words,0},{floats,1},{funs,0}]},0}.
    {fmove,{fr,0},{x,0}}.
    {move,{literal,[short]},{x,1}}.
    {call_ext_only,2,{extfunc,erlang,float_to_list,2}}.
  {label,13}.
    %% 4: 9007199254740993 (rounds)
    {fconv,{integer,9007199254740993},{fr,0}}.
    {test_heap,{alloc,[{words,0},{floats,1},{funs,0}]},0}.
    {fmove,{fr,0},{x,0}}.
    {move,{literal,[short]},{x,1}}.
    {call_ext_only,2,{extfunc,erlang,float_to_list,2}}.
  {label,14}.
    %% 5: a 400-digit integer: badarith
    {move,{integer,1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111},{x,1}}.
    {line,[{location,"fconv.erl",10}]}.
    {fconv,{x,1},{fr,0}}.
    {test_heap,{alloc,[{words,0},{floats,1},{funs,0}]},0}.
    {fmove,{fr,0},{x,0}}.
    {move,{literal,[short]},{x,1}}.
    {call_ext_only,2,{extfunc,erlang,float_to_list,2}}.
  {label,15}.
    %% 6: an atom: badarith
    {move,{atom,a},{x,1}}.
    {line,[{location,"fconv.erl",11}]}.
    {fconv,{x,1},{fr,0}}.
    {test_heap,{alloc,[{words,0},{floats,1},{funs,0}]},0}.
    {fmove,{fr,0},{x,0}}.
    {move,{literal,[short]},{x,1}}.
    {call_ext_only,2,{extfunc,erlang,float_to_list,2}}.
