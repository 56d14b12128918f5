%% is_eq: {test,is_eq,Fail,[A,B]} goes on when A is equal to B comparing
%% numbers by value (1 == 1.0), else jumps to Fail.  Pairs of each kind
%% of term and across kinds: small and big integers, floats (and -0.0),
%% mixed integer and float, atoms, tuples, lists (improper too), maps,
%% binaries and bitstrings, funs, pids.  t/2 returns {OnX, OnY}, each
%% yes or no: the test on two x registers, then on two y registers;
%% mixed/1 with a register and a literal on either side; lits/0 with two
%% literals (the names of the pairs that pass, last first).
{module, is_eq}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 26}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"is_eq.erl",1}]}.
    {func_info,{atom,is_eq},{atom,main},1}.
  {label,2}.
    {allocate,1,1}.
    {move,nil,{y,0}}.
    %% 1, 1
    {move,{integer,1},{x,0}}.
    {move,{integer,1},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% 1, 2
    {move,{integer,1},{x,0}}.
    {move,{integer,2},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% 2, 1
    {move,{integer,2},{x,0}}.
    {move,{integer,1},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% -3, -2
    {move,{integer,-3},{x,0}}.
    {move,{integer,-2},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% 1, 1.0
    {move,{integer,1},{x,0}}.
    {move,{float,1.0},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% 1.0, 1
    {move,{float,1.0},{x,0}}.
    {move,{integer,1},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% 1.5, 1
    {move,{float,1.5},{x,0}}.
    {move,{integer,1},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% 0.0, -0.0
    {move,{float,0.0},{x,0}}.
    {move,{float,-0.0},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% -0.0, 0
    {move,{float,-0.0},{x,0}}.
    {move,{integer,0},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% 2^64, 2^64
    {move,{integer,18446744073709551616},{x,0}}.
    {move,{integer,18446744073709551616},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% 2^64, 2^64+1
    {move,{integer,18446744073709551616},{x,0}}.
    {move,{integer,18446744073709551617},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% -2^64, 5
    {move,{integer,-18446744073709551616},{x,0}}.
    {move,{integer,5},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% 2^64, 2^64 as a float
    {move,{integer,18446744073709551616},{x,0}}.
    {move,{float,1.8446744073709552e19},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% 2^53+1, 2^53 as a float
    {move,{integer,9007199254740993},{x,0}}.
    {move,{float,9007199254740992.0},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% 1, a
    {move,{integer,1},{x,0}}.
    {move,{atom,a},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% a, b
    {move,{atom,a},{x,0}}.
    {move,{atom,b},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% b, b
    {move,{atom,b},{x,0}}.
    {move,{atom,b},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% zzz, {}
    {move,{atom,zzz},{x,0}}.
    {move,{literal,{}},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% fun erlang:abs/1, a
    {move,{literal,fun erlang:abs/1},{x,0}}.
    {move,{atom,a},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% {a,b}, {c} (size first)
    {move,{literal,{a,b}},{x,0}}.
    {move,{literal,{c}},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% {1,2}, {1,2.0}
    {move,{literal,{1,2}},{x,0}}.
    {move,{literal,{1,2.0}},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% {1,{2,[3.0]}}, {1,{2,[3]}}
    {move,{literal,{1,{2,[3.0]}}},{x,0}}.
    {move,{literal,{1,{2,[3]}}},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% {a}, #{}
    {move,{literal,{a}},{x,0}}.
    {move,{literal,#{}},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% #{a => 1}, #{a => 1.0}
    {move,{literal,#{a => 1}},{x,0}}.
    {move,{literal,#{a => 1.0}},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% #{a => 1}, #{b => 0}
    {move,{literal,#{a => 1}},{x,0}}.
    {move,{literal,#{b => 0}},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% #{z => 1}, #{a => 1, b => 2}
    {move,{literal,#{z => 1}},{x,0}}.
    {move,{literal,#{a => 1, b => 2}},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% #{}, []
    {move,{literal,#{}},{x,0}}.
    {move,nil,{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% [], [a]
    {move,nil,{x,0}}.
    {move,{literal,[a]},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% [], []
    {move,nil,{x,0}}.
    {move,nil,{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% [1,2], [1,3]
    {move,{literal,[1,2]},{x,0}}.
    {move,{literal,[1,3]},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% [1], [1,2]
    {move,{literal,[1]},{x,0}}.
    {move,{literal,[1,2]},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% "abc", "abc"
    {move,{literal,"abc"},{x,0}}.
    {move,{literal,"abc"},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% [a|b], [a|c]
    {move,{literal,[a|b]},{x,0}}.
    {move,{literal,[a|c]},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% [1.0], [1]
    {move,{literal,[1.0]},{x,0}}.
    {move,{literal,[1]},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% [a], <<>>
    {move,{literal,[a]},{x,0}}.
    {move,{literal,<<>>},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% <<"a">>, <<"b">>
    {move,{literal,<<"a">>},{x,0}}.
    {move,{literal,<<"b">>},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% <<"ab">>, <<"a">>
    {move,{literal,<<"ab">>},{x,0}}.
    {move,{literal,<<"a">>},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% <<1:3>>, <<1>>
    {move,{literal,<<1:3>>},{x,0}}.
    {move,{literal,<<1>>},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% <<"same">>, <<"same">>
    {move,{literal,<<"same">>},{x,0}}.
    {move,{literal,<<"same">>},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% fun erlang:abs/1 twice
    {move,{literal,fun erlang:abs/1},{x,0}}.
    {move,{literal,fun erlang:abs/1},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% fun erlang:abs/1, fun erlang:abs/2
    {move,{literal,fun erlang:abs/1},{x,0}}.
    {move,{literal,fun erlang:abs/2},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% pids: self() with itself, with a fun and with a tuple
    {bif,self,{f,0},[],{y,0}}.
    {move,{y,0},{x,0}}.
    {move,{y,0},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{y,0},{x,0}}.
    {move,{literal,fun erlang:abs/1},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,{}},{x,0}}.
    {move,{y,0},{x,1}}.
    {call,2,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% a register against a literal, both ways
    {move,{integer,5},{x,0}}.
    {call,1,{f,8}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{float,5.0},{x,0}}.
    {call,1,{f,8}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,{p,q}},{x,0}}.
    {call,1,{f,8}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,p},{x,0}}.
    {call,1,{f,8}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {call,0,{f,18}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,1}.
    return.

%% t(A, B) -> {OnX, OnY}.
{function, t, 2, 4}.
  {label,3}.
    {line,[{location,"is_eq.erl",2}]}.
    {func_info,{atom,is_eq},{atom,t},2}.
  {label,4}.
    {allocate,2,2}.
    {move,{x,0},{y,0}}.
    {move,{x,1},{y,1}}.
    {move,{atom,no},{x,2}}.
    {test,is_eq,{f,5},[{x,0},{x,1}]}.
    {move,{atom,yes},{x,2}}.
  {label,5}.
    {move,{atom,no},{x,3}}.
    {test,is_eq,{f,6},[{y,0},{y,1}]}.
    {move,{atom,yes},{x,3}}.
  {label,6}.
    {test_heap,3,4}.
    {put_tuple2,{x,0},{list,[{x,2},{x,3}]}}.
    {deallocate,2}.
    return.

%% mixed(X) -> the names of the tests that pass, last first:
%% X against 5, 5.0, {p,q} and p, the register on the left (r_...) and
%% on the right (..._r).
{function, mixed, 1, 8}.
  {label,7}.
    {line,[{location,"is_eq.erl",3}]}.
    {func_info,{atom,is_eq},{atom,mixed},1}.
  {label,8}.
    {move,nil,{x,1}}.
    {test,is_eq,{f,9},[{x,0},{integer,5}]}.
    {test_heap,2,2}.
    {put_list,{atom,r_int},{x,1},{x,1}}.
  {label,9}.
    {test,is_eq,{f,10},[{integer,5},{x,0}]}.
    {test_heap,2,2}.
    {put_list,{atom,int_r},{x,1},{x,1}}.
  {label,10}.
    {test,is_eq,{f,11},[{x,0},{float,5.0}]}.
    {test_heap,2,2}.
    {put_list,{atom,r_float},{x,1},{x,1}}.
  {label,11}.
    {test,is_eq,{f,12},[{float,5.0},{x,0}]}.
    {test_heap,2,2}.
    {put_list,{atom,float_r},{x,1},{x,1}}.
  {label,12}.
    {test,is_eq,{f,13},[{x,0},{literal,{p,q}}]}.
    {test_heap,2,2}.
    {put_list,{atom,r_tuple},{x,1},{x,1}}.
  {label,13}.
    {test,is_eq,{f,14},[{literal,{p,q}},{x,0}]}.
    {test_heap,2,2}.
    {put_list,{atom,tuple_r},{x,1},{x,1}}.
  {label,14}.
    {test,is_eq,{f,15},[{x,0},{atom,p}]}.
    {test_heap,2,2}.
    {put_list,{atom,r_atom},{x,1},{x,1}}.
  {label,15}.
    {test,is_eq,{f,16},[{atom,p},{x,0}]}.
    {test_heap,2,2}.
    {put_list,{atom,atom_r},{x,1},{x,1}}.
  {label,16}.
    {move,{x,1},{x,0}}.
    return.

%% lits() -> the names of the literal pairs that pass, last first.
{function, lits, 0, 18}.
  {label,17}.
    {line,[{location,"is_eq.erl",4}]}.
    {func_info,{atom,is_eq},{atom,lits},0}.
  {label,18}.
    {move,nil,{x,0}}.
    {test,is_eq,{f,19},[{integer,1},{integer,2}]}.
    {test_heap,2,1}.
    {put_list,{atom,int_int},{x,0},{x,0}}.
  {label,19}.
    {test,is_eq,{f,20},[{integer,2},{integer,2}]}.
    {test_heap,2,1}.
    {put_list,{atom,int_same},{x,0},{x,0}}.
  {label,20}.
    {test,is_eq,{f,21},[{atom,a},{atom,b}]}.
    {test_heap,2,1}.
    {put_list,{atom,atom_atom},{x,0},{x,0}}.
  {label,21}.
    {test,is_eq,{f,22},[{float,1.0},{integer,1}]}.
    {test_heap,2,1}.
    {put_list,{atom,float_int},{x,0},{x,0}}.
  {label,22}.
    {test,is_eq,{f,23},[nil,{literal,[x]}]}.
    {test_heap,2,1}.
    {put_list,{atom,nil_list},{x,0},{x,0}}.
  {label,23}.
    {test,is_eq,{f,24},[{literal,{a,b}},{literal,{a,b}}]}.
    {test_heap,2,1}.
    {put_list,{atom,tuple_same},{x,0},{x,0}}.
  {label,24}.
    {test,is_eq,{f,25},[{integer,340282366920938463463374607431768211457},{integer,340282366920938463463374607431768211457}]}.
    {test_heap,2,1}.
    {put_list,{atom,big_same},{x,0},{x,0}}.
  {label,25}.
    return.
