# La réponse à une vérification (/check, console, `netmedic check`). Voir en/check.ftl.

## L'embed

check-footer = Vérifié depuis { $voice ->
    [discord] le réseau du bot
   *[other] cette machine
} — une liste blanche d'IP ou un blocage géographique peut faire paraître un serveur fermé pour { $voice ->
    [discord] le bot
   *[other] cette machine
} mais ouvert pour vous.
check-title-checking = Vérification de { $target }…
check-the-target = la cible
check-checking-from = Vérification depuis { $voice ->
    [discord] le réseau du bot
   *[other] cette machine
}…
check-field-addresses = Adresses
check-addresses-more = { $list } et { $more } de plus
check-field-steps = Étapes
check-field-steps-done = Étapes ({ $ms } ms au total)
check-field-server = Serveur
check-field-certificate = Certificat
check-field-other-ports = Autres ports du même serveur
check-field-causes = Causes probables
check-field-first-steps = Premières étapes
check-field-what-this-shows = Ce que cela montre
check-what-this-shows = Le port accepte les connexions du bot. Une vérification TCP ne peut pas dire si le service derrière fonctionne : vérifiez-le avec sa propre application, ou lancez `/check` avec l'URL qu'il sert.
check-field-still-failing = Toujours en panne chez vous ?
check-still-failing = Le serveur répond { $voice ->
    [discord] au bot
   *[other] à cette machine
}, le problème se situe donc probablement entre vous et lui : votre réseau ou votre FAI, un VPN ou un proxy, un filtre DNS, ou un blocage IP/géographique de votre adresse. Essayez un autre réseau (données mobiles) pour comparer.
check-field-notes = Remarques
check-button-article = Article complet

## Noms des étapes

check-stage-dns = DNS
check-stage-tcp = TCP
check-stage-tls = TLS
check-stage-http = HTTP
check-stage-xtream = Xtream
check-stage-service = Service
check-stage-game = Jeu

## Titres

check-headline-ok = Joignable
check-headline-refused = Connexion refusée
check-headline-timeout = Pas de réponse (délai dépassé)
check-headline-reset = Connexion réinitialisée
check-headline-host-unreachable = Hôte injoignable
check-headline-network-unreachable = Réseau injoignable
check-headline-dns-not-found = Nom introuvable
check-headline-dns-error = Échec de la résolution DNS
check-headline-tls-certificate = Problème de certificat
check-headline-tls-protocol = TLS / mauvais protocole
check-headline-http-status = Erreur HTTP
check-headline-not-http = Pas du HTTP
check-headline-blocked = Non vérifié
check-headline-invalid = Cible illisible
check-headline-silent = Ouvert mais muet
check-headline-closed-on-accept = Fermé aussitôt par le serveur
check-headline-udp-refused = Refusé en UDP (port injoignable)
check-headline-udp-no-answer = Pas de réponse en UDP
check-headline-game-mismatch = Pas ce jeu
check-headline-xtream-panel = Le panneau Xtream répond
check-headline-answers-in = Répond en { $service }
check-headline-answers-tls = Répond en TLS
check-headline-answers-http = Répond en HTTP
check-headline-port-open = Port ouvert
check-headline-online = En ligne
check-headline-no-xtream-panel = Pas de panneau Xtream ici

## Certificat et serveur de jeu

check-cert-subject = Titulaire : { $value }
check-cert-issuer = Émetteur : { $value }
check-cert-valid = Validité : { $from } → { $to } ({ $left })
check-cert-days-left = encore { $days } jours
check-cert-expired-days-ago = expiré depuis { $days } jours
check-cert-names = Noms : { $list }
check-cert-protocol = Protocole : { $value }
check-game-name = Nom : { $value }
check-game-players = Joueurs : { $value }
check-game-version = Version : { $value }
check-game-map = Carte : { $value }
check-game-motd = MOTD : { $value }
check-game-latency = Latence : { $ms } ms ({ $transport })

## Durées

check-duration-ms = { $ms } ms
check-duration-s = { $s } s

## Le verdict en une phrase

check-the-server = le serveur
check-sentence-invalid = Je n'ai pas pu lire cela comme un serveur à vérifier : { $problem }.
check-sentence-blocked = Je ne vérifierai pas { $host } : { $reason }. Le bot ne vérifie que des serveurs publics.
check-hint-cli = Vous vérifiez votre propre serveur ? Relancez avec --allow-private (ou définissez PROBE_ALLOW_PRIVATE=true).
check-hint-chat = Vous vérifiez votre propre serveur ? Lancez 'netmedic check --allow-private' sur votre propre machine ; si vous hébergez ce bot, PROBE_ALLOW_PRIVATE=true autorise les cibles privées.
check-sentence-dns-not-found = Le nom { $host } ne mène nulle part : { $detail }. Vérifiez l'orthographe, ou le domaine a peut-être expiré ou été supprimé.
check-sentence-dns-error = La résolution de { $host } a échoué : { $detail }. Le nom est peut-être correct, mais son DNS est en panne ou lent en ce moment.
check-sentence-refused = Le port { $port } de { $host } a refusé la connexion : rien n'y écoute, ou un pare-feu la rejette.
check-sentence-timeout-deadline = La vérification a manqué de temps ({ $time }) en attendant { $host } sur le port { $port } : le serveur est très lent ou ignore le trafic.
check-sentence-timeout-deadline-stage = La vérification a manqué de temps ({ $time }) en attendant { $host } sur le port { $port } (étape { $stage }) : le serveur est très lent ou ignore le trafic.
check-sentence-timeout-http = { $host } a accepté la connexion sur le port { $port } mais n'a envoyé aucune réponse HTTP en { $time } : le service derrière est bloqué ou surchargé.
check-sentence-timeout-tls = { $host } a accepté la connexion sur le port { $port } mais n'a pas terminé de négociation TLS en { $time } : il ne parle peut-être pas HTTPS sur ce port, ou il est surchargé.
check-sentence-timeout = Le port { $port } de { $host } n'a pas répondu en { $time } : un pare-feu ignore silencieusement le trafic, ou le serveur est arrêté.
check-sentence-reset-tcp = Le port { $port } de { $host } a réinitialisé la connexion aussitôt : un pare-feu ou le service la rejette.
check-sentence-reset = { $host } a accepté la connexion sur le port { $port }, puis l'a coupée (réinitialisation) : le service a planté, ou un pare-feu ou un filtre anti-DDoS a rejeté la connexion du bot.
check-sentence-reset-stage = { $host } a accepté la connexion sur le port { $port }, puis l'a coupée (réinitialisation pendant l'étape { $stage }) : le service a planté, ou un pare-feu ou un filtre anti-DDoS a rejeté la connexion du bot.
check-sentence-host-unreachable = { $host } est injoignable : un routeur sur le chemin a signalé l'hôte injoignable ({ $code }). Le serveur est arrêté, ou un pare-feu rejette le trafic.
check-sentence-network-unreachable = Il n'y a pas de route du réseau du bot vers { $host } ({ $code }) : un réseau sur le chemin est en panne, ou le réseau du bot ne peut pas atteindre cette famille d'adresses.
check-sentence-tls-certificate = Le certificat de { $host } sur le port { $port } n'est pas accepté : { $detail }. Les navigateurs et les applications qui vérifient les certificats refuseront de se connecter.
check-sentence-tls-plain-http = Le port { $port } de { $host } parle HTTP simple, pas HTTPS (TLS) : utilisez { $url } au lieu de https://.
check-sentence-tls-on-plain = Le port { $port } de { $host } parle HTTPS (TLS), pas HTTP simple : utilisez { $url }.
check-sentence-tls-protocol = La négociation TLS avec { $host } sur le port { $port } a échoué ({ $detail }) : le serveur et le bot n'ont aucune version TLS ni aucun chiffrement en commun, ou le port ne parle pas TLS.
check-sentence-silent = Le port { $port } de { $host } est ouvert mais muet : il a accepté la connexion, puis n'a rien envoyé et n'a répondu ni en TLS ni en HTTP. Le service attend son propre protocole (un serveur de jeu, une base de données, un VPN…), seule sa propre application peut donc dire s'il fonctionne.
check-sentence-closed-on-accept = { $host } a accepté la connexion sur le port { $port }, puis l'a fermée aussitôt, avant d'envoyer quoi que ce soit : le serveur refuse le bot (bannissement ou filtre IP), a atteint sa limite de connexions, ou le service derrière plante.
check-sentence-not-http-ssh = Le port { $port } de { $host } est ouvert mais parle SSH, pas HTTP : ce n'est pas le bon port pour une application web ou IPTV.
check-sentence-not-http-ssh-banner = Le port { $port } de { $host } est ouvert mais parle SSH, pas HTTP ({ $banner }) : ce n'est pas le bon port pour une application web ou IPTV.
check-sentence-not-http = Le port { $port } de { $host } est ouvert mais ne répond pas en HTTP : un autre type de service y tourne, ce n'est donc probablement pas le bon port.
check-sentence-not-http-banner = Le port { $port } de { $host } est ouvert mais ne répond pas en HTTP (il a envoyé "{ $banner }") : un autre type de service y tourne, ce n'est donc probablement pas le bon port.
check-sentence-udp-refused = Le port { $port } de { $host } a répondu en UDP « port injoignable » (ICMP) : aucun serveur { $game } n'écoute sur ce port UDP — il est arrêté, tourne sur un autre port, ou un pare-feu rejette les paquets.
check-sentence-udp-no-answer = Pas de réponse en UDP de { $host } sur le port { $port } en { $time } (filtré, ou pas un serveur { $game }) : un pare-feu ou une redirection de port manquante ignore les paquets, le serveur est arrêté, ou un autre service y tourne.
check-sentence-game-mismatch = Le port { $port } de { $host } a répondu, mais pas comme un serveur { $game } ({ $detail }) : ce n'est probablement pas le bon port, ou un autre type de service y tourne.
check-sentence-xtream-redirect = { $host } répond sur le port { $port } par une redirection vers { $location } (non suivie), donc aucun panneau Xtream n'a répondu à cette URL.
check-sentence-xtream-no-panel = { $host } répond en HTTP sur le port { $port }, mais il n'y a pas de panneau Xtream à /player_api.php ({ $detail }) : l'URL ou le port est probablement faux.
check-another-address = une autre adresse
check-sentence-http-404 = { $host } a répondu sur le port { $port } par { $status } : le serveur fonctionne, mais ce chemin n'y existe pas.
check-sentence-http-404-path = { $host } a répondu sur le port { $port } par { $status } pour { $path } : le serveur fonctionne, mais ce chemin n'y existe pas.
check-sentence-http-login = { $host } a répondu sur le port { $port } par { $status } : le serveur fonctionne mais demande une connexion.
check-sentence-http-forbidden = { $host } a répondu sur le port { $port } par { $status } : le serveur fonctionne mais refuse cette requête (blocage IP, blocage géographique ou permission manquante).
check-sentence-http-429 = { $host } a répondu sur le port { $port } par { $status } : trop de requêtes ; le serveur limite le débit.
check-sentence-http-5xx = { $host } a répondu sur le port { $port } par { $status } : le serveur est en marche, mais l'application derrière échoue.
check-sentence-http-4xx = { $host } a répondu sur le port { $port } par { $status } : le serveur rejette la requête elle-même.
check-sentence-ok-banner = Le port { $port } de { $host } répond : il parle { $service }. Utilisez le client ou l'application propre à ce protocole sur ce port.
check-sentence-ok-banner-quoted = Le port { $port } de { $host } répond : il parle { $service } ("{ $banner }"). Utilisez le client ou l'application propre à ce protocole sur ce port.
check-sentence-ok-tls = Le port { $port } de { $host } répond en TLS : un service chiffré y tourne, par exemple HTTPS (essayez https://{ $host }:{ $port }).
check-sentence-ok-tls-cert = Le port { $port } de { $host } répond en TLS (certificat pour { $subject }) : un service chiffré y tourne, par exemple HTTPS (essayez https://{ $host }:{ $port }).
check-sentence-ok-service-http = { $host } répond en HTTP sur le port { $port } : un service web y tourne (essayez http://{ $host }:{ $port }).
check-sentence-ok-service-http-status = { $host } répond en HTTP sur le port { $port } (HTTP { $status }) : un service web y tourne (essayez http://{ $host }:{ $port }).
check-sentence-ok-game = Le serveur { $game } à { $host }:{ $port } est en ligne et répond à sa requête de statut.
check-sentence-ok-tcp = Le port { $port } de { $host } accepte les connexions.
check-sentence-ok-tcp-family = Le port { $port } de { $host } accepte les connexions (IPv{ $family }).
check-sentence-ok-xtream = Le panneau Xtream à { $host }:{ $port } répond et demande des identifiants, comme il se doit : le côté serveur fonctionne.
check-sentence-ok-redirect = { $host } répond sur le port { $port } par HTTP { $status }, une redirection vers { $location } (non suivie).
check-sentence-ok-http = { $host } répond sur le port { $port } : { $status }.
check-sentence-ok-http-time = { $host } répond sur le port { $port } : { $status } en { $time }.

## Pourquoi une cible est illisible

check-target-the-host = L'hôte
check-target-the-address = L'adresse
check-target-the-port = Le port
check-target-something-else = autre chose
check-target-ipv4-parts = { $shown } n'est pas une adresse IPv4 valide : elle a plus de quatre parties.
check-target-ipv4-part-too-large = { $shown } n'est pas une adresse IPv4 valide : une partie est beaucoup trop grande.
check-target-ipv4-octal = { $shown } n'est pas une adresse IPv4 valide : une partie qui commence par 0 est en octal et ne peut utiliser que les chiffres 0 à 7.
check-target-ipv4-part-range = { $shown } n'est pas une adresse IPv4 valide : chaque partie doit être entre 0 et 255.
check-target-ipv4-out-of-range = { $shown } n'est pas une adresse IPv4 valide : un nombre est hors limites.
check-target-ipv6-zone = Les identifiants de zone IPv6 (la partie %… de { $shown }) ne peuvent pas être vérifiés ; donnez une adresse globale.
check-target-ipv6-invalid = { $shown } n'est pas une adresse IPv6 valide. Écrivez-la comme [2001:db8::1]:443.
check-target-host-missing = L'hôte manque. Donnez-le sous la forme hôte:port, par ex. play.example.net:8080.
check-target-host-percent = { $shown } n'est pas un nom d'hôte valide : il contient %. Donnez un simple nom d'hôte ou une adresse IP, par ex. play.example.net:8080.
check-target-idn-invalid = { $shown } n'est pas un nom de domaine international valide. Vérifiez l'orthographe.
check-target-host-ends-in-number = { $shown } n'est pas valide : un nom d'hôte ne peut pas se terminer par un nombre. Donnez un nom de domaine ou une adresse IP complète.
check-target-host-too-long = Ce nom d'hôte fait { $length } caractères ; la limite est de { $limit }. Vérifiez ce que vous avez collé.
check-target-host-empty-label = { $shown } n'est pas un nom d'hôte valide : il a une partie vide (deux points de suite, ou un point au début).
check-target-host-label-too-long = { $shown } n'est pas un nom d'hôte valide : chaque partie entre les points peut compter au plus 63 caractères.
check-target-host-hyphen = { $shown } n'est pas un nom d'hôte valide : les parties ne peuvent pas commencer ou finir par un tiret.
check-target-host-characters = { $shown } n'est pas un nom d'hôte valide : n'utilisez que des lettres, des chiffres, des tirets et des points, par ex. play.example.net:8080.
check-target-port-missing = Le port manque après ':'. Donnez-le sous la forme hôte:port, par ex. play.example.net:8080.
check-target-port-not-number = Le port doit être un nombre de 1 à 65535, reçu : { $shown }.
check-target-port-range = Le port doit être entre 1 et 65535, reçu : { $value }.
check-target-too-long = C'est trop long pour une adresse de serveur ({ $length } caractères ; la limite est de { $limit }). Collez seulement hôte:port, par ex. play.example.net:8080.
check-target-empty = Donnez un serveur à vérifier, comme play.example.net:8080 ou https://example.com.
check-target-spaces = Une adresse de serveur ne peut pas contenir d'espaces ni de caractères de contrôle. Collez seulement hôte:port, par ex. play.example.net:8080.
check-target-backslash = Une adresse de serveur ne peut pas contenir de barres obliques inverses. Utilisez '/' dans les liens, par ex. play.example.net:8080.
check-target-scheme-unsupported = Les liens { $scheme } ne peuvent pas être vérifiés. Utilisez un lien http:// ou https://, ou hôte:port pour tout le reste, par ex. play.example.net:8080.
check-target-scheme-unsupported-bare = Les liens { $scheme } ne peuvent pas être vérifiés. Donnez hôte:port ou un lien http(s)://, par ex. play.example.net:8080.
check-target-userinfo-ambiguous = Ce lien contient plus d'un '@' et je ne peux pas dire où finissent le nom d'utilisateur et le mot de passe. Donnez le lien sans son nom d'utilisateur ni son mot de passe, par ex. play.example.net:8080.
check-target-ipv6-missing-bracket = Il manque le ']' fermant de l'adresse IPv6. Écrivez-la comme [2001:db8::1]:443.
check-target-ipv6-expected-port = ':port' attendu après le ']' de l'adresse IPv6. Écrivez-la comme [2001:db8::1]:443.
check-target-ipv6-empty-brackets = Les crochets sont vides : mettez-y une adresse IPv6, comme [2001:db8::1]:443.
check-target-ipv6-needs-brackets = Mettez une adresse IPv6 entre crochets, suivie du port, comme [2001:db8::1]:443.
check-target-query-port-needed = Les vérifications { $protocol } ont besoin du port de requête du serveur : donnez hôte:port, par ex. { $host }:27015.
check-target-tcp-port-needed = Les vérifications TCP ont besoin d'un port : donnez hôte:port, par ex. { $host }:25565.
check-target-unprocessable = la cible n'a pas pu être traitée
check-target-gamedig-unknown-game = GameDig n'a aucun jeu avec l'identifiant "{ $id }". Les identifiants sont listés dans GAMES_LIST.md de GameDig (par ex. teamspeak3, rust, valheim).
check-target-gamedig-web-api = { $game } est interrogé via une API web ou un serveur maître, pas via le serveur lui-même, le bot ne le vérifie donc pas.
check-target-not-a-game-protocol = { $protocol } n'est pas un protocole de jeu
check-target-unknown = saisie non reconnue
check-protocol-game-id = "game:" attend un identifiant de jeu GameDig fait de lettres, de chiffres, de - ou de _ (par ex. game:teamspeak3).
check-protocol-unknown = Protocole inconnu ; utilisez l'un de { $protocols } ou game:<id> (un identifiant de jeu GameDig, par ex. game:teamspeak3).

## Pourquoi une adresse est refusée

check-block-address = { $address } est { $what }
check-block-mapped = { $address } correspond à { $inner }, qui est { $what }
check-block-nat64 = { $address } est du NAT64 pour { $inner }, qui est { $what }
check-block-6to4 = { $address } est du 6to4 pour { $inner }, qui est { $what }
check-block-probing-machine = { $address } est une adresse de la machine qui vérifie elle-même
check-block-not-ip = { $address } n'est pas une simple adresse IP
check-block-no-address = il n'y a aucune adresse à vérifier
check-block-single-label = { $address } n'est pas un nom de domaine complet (un nom sans point n'a de sens qu'à l'intérieur d'un réseau)
check-what-cloud-metadata = une adresse de métadonnées cloud
check-what-link-local = une adresse lien-local
check-what-unspecified-this-machine = l'adresse non spécifiée (elle atteint cette machine)
check-what-this-network = dans { $cidr } (« ce réseau »), pas une vraie destination
check-what-documentation = une adresse de documentation
check-what-documentation-cidr = une adresse de documentation ({ $cidr })
check-what-benchmarking = une adresse de banc d'essai
check-what-benchmarking-cidr = une adresse de banc d'essai ({ $cidr })
check-what-protocol-assignment = une adresse réservée aux attributions de protocole ({ $cidr })
check-what-6to4-relay = une adresse de relais 6to4 obsolète ({ $cidr })
check-what-private = une adresse privée
check-what-private-cidr = une adresse privée ({ $cidr })
check-what-broadcast = l'adresse de diffusion
check-what-reserved = une adresse réservée
check-what-reserved-cidr = une adresse réservée ({ $cidr })
check-what-loopback = une adresse de bouclage
check-what-carrier-grade-nat = une adresse de NAT opérateur ({ $cidr })
check-what-multicast = une adresse multicast
check-what-unspecified = l'adresse non spécifiée
check-what-as112 = une adresse puits AS112 (usage spécial)
check-what-amt = une adresse anycast de relais AMT (usage spécial)
check-what-ipv4-compatible = une adresse compatible IPv4 obsolète
check-what-ipv4-translated = une adresse traduite IPv4 ({ $cidr })
check-what-nat64-local = dans le préfixe NAT64 à usage local { $cidr }
check-what-teredo = une adresse de tunnel Teredo ({ $cidr })
check-what-orchid = un identifiant ORCHID, pas une adresse routable
check-what-orchid2 = un identifiant ORCHIDv2, pas une adresse routable
check-what-discard = une adresse de rejet ({ $cidr })
check-what-site-local = une adresse site-local (obsolète)
check-what-unique-local = une adresse unique-local (privée)
check-what-drone-tag = un identifiant Remote ID de drone, pas une adresse routable
check-what-segment-routing = un SID de segment routing, pas une adresse routable
check-what-ietf-reserved = dans une plage réservée de l'IETF ({ $cidr })
check-what-outside-global-unicast = hors de la plage unicast globale { $cidr }
check-what-special-purpose = une adresse à usage spécial ({ $cidr })
check-what-own-machine = une adresse de l'hôte du bot — c'est la propre machine du bot

## Échecs (suivis du code entre parenthèses)

check-failure-refused = refusée
check-failure-no-answer = pas de réponse
check-failure-deadline = délai global atteint
check-failure-headers-timeout = pas de réponse HTTP à temps
check-failure-body-stalled = corps bloqué
check-failure-aborted-out-of-time = arrêté : plus de temps
check-failure-reset = connexion réinitialisée
check-failure-closed-while-sending = connexion fermée pendant l'envoi
check-failure-aborted = connexion interrompue
check-failure-closed = connexion fermée
check-failure-closed-early = connexion fermée trop tôt
check-failure-socket-hang-up = socket raccroché (hang up)
check-failure-host-unreachable = hôte injoignable
check-failure-host-down = hôte arrêté
check-failure-network-unreachable = réseau injoignable
check-failure-network-down = réseau en panne
check-failure-no-local-address = aucune adresse locale utilisable
check-failure-local-firewall = bloqué par le pare-feu de cette machine
check-failure-name-not-found = nom introuvable
check-failure-no-address-records = aucun enregistrement d'adresse
check-failure-dns-temporary = échec temporaire de la résolution DNS
check-failure-dns-servfail = échec du serveur DNS
check-failure-not-tls-version = la réponse n'est pas du TLS (mauvais numéro de version)
check-failure-not-tls-length = la réponse n'est pas du TLS (longueur de paquet trop grande)
check-failure-http-on-tls-port = requête HTTP sur un port TLS
check-failure-handshake-failure = échec de la négociation
check-failure-unsupported-tls-version = version TLS non prise en charge
check-failure-no-common-tls-version = aucune version TLS commune
check-failure-sni-unknown = le serveur ne connaît pas ce nom (SNI)
check-failure-handshake-aborted = le serveur a interrompu la négociation
check-failure-tls-record-layer = échec de la couche d'enregistrement TLS
check-failure-no-shared-cipher = aucun chiffrement commun
check-failure-headers-too-large = en-têtes de réponse trop grands
check-failure-not-http = la réponse n'est pas du HTTP
check-failure-not-http-banner = la réponse n'est pas du HTTP ("{ $banner }")
check-failure-tls-failed = échec de la négociation TLS
check-failure-timeout = pas de réponse (délai dépassé)
check-failure-no-certificate = aucun certificat
check-failure-tls-on-plain-port = le port a répondu en TLS, pas en HTTP simple
check-failure-tls-after-reset = le port parle TLS (HTTPS), pas HTTP simple ({ $failure })
check-failure-ssh-not-http = le port parle SSH, pas HTTP ({ $banner })
check-failure-ssh-banner = bannière SSH
check-failure-endless-headers = le serveur a envoyé des en-têtes de réponse sans fin ; lecture arrêtée
check-failure-http-no-answer = connecté, mais aucune réponse HTTP en { $ms } ms
check-failure-http-deadline = arrêté : le délai global a été atteint

## Certificats

check-cert-reason-expired = le certificat a expiré
check-cert-reason-not-yet-valid = le certificat n'est pas encore valide
check-cert-reason-self-signed = le certificat est auto-signé
check-cert-reason-untrusted-root = la chaîne se termine par une racine auto-signée à laquelle personne ne fait confiance
check-cert-reason-unknown-issuer = l'émetteur est inconnu (certificat intermédiaire manquant ou AC privée)
check-cert-reason-name-mismatch = le certificat est établi pour un autre nom
check-cert-reason-revoked = le certificat a été révoqué
check-cert-reason-invalid = le certificat n'est pas valide
check-cert-not-valid = il n'est pas valide
check-cert-problem-expired = certificat expiré depuis { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} ({ $date })
check-cert-problem-not-yet-valid = certificat valide seulement à partir du { $date }
check-cert-problem-name-mismatch = le certificat est pour { $names }, pas pour { $host }
check-cert-problem-self-signed = le certificat est auto-signé ({ $subject })
check-cert-also = { $first } ; aussi { $others }

## Lignes des étapes

check-dns-ip-literal = { $address } (une adresse IP, aucune résolution nécessaire)
check-dns-localhost = { $host } est cette machine ({ $addresses }), aucune résolution nécessaire
check-dns-resolved = { $addresses } en { $ms } ms
check-dns-more = { $addresses } (+{ $more } de plus)
check-dns-nxdomain = ce nom n'existe pas (NXDOMAIN)
check-dns-servfail = le serveur DNS n'a pas pu répondre (SERVFAIL)
check-dns-timeout = aucune réponse du serveur DNS en { $ms } ms
check-dns-timeout-servers = aucune réponse d'aucun des { $servers } serveurs DNS en { $ms } ms
check-dns-cancelled = la résolution a été interrompue par le délai de la vérification
check-dns-refused = le serveur DNS a refusé la requête (REFUSED)
check-dns-unreachable = le serveur DNS est injoignable (connexion refusée)
check-dns-other = la résolution a échoué ({ $code })
check-dns-bad-servers = les serveurs DNS configurés (PROBE_DNS_SERVERS) sont inutilisables
check-dns-no-address = le nom existe mais n'a aucune adresse IPv4 ni IPv6
check-tcp-connected = connecté à { $address }:{ $port } (IPv{ $family }) en { $ms } ms
check-tls-handshake = { $protocol }, certificat pour { $subject } émis par { $issuer }, encore { $days } jours ({ $ms } ms)
check-tls-no-certificate = le serveur n'a envoyé aucun certificat
check-tls-failed = échec de la négociation : { $failure }
check-tls-plain-http = échec de la négociation : le port a répondu en HTTP simple ({ $code })
check-http-answer = HTTP { $status } { $statusText } en { $ms } ms
check-http-server = serveur : { $server }
check-http-redirect = redirige vers { $location } ; non suivi
check-http-body-interrupted = corps interrompu : { $failure }
check-http-stopped-reading = lecture arrêtée après { $bytes } octets
check-xtream-panel-denied = Le panneau Xtream répond (auth : { $auth } sans identifiants) en { $ms } ms
check-xtream-panel = Le panneau Xtream répond (user_info présent, auth : { $auth }) en { $ms } ms
check-xtream-panel-truncated = Le panneau Xtream répond (user_info présent ; réponse coupée à la taille limite) en { $ms } ms
check-xtream-redirect = HTTP { $status } : redirige vers { $location } ; non suivi, donc aucun panneau confirmé
check-xtream-no-location = (aucune destination)
check-xtream-status = HTTP { $status } à /player_api.php : aucun panneau Xtream ne répond ici
check-xtream-empty = HTTP { $status } avec un corps vide : aucun panneau Xtream à cette URL
check-xtream-html = HTTP { $status } avec une page HTML : aucun panneau Xtream à cette URL
check-xtream-not-json = HTTP { $status }, mais la réponse n'est pas du JSON : aucun panneau Xtream à cette URL
check-xtream-no-user-info = HTTP { $status }, JSON sans user_info : aucun panneau Xtream à cette URL
check-xtream-not-panel = la réponse n'est pas un panneau
check-service-banner = parle { $service }
check-service-banner-quoted = parle { $service } ("{ $banner }")
check-service-banner-asked = parle { $service }, une fois interrogé
check-service-banner-quoted-asked = parle { $service } ("{ $banner }"), une fois interrogé
check-service-tls = parle TLS
check-service-tls-cert = parle TLS, certificat pour { $subject } émis par { $issuer }
check-service-http = répond en HTTP
check-service-http-status = répond en HTTP { $status }
check-service-silent = n'a rien envoyé en { $ms } ms, et n'a répondu ni à une négociation TLS ni à une requête HTTP
check-service-closed = fermé par le serveur (FIN) aussitôt, avant d'envoyer quoi que ce soit
check-service-reset = réinitialisé par le serveur (RST) aussitôt, avant d'envoyer quoi que ce soit
check-service-name-ssh = SSH
check-service-name-smtp = SMTP (courriel)
check-service-name-ftp = FTP
check-service-name-smtp-or-ftp = SMTP ou FTP
check-service-name-pop3 = POP3 (courriel)
check-service-name-imap = IMAP (courriel)
check-service-name-mysql = MySQL / MariaDB
check-service-name-redis = Redis
check-service-name-vnc = VNC (bureau à distance)
check-service-name-telnet = telnet
check-service-name-http = HTTP
check-service-name-unknown = un protocole que je ne reconnais pas
check-game-kind-minecraft-java = Minecraft Java
check-game-kind-minecraft-bedrock = Minecraft Bedrock
check-game-kind-source = Source (A2S_INFO)
check-game-kind-game = jeu
check-game-answered = { $game } a répondu depuis { $address }:{ $port } ({ $transport }) en { $ms } ms
check-game-answered-status = { $game } a répondu depuis { $address }:{ $port } ({ $transport }) en { $ms } ms : { $status }
check-game-status-players = { $players } joueurs
check-game-status-players-max = { $players }/{ $max } joueurs
check-game-status-version = version { $version }
check-game-failure-too-large = la réponse dépasse { $bytes } octets
check-game-failure-closed-mid-answer = le serveur a fermé la connexion au milieu de sa réponse
check-game-failure-closed-no-answer = le serveur a fermé la connexion sans répondre à la requête de jeu
check-game-failure-connected-no-answer = connecté, mais aucune réponse du jeu en { $ms } ms
check-game-failure-udp-port-unreachable = ICMP port injoignable ({ $code })
check-game-failure-udp-no-answer = aucune réponse en UDP en { $ms } ms
check-game-failure-gamedig-no-answer = aucune réponse à la requête de jeu en { $ms } ms
check-game-failure-gamedig-mismatch = la réponse n'est pas ce que ce jeu envoie
check-game-failure-deadline = arrêté : le délai global a été atteint
check-game-failure-unexpected = réponse inattendue
check-game-problem-a2s-cut-short = la réponse A2S_INFO est tronquée
check-game-problem-a2s-too-short = la réponse est trop courte pour être de l'A2S
check-game-problem-a2s-split = le serveur a envoyé une réponse A2S_INFO fragmentée, que cette vérification ne réassemble pas
check-game-problem-not-source = la réponse n'est pas une réponse de requête Source
check-game-problem-a2s-challenge-cut-short = le challenge est tronqué
check-game-problem-a2s-challenge-loop = le serveur répond à chaque requête par un nouveau challenge
check-game-problem-a2s-unexpected-type = un type de réponse A2S inattendu { $type }
check-game-problem-not-raknet-pong = la réponse n'est pas un pong RakNet non connecté
check-game-problem-no-raknet-magic = il manque à la réponse la valeur magique RakNet
check-game-problem-bedrock-id-cut-short = la chaîne d'identifiant du serveur est tronquée
check-game-problem-not-bedrock = le pong ne décrit pas un serveur Minecraft Bedrock
check-game-problem-varint-too-long = un VarInt de plus de 5 octets : pas un serveur Minecraft
check-game-problem-packet-size = un paquet de { $bytes } octets : pas une réponse de statut Minecraft
check-game-problem-not-status-response = le premier paquet n'est pas une réponse de statut
check-game-problem-status-cut-short = la réponse de statut est tronquée
check-game-problem-status-not-json = la réponse de statut n'est pas du JSON
check-game-problem-status-json-empty = le JSON de statut n'a ni version, ni joueurs, ni description
check-remote-resolved = résolu (Globalping HTTP)
check-remote-connected-ping = connecté (ping TCP Globalping)
check-remote-no-connection-ping = pas de connexion (ping TCP Globalping)
check-remote-connected-http = connecté (Globalping HTTP)
check-remote-handshake-http = négociation terminée (Globalping HTTP)
check-remote-status-http = HTTP { $status } (requête HEAD Globalping)
check-remote-failed = échec
check-remote-untrusted = certificat non approuvé : { $reason } (Globalping HTTP)
check-remote-no-reason = aucune raison donnée

## Autres ports

check-alt-refused = refusé
check-alt-no-answer = pas de réponse
check-alt-http = répond (HTTP)
check-alt-http-status = répond (HTTP { $status })
check-alt-tls = répond (TLS : essayez https://)
check-alt-ssh = répond (SSH, pas HTTP)
check-alt-other = répond (pas HTTP)
check-alt-open = accepte les connexions

## Remarques

check-note-credentials-removed = Ne collez pas de mots de passe dans un salon — je les ai retirés et j'ai vérifié sans eux.
check-note-international-name = { $displayHost } est un nom international ; j'ai vérifié { $host }.
check-note-port-assumed = Aucun port donné : j'ai vérifié le port { $port }, celui par défaut pour { $scheme }.
check-note-family-fails = IPv{ $failing } échoue ({ $failure }) mais IPv{ $working } fonctionne : les clients qui préfèrent IPv{ $failing } peuvent voir des erreurs.
check-note-redirect = Redirige vers { $location } ; non suivi.
check-note-no-xtream-panel = Aucun panneau Xtream à cette URL : /player_api.php n'a pas répondu comme un panneau.
check-note-game-no-answer = Pas de réponse { $game } non plus ({ $transport }) : { $failure }.
check-note-internal-error = Erreur interne pendant la vérification : { $message }

## Causes probables vues par cette vérification

check-cause-wrong-port = **Mauvais port** : rien sur { $port }, mais { $list } sur le même serveur. Le fournisseur a peut-être déplacé le service.
check-cause-nothing-elsewhere = Rien ne répond non plus sur les autres ports habituels : le serveur est arrêté, ou il bloque { $voice ->
    [discord] le réseau du bot
   *[other] cette machine
}.
check-cause-silent-firewall = Un pare-feu qui ignore silencieusement le trafic (ou n'autorise que des IP en liste blanche) donne exactement ce résultat.
check-cause-cert-expired = Le certificat a expiré : le propriétaire doit le renouveler (le renouvellement automatique, par ex. certbot, s'est arrêté). Une date erronée sur votre appareil donne la même erreur.
check-cause-cert-not-yet-valid = Le certificat ne commence que plus tard : une horloge erronée sur le serveur ou sur votre appareil.
check-cause-cert-self-signed = Le serveur utilise un certificat auto-signé : acceptable pour des tests, refusé par les navigateurs et la plupart des applications.
check-cause-cert-issuer = Le serveur n'envoie pas son certificat intermédiaire, ou son certificat vient d'une AC privée.
check-cause-cert-name = Le certificat est établi pour d'autres noms : une faute de frappe dans le nom d'hôte, ou un serveur partagé qui répond avec son site par défaut.
check-cause-udp-refused = La machine à cette adresse est en marche et indique que rien n'écoute sur le port UDP { $port } : le serveur de jeu est arrêté, ou il tourne sur un autre port.
check-cause-udp-no-answer = UDP n'a pas de négociation : un pare-feu ou un routeur qui ignore les paquets, une redirection de port manquante pour UDP { $port } et un serveur arrêté se ressemblent vus de l'extérieur.
check-cause-game-mismatch = Quelque chose répond sur ce port, mais pas le jeu demandé : vérifiez le port (port de jeu ou port de requête) et le type de jeu.
check-cause-not-http = Un autre type de service (SSH, une base de données, un serveur de jeu…) tourne sur ce port : ce n'est probablement pas le bon port.
check-cause-http-403 = Le serveur refuse cette requête : une liste blanche d'IP, un blocage géographique ou une règle CDN/pare-feu peut bloquer { $voice ->
    [discord] le réseau du bot
   *[other] cette machine
} même si votre adresse est autorisée.
