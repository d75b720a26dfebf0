limits-cooldown = Tu peux lancer une vérification toutes les { $every } s, réessaie dans { $retry } s.
limits-guild-rate = Ce serveur a utilisé { $max ->
    [one] sa { $max } vérification
   *[other] ses { $max } vérifications
} pour cette minute, réessaie dans { $retry } s.
limits-busy = Le vérificateur est occupé ({ $running } en cours, { $waiting } en attente), réessaie dans { $retry } s.
