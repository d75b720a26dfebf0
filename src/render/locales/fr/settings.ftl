settings-kept = { $custom ->
    [yes] { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
   *[no] { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } (valeur par défaut)
}
settings-learning-on = **Apprentissage : activé.** Les erreurs sans réponse de { $explain }, « Expliquer cette erreur » et de l’explication automatique sont conservées { $kept } (normalisées : sans auteurs, secrets, hôtes ni nombres) pour { $gaps }, avec ce qui a été répondu et les votes Utile / Pas utile pour { $stats }. `{ $settings } { $learning }:False` ou le bouton le désactive.
settings-learning-off = **Apprentissage : désactivé.** Rien n’est enregistré (les votes sont toujours comptés ; tout est conservé { $kept }). `{ $settings } { $learning }:True` ou le bouton l’active.
settings-turn-off = Désactiver l’apprentissage
settings-turn-on = Activer l’apprentissage
settings-per-server = Les réglages sont propres à chaque serveur : lance ceci dans un serveur.
settings-moderators-only = Seuls les modérateurs peuvent modifier les réglages de netmedic.
settings-retention-range = { $option } doit être un nombre entier de 0 (valeur par défaut) à { $max }.
settings-button-gone = Ce bouton n’est plus pris en charge.
