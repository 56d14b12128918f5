%% set_tuple_element: {set_tuple_element,Value,Tuple,Index} overwrites
%% element Index (from 0) of a tuple just built, in place (the compiler
%% uses it after a setelement/3 call that copied the tuple).  Value in
%% an x and a y register and as literals of each kind; the first, a
%% middle and the last element; the tuple in an x and a y register; the
%% original (literal) tuple is not changed.
{module, set_tuple_element}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 3}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"set_tuple_element.erl",1}]}.
    {func_info,{atom,set_tuple_element},{atom,main},1}.
  {label,2}.
    {allocate,2,1}.
    {move,{atom,from_y},{y,0}}.
    {move,{literal,{a,b,c,d,e,f,g,h}},{y,1}}.
    %% after setelement/3, as the compiler does it
    {move,{integer,2},{x,0}}.
    {move,{y,1},{x,1}}.
    {move,{atom,new2},{x,2}}.
    {call_ext,3,{extfunc,erlang,setelement,3}}.
    {set_tuple_element,{atom,new1},{x,0},0}.
    {set_tuple_element,{integer,-3},{x,0},2}.
    {set_tuple_element,{integer,12345678901234567890123},{x,0},3}.
    {set_tuple_element,{float,0.25},{x,0},4}.
    {set_tuple_element,nil,{x,0},5}.
    {set_tuple_element,{literal,[l]},{x,0},6}.
    {set_tuple_element,{y,0},{x,0},7}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{y,1},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% a 3-tuple; values from x registers set after the call
    {move,{integer,3},{x,0}}.
    {move,{literal,{p,q,r}},{x,1}}.
    {move,{atom,r2},{x,2}}.
    {call_ext,3,{extfunc,erlang,setelement,3}}.
    {move,{literal,{x,2}},{x,2}}.
    {move,{atom,x1},{x,1}}.
    {set_tuple_element,{x,2},{x,0},1}.
    {set_tuple_element,{x,1},{x,0},0}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,2}.
    return.
