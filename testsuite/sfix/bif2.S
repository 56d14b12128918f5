%% bif2: {bif,Name,Fail,[A,B],Dst} calls a two-argument BIF that needs
%% no heap (element/2, the comparison operators, and/or/xor,
%% is_function/2).  On failure it jumps to Fail, or with {f,0} raises
%% the BIF's error with the BIF as the first frame of the stacktrace
%% (shown).  Arguments in x and y registers and as literals; Dst an x or
%% a y register.
{module, bif2}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 35}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"bif2.erl",1}]}.
    {func_info,{atom,bif2},{atom,main},1}.
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
    {move,{integer,14},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,15},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,16},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,17},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,18},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,19},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,20},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,21},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,22},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% not caught
    {move,{integer,9},{x,0}}.
    {move,{literal,{only}},{x,1}}.
    {line,[{location,"bif2.erl",5}]}.
    {bif,element,{f,0},[{x,0},{x,1}],{x,0}}.
    {deallocate,0}.
    return.


%% run(N) -> {value, V} for case N's value V, or {{caught, Class,
%% Reason}, TopFrame} when it raises (TopFrame: the first entry of the
%% stacktrace).
{function, run, 1, 4}.
  {label,3}.
    {line,[{location,"bif2.erl",2}]}.
    {func_info,{atom,bif2},{atom,run},1}.
  {label,4}.
    {allocate,1,1}.
    {'try',{y,0},{f,5}}.
    {line,[{location,"bif2.erl",3}]}.
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
    {line,[{location,"bif2.erl",4}]}.
    {func_info,{atom,bif2},{atom,'case'},1}.
  {label,8}.
    {select_val,{x,0},{f,7},{list,[{integer,0},{f,9},{integer,1},{f,10},{integer,2},{f,11},{integer,3},{f,12},{integer,4},{f,14},{integer,5},{f,15},{integer,6},{f,16},{integer,7},{f,18},{integer,8},{f,19},{integer,9},{f,20},{integer,10},{f,21},{integer,11},{f,22},{integer,12},{f,23},{integer,13},{f,24},{integer,14},{f,25},{integer,15},{f,26},{integer,16},{f,27},{integer,17},{f,28},{integer,18},{f,29},{integer,19},{f,30},{integer,20},{f,32},{integer,21},{f,33},{integer,22},{f,34}]}}.
  {label,9}.
    %% 0: element(1, T), both in x
    {move,{integer,1},{x,1}}.
    {move,{literal,{first,second}},{x,2}}.
    {bif,element,{f,0},[{x,1},{x,2}],{x,0}}.
    return.
  {label,10}.
    %% 1: element(2, T), a literal index, T in y, into y
    {allocate,1,0}.
    {move,{literal,{first,second}},{y,0}}.
    {bif,element,{f,0},[{integer,2},{y,0}],{y,0}}.
    {move,{y,0},{x,0}}.
    {deallocate,1}.
    return.
  {label,11}.
    %% 2: element(3, a literal tuple), index in x
    {move,{integer,3},{x,1}}.
    {bif,element,{f,0},[{x,1},{literal,{a,b,{c}}}],{x,0}}.
    return.
  {label,12}.
    %% 3: element(0, T) with a fail label
    {bif,element,{f,13},[{integer,0},{literal,{a}}],{x,0}}.
    return.
  {label,13}.
    {move,{atom,failed},{x,0}}.
    return.
  {label,14}.
    %% 4: element(3, {a,b}) raising badarg
    {move,{literal,{a,b}},{x,1}}.
    {line,[{location,"bif2.erl",10}]}.
    {bif,element,{f,0},[{integer,3},{x,1}],{x,0}}.
    return.
  {label,15}.
    %% 5: element(a, T) raising badarg
    {move,{atom,a},{x,1}}.
    {line,[{location,"bif2.erl",11}]}.
    {bif,element,{f,0},[{x,1},{literal,{a}}],{x,0}}.
    return.
  {label,16}.
    %% 6: element(1, [a]) with a fail label, from y
    {allocate,1,0}.
    {move,{literal,[a]},{y,0}}.
    {bif,element,{f,17},[{integer,1},{y,0}],{x,0}}.
    {deallocate,1}.
    return.
  {label,17}.
    {move,{atom,failed},{x,0}}.
    {deallocate,1}.
    return.
  {label,18}.
    %% 7: 1 =:= 1.0
    {bif,'=:=',{f,0},[{integer,1},{float,1.0}],{x,0}}.
    return.
  {label,19}.
    %% 8: 1 == 1.0
    {bif,'==',{f,0},[{integer,1},{float,1.0}],{x,0}}.
    return.
  {label,20}.
    %% 9: a =/= a
    {bif,'=/=',{f,0},[{atom,a},{atom,a}],{x,0}}.
    return.
  {label,21}.
    %% 10: [] /= []
    {bif,'/=',{f,0},[nil,nil],{x,0}}.
    return.
  {label,22}.
    %% 11: 1 < a
    {bif,'<',{f,0},[{integer,1},{atom,a}],{x,0}}.
    return.
  {label,23}.
    %% 12: {a} >= {a}
    {bif,'>=',{f,0},[{literal,{a}},{literal,{a}}],{x,0}}.
    return.
  {label,24}.
    %% 13: 2 > 10
    {bif,'>',{f,0},[{integer,2},{integer,10}],{x,0}}.
    return.
  {label,25}.
    %% 14: 2.0 =< 2
    {bif,'=<',{f,0},[{float,2.0},{integer,2}],{x,0}}.
    return.
  {label,26}.
    %% 15: X < Y, X and Y in y registers
    {allocate,2,0}.
    {move,{literal,"abc"},{y,0}}.
    {move,{literal,"abd"},{y,1}}.
    {bif,'<',{f,0},[{y,0},{y,1}],{x,0}}.
    {deallocate,2}.
    return.
  {label,27}.
    %% 16: true and false
    {bif,'and',{f,0},[{atom,true},{atom,false}],{x,0}}.
    return.
  {label,28}.
    %% 17: false or true
    {bif,'or',{f,0},[{atom,false},{atom,true}],{x,0}}.
    return.
  {label,29}.
    %% 18: true xor true
    {bif,'xor',{f,0},[{atom,true},{atom,true}],{x,0}}.
    return.
  {label,30}.
    %% 19: true and 1 with a fail label
    {move,{integer,1},{x,1}}.
    {bif,'and',{f,31},[{atom,true},{x,1}],{x,0}}.
    return.
  {label,31}.
    {move,{atom,failed},{x,0}}.
    return.
  {label,32}.
    %% 20: ok or true raising badarg
    {move,{atom,ok},{x,1}}.
    {line,[{location,"bif2.erl",12}]}.
    {bif,'or',{f,0},[{x,1},{atom,true}],{x,0}}.
    return.
  {label,33}.
    %% 21: is_function(fun erlang:abs/1, 1) and (..., 2)
    {move,{literal,fun erlang:abs/1},{x,1}}.
    {bif,is_function,{f,0},[{x,1},{integer,1}],{x,2}}.
    {bif,is_function,{f,0},[{x,1},{integer,2}],{x,3}}.
    {test_heap,3,4}.
    {put_tuple2,{x,0},{list,[{x,2},{x,3}]}}.
    return.
  {label,34}.
    %% 22: is_function(F, a) raising badarg
    {move,{literal,fun erlang:abs/1},{x,1}}.
    {line,[{location,"bif2.erl",13}]}.
    {bif,is_function,{f,0},[{x,1},{atom,a}],{x,0}}.
    return.
