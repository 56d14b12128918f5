%% gc_bif1: {gc_bif,Name,Fail,Live,[Arg],Dst} calls a one-argument BIF
%% that may build on the heap (and so collect, keeping x0..x(Live-1)):
%% length, size, abs, float, trunc, round, floor, ceil, unary - and +,
%% bnot.  On failure it jumps to Fail, or with {f,0} raises the BIF's
%% error with the BIF as the first frame (shown).  Arg in an x and a y
%% register and as a literal; Dst an x or a y register; small results,
%% bignums and floats; a loop of 20000 float/1 calls with two live
%% registers holding a growing list.
{module, gc_bif1}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 49}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"gc_bif1.erl",1}]}.
    {func_info,{atom,gc_bif1},{atom,main},1}.
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
    {move,{integer,23},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,24},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,25},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,26},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,27},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,28},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,29},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,30},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,31},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,32},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,33},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% not caught
    {move,{literal,[a,b|c]},{x,0}}.
    {line,[{location,"gc_bif1.erl",5}]}.
    {gc_bif,length,{f,0},1,[{x,0}],{x,0}}.
    {deallocate,0}.
    return.


%% run(N) -> {value, V} for case N's value V, or {{caught, Class,
%% Reason}, TopFrame} when it raises (TopFrame: the first entry of the
%% stacktrace).
{function, run, 1, 4}.
  {label,3}.
    {line,[{location,"gc_bif1.erl",2}]}.
    {func_info,{atom,gc_bif1},{atom,run},1}.
  {label,4}.
    {allocate,1,1}.
    {'try',{y,0},{f,5}}.
    {line,[{location,"gc_bif1.erl",3}]}.
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
    {line,[{location,"gc_bif1.erl",4}]}.
    {func_info,{atom,gc_bif1},{atom,'case'},1}.
  {label,8}.
    {select_val,{x,0},{f,7},{list,[{integer,0},{f,9},{integer,1},{f,10},{integer,2},{f,11},{integer,3},{f,12},{integer,4},{f,14},{integer,5},{f,15},{integer,6},{f,16},{integer,7},{f,17},{integer,8},{f,18},{integer,9},{f,19},{integer,10},{f,20},{integer,11},{f,21},{integer,12},{f,22},{integer,13},{f,24},{integer,14},{f,25},{integer,15},{f,26},{integer,16},{f,27},{integer,17},{f,28},{integer,18},{f,29},{integer,19},{f,30},{integer,20},{f,31},{integer,21},{f,32},{integer,22},{f,33},{integer,23},{f,34},{integer,24},{f,35},{integer,25},{f,36},{integer,26},{f,37},{integer,27},{f,38},{integer,28},{f,39},{integer,29},{f,40},{integer,30},{f,41},{integer,31},{f,42},{integer,32},{f,44},{integer,33},{f,45}]}}.
  {label,9}.
    %% 0: length of a literal list
    {gc_bif,'length',{f,0},0,[{literal,[a,b,c]}],{x,0}}.
    return.
  {label,10}.
    %% 1: length of [] in x
    {move,nil,{x,0}}.
    {gc_bif,'length',{f,0},1,[{x,0}],{x,0}}.
    return.
  {label,11}.
    %% 2: length from y into y
    {allocate,1,0}.
    {move,{literal,"four"},{y,0}}.
    {gc_bif,length,{f,0},0,[{y,0}],{y,0}}.
    {move,{y,0},{x,0}}.
    {deallocate,1}.
    return.
  {label,12}.
    %% 3: length of an improper list with a fail label
    {move,{literal,[a|b]},{x,0}}.
    {gc_bif,length,{f,13},1,[{x,0}],{x,0}}.
    return.
  {label,13}.
    {move,{atom,failed},{x,0}}.
    return.
  {label,14}.
    %% 4: length(atom) raising badarg
    {move,{atom,atom},{x,0}}.
    {line,[{location,"gc_bif1.erl",10}]}.
    {gc_bif,'length',{f,0},1,[{x,0}],{x,0}}.
    return.
  {label,15}.
    %% 5: size of a tuple
    {move,{literal,{a,b}},{x,0}}.
    {gc_bif,'size',{f,0},1,[{x,0}],{x,0}}.
    return.
  {label,16}.
    %% 6: abs(-5)
    {move,{integer,-5},{x,0}}.
    {gc_bif,'abs',{f,0},1,[{x,0}],{x,0}}.
    return.
  {label,17}.
    %% 7: abs of a negative bignum
    {move,{integer,-100000000000000000000000},{x,0}}.
    {gc_bif,'abs',{f,0},1,[{x,0}],{x,0}}.
    return.
  {label,18}.
    %% 8: abs(-2.5)
    {move,{float,-2.5},{x,0}}.
    {gc_bif,'abs',{f,0},1,[{x,0}],{x,0}}.
    return.
  {label,19}.
    %% 9: abs(a) raising badarg
    {move,{atom,a},{x,0}}.
    {line,[{location,"gc_bif1.erl",11}]}.
    {gc_bif,'abs',{f,0},1,[{x,0}],{x,0}}.
    return.
  {label,20}.
    %% 10: float(3)
    {move,{integer,3},{x,0}}.
    {gc_bif,'float',{f,0},1,[{x,0}],{x,0}}.
    return.
  {label,21}.
    %% 11: float of a bignum
    {move,{integer,100000000000000000000000},{x,0}}.
    {gc_bif,'float',{f,0},1,[{x,0}],{x,0}}.
    return.
  {label,22}.
    %% 12: float("1") with a fail label
    {move,{literal,"1"},{x,0}}.
    {gc_bif,float,{f,23},1,[{x,0}],{x,0}}.
    return.
  {label,23}.
    {move,{atom,failed},{x,0}}.
    return.
  {label,24}.
    %% 13: trunc(-2.7)
    {move,{float,-2.7},{x,0}}.
    {gc_bif,'trunc',{f,0},1,[{x,0}],{x,0}}.
    return.
  {label,25}.
    %% 14: round(2.5)
    {move,{float,2.5},{x,0}}.
    {gc_bif,'round',{f,0},1,[{x,0}],{x,0}}.
    return.
  {label,26}.
    %% 15: round(-2.5)
    {move,{float,-2.5},{x,0}}.
    {gc_bif,'round',{f,0},1,[{x,0}],{x,0}}.
    return.
  {label,27}.
    %% 16: floor(-0.5)
    {move,{float,-0.5},{x,0}}.
    {gc_bif,'floor',{f,0},1,[{x,0}],{x,0}}.
    return.
  {label,28}.
    %% 17: ceil(0.5)
    {move,{float,0.5},{x,0}}.
    {gc_bif,'ceil',{f,0},1,[{x,0}],{x,0}}.
    return.
  {label,29}.
    %% 18: trunc(1.0e20): a bignum
    {move,{float,1.0e20},{x,0}}.
    {gc_bif,'trunc',{f,0},1,[{x,0}],{x,0}}.
    return.
  {label,30}.
    %% 19: round(7): an integer stays
    {move,{integer,7},{x,0}}.
    {gc_bif,'round',{f,0},1,[{x,0}],{x,0}}.
    return.
  {label,31}.
    %% 20: trunc(a) raising badarg
    {move,{atom,a},{x,0}}.
    {line,[{location,"gc_bif1.erl",12}]}.
    {gc_bif,'trunc',{f,0},1,[{x,0}],{x,0}}.
    return.
  {label,32}.
    %% 21: -(5)
    {move,{integer,5},{x,0}}.
    {gc_bif,'-',{f,0},1,[{x,0}],{x,0}}.
    return.
  {label,33}.
    %% 22: -(-576460752303423488): the smallest small becomes a
    %%    bignum
    {move,{integer,-576460752303423488},{x,0}}.
    {gc_bif,'-',{f,0},1,[{x,0}],{x,0}}.
    return.
  {label,34}.
    %% 23: -(bignum)
    {move,{integer,576460752303423488},{x,0}}.
    {gc_bif,'-',{f,0},1,[{x,0}],{x,0}}.
    return.
  {label,35}.
    %% 24: -(1.5)
    {move,{float,1.5},{x,0}}.
    {gc_bif,'-',{f,0},1,[{x,0}],{x,0}}.
    return.
  {label,36}.
    %% 25: -(0.0)
    {move,{float,0.0},{x,0}}.
    {gc_bif,'-',{f,0},1,[{x,0}],{x,0}}.
    return.
  {label,37}.
    %% 26: -(a) raising badarith
    {move,{atom,a},{x,0}}.
    {line,[{location,"gc_bif1.erl",13}]}.
    {gc_bif,'-',{f,0},1,[{x,0}],{x,0}}.
    return.
  {label,38}.
    %% 27: +(a) raising badarith
    {move,{atom,a},{x,0}}.
    {line,[{location,"gc_bif1.erl",14}]}.
    {gc_bif,'+',{f,0},1,[{x,0}],{x,0}}.
    return.
  {label,39}.
    %% 28: +(7)
    {move,{integer,7},{x,0}}.
    {gc_bif,'+',{f,0},1,[{x,0}],{x,0}}.
    return.
  {label,40}.
    %% 29: bnot 5
    {move,{integer,5},{x,0}}.
    {gc_bif,'bnot',{f,0},1,[{x,0}],{x,0}}.
    return.
  {label,41}.
    %% 30: bnot of a bignum
    {move,{integer,100000000000000000000000},{x,0}}.
    {gc_bif,'bnot',{f,0},1,[{x,0}],{x,0}}.
    return.
  {label,42}.
    %% 31: bnot 1.0 with a fail label
    {move,{float,1.0},{x,0}}.
    {gc_bif,'bnot',{f,43},1,[{x,0}],{x,0}}.
    return.
  {label,43}.
    {move,{atom,failed},{x,0}}.
    return.
  {label,44}.
    %% 32: bnot 1.0 raising badarith
    {move,{float,1.0},{x,0}}.
    {line,[{location,"gc_bif1.erl",15}]}.
    {gc_bif,'bnot',{f,0},1,[{x,0}],{x,0}}.
    return.
  {label,45}.
    %% 33: 20000 float/1 calls, x1 and x2 live
    {move,{integer,20000},{x,0}}.
    {move,nil,{x,1}}.
    {move,{literal,{kept}},{x,2}}.
    {call_only,3,{f,47}}.


%% floats(N, Acc, Keep) -> {length(Acc), hd(Acc), Keep} after consing
%% float(K) for K = N..1 onto Acc.
{function, floats, 3, 47}.
  {label,46}.
    {line,[{location,"gc_bif1.erl",20}]}.
    {func_info,{atom,gc_bif1},{atom,floats},3}.
  {label,47}.
    {test,is_eq_exact,{f,48},[{x,0},{integer,0}]}.
    {gc_bif,length,{f,0},3,[{x,1}],{x,0}}.
    {test,is_nonempty_list,{f,46},[{x,1}]}.
    {get_hd,{x,1},{x,1}}.
    {test_heap,4,3}.
    {put_tuple2,{x,0},{list,[{x,0},{x,1},{x,2}]}}.
    return.
  {label,48}.
    {gc_bif,float,{f,0},3,[{x,0}],{x,3}}.
    {test_heap,2,4}.
    {put_list,{x,3},{x,1},{x,1}}.
    {gc_bif,'-',{f,0},3,[{x,0},{integer,1}],{x,0}}.
    {call_only,3,{f,47}}.
