limits-cooldown = Puoi eseguire un controllo ogni { $every } s, riprova tra { $retry } s.
limits-guild-rate = Questo server ha usato { $max ->
    [one] il suo { $max } controllo
   *[other] i suoi { $max } controlli
} per questo minuto, riprova tra { $retry } s.
limits-busy = Il controllore è occupato ({ $running } in corso, { $waiting } in attesa), riprova tra { $retry } s.
