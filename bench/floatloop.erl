%% floatloop.erl -- a float-heavy loop: each step of a Mandelbrot escape-time
%% iteration over a grid, all in boxed doubles.  Argument: grid side
%% (default 1400; 1400 x 1400 points, at most 100 iterations each).  The
%% checksum is the total iteration count plus a truncated float sum, so
%% both sides must agree on every rounding.
-module(floatloop).
-export([main/1]).

-define(MAXITER, 100).

main(Args) ->
    Side = case Args of
               [] -> 1400;
               [A | _] -> list_to_integer(A)
           end,
    {Iters, Sum} = rows(0, Side, 0, 0.0),
    erlang:display({Iters, trunc(Sum * 1000.0)}).

rows(Y, Side, Iters, Sum) when Y >= Side -> {Iters, Sum};
rows(Y, Side, Iters, Sum) ->
    Ci = -1.5 + 3.0 * Y / Side,
    {I2, S2} = cols(0, Side, Ci, Iters, Sum),
    rows(Y + 1, Side, I2, S2).

cols(X, Side, _Ci, Iters, Sum) when X >= Side -> {Iters, Sum};
cols(X, Side, Ci, Iters, Sum) ->
    Cr = -2.0 + 3.0 * X / Side,
    {N, Zr, Zi} = escape(0, 0.0, 0.0, Cr, Ci),
    cols(X + 1, Side, Ci, Iters + N, Sum + Zr * Zr + Zi * Zi).

escape(N, Zr, Zi, _Cr, _Ci) when N >= ?MAXITER -> {N, Zr, Zi};
escape(N, Zr, Zi, Cr, Ci) ->
    Zr2 = Zr * Zr,
    Zi2 = Zi * Zi,
    if
        Zr2 + Zi2 > 4.0 -> {N, Zr, Zi};
        true -> escape(N + 1, Zr2 - Zi2 + Cr, 2.0 * Zr * Zi + Ci, Cr, Ci)
    end.
