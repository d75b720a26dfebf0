xtream-modal-title = Vérifier ma ligne IPTV (privé)
xtream-field-url = URL du serveur (de ton fournisseur)
xtream-field-username = Nom d’utilisateur
xtream-field-password = Mot de passe (envoyé à ton panneau seulement)
xtream-button = Vérifier ma ligne
xtream-no-forms = Les formulaires ne peuvent pas s’afficher ici. Depuis un terminal, lance `npx netmedic xtream URL --user NAME` (il demande le mot de passe).
xtream-button-gone = Ce bouton n’est plus disponible.
xtream-form-gone = Ce formulaire n’est plus disponible.

xtream-state-active = Ligne active
    .todo = Ton identifiant fonctionne et la ligne est active. Si des chaînes échouent encore, le problème vient de l’application ou d’un flux : vide le cache de l’application, utilise un format de sortie autorisé par la ligne et essaie un autre réseau.
xtream-state-trial = Ligne d’essai
    .todo = C’est une ligne d’essai : elle fonctionne jusqu’à la date ci-dessous, puis s’arrête. Demande à ton fournisseur de la passer en ligne payante avant.
xtream-state-expired = Ligne expirée
    .todo = Ton abonnement est terminé : renouvelle-le auprès de ton fournisseur. Le panneau fonctionne, il n’y a donc rien à réparer sur ton appareil.
xtream-state-banned = Ligne bannie
    .todo = Le fournisseur a banni cette ligne (souvent parce qu’elle a été partagée ou utilisée depuis trop d’adresses IP). Contacte le fournisseur : lui seul peut lever un bannissement.
xtream-state-disabled = Ligne désactivée
    .todo = Le fournisseur a coupé cette ligne (impayé, pause ou vérification). Contacte le fournisseur ; réinstaller l’application n’y changera rien.
xtream-state-limit-reached = Limite de connexions atteinte
    .todo = Limite atteinte : ferme l’application sur un autre appareil (ou arrête un flux resté actif), attends une minute, puis réessaie. Une offre plus grande autorise plus d’appareils.
xtream-state-wrong-login = Nom d’utilisateur ou mot de passe incorrect
    .todo = Le panneau répond mais refuse cet identifiant. Recopie le nom d’utilisateur et le mot de passe depuis le fournisseur (attention aux majuscules et aux espaces) ; s’ils sont bons, la ligne a été supprimée ou le fournisseur t’a déplacé sur un autre panneau.
xtream-state-unknown = État de la ligne incertain
    .todo = Le panneau a répondu avec un état que cette vérification ne connaît pas. Demande à ton fournisseur ce qu’il signifie.

xtream-status = État : { $status }
xtream-status-with-trial = État : { $status } (essai)
xtream-status-trial = État : essai
xtream-expires = Expire : { $date } ({ $when })
xtream-days-left = { $days ->
    [one] { $days } jour restant
   *[other] { $days } jours restants
}
xtream-days-ago = { $days ->
    [one] il y a { $days } jour
   *[other] il y a { $days } jours
}
xtream-expired-today = aujourd’hui
xtream-less-than-a-day = moins d’un jour restant
xtream-expires-never = Expire : jamais (pas de date de fin)
xtream-expires-unknown = Expire : le panneau ne l’a pas indiqué
xtream-connections = Connexions : { $active } sur { $max } utilisées
xtream-connections-full = Connexions : { $active } sur { $max } utilisées — ⚠️ limite atteinte : ferme l’application sur un autre appareil
xtream-formats = Formats autorisés : { $formats }
xtream-panel-message = Message du panneau : { $message }
xtream-server-url = URL : { $url }
xtream-server-port = Port : { $port }
xtream-server-https-port = Port HTTPS : { $port }
xtream-server-timezone = Fuseau horaire : { $timezone }
xtream-server-time = Heure du panneau : { $time }
xtream-difference = ⚠️ Tu as saisi { $field ->
    [url] l’hôte
    [https_port] le port HTTPS
   *[port] le port
} { $typed }, le panneau indique { $panel }
xtream-moved-advice = Le fournisseur a peut-être déplacé le panneau : utilise l’adresse indiquée par le panneau, ou demande la nouvelle URL au fournisseur.
xtream-category = { $kind ->
    [live] TV en direct
    [vod] Films (VOD)
   *[series] Séries
}
xtream-category-count = ✅ { $what } : { $atLeast ->
    [yes] au moins { $count }
   *[no] { $count }
} { $count ->
    [one] catégorie
   *[other] catégories
}
xtream-category-empty = ✅ { $what } : 0 catégorie (vide : le forfait n’en a aucune)
xtream-category-failed = ❌ { $what } : pas chargée ({ $problem })

xtream-field-line = Ta ligne
xtream-field-moved = Le panneau a déménagé ?
xtream-field-server = Infos serveur du panneau
xtream-field-categories = Listes de chaînes
xtream-field-steps = Étapes
xtream-field-todo = Que faire ({ $article })
xtream-field-notes = Remarques
xtream-not-checked = ❌ Ligne non vérifiée
xtream-footer = Toi seul vois ceci. Ton mot de passe n’a été envoyé qu’à ton panneau ; il n’est ni stocké ni journalisé.
xtream-full-article = Article complet
xtream-note-credentials-in-url = L’URL du serveur contenait des identifiants : je les ai ignorés et n’ai utilisé que les champs nom d’utilisateur et mot de passe.
xtream-note-internal-error = Erreur interne pendant la vérification : { $error }

xtream-credential-empty = { $field ->
    [username] Le nom d’utilisateur est vide.
   *[password] Le mot de passe est vide.
}
xtream-credential-too-long = { $field ->
    [username] Le nom d’utilisateur dépasse { $max } caractères.
   *[password] Le mot de passe dépasse { $max } caractères.
}
xtream-credential-control = { $field ->
    [username] Le nom d’utilisateur contient des caractères de contrôle (un saut de ligne en trop ?).
   *[password] Le mot de passe contient des caractères de contrôle (un saut de ligne en trop ?).
}

## The steps of a line check

xtream-step-not-panel = HTTP { $status }, mais pas de réponse de panel ({ $why })
xtream-step-panel-answered = le panel a répondu sur la ligne en { $ms } ms
xtream-step-category = catégories { $kind } : { $atLeast ->
    [yes] au moins { $count }
   *[no] { $count }
}
xtream-step-category-failed = les catégories { $kind } ne se sont pas chargées ({ $problem })
