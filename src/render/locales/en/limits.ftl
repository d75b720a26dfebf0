# Refusals of the check limits (/check, /xtream): a per-user cooldown, a per-server rate and the
# global cap. $retry is the number of seconds until a new check would be accepted.

limits-cooldown = You can run one check every { $every } s, try again in { $retry } s.
limits-guild-rate = This server has used its { $max ->
    [one] { $max } check
   *[other] { $max } checks
} for this minute, try again in { $retry } s.
limits-busy = The checker is busy ({ $running ->
    [one] { $running } check
   *[other] { $running } checks
} running, { $waiting } waiting), try again in { $retry } s.
