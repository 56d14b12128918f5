%% move: {move,Src,Dst} copies Src to Dst.  Dst is an x or a y register;
%% Src a register or a literal of each kind: atom, nil, small and big
%% integers (negative too), a float, and through {literal,...} a tuple,
%% a list, a string, a binary, a bitstring, a map and an external fun.
%% The first fixture: everything else builds on move, call_ext of
%% erlang:display/1 and return.
{module, move}.  %% version = 0

{exports, [{main,1}]}.

{attributes, []}.

{labels, 3}.


{function, main, 1, 2}.
  {label,1}.
    {line,[{location,"move.erl",1}]}.
    {func_info,{atom,move},{atom,main},1}.
  {label,2}.
    {allocate,3,1}.
    %% to y registers (before the first call: the y registers must be
    %% set), then y -> y
    {move,{atom,in_y0},{y,0}}.
    {move,{literal,{in,y1}},{y,1}}.
    {move,{y,0},{y,2}}.
    %% main's argument, the empty list of command-line arguments
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% immediates to x0
    {move,{atom,hello},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,'with space'},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,nil,{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,0},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,-1},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,576460752303423487},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,576460752303423488},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,-576460752303423489},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,340282366920938463463374607431768211456},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,-340282366920938463463374607431768211457},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{float,0.5},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{float,-1.0e-300},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% {literal,...} of each kind
    {move,{literal,{}},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,{a,{1,2.0},[b]}},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,[1,2|3]},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,"text"},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,<<"bin",0,255>>},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,<<5:3>>},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,#{a => 1}},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,fun erlang:abs/1},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% {literal,...} of an atom, [] and an integer (assembled as immediates)
    {move,{literal,lit},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,[]},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{literal,7},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% y -> x, x -> x, x -> y
    {move,{y,2},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{y,1},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{integer,12},{x,1}}.
    {move,{x,1},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{float,2.5},{x,5}}.
    {move,{x,5},{y,0}}.
    {move,{y,0},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    %% a high x register
    {move,{literal,[high]},{x,200}}.
    {move,{x,200},{x,0}}.
    {call_ext,1,{extfunc,erlang,display,1}}.
    {move,{atom,ok},{x,0}}.
    {deallocate,3}.
    return.
