-module(bs_ctx_pass).
-export([main/1]).
%% Match contexts passed from function to function (erlc reuses them:
%% bs_start_match4 with resume), a context kept across a call that
%% matches the same binary again, loops over large binaries in tail
%% position, tails taken out as sub-binaries and matched again later,
%% and positions saved for backtracking inside such loops.
id(X) -> X.

%% tokenizer: each clause hands the rest of the context to the next
tokens(<<$\s, R/binary>>, Acc) -> tokens(R, Acc);
tokens(<<C, R/binary>>, Acc) when C >= $0, C =< $9 -> number(R, C - $0, Acc);
tokens(<<C, R/binary>>, Acc) when C >= $a, C =< $z -> word(R, <<C>>, Acc);
tokens(<<"->", R/binary>>, Acc) -> tokens(R, [arrow | Acc]);
tokens(<<C, R/binary>>, Acc) -> tokens(R, [{sym, C} | Acc]);
tokens(<<>>, Acc) -> lists:reverse(Acc).

number(<<C, R/binary>>, N, Acc) when C >= $0, C =< $9 -> number(R, N * 10 + C - $0, Acc);
number(R, N, Acc) -> tokens(R, [{num, N} | Acc]).

word(<<C, R/binary>>, W, Acc) when C >= $a, C =< $z -> word(R, <<W/binary, C>>, Acc);
word(R, W, Acc) -> tokens(R, [{word, W} | Acc]).

%% counting over 1 MB in a tail loop, one context throughout
count(<<X, R/binary>>, Z, O) when X =:= 0 -> count(R, Z + 1, O);
count(<<_, R/binary>>, Z, O) -> count(R, Z, O + 1);
count(<<>>, Z, O) -> {Z, O}.

%% a context used, then the same binary matched again from the start
twice(<<A, _/binary>> = B) -> {A, again(B)}.
again(<<_, B, _/binary>>) -> B;
again(_) -> none.

%% the tail taken out, kept in a list, matched again later
lines(B) -> lines(B, <<>>, []).
lines(<<$\n, R/binary>>, Cur, Acc) -> lines(R, <<>>, [Cur | Acc]);
lines(<<C, R/binary>>, Cur, Acc) -> lines(R, <<Cur/binary, C>>, Acc);
lines(<<>>, Cur, Acc) -> lists:reverse([Cur | Acc]).

fields(Line) -> [F || F <- binary:split(Line, <<",">>, [global])].

%% backtracking inside a loop: try a long form, fall back to a short one
varlen(<<1:1, X:15, R/bitstring>>, Acc) when X > 127 -> varlen(R, [{long, X} | Acc]);
varlen(<<0:1, X:7, R/bitstring>>, Acc) -> varlen(R, [{short, X} | Acc]);
varlen(<<1:1, X:7, R/bitstring>>, Acc) -> varlen(R, [{odd, X} | Acc]);
varlen(R, Acc) -> {lists:reverse(Acc), R}.

main(_) ->
    erlang:display(tokens(id(<<"f(x) -> 42 + foo_bar * 7;">>), [])),
    Big = id(<< <<(I rem 3)>> || I <- lists:seq(1, 1000000) >>),
    erlang:display(count(Big, 0, 0)),
    <<_:3, Odd/bitstring>> = Big,
    erlang:display(bit_size(Odd)),
    erlang:display([twice(id(B)) || B <- [<<1, 2, 3>>, <<9>>]]),
    Csv = id(<<"a,b,c\n1,2,3\n\nx,,z">>),
    Ls = lines(Csv),
    erlang:display({Ls, [fields(L) || L <- Ls]}),
    erlang:display(varlen(id(<<1:1, 200:15, 0:1, 5:7, 1:1, 3:15, 1:1, 2:7, 7:3>>), [])),
    ok.
