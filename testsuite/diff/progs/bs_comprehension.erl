-module(bs_comprehension).
-export([main/1]).
%% Binary and list comprehensions over binaries: nested, with filters,
%% bitstring generators of odd sizes (the remainder left over is
%% dropped), generators whose pattern skips elements that do not match,
%% list generators building bitstrings, and sizes from the element.
id(X) -> X.

main(_) ->
    B = id(<<1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 255, 128>>),
    erlang:display(<< <<(X * 2):16>> || <<X>> <= B >>),
    erlang:display(<< <<X>> || <<X>> <= B, X rem 2 =:= 0 >>),
    erlang:display(<< <<X:4, Y:4>> || <<X:4, Y:4>> <= B, X =/= Y >>),
    erlang:display([{X, Y} || <<X:3, Y:5>> <= B, Y > 3]),
    %% bitstring generators: odd widths, leftover bits dropped
    erlang:display([X || <<X:3>> <= B]),
    erlang:display([X || <<X:7/signed>> <= B]),
    erlang:display(<< <<X:1>> || <<X:1>> <= id(<<2#10110:5>>) >>),
    erlang:display(<< <<B1/bitstring, 0:1>> || <<B1:3/bitstring>> <= id(<<255, 1:2>>) >>),
    erlang:display([S || <<S:5/bitstring>> <= id(<<"hello">>)]),
    %% nested: each byte's bits, reversed
    erlang:display(<< << <<Bit:1>> || <<Bit:1>> <= <<(bitrev(X))>> >> || <<X>> <= B >>),
    erlang:display([[Bit || <<Bit:1>> <= <<X:4>>] || <<X:4>> <= id(<<16#A5, 16#3C>>)]),
    erlang:display(<< <<(X + Y)>> || <<X>> <= id(<<1, 2, 3>>), <<Y>> <= id(<<10, 20>>) >>),
    erlang:display([{X, Y} || <<X:2>> <= id(<<2#11100100>>), Y <- [a, b], X > 1]),
    %% element sizes taken from the data: a length-prefixed record per element
    Recs = id(<<3, "abc", 1, "x", 0, 5, "hello">>),
    erlang:display(records(Recs)),
    %% list generators building bitstrings of varying sizes
    erlang:display(<< <<X:(X + 1)>> || X <- lists:seq(0, 9) >>),
    erlang:display(<< <<Bin/binary>> || Bin <- [<<"ab">>, <<>>, <<"cde">>] >>),
    erlang:display(<< <<Bits/bitstring>> || Bits <- [<<1:1>>, <<5:3>>, <<>>, <<255>>] >>),
    erlang:display(<< <<C/utf8>> || C <- [$a, 16#E9, 16#20AC, 16#1F600] >>),
    erlang:display(<< <<C/utf16-little>> || <<C/utf8>> <= id(<<"añ€"/utf8>>) >>),
    %% patterns that do not match are skipped
    erlang:display([X || <<0:1, X:7>> <= id(<<1, 129, 2, 200, 3>>)]),
    erlang:display(<< <<X>> || <<1:1, X:7>> <= id(<<1, 129, 2, 200, 3>>) >>),
    %% empty inputs and a huge count of tiny elements
    erlang:display({<< <<X>> || <<X>> <= id(<<>>) >>, [X || <<X:9>> <= id(<<1>>)]}),
    Big = id(binary:copy(<<16#5A>>, 20000)),
    Ones = lists:sum([X || <<X:1>> <= Big]),
    erlang:display({Ones, bit_size(<< <<(1 - X):1>> || <<X:1>> <= Big >>)}),
    %% a comprehension as a fold: the generator over a binary built by one
    Squares = << <<(X * X):32/little>> || X <- lists:seq(1, 100) >>,
    erlang:display(lists:sum([X || <<X:32/little>> <= Squares])),
    %% floats and utf in generators
    Fs = << <<F:32/float>> || F <- [1.5, -2.0, 0.25] >>,
    erlang:display([F * 2 || <<F:32/float>> <= Fs]),
    erlang:display([C || <<C/utf8>> <= id(<<"ok", 255, "no">>)]),
    ok.

bitrev(X) -> <<R>> = << <<B:1>> || B <- lists:reverse([B || <<B:1>> <= <<X>>]) >>, R.

records(<<N, Body:N/binary, Rest/binary>>) -> [Body | records(Rest)];
records(<<>>) -> [].
