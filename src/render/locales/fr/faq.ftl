# /faq, /faqs et « Répondre avec la FAQ ».

## Publier

faq-for-user = <@{ $user }>, ceci devrait t’aider :
faq-delete-button = Supprimer
faq-not-found = Aucune entrée de FAQ ne s’appelle « { $name } ».
faq-did-you-mean = Tu voulais dire { $ids } ?
faq-start-typing = Commence à taper pour en choisir une dans la liste.
faq-repeat = « { $title } » vient d’être publiée dans ce salon. Remonte un peu, ou republie-la dans { $wait } s.
faq-delete-refused = Seule la personne qui a publié cette entrée ou un modérateur peut la supprimer.
faq-button-gone = Ce bouton n’est plus pris en charge.
faq-form-gone = Ce formulaire n’est plus pris en charge.
faq-subcommand-gone = Cette sous-commande n’est plus prise en charge.
faq-answer-none = Il n’y a pas encore d’entrées de FAQ.
faq-answer-pick = Choisis l’entrée à publier en réponse au message de { $author } :
faq-answer-placeholder = Choisir une entrée de FAQ
faq-answer-gone = Cette entrée n’est plus dans la base de connaissances ; rouvre le menu.
faq-answer-posted = « { $title } » publiée : { $url }
faq-answer-below = Je n’ai pas pu répondre dans le salon, donc « { $title } » est publiée ci-dessous.

## Gérer (/faqs)

faq-entry-name = « { $title } » (`{ $id }`)
faq-scope-server = La FAQ se gère par serveur : lance ceci dans un serveur.
faq-no-store = Le stockage de la FAQ n’est pas disponible dans ce mode.
faq-not-moderator = Seuls les modérateurs (Gérer les messages, ou le rôle défini avec `/faqs modérateurs`) peuvent modifier la FAQ.
faq-field-id = ID (kebab-case, ex. panel-url)
faq-field-title = Titre
faq-field-aliases = Alias (mots de recherche, avec virgules)
faq-field-body = Texte (markdown)
faq-modal-new = Nouvelle entrée de FAQ
faq-modal-edit = Modifier { $id }
faq-saved-nothing-gone = Rien n’a été enregistré : { $what } n’existe plus (quelqu’un l’a supprimée entre-temps).
faq-saved-nothing-exists = Rien n’a été enregistré : { $entry } existe déjà. Utilise `/faqs modifier` pour la changer.
faq-saved-nothing-conflict = Rien n’a été enregistré : { $entry } a été modifiée par quelqu’un d’autre entre-temps. Voici le texte actuel ; relance `/faqs modifier` pour le changer.
faq-saved-nothing-problems = Rien n’a été enregistré :
faq-saved-nothing-id-taken = Rien n’a été enregistré : `{ $id }` existe déjà. Utilise `/faqs modifier` pour la changer, ou choisis un autre ID.
faq-form-stale = n’est plus à jour ; relance /faqs modifier
faq-source = { $source ->
    [shipped] fournie
    [override] modifiée ici
   *[server] ce serveur
}
faq-no-forms-add = Les formulaires ne sont pas disponibles ici ; écris l’entrée dans un fichier .md et utilise `netmedic faq import`.
faq-no-forms-edit = Les formulaires ne sont pas disponibles ici ; exporte, modifie le fichier .md et importe-le.
faq-not-found-here = Aucune entrée de FAQ ne s’appelle « { $name } » sur ce serveur.
faq-remove-ask = Retirer { $entry } ? { $source ->
    [server] Elle sera supprimée (son historique est conservé).
   *[other] Elle est fournie avec netmedic, elle sera donc masquée sur ce serveur (`/faqs restaurer` la fait revenir).
}
faq-remove-button = Retirer
faq-keep-button = La garder
faq-aliases-show = Alias de { $entry } : { $count ->
    [0] aucun
   *[other] { $aliases }
}. Indique `ajouter` ou `retirer` pour les changer.
faq-aliases-saved = Alias de { $entry } : { $count ->
    [0] aucun
   *[other] { $aliases }
}.
faq-unpinned = { $entry } désépinglée.
faq-pinned = { $entry } épinglée : elle est proposée en premier quand rien n’est tapé.
faq-restore-not-shipped = `{ $id }` n’est pas une entrée fournie, il n’y a donc rien à restaurer.
faq-restored = `{ $id }` a retrouvé le texte fourni.
faq-restore-already = `{ $id }` a déjà le texte fourni.
faq-list-title = Entrées de FAQ de ce serveur
faq-list-empty = Aucune entrée.
faq-list-footer = Page { $page } sur { $pages } · { $count ->
    [one] { $count } entrée
   *[other] { $count } entrées
}
faq-list-footer-hidden = { $hidden } fournies masquées
faq-previous = Précédent
faq-next = Suivant
faq-history-unchanged = `{ $id }` n’a pas été modifiée sur ce serveur : elle est telle que fournie.
faq-history-none = Aucun historique pour `{ $id }` sur ce serveur.
faq-history-title = Historique de { $id }
faq-history-line = v{ $version } · **{ $action ->
    [add] ajout
    [edit] modification
    [alias] alias
    [remove] suppression
    [hide] masquage
    [pin] épinglage
    [unpin] désépinglage
    [restore] restauration
    [import] import
   *[other] { $action }
}** par <@{ $user }> { $when } — { $title }
faq-export-none = Ce serveur n’a pas encore d’entrées à lui (les entrées fournies sont dans le paquet).
faq-export-done = { $count ->
    [one] { $count } entrée, dans un fichier markdown (le format de knowledge/faq).
   *[other] { $count } entrées, un fichier markdown chacune (le format de knowledge/faq).
}
faq-import-attach = Joins un .zip (issu de `/faqs exporter`) ou un fichier .md.
faq-import-nothing = Rien n’a été importé : { $problem }.
faq-import-problems = Rien n’a été importé ({ $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
}) :
faq-imported = { $count ->
    [one] { $count } entrée importée
   *[other] { $count } entrées importées
} : { $ids }
faq-more = …et { $count } de plus
faq-stats-title = Utilisation de la FAQ sur ce serveur
faq-stats-most = Les plus utilisées
faq-stats-least = Les moins utilisées
faq-stats-unused = Inutilisées depuis { $days } jours ({ $count })
faq-mods-only-manage = Seuls les membres avec Gérer les messages peuvent choisir le rôle de modérateur.
faq-mods-cleared = Désormais, seuls les membres avec Gérer les messages peuvent gérer la FAQ.
faq-mods-set = Les membres avec <@&{ $role }> peuvent aussi gérer la FAQ.
faq-mods-current = Les membres avec <@&{ $role }> peuvent gérer la FAQ, en plus de Gérer les messages.
faq-mods-none = Seul Gérer les messages permet de gérer la FAQ. Indique `rôle` pour en ajouter un.
faq-preview = Aperçu — rien n’est enregistré tant que tu n’as pas appuyé sur Enregistrer :
faq-save-button = Enregistrer
faq-cancel-button = Annuler
faq-saved-version = { $entry } enregistrée (version { $version }).
faq-draft-gone = Cet aperçu a expiré ou a déjà servi ; relance `/faqs ajouter`.
faq-saved-post = { $entry } enregistrée. Publie-la avec `/faq entrée:{ $id }`.
faq-cancelled = Annulé ; rien n’a été enregistré.
faq-kept = Conservée ; rien n’a changé.
faq-removed = `{ $id }` retirée.

## Problèmes d’un fichier ou d’un formulaire

faq-problem-whole-file = fichier
faq-problem-not-zip = attendu : un .zip de fichiers .md (comme celui de /faqs exporter) ou un seul fichier .md
faq-problem-unreadable-zip = impossible de lire le zip : { $error }
faq-problem-file-too-large = { $file } est trop gros ({ $kib } Kio par fichier au maximum)
faq-problem-too-many-files = { $count } fichiers ({ $max } au maximum)
faq-problem-not-md = pas un fichier .md
faq-problem-duplicate-id = « { $id } » est aussi l’ID de { $other }
faq-problem-no-md = ne contient aucun fichier .md
faq-problem-id-required = est obligatoire
faq-problem-id-shape = doit être en kebab-case, 64 caractères au maximum (minuscules, chiffres et tirets simples)
faq-problem-not-cdn = la pièce jointe n’est pas sur le CDN de Discord
faq-problem-download = impossible de télécharger la pièce jointe ({ $reason })
faq-problem-too-large = la pièce jointe dépasse { $mib } Mio
