limits-cooldown = Puedes hacer una comprobación cada { $every } s; vuelve a intentarlo dentro de { $retry } s.
limits-guild-rate = Este servidor ya usó { $max ->
    [one] su { $max } comprobación
   *[other] sus { $max } comprobaciones
} de este minuto; vuelve a intentarlo dentro de { $retry } s.
limits-busy = El comprobador está ocupado ({ $running } en curso, { $waiting } en espera); vuelve a intentarlo dentro de { $retry } s.
