explain-seen = Repéré : { $parts }
explain-seen-tool = source **{ $tool }**
explain-tool-browser = navigateur
explain-seen-host = hôte `{ $host }`
explain-seen-port = port { $port }
explain-seen-curl-exit = code de sortie curl { $code }

explain-evidence-code = code { $value }
explain-evidence-phrase = phrase { $value }
explain-evidence-topic = sujet { $value }
explain-evidence-keywords = mots-clés { $value }
explain-evidence-taught = appris sur ce serveur : { $value }
explain-evidence-winsock = erreur de socket Windows { $code }
explain-evidence-exit-code = code de sortie { $code }
explain-evidence-tls-alert = alerte TLS { $code }
explain-evidence-x509 = erreur de vérification du certificat { $code }
explain-footer = Reconnu par { $how } · confiance { $confidence }
explain-footer-list = { $items } et { $last }
explain-footer-weak = des mots-clés faibles
explain-footer-unsure-compare = incertain : comparez avec « { $field } » ci-dessus
explain-footer-unsure-alone = incertain : aucun autre article ne correspond mieux

explain-heading-likely-causes = Causes probables
explain-heading-first-steps = Premières étapes
explain-heading-test = Tester
explain-heading-server = Côté serveur
explain-heading-your-side = De votre côté
explain-heading-meaning = Ce que cela signifie
explain-heading-common-causes = Causes fréquentes
explain-heading-fix = Comment corriger
explain-heading-related = Voir aussi
explain-field-also-possible = Également possible
explain-field-could-also-be = Pourrait aussi être
explain-article-footer = Article { $id }
explain-page-footer = Article { $id } · page { $page } sur { $pages }

explain-button-full-article = Article complet
explain-button-previous = ◀ Précédent
explain-button-next = Suivant ▶
explain-vote-helpful = Utile
explain-vote-not-helpful = Pas utile

explain-no-match-title = Aucune correspondance sûre
explain-no-match-intro = Je n’ai pas pu déterminer de quelle erreur réseau il s’agit.
explain-no-match-suggestions = Il pourrait s’agir de l’une de celles-ci :
explain-no-match-suggestion = • **{ $title }** (confiance { $confidence })
explain-no-match-faqs = S’il s’agit d’une question, ces entrées de la FAQ peuvent aider :
explain-no-match-hint = Collez l’erreur entière, y compris la ligne avec le code d’erreur (ECONNREFUSED, ERR_…, curl: (7), HTTP 404…), ou parcourez `{ $command }`.
explain-no-match-footer-ranked = Les suggestions sont classées selon les codes et phrases qu’elles partagent avec votre texte
explain-no-match-footer-nothing = Aucun code ni aucune phrase connus dans le texte

explain-faq-also = aussi : { $aliases }
explain-faq-list-more = …et { $count } de plus
explain-faq-list-empty = Aucune entrée de FAQ pour l’instant.
explain-faq-list-footer = { $count ->
    [one] { $count } entrée
   *[other] { $count } entrées
} · { $command } en affiche une

explain-auto-footer = Explication automatique · { $evidence } · utilisez { $command } pour la réponse complète
explain-taught-footer = appris sur ce serveur

explain-empty = Collez le texte de l’erreur après { $command }, par exemple { $example }.
explain-choice-best = Meilleure correspondance : { $title } ({ $percent } %)
explain-vote-not-kept = Merci ! Les votes sont comptés par serveur, celui-ci n’est donc pas conservé.
explain-vote-counted = Merci — compté comme { $vote ->
    [helpful] utile
   *[not-helpful] pas utile
}. Appuyer sur l’autre bouton change votre vote.
explain-vote-same = Vous avez déjà marqué ceci comme { $vote ->
    [helpful] utile
   *[not-helpful] pas utile
}.
explain-vote-changed = Modifié : votre vote est maintenant { $vote ->
    [helpful] utile
   *[not-helpful] pas utile
}.
explain-article-gone = L’article « { $id } » n’est plus dans la base de connaissances.
explain-button-unsupported = Ce bouton n’est plus pris en charge.

explain-message-no-text = Ce message ne contient aucun texte que je puisse lire (seulement des embeds ou des pièces jointes) : aucune erreur connue trouvée.
explain-message-no-match = Aucune erreur connue dans ce message. Essayez { $command } avec le texte exact de l’erreur.
explain-message-no-match-hint = Aucune erreur connue dans ce message. Peut-être : { $titles }. Essayez { $command } avec le texte exact de l’erreur.
explain-message-posted = Expliqué : { $url }
explain-message-fallback = Je n’ai pas pu répondre dans le salon, la réponse est donc ci-dessous.
explain-message-about = { $mention } à propos de { $url }


explain-service-ftp-data = données FTP
explain-service-smtp-submission = soumission SMTP
explain-service-socks-proxy = proxy SOCKS
explain-service-dev-server = un serveur de développement
explain-service-remote-desktop = Bureau à distance
explain-service-game-server = serveur de jeu
explain-service-http-alternate = HTTP alternatif
explain-service-https-alternate = HTTPS alternatif
explain-service-php-fpm = PHP-FPM / serveur de développement
explain-service-prometheus = Prometheus / interface d’administration
explain-service-source-game-server = serveur de jeu Source
explain-port-hint-known = le port { $port } est généralement { $service } ; ce service tourne-t-il et écoute-t-il sur cette adresse ?
explain-port-hint-unknown = le service qui doit répondre sur le port { $port } tourne-t-il et écoute-t-il sur cette adresse ?
explain-port-hint-21 = le serveur FTP tourne-t-il, et le pare-feu autorise-t-il le port 21 (et la plage passive) ?
explain-port-hint-22 = sshd tourne-t-il et écoute-t-il sur cette adresse, et le pare-feu autorise-t-il le port 22 ?
explain-port-hint-25 = beaucoup de fournisseurs d’accès et de fournisseurs cloud bloquent le port 25 sortant ; essayez 587 pour l’envoi de courrier.
explain-port-hint-53 = le serveur DNS est-il joignable sur le port 53 (UDP et TCP) ?
explain-port-hint-80 = le serveur web tourne-t-il et écoute-t-il sur le port 80, et le pare-feu l’autorise-t-il ?
explain-port-hint-443 = le serveur web tourne-t-il et écoute-t-il sur le port 443, et le pare-feu l’autorise-t-il ?
explain-port-hint-1080 = le proxy local (SOCKS sur 1080) tourne-t-il vraiment ? Les réglages de proxy survivent souvent à l’application de proxy.
explain-port-hint-1433 = SQL Server tourne-t-il avec TCP/IP activé et écoute-t-il sur 1433 (Gestionnaire de configuration SQL Server) ?
explain-port-hint-3000 = votre serveur de développement (souvent Node sur 3000) tourne-t-il, et écoute-t-il sur cette adresse plutôt que seulement sur localhost ?
explain-port-hint-3306 = le port 3306 est celui de MySQL/MariaDB par défaut ; la base tourne-t-elle et écoute-t-elle sur cette adresse (bind-address) ?
explain-port-hint-3389 = le Bureau à distance est-il activé sur la cible, et le pare-feu autorise-t-il le port 3389 ?
explain-port-hint-5432 = le port 5432 est celui de PostgreSQL par défaut ; la base tourne-t-elle et écoute-t-elle sur cette adresse (listen_addresses, pg_hba.conf) ?
explain-port-hint-6379 = le port 6379 est celui de Redis par défaut ; redis-server tourne-t-il, et est-il lié à cette adresse (bind, protected-mode) ?
explain-port-hint-8080 = 8080 est un port HTTP alternatif courant (proxys, serveurs de développement, panneaux IPTV) ; ce service tourne-t-il dessus ?
explain-port-hint-9200 = le port 9200 est celui d’Elasticsearch par défaut ; le nœud tourne-t-il, et network.host vise-t-il cette adresse ?
explain-port-hint-25565 = le port 25565 est celui de Minecraft par défaut ; le serveur tourne-t-il, et le port est-il redirigé sur le routeur ?
explain-port-hint-27017 = le port 27017 est celui de MongoDB par défaut ; mongod tourne-t-il, et bindIp vise-t-il cette adresse ?
