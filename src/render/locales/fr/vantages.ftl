vantages-verdict = { $verdict ->
    [timeout] pas de réponse
    [refused] refusée
    [reset] réinitialisée
    [host-unreachable] hôte injoignable
    [network-unreachable] réseau injoignable
    [dns-not-found] nom introuvable
    [dns-error] erreur DNS
    [blocked] non autorisé là-bas
    [invalid] cible illisible
   *[other] { $verdict }
}
vantages-failure = { $what } depuis { $location }
vantages-list = { $first } et { $last }
vantages-late = pas de réponse de { $locations } avant l’échéance
vantages-unavailable = agents indisponibles
vantages-busy-at = agents occupés à { $locations }
vantages-answers-everywhere = répond partout : si ça échoue chez toi, le blocage est de ton côté
vantages-answers-where-reported = répond depuis tous les réseaux qui ont répondu ({ $missing }) : si ça échoue chez toi, le blocage est probablement de ton côté
vantages-refused-everywhere = refusée depuis tous les réseaux : le service est arrêté ou n’écoute pas
vantages-silent-everywhere = aucune réponse depuis aucun réseau : l’hôte est arrêté, ou un pare-feu bloque tout
vantages-dns-everywhere = le nom ne se résout depuis aucun réseau : vérifie son orthographe et ses enregistrements DNS
vantages-fails-everywhere = échoue depuis tous les réseaux qui ont répondu ({ $how }{ $also }) : le problème est du côté du serveur
vantages-partial = ouvert depuis { $reachable } sur { $total ->
    [one] { $total } réseau
   *[other] { $total } réseaux
}, { $how }{ $also } : un pare-feu, un blocage géographique ou la route d’un FAI touche certains réseaux
vantages-no-report = aucun réseau n’a répondu ({ $missing })
vantages-nothing-answered = rien n’a répondu
vantages-col-location = lieu
vantages-col-verdict = résultat
vantages-col-connect = connexion
vantages-cell-unavailable = agents indisponibles
vantages-cell-busy = agents occupés
vantages-cell-no-answer = pas de réponse (agent)
vantages-more = … { $count } de plus
vantages-from = Depuis { $count ->
    [one] { $count } réseau
   *[other] { $count } réseaux
}
vantages-about-gp = À propos des lignes gp:
vantages-globalping-note = Sondes publiques Globalping (une connexion TCP depuis leurs réseaux) : elles montrent si le port accepte les connexions là-bas et à quelle vitesse, pas pourquoi ça échoue (refusé et ignoré se ressemblent), ni rien sur TLS, HTTP ou le panneau.
vantages-globalping-http-note = Les lignes /http sont une requête HEAD depuis les mêmes sondes, sans identifiants : le code d’état et les temps là-bas et, en cas d’échec, l’erreur vue par la sonde (refusée, délai dépassé, nom introuvable, certificat). Elles ne disent rien d’une connexion Xtream ni de ce qu’un lecteur recevrait, et pour la conclusion une sonde compte une fois.

vantages-from-empty = depuis : indique « all » ou un ou plusieurs lieux séparés par des virgules
vantages-from-reserved = depuis : « { $name } » est réservé
vantages-from-bad-name = depuis : un lieu fait 1 à 32 lettres minuscules, chiffres et tirets (reçu « { $name } »)
vantages-from-too-many = depuis : { $max } lieux au maximum (reçu { $count })
