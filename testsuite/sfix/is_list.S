%% is_list: {test,is_list,Fail,[Src]} goes on when Src is a list: [] or
%% a cons cell (improper lists included), else jumps to Fail.  Src in an
%% x register and in a y register (t/1 returns {OnX, OnY}, each yes or
%% no) for a term of every kind, and as a literal operand of each kind
%% (lits/0 returns the names of those that passed, last first).
{module, is_list}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 21}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"is_list.erl",1}]}.
    {func_info,{atom,is_list},{atom,main},1}.
  {label,2}.
    {allocate,0,1}.
    %% 42
    {move,{integer,42},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% -7
    {move,{integer,-7},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% a bignum
    {move,{integer,123456789012345678901234567890},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% a bignum literal (beyond 2^128)
    {move,{integer,-1361129467683753853853498429727072845824},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% 3.0
    {move,{float,3.0},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% -0.0
    {move,{float,-0.0},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% true
    {move,{atom,true},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% false
    {move,{atom,false},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% foo
    {move,{atom,foo},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% []
    {move,nil,{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% "ab"
    {move,{literal,"ab"},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% [a|b]
    {move,{literal,[a|b]},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% {}
    {move,{literal,{}},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% {a,b}
    {move,{literal,{a,b}},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% <<"xy">>
    {move,{literal,<<"xy">>},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% <<>>
    {move,{literal,<<>>},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% <<1:3>>
    {move,{literal,<<1:3>>},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% #{}
    {move,{literal,#{}},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% #{a => 1}
    {move,{literal,#{a => 1}},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% fun erlang:abs/1
    {move,{literal,fun erlang:abs/1},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% a pid
    {bif,self,{f,0},[],{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {call,0,{f,7}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.

%% t(X) -> {OnX, OnY}: the test on an x register, then on a y register.
{function, t, 1, 4}.
  {label,3}.
    {line,[{location,"is_list.erl",2}]}.
    {func_info,{atom,is_list},{atom,t},1}.
  {label,4}.
    {allocate,1,1}.
    {move,{x,0},{y,0}}.
    {move,{atom,no},{x,1}}.
    {test,is_list,{f,5},[{x,0}]}.
    {move,{atom,yes},{x,1}}.
  {label,5}.
    {move,{atom,no},{x,2}}.
    {test,is_list,{f,20},[{y,0}]}.
    {move,{atom,yes},{x,2}}.
  {label,20}.
    {test_heap,3,3}.
    {put_tuple2,{x,0},{list,[{x,1},{x,2}]}}.
    {deallocate,1}.
    return.

%% lits() -> the names of the literal operands that pass the test.
{function, lits, 0, 7}.
  {label,6}.
    {line,[{location,"is_list.erl",3}]}.
    {func_info,{atom,is_list},{atom,lits},0}.
  {label,7}.
    {move,nil,{x,0}}.
    {test,is_list,{f,8},[{integer,5}]}.
    {test_heap,2,1}.
    {put_list,{atom,small},{x,0},{x,0}}.
  {label,8}.
    {test,is_list,{f,9},[{integer,1361129467683753853853498429727072845824}]}.
    {test_heap,2,1}.
    {put_list,{atom,big},{x,0},{x,0}}.
  {label,9}.
    {test,is_list,{f,10},[{float,1.0}]}.
    {test_heap,2,1}.
    {put_list,{atom,float},{x,0},{x,0}}.
  {label,10}.
    {test,is_list,{f,11},[{atom,true}]}.
    {test_heap,2,1}.
    {put_list,{atom,bool},{x,0},{x,0}}.
  {label,11}.
    {test,is_list,{f,12},[{atom,foo}]}.
    {test_heap,2,1}.
    {put_list,{atom,atom},{x,0},{x,0}}.
  {label,12}.
    {test,is_list,{f,13},[nil]}.
    {test_heap,2,1}.
    {put_list,{atom,nil},{x,0},{x,0}}.
  {label,13}.
    {test,is_list,{f,14},[{literal,[1]}]}.
    {test_heap,2,1}.
    {put_list,{atom,cons},{x,0},{x,0}}.
  {label,14}.
    {test,is_list,{f,15},[{literal,{a}}]}.
    {test_heap,2,1}.
    {put_list,{atom,tuple},{x,0},{x,0}}.
  {label,15}.
    {test,is_list,{f,16},[{literal,<<"b">>}]}.
    {test_heap,2,1}.
    {put_list,{atom,binary},{x,0},{x,0}}.
  {label,16}.
    {test,is_list,{f,17},[{literal,<<1:1>>}]}.
    {test_heap,2,1}.
    {put_list,{atom,bitstring},{x,0},{x,0}}.
  {label,17}.
    {test,is_list,{f,18},[{literal,#{}}]}.
    {test_heap,2,1}.
    {put_list,{atom,map},{x,0},{x,0}}.
  {label,18}.
    {test,is_list,{f,19},[{literal,fun erlang:abs/1}]}.
    {test_heap,2,1}.
    {put_list,{atom,extfun},{x,0},{x,0}}.
  {label,19}.
    return.
