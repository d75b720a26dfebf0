kb-gaps-title = Erreurs sans réponse, { $days ->
    [one] dernier jour
   *[other] { $days } derniers jours
}
kb-gaps-empty = Aucune erreur sans réponse { $days ->
    [one] le dernier jour
   *[other] ces { $days } derniers jours
}.
kb-gaps-learning-off = L’apprentissage est désactivé sur ce serveur ({ $command } l’active).
kb-gaps-guess = meilleure hypothèse { $article }
kb-gaps-footer = { $count ->
    [one] { $count } texte collé sans réponse enregistré
   *[other] { $count } textes collés sans réponse enregistrés
} · les textes sont normalisés : ni auteurs, ni secrets, ni hôtes, ni nombres
kb-gaps-no-server = Les lacunes sont enregistrées par serveur : lancez ceci sur un serveur.
kb-gaps-teach = Apprendre { $n }

kb-stats-title = Statistiques de la base de connaissances, { $weeks ->
    [one] dernière semaine
   *[other] { $weeks } dernières semaines
}
kb-stats-percent = { $value } %
kb-stats-answer-rate = Taux de réponse **{ $rate }** ({ $answered } avec réponse, { $unanswered } sans)
kb-stats-helpful-rate = Taux d’utilité **{ $rate }** ({ $helpful } utiles, { $notHelpful } pas utiles)
kb-stats-top = Les plus servis : { $list }
kb-stats-learning-off = L’apprentissage est désactivé sur ce serveur : rien de nouveau n’est compté ({ $command }).
kb-stats-footer = Avec réponse : explications avec une réponse sûre. Votes : { $helpful } / { $notHelpful } sous les explications.
kb-stats-no-server = Les statistiques sont tenues par serveur : lancez ceci sur un serveur.

kb-phrases-no-server = Les phrases s’apprennent par serveur : lancez ceci sur un serveur.
kb-phrases-no-such = Il n’y a pas de phrase numéro { $n } ; { $command } les liste.
kb-phrases-removed = Retirée : { $phrase }
kb-phrases-none = Aucune phrase apprise sur ce serveur pour l’instant (clic droit sur un message → Applications → Apprendre à netmedic).

kb-use-reload = Utilisez { $command }.
kb-reloaded = Base de connaissances rechargée : { $articles } articles, { $faqs } entrées de FAQ.
kb-reload-rejected = Rechargement refusé : { $problems ->
    [one] { $problems } problème
   *[other] { $problems } problèmes
}. La version précédente ({ $articles } articles, { $faqs } entrées de FAQ) reste en service.
kb-reload-more = …et { $count } de plus (lancez { $command })
