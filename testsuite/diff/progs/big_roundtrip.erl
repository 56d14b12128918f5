-module(big_roundtrip).
-export([main/1]).
%% Multi-thousand-digit numbers: conversion to and from decimal and
%% hexadecimal, multiplication checked by division, digit statistics.
pow(_, 0) -> 1;
pow(B, E) when E rem 2 =:= 0 -> H = pow(B, E div 2), H * H;
pow(B, E) -> B * pow(B, E - 1).
main(_) ->
    A = pow(7, 5000) + 12345, B = pow(3, 4000) - 1,
    SA = integer_to_list(A),
    erlang:display(length(SA)),
    erlang:display(lists:sublist(SA, 40)),
    erlang:display(lists:nthtail(length(SA) - 40, SA)),
    erlang:display(list_to_integer(SA) =:= A),
    erlang:display(list_to_integer(integer_to_list(A, 16), 16) =:= A),
    P = A * B,
    erlang:display(P div A =:= B andalso P rem A =:= 0),
    erlang:display(length(integer_to_list(P))),
    erlang:display([length([C || C <- SA, C =:= D]) || D <- "0123456789"]),
    erlang:display(list_to_integer("-" ++ SA) + A).
