%% gc_bif2: {gc_bif,Name,Fail,Live,[A,B],Dst} calls a two-argument BIF
%% that may build on the heap: the arithmetic and bitwise operators.  On
%% failure it jumps to Fail, or with {f,0} raises the error; the first
%% frame of the stacktrace (shown) is the operator's, except where erl
%% raises from the caller (Reg + Int, Int + Reg, Reg - Int with a small
%% Int).  Small operands with results that stay small or become bignums,
%% bignums that come back small, floats and mixed operands; division by
%% zero; operands in x and y registers and literals; Dst an x or a y
%% register; a loop summing bignums with live registers.
{module, gc_bif2}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 47}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"gc_bif2.erl",1}]}.
    {func_info,{atom,gc_bif2},{atom,main},1}.
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
    %% not caught
    {move,{literal,"one"},{x,0}}.
    {line,[{location,"gc_bif2.erl",5}]}.
    {gc_bif,'+',{f,0},1,[{x,0},{integer,1}],{x,0}}.
    {deallocate,0}.
    return.


%% run(N) -> {value, V} for case N's value V, or {{caught, Class,
%% Reason}, TopFrame} when it raises (TopFrame: the first entry of the
%% stacktrace).
{function, run, 1, 4}.
  {label,3}.
    {line,[{location,"gc_bif2.erl",2}]}.
    {func_info,{atom,gc_bif2},{atom,run},1}.
  {label,4}.
    {allocate,1,1}.
    {'try',{y,0},{f,5}}.
    {line,[{location,"gc_bif2.erl",3}]}.
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
    {line,[{location,"gc_bif2.erl",4}]}.
    {func_info,{atom,gc_bif2},{atom,'case'},1}.
  {label,8}.
    {select_val,{x,0},{f,7},{list,[{integer,0},{f,9},{integer,1},{f,10},{integer,2},{f,11},{integer,3},{f,12},{integer,4},{f,13},{integer,5},{f,14},{integer,6},{f,15},{integer,7},{f,16},{integer,8},{f,17},{integer,9},{f,18},{integer,10},{f,19},{integer,11},{f,20},{integer,12},{f,21},{integer,13},{f,22},{integer,14},{f,23},{integer,15},{f,25},{integer,16},{f,26},{integer,17},{f,27},{integer,18},{f,28},{integer,19},{f,29},{integer,20},{f,30},{integer,21},{f,31},{integer,22},{f,32},{integer,23},{f,33},{integer,24},{f,34},{integer,25},{f,35},{integer,26},{f,36},{integer,27},{f,37},{integer,28},{f,38},{integer,29},{f,39},{integer,30},{f,40},{integer,31},{f,41},{integer,32},{f,43}]}}.
  {label,9}.
    %% 0: 1 + 2
    {move,{integer,1},{x,1}}.
    {move,{integer,2},{x,2}}.
    {gc_bif,'+',{f,0},3,[{x,1},{x,2}],{x,0}}.
    return.
  {label,10}.
    %% 1: max small + 1: a bignum
    {move,{integer,576460752303423487},{x,1}}.
    {move,{integer,1},{x,2}}.
    {gc_bif,'+',{f,0},3,[{x,1},{x,2}],{x,0}}.
    return.
  {label,11}.
    %% 2: min small - 1: a bignum
    {move,{integer,-576460752303423488},{x,1}}.
    {move,{integer,1},{x,2}}.
    {gc_bif,'-',{f,0},3,[{x,1},{x,2}],{x,0}}.
    return.
  {label,12}.
    %% 3: bignum - bignum: small again
    {move,{integer,576460752303423490},{x,1}}.
    {move,{integer,576460752303423488},{x,2}}.
    {gc_bif,'-',{f,0},3,[{x,1},{x,2}],{x,0}}.
    return.
  {label,13}.
    %% 4: 1.5 + 2
    {move,{float,1.5},{x,1}}.
    {move,{integer,2},{x,2}}.
    {gc_bif,'+',{f,0},3,[{x,1},{x,2}],{x,0}}.
    return.
  {label,14}.
    %% 5: 2 - 0.5
    {move,{integer,2},{x,1}}.
    {move,{float,0.5},{x,2}}.
    {gc_bif,'-',{f,0},3,[{x,1},{x,2}],{x,0}}.
    return.
  {label,15}.
    %% 6: literal operands: 10 - 3
    {gc_bif,'-',{f,0},0,[{integer,10},{integer,3}],{x,0}}.
    return.
  {label,16}.
    %% 7: y operands into y: 6 * 7
    {allocate,2,0}.
    {move,{integer,6},{y,0}}.
    {move,{integer,7},{y,1}}.
    {gc_bif,'*',{f,0},0,[{y,0},{y,1}],{y,1}}.
    {move,{y,1},{x,0}}.
    {deallocate,2}.
    return.
  {label,17}.
    %% 8: 2^40 * 2^40: a bignum
    {move,{integer,1099511627776},{x,1}}.
    {move,{integer,1099511627776},{x,2}}.
    {gc_bif,'*',{f,0},3,[{x,1},{x,2}],{x,0}}.
    return.
  {label,18}.
    %% 9: bignum * bignum
    {move,{integer,100000000000000000000},{x,1}}.
    {move,{integer,-100000000000000000000},{x,2}}.
    {gc_bif,'*',{f,0},3,[{x,1},{x,2}],{x,0}}.
    return.
  {label,19}.
    %% 10: 2.5 * 4
    {move,{float,2.5},{x,1}}.
    {move,{integer,4},{x,2}}.
    {gc_bif,'*',{f,0},3,[{x,1},{x,2}],{x,0}}.
    return.
  {label,20}.
    %% 11: 7 div -2, 7 rem -2
    {gc_bif,'div',{f,0},0,[{integer,7},{integer,-2}],{x,0}}.
    {gc_bif,'rem',{f,0},1,[{integer,7},{integer,-2}],{x,1}}.
    {test_heap,3,2}.
    {put_tuple2,{x,0},{list,[{x,0},{x,1}]}}.
    return.
  {label,21}.
    %% 12: bignum div 3, bignum rem 7
    {move,{integer,100000000000000000000001},{x,0}}.
    {gc_bif,'rem',{f,0},1,[{x,0},{integer,7}],{x,1}}.
    {gc_bif,'div',{f,0},2,[{x,0},{integer,3}],{x,0}}.
    {test_heap,3,2}.
    {put_tuple2,{x,0},{list,[{x,0},{x,1}]}}.
    return.
  {label,22}.
    %% 13: 1 div 0 raising badarith
    {move,{atom,a},{x,1}}.
    {line,[{location,"gc_bif2.erl",10}]}.
    {gc_bif,'div',{f,0},2,[{integer,1},{integer,0}],{x,0}}.
    return.
  {label,23}.
    %% 14: 1 rem 0 with a fail label
    {move,{integer,0},{x,1}}.
    {gc_bif,'rem',{f,24},2,[{integer,1},{x,1}],{x,0}}.
    return.
  {label,24}.
    {move,{atom,failed},{x,0}}.
    return.
  {label,25}.
    %% 15: 5.0 div 2 raising badarith
    {move,{atom,a},{x,1}}.
    {line,[{location,"gc_bif2.erl",11}]}.
    {gc_bif,'div',{f,0},2,[{float,5.0},{integer,2}],{x,0}}.
    return.
  {label,26}.
    %% 16: 1 / 2
    {move,{integer,1},{x,1}}.
    {move,{integer,2},{x,2}}.
    {gc_bif,'/',{f,0},3,[{x,1},{x,2}],{x,0}}.
    return.
  {label,27}.
    %% 17: 1 / 0 raising badarith
    {move,{atom,a},{x,1}}.
    {line,[{location,"gc_bif2.erl",12}]}.
    {gc_bif,'/',{f,0},2,[{integer,1},{integer,0}],{x,0}}.
    return.
  {label,28}.
    %% 18: 1.0e300 * 1.0e300 raising badarith
    {move,{atom,a},{x,1}}.
    {line,[{location,"gc_bif2.erl",13}]}.
    {gc_bif,'*',{f,0},2,[{float,1.0e300},{float,1.0e300}],{x,0}}.
    return.
  {label,29}.
    %% 19: -6 band 3, -6 bor 3, -6 bxor 3
    {gc_bif,'band',{f,0},0,[{integer,-6},{integer,3}],{x,0}}.
    {gc_bif,'bor',{f,0},1,[{integer,-6},{integer,3}],{x,1}}.
    {gc_bif,'bxor',{f,0},2,[{integer,-6},{integer,3}],{x,2}}.
    {test_heap,4,3}.
    {put_tuple2,{x,0},{list,[{x,0},{x,1},{x,2}]}}.
    return.
  {label,30}.
    %% 20: bignum band, bor, bxor
    {move,{integer,-100000000000000000000000},{x,3}}.
    {move,nil,{x,0}}.
    {move,nil,{x,1}}.
    {move,nil,{x,2}}.
    {gc_bif,'band',{f,0},4,[{x,3},{integer,1180591620717411303423}],{x,0}}.
    {gc_bif,'bor',{f,0},4,[{x,3},{integer,255}],{x,1}}.
    {gc_bif,'bxor',{f,0},4,[{x,3},{x,3}],{x,2}}.
    {test_heap,4,3}.
    {put_tuple2,{x,0},{list,[{x,0},{x,1},{x,2}]}}.
    return.
  {label,31}.
    %% 21: 1 bsl 70, -1 bsr 3, 2^70 bsr 64, 5 bsl -1
    {gc_bif,'bsl',{f,0},0,[{integer,1},{integer,70}],{x,0}}.
    {gc_bif,'bsr',{f,0},1,[{integer,-1},{integer,3}],{x,1}}.
    {gc_bif,'bsr',{f,0},2,[{x,0},{integer,64}],{x,2}}.
    {gc_bif,'bsl',{f,0},3,[{integer,5},{integer,-1}],{x,3}}.
    {test_heap,5,4}.
    {put_tuple2,{x,0},{list,[{x,0},{x,1},{x,2},{x,3}]}}.
    return.
  {label,32}.
    %% 22: 1 band 1.0 raising badarith
    {move,{atom,a},{x,1}}.
    {line,[{location,"gc_bif2.erl",14}]}.
    {gc_bif,'band',{f,0},2,[{integer,1},{float,1.0}],{x,0}}.
    return.
  {label,33}.
    %% 23: Reg + 1, Reg an atom: raised from the caller
    {move,{atom,a},{x,1}}.
    {line,[{location,"gc_bif2.erl",15}]}.
    {gc_bif,'+',{f,0},2,[{x,1},{integer,1}],{x,0}}.
    return.
  {label,34}.
    %% 24: 1 + Reg: raised from the caller
    {move,{atom,a},{x,1}}.
    {line,[{location,"gc_bif2.erl",16}]}.
    {gc_bif,'+',{f,0},2,[{integer,1},{x,1}],{x,0}}.
    return.
  {label,35}.
    %% 25: Reg - 1: raised from the caller
    {move,{atom,a},{x,1}}.
    {line,[{location,"gc_bif2.erl",17}]}.
    {gc_bif,'-',{f,0},2,[{x,1},{integer,1}],{x,0}}.
    return.
  {label,36}.
    %% 26: Reg - -1: the operator's frame
    {move,{atom,a},{x,1}}.
    {line,[{location,"gc_bif2.erl",18}]}.
    {gc_bif,'-',{f,0},2,[{x,1},{integer,-1}],{x,0}}.
    return.
  {label,37}.
    %% 27: 1 - Reg: the operator's frame
    {move,{atom,a},{x,1}}.
    {line,[{location,"gc_bif2.erl",19}]}.
    {gc_bif,'-',{f,0},2,[{integer,1},{x,1}],{x,0}}.
    return.
  {label,38}.
    %% 28: Reg + Reg: the operator's frame
    {move,{atom,a},{x,1}}.
    {line,[{location,"gc_bif2.erl",20}]}.
    {gc_bif,'+',{f,0},2,[{x,1},{x,1}],{x,0}}.
    return.
  {label,39}.
    %% 29: Reg + 1.5: the operator's frame
    {move,{atom,a},{x,1}}.
    {line,[{location,"gc_bif2.erl",21}]}.
    {gc_bif,'+',{f,0},2,[{x,1},{float,1.5}],{x,0}}.
    return.
  {label,40}.
    %% 30: Reg * 2: the operator's frame
    {move,{atom,a},{x,1}}.
    {line,[{location,"gc_bif2.erl",22}]}.
    {gc_bif,'*',{f,0},2,[{x,1},{integer,2}],{x,0}}.
    return.
  {label,41}.
    %% 31: a + 1 with a fail label
    {move,{atom,a},{x,1}}.
    {gc_bif,'+',{f,42},2,[{x,1},{integer,1}],{x,0}}.
    return.
  {label,42}.
    {move,{atom,failed},{x,0}}.
    return.
  {label,43}.
    %% 32: sum of 20000 bignums, two live registers
    {move,{integer,20000},{x,0}}.
    {move,{integer,0},{x,1}}.
    {move,{literal,{kept}},{x,2}}.
    {call_only,3,{f,45}}.


%% sum(N, Acc, Keep) -> {Acc + the sum of K * 2^64 for K = 1..N, Keep}.
{function, sum, 3, 45}.
  {label,44}.
    {line,[{location,"gc_bif2.erl",30}]}.
    {func_info,{atom,gc_bif2},{atom,sum},3}.
  {label,45}.
    {test,is_eq_exact,{f,46},[{x,0},{integer,0}]}.
    {test_heap,3,3}.
    {put_tuple2,{x,0},{list,[{x,1},{x,2}]}}.
    return.
  {label,46}.
    {gc_bif,'*',{f,0},3,[{x,0},{integer,18446744073709551616}],{x,3}}.
    {gc_bif,'+',{f,0},4,[{x,1},{x,3}],{x,1}}.
    {gc_bif,'-',{f,0},3,[{x,0},{integer,1}],{x,0}}.
    {call_only,3,{f,45}}.
