%% try_case_end: {try_case_end,Value} raises the error
%% {try_clause,Value}, as for a try ...  of with no matching clause.
%% Value in an x register (a tuple built at run time), in a y register,
%% and as a literal of each kind; each raise is caught and shown with
%% the first frame of its stacktrace (the function that ran
%% try_case_end, and its line); the last one is not caught (exit status
%% 127, and escript's message on stderr).
{module, try_case_end}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 22}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"try_case_end.erl",1}]}.
    {func_info,{atom,try_case_end},{atom,main},1}.
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
    %% not caught
    {move,{literal,{last,"one"}},{x,0}}.
    {line,[{location,"try_case_end.erl",3}]}.
    {try_case_end,{x,0}}.


%% run(N) -> {value, V}, or {{caught, Class, Reason}, TopFrame} where
%% TopFrame is the first entry of the stacktrace.
{function, run, 1, 4}.
  {label,3}.
    {line,[{location,"try_case_end.erl",2}]}.
    {func_info,{atom,try_case_end},{atom,run},1}.
  {label,4}.
    {allocate,1,1}.
    {'try',{y,0},{f,5}}.
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

%% case(N): raises with case N's Value: 0 an x register, 1 a y
%% register, then literals.
{function, 'case', 1, 8}.
  {label,7}.
    {line,[{location,"try_case_end.erl",4}]}.
    {func_info,{atom,try_case_end},{atom,'case'},1}.
  {label,8}.
    {select_val,{x,0},{f,7},{list,[{integer,0},{f,9},{integer,1},{f,10},{integer,2},{f,11},{integer,3},{f,12},{integer,4},{f,13},{integer,5},{f,14},{integer,6},{f,15},{integer,7},{f,16},{integer,8},{f,17},{integer,9},{f,18},{integer,10},{f,19},{integer,11},{f,20},{integer,12},{f,21}]}}.
  {label,9}.
    {test_heap,3,1}.
    {put_tuple2,{x,0},{list,[{atom,built},{x,0}]}}.
    {line,[{location,"try_case_end.erl",10}]}.
    {try_case_end,{x,0}}.
  {label,10}.
    {allocate,1,1}.
    {move,{literal,[in,y0]},{y,0}}.
    {line,[{location,"try_case_end.erl",11}]}.
    {try_case_end,{y,0}}.
  {label,11}.
    %% a literal tuple
    {line,[{location,"try_case_end.erl",12}]}.
    {try_case_end,{literal,{t,[1]}}}.
  {label,12}.
    %% an atom
    {line,[{location,"try_case_end.erl",13}]}.
    {try_case_end,{atom,a}}.
  {label,13}.
    %% a small integer
    {line,[{location,"try_case_end.erl",14}]}.
    {try_case_end,{integer,42}}.
  {label,14}.
    %% a literal bignum
    {line,[{location,"try_case_end.erl",15}]}.
    {try_case_end,{integer,-680564733841876926926749214863536422912}}.
  {label,15}.
    %% []
    {line,[{location,"try_case_end.erl",16}]}.
    {try_case_end,nil}.
  {label,16}.
    %% a float
    {line,[{location,"try_case_end.erl",17}]}.
    {try_case_end,{float,2.5}}.
  {label,17}.
    %% a string
    {line,[{location,"try_case_end.erl",18}]}.
    {try_case_end,{literal,"str"}}.
  {label,18}.
    %% an improper list
    {line,[{location,"try_case_end.erl",19}]}.
    {try_case_end,{literal,[a|b]}}.
  {label,19}.
    %% a binary
    {line,[{location,"try_case_end.erl",20}]}.
    {try_case_end,{literal,<<"bin">>}}.
  {label,20}.
    %% a map
    {line,[{location,"try_case_end.erl",21}]}.
    {try_case_end,{literal,#{k => v}}}.
  {label,21}.
    %% an external fun
    {line,[{location,"try_case_end.erl",22}]}.
    {try_case_end,{literal,fun erlang:abs/1}}.
