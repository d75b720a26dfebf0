limits-cooldown = Du kannst alle { $every } s eine Prüfung starten, versuche es in { $retry } s erneut.
limits-guild-rate = Dieser Server hat seine { $max ->
    [one] { $max } Prüfung
   *[other] { $max } Prüfungen
} für diese Minute aufgebraucht, versuche es in { $retry } s erneut.
limits-busy = Der Prüfer ist ausgelastet ({ $running } laufen, { $waiting } warten), versuche es in { $retry } s erneut.
