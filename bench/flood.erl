%% flood.erl -- 8 senders flood one receiver with messages: contended
%% sends into one mailbox.  Argument: messages per sender (default
%% 500,000).  Checksum: the sum of the payloads received.
-module(flood).
-export([main/1]).

main(Args) ->
    N = case Args of [] -> 500000; [A | _] -> list_to_integer(A) end,
    Self = self(),
    [spawn(fun() -> send(Self, S, N) end) || S <- lists:seq(1, 8)],
    erlang:display(receive_all(8 * N, 0)).

send(_To, _S, 0) -> ok;
send(To, S, K) -> To ! {msg, S, K}, send(To, S, K - 1).

receive_all(0, Acc) -> Acc;
receive_all(K, Acc) -> receive {msg, S, V} -> receive_all(K - 1, Acc + S + V) end.
