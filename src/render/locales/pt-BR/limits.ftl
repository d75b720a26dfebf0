limits-cooldown = Você pode fazer uma verificação a cada { $every } s; tente de novo em { $retry } s.
limits-guild-rate = Este servidor já usou { $max ->
    [one] sua { $max } verificação
   *[other] suas { $max } verificações
} deste minuto; tente de novo em { $retry } s.
limits-busy = O verificador está ocupado ({ $running } em andamento, { $waiting } na fila); tente de novo em { $retry } s.
