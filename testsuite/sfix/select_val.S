%% select_val: {select_val,Src,Fail,{list,[Value,Label,...]}} jumps to
%% the label of the value Src is exactly equal to, or to Fail.  Small
%% integers (eight, unordered, negative ones: a jump table in erl; and
%% just two), atoms, integers beyond the small range, bignums and floats
%% (the validator rejects a list mixing types); each value hit and
%% values that miss (of the same type, and of another type: 1.0 does not
%% select 1); Src in an x and a y register and as a literal.
{module, select_val}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 72}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"select_val.erl",1}]}.
    {func_info,{atom,select_val},{atom,main},1}.
  {label,2}.
    {allocate,0,1}.
    {move,{integer,-5},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,7},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,0},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,100},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,1},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,3},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,2},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,-1},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,4},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,101},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,-6},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{float,1.0},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,i1},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,[1]},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,36893488147419103232},{x,0}}.
    {call,1,{f,4}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,10},{x,0}}.
    {call,1,{f,16}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,20},{x,0}}.
    {call,1,{f,16}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,15},{x,0}}.
    {call,1,{f,16}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{float,10.0},{x,0}}.
    {call,1,{f,16}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,nil,{x,0}}.
    {call,1,{f,16}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,a},{x,0}}.
    {call,1,{f,22}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,true},{x,0}}.
    {call,1,{f,22}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,false},{x,0}}.
    {call,1,{f,22}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,zz},{x,0}}.
    {call,1,{f,22}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,'with space'},{x,0}}.
    {call,1,{f,22}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,b},{x,0}}.
    {call,1,{f,22}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,nil,{x,0}}.
    {call,1,{f,22}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,0},{x,0}}.
    {call,1,{f,22}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,"a"},{x,0}}.
    {call,1,{f,22}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,red},{x,0}}.
    {call,1,{f,31}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,green},{x,0}}.
    {call,1,{f,31}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,blue},{x,0}}.
    {call,1,{f,31}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,black},{x,0}}.
    {call,1,{f,31}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,{red}},{x,0}}.
    {call,1,{f,31}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,134217728},{x,0}}.
    {call,1,{f,46}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,-134217729},{x,0}}.
    {call,1,{f,46}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,576460752303423487},{x,0}}.
    {call,1,{f,46}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,576460752303423488},{x,0}}.
    {call,1,{f,46}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,1180591620717411303424},{x,0}}.
    {call,1,{f,46}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,-1180591620717411303424},{x,0}}.
    {call,1,{f,46}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,1180591620717411303425},{x,0}}.
    {call,1,{f,46}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,134217727},{x,0}}.
    {call,1,{f,46}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{float,1.1805916207174113e21},{x,0}}.
    {call,1,{f,46}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,p70},{x,0}}.
    {call,1,{f,46}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{float,1.5},{x,0}}.
    {call,1,{f,56}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{float,-2.0},{x,0}}.
    {call,1,{f,56}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{float,0.0},{x,0}}.
    {call,1,{f,56}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{float,-0.0},{x,0}}.
    {call,1,{f,56}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,-2},{x,0}}.
    {call,1,{f,56}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{float,2.5},{x,0}}.
    {call,1,{f,56}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,f1_5},{x,0}}.
    {call,1,{f,56}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {call,0,{f,63}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,0}.
    return.

%% ints(X): eight small integers, not in order
{function, ints, 1, 4}.
  {label,3}.
    {line,[{location,"select_val.erl",2}]}.
    {func_info,{atom,select_val},{atom,ints},1}.
  {label,4}.
    {select_val,{x,0},{f,13},{list,[{integer,-5},{f,5},{integer,7},{f,6},{integer,0},{f,7},{integer,100},{f,8},{integer,1},{f,9},{integer,3},{f,10},{integer,2},{f,11},{integer,-1},{f,12}]}}.
  {label,5}.
    {move,{atom,m5},{x,0}}.
    {jump,{f,14}}.
  {label,6}.
    {move,{atom,i7},{x,0}}.
    {jump,{f,14}}.
  {label,7}.
    {move,{atom,i0},{x,0}}.
    {jump,{f,14}}.
  {label,8}.
    {move,{atom,i100},{x,0}}.
    {jump,{f,14}}.
  {label,9}.
    {move,{atom,i1},{x,0}}.
    {jump,{f,14}}.
  {label,10}.
    {move,{atom,i3},{x,0}}.
    {jump,{f,14}}.
  {label,11}.
    {move,{atom,i2},{x,0}}.
    {jump,{f,14}}.
  {label,12}.
    {move,{atom,m1},{x,0}}.
    {jump,{f,14}}.
  {label,13}.
    {move,{atom,fail},{x,0}}.
  {label,14}.
    return.

%% two(X): two small integers, X in a y register
{function, two, 1, 16}.
  {label,15}.
    {line,[{location,"select_val.erl",3}]}.
    {func_info,{atom,select_val},{atom,two},1}.
  {label,16}.
    {allocate,1,1}.
    {move,{x,0},{y,0}}.
    {select_val,{y,0},{f,19},{list,[{integer,10},{f,17},{integer,20},{f,18}]}}.
  {label,17}.
    {move,{atom,ten},{x,0}}.
    {jump,{f,20}}.
  {label,18}.
    {move,{atom,twenty},{x,0}}.
    {jump,{f,20}}.
  {label,19}.
    {move,{atom,fail},{x,0}}.
  {label,20}.
    {deallocate,1}.
    return.

%% atoms(X): atoms
{function, atoms, 1, 22}.
  {label,21}.
    {line,[{location,"select_val.erl",4}]}.
    {func_info,{atom,select_val},{atom,atoms},1}.
  {label,22}.
    {select_val,{x,0},{f,28},{list,[{atom,a},{f,23},{atom,true},{f,24},{atom,false},{f,25},{atom,zz},{f,26},{atom,'with space'},{f,27}]}}.
  {label,23}.
    {move,{atom,is_a},{x,0}}.
    {jump,{f,29}}.
  {label,24}.
    {move,{atom,is_true},{x,0}}.
    {jump,{f,29}}.
  {label,25}.
    {move,{atom,is_false},{x,0}}.
    {jump,{f,29}}.
  {label,26}.
    {move,{atom,is_zz},{x,0}}.
    {jump,{f,29}}.
  {label,27}.
    {move,{atom,is_space},{x,0}}.
    {jump,{f,29}}.
  {label,28}.
    {move,{atom,fail},{x,0}}.
  {label,29}.
    return.

%% atoms_y(X): atoms, X in a y register
{function, atoms_y, 1, 31}.
  {label,30}.
    {line,[{location,"select_val.erl",5}]}.
    {func_info,{atom,select_val},{atom,atoms_y},1}.
  {label,31}.
    {allocate,1,1}.
    {move,{x,0},{y,0}}.
    {select_val,{y,0},{f,35},{list,[{atom,red},{f,32},{atom,green},{f,33},{atom,blue},{f,34}]}}.
  {label,32}.
    {move,{atom,r},{x,0}}.
    {jump,{f,36}}.
  {label,33}.
    {move,{atom,g},{x,0}}.
    {jump,{f,36}}.
  {label,34}.
    {move,{atom,b},{x,0}}.
    {jump,{f,36}}.
  {label,35}.
    {move,{atom,fail},{x,0}}.
  {label,36}.
    {deallocate,1}.
    return.

%% wide(X): integers beyond 2^27 and beyond the small range, bignums
{function, wide, 1, 46}.
  {label,45}.
    {line,[{location,"select_val.erl",7}]}.
    {func_info,{atom,select_val},{atom,wide},1}.
  {label,46}.
    {select_val,{x,0},{f,53},{list,[{integer,134217728},{f,47},{integer,-134217729},{f,48},{integer,576460752303423487},{f,49},{integer,576460752303423488},{f,50},{integer,1180591620717411303424},{f,51},{integer,-1180591620717411303424},{f,52}]}}.
  {label,47}.
    {move,{atom,p27},{x,0}}.
    {jump,{f,54}}.
  {label,48}.
    {move,{atom,m27},{x,0}}.
    {jump,{f,54}}.
  {label,49}.
    {move,{atom,max_small},{x,0}}.
    {jump,{f,54}}.
  {label,50}.
    {move,{atom,min_big},{x,0}}.
    {jump,{f,54}}.
  {label,51}.
    {move,{atom,p70},{x,0}}.
    {jump,{f,54}}.
  {label,52}.
    {move,{atom,m70},{x,0}}.
    {jump,{f,54}}.
  {label,53}.
    {move,{atom,fail},{x,0}}.
  {label,54}.
    return.

%% floats(X): floats
{function, floats, 1, 56}.
  {label,55}.
    {line,[{location,"select_val.erl",8}]}.
    {func_info,{atom,select_val},{atom,floats},1}.
  {label,56}.
    {select_val,{x,0},{f,60},{list,[{float,1.5},{f,57},{float,-2.0},{f,58},{float,0.0},{f,59}]}}.
  {label,57}.
    {move,{atom,f1_5},{x,0}}.
    {jump,{f,61}}.
  {label,58}.
    {move,{atom,m2},{x,0}}.
    {jump,{f,61}}.
  {label,59}.
    {move,{atom,zero},{x,0}}.
    {jump,{f,61}}.
  {label,60}.
    {move,{atom,fail},{x,0}}.
  {label,61}.
    return.

%% lit() -> {the branch 3 takes, the branch b takes}: the selected
%% value a literal.
{function, lit, 0, 63}.
  {label,62}.
    {line,[{location,"select_val.erl",20}]}.
    {func_info,{atom,select_val},{atom,lit},0}.
  {label,63}.
    {select_val,{integer,3},{f,66},{list,[{integer,1},{f,64},{integer,3},{f,65}]}}.
  {label,64}.
    {move,{atom,one},{x,0}}.
    {jump,{f,67}}.
  {label,65}.
    {move,{atom,three},{x,0}}.
    {jump,{f,67}}.
  {label,66}.
    {move,{atom,fail},{x,0}}.
  {label,67}.
    {select_val,{atom,b},{f,70},{list,[{atom,a},{f,68},{atom,c},{f,69}]}}.
  {label,68}.
    {move,{atom,a},{x,1}}.
    {jump,{f,71}}.
  {label,69}.
    {move,{atom,c},{x,1}}.
    {jump,{f,71}}.
  {label,70}.
    {move,{atom,fail},{x,1}}.
  {label,71}.
    {test_heap,3,2}.
    {put_tuple2,{x,0},{list,[{x,0},{x,1}]}}.
    return.
