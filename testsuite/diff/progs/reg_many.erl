-module(reg_many).
-export([main/1]).
%% 500 processes registered under generated names: each is found by
%% whereis and answers a message sent to its name; registered() lists
%% them all; unregistering half leaves the other half.
name(I) -> list_to_atom("reg_many_" ++ integer_to_list(I)).
main(_) ->
    Me = self(),
    Ps = [begin
              P = spawn(fun() -> loop(Me, I) end),
              true = register(name(I), P),
              P
          end || I <- lists:seq(1, 500)],
    erlang:display({all_found, [whereis(name(I)) || I <- lists:seq(1, 500)] =:= Ps}),
    [name(I) ! ask || I <- lists:seq(1, 500)],
    Sum = lists:sum([receive {answer, I, V} -> V end || I <- lists:seq(1, 500)]),
    erlang:display({sum, Sum}),
    Reg = registered(),
    erlang:display({listed, length([I || I <- lists:seq(1, 500), lists:member(name(I), Reg)])}),
    [unregister(name(I)) || I <- lists:seq(1, 500), I rem 2 =:= 0],
    erlang:display({left, length([I || I <- lists:seq(1, 500), whereis(name(I)) =/= undefined])}),
    [P ! stop || P <- Ps],
    erlang:display(done).
loop(Parent, I) ->
    receive
        ask -> Parent ! {answer, I, I * 3}, loop(Parent, I);
        stop -> ok
    end.
