%% build_stacktrace: turns the raw stacktrace a handler gets in x2
%% (moved to x0) into the list of {Module,Function,ArityOrArgs,Location}
%% frames, in x0.  After an error raised four calls down a self
%% recursion (one frame per call that will return, tail calls leave
%% none; erl records a run of frames with the same return address once),
%% after a throw there, after a BIF error (its frame has the arguments),
%% after a function_clause (the arguments too), and after an error
%% twelve calls down a mutual recursion (erl keeps the first eight
%% frames).  The frames above main/1's caller are shown (those below are
%% escript's).
{module, build_stacktrace}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 27}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"build_stacktrace.erl",1}]}.
    {func_info,{atom,build_stacktrace},{atom,main},1}.
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

%% run(N) -> {Class, Reason, Frames}: Frames are the frames of the
%% stacktrace of case N's exception above escript's.
{function, run, 1, 4}.
  {label,3}.
    {line,[{location,"build_stacktrace.erl",2}]}.
    {func_info,{atom,build_stacktrace},{atom,run},1}.
  {label,4}.
    {allocate,2,1}.
    {move,nil,{y,0}}.
    {'try',{y,1},{f,5}}.
    {line,[{location,"build_stacktrace.erl",3}]}.
    {call,1,{f,8}}.
    {try_end,{y,1}}.
    {deallocate,2}.
    return.
  {label,5}.
    {try_case,{y,1}}.
    {test_heap,3,3}.
    {put_tuple2,{y,0},{list,[{x,0},{x,1}]}}.
    {move,{x,2},{x,0}}.
    build_stacktrace.
    {line,[{location,"build_stacktrace.erl",4}]}.
    {call,1,{f,14}}.
    {get_tuple_element,{y,0},0,{x,1}}.
    {get_tuple_element,{y,0},1,{x,2}}.
    {test_heap,4,3}.
    {put_tuple2,{x,0},{list,[{x,1},{x,2},{x,0}]}}.
    {deallocate,2}.
    return.

%% case(N): 0 an error four calls down; 1 a throw there; 2 badarg from
%% element/2 (called, not tail-called); 3 a function_clause; 4 an error
%% twelve calls down ping/pong.
{function, 'case', 1, 8}.
  {label,7}.
    {line,[{location,"build_stacktrace.erl",5}]}.
    {func_info,{atom,build_stacktrace},{atom,'case'},1}.
  {label,8}.
    {select_val,{x,0},{f,7},
                {list,[{integer,0},{f,9},{integer,1},{f,10},{integer,2},{f,11},
                       {integer,3},{f,12},{integer,4},{f,13}]}}.
  {label,9}.
    {allocate,0,0}.
    {move,{literal,{error,4}},{x,0}}.
    {line,[{location,"build_stacktrace.erl",6}]}.
    {call,1,{f,17}}.
    {test_heap,2,1}.
    {put_list,{atom,unreached},{x,0},{x,0}}.
    {deallocate,0}.
    return.
  {label,10}.
    {allocate,0,0}.
    {move,{literal,{throw,4}},{x,0}}.
    {line,[{location,"build_stacktrace.erl",7}]}.
    {call,1,{f,17}}.
    {test_heap,2,1}.
    {put_list,{atom,unreached},{x,0},{x,0}}.
    {deallocate,0}.
    return.
  {label,11}.
    {allocate,0,0}.
    {move,{integer,9},{x,0}}.
    {move,{literal,{a,b}},{x,1}}.
    {line,[{location,"build_stacktrace.erl",8}]}.
    {call_ext,2,{extfunc,erlang,element,2}}.
    {test_heap,2,1}.
    {put_list,{atom,unreached},{x,0},{x,0}}.
    {deallocate,0}.
    return.
  {label,12}.
    {allocate,0,0}.
    {move,{literal,"no"},{x,0}}.
    {line,[{location,"build_stacktrace.erl",9}]}.
    {call,1,{f,20}}.
    {test_heap,2,1}.
    {put_list,{atom,unreached},{x,0},{x,0}}.
    {deallocate,0}.
    return.
  {label,13}.
    {allocate,0,0}.
    {move,{integer,12},{x,0}}.
    {line,[{location,"build_stacktrace.erl",10}]}.
    {call,1,{f,23}}.
    {test_heap,2,1}.
    {put_list,{atom,unreached},{x,0},{x,0}}.
    {deallocate,0}.
    return.

%% ours(Frames) -> the frames of Frames above the first of escript's.
{function, ours, 1, 14}.
  {label,6}.
    {line,[{location,"build_stacktrace.erl",11}]}.
    {func_info,{atom,build_stacktrace},{atom,ours},1}.
  {label,14}.
    {test,is_nonempty_list,{f,15},[{x,0}]}.
    {get_list,{x,0},{x,1},{x,2}}.
    {test,is_tuple,{f,15},[{x,1}]}.
    {test,test_arity,{f,15},[{x,1},4]}.
    {get_tuple_element,{x,1},0,{x,3}}.
    {test,is_ne_exact,{f,15},[{x,3},{atom,escript}]}.
    {allocate,1,3}.
    {move,{x,1},{y,0}}.
    {move,{x,2},{x,0}}.
    {line,[{location,"build_stacktrace.erl",12}]}.
    {call,1,{f,14}}.
    {test_heap,2,1}.
    {put_list,{y,0},{x,0},{x,0}}.
    {deallocate,1}.
    return.
  {label,15}.
    {move,nil,{x,0}}.
    return.

%% down({Class, N}): raises Class with {bottom, Class} N calls down.
{function, down, 1, 17}.
  {label,16}.
    {line,[{location,"build_stacktrace.erl",13}]}.
    {func_info,{atom,build_stacktrace},{atom,down},1}.
  {label,17}.
    {test,is_tuple,{f,16},[{x,0}]}.
    {test,test_arity,{f,16},[{x,0},2]}.
    {get_tuple_element,{x,0},0,{x,1}}.
    {get_tuple_element,{x,0},1,{x,2}}.
    {test,is_eq_exact,{f,18},[{x,2},{integer,0}]}.
    {test_heap,3,2}.
    {put_tuple2,{x,0},{list,[{atom,bottom},{x,1}]}}.
    {test,is_eq_exact,{f,21},[{x,1},{atom,throw}]}.
    {line,[{location,"build_stacktrace.erl",14}]}.
    {call_ext_only,1,{extfunc,erlang,throw,1}}.
  {label,21}.
    {line,[{location,"build_stacktrace.erl",15}]}.
    {call_ext_only,1,{extfunc,erlang,error,1}}.
  {label,18}.
    {allocate,0,3}.
    {gc_bif,'-',{f,0},3,[{x,2},{integer,1}],{x,2}}.
    {test_heap,3,3}.
    {put_tuple2,{x,0},{list,[{x,1},{x,2}]}}.
    {line,[{location,"build_stacktrace.erl",16}]}.
    {call,1,{f,17}}.
    {test_heap,2,1}.
    {put_list,{atom,unreached},{x,0},{x,0}}.
    {deallocate,0}.
    return.

%% clause(X) when is_atom(X) -> X.
{function, clause, 1, 20}.
  {label,19}.
    {line,[{location,"build_stacktrace.erl",17}]}.
    {func_info,{atom,build_stacktrace},{atom,clause},1}.
  {label,20}.
    {test,is_atom,{f,19},[{x,0}]}.
    return.

%% ping(N), pong(N): raise error bottom N calls down, alternating.
{function, ping, 1, 23}.
  {label,22}.
    {line,[{location,"build_stacktrace.erl",18}]}.
    {func_info,{atom,build_stacktrace},{atom,ping},1}.
  {label,23}.
    {test,is_eq_exact,{f,24},[{x,0},{integer,0}]}.
    {move,{atom,bottom},{x,0}}.
    {line,[{location,"build_stacktrace.erl",19}]}.
    {call_ext_only,1,{extfunc,erlang,error,1}}.
  {label,24}.
    {allocate,0,1}.
    {gc_bif,'-',{f,0},1,[{x,0},{integer,1}],{x,0}}.
    {line,[{location,"build_stacktrace.erl",20}]}.
    {call,1,{f,26}}.
    {test_heap,2,1}.
    {put_list,{atom,unreached},{x,0},{x,0}}.
    {deallocate,0}.
    return.

{function, pong, 1, 26}.
  {label,25}.
    {line,[{location,"build_stacktrace.erl",21}]}.
    {func_info,{atom,build_stacktrace},{atom,pong},1}.
  {label,26}.
    {allocate,0,1}.
    {line,[{location,"build_stacktrace.erl",22}]}.
    {call,1,{f,23}}.
    {test_heap,2,1}.
    {put_list,{atom,unreached},{x,0},{x,0}}.
    {deallocate,0}.
    return.
