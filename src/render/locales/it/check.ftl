# La risposta a una verifica (/check, console, `netmedic check`). Vedi en/check.ftl.

## L'embed

check-footer = Verificato { $voice ->
    [discord] dalla rete del bot
   *[other] da questa macchina
} — una whitelist di IP o un blocco geografico può far sembrare un server chiuso per { $voice ->
    [discord] il bot
   *[other] questa macchina
} ma aperto per te.
check-title-checking = Verifica di { $target }…
check-the-target = la destinazione
check-checking-from = Verifica { $voice ->
    [discord] dalla rete del bot
   *[other] da questa macchina
}…
check-field-addresses = Indirizzi
check-addresses-more = { $list } e altri { $more }
check-field-steps = Passaggi
check-field-steps-done = Passaggi ({ $ms } ms in tutto)
check-field-server = Server
check-field-certificate = Certificato
check-field-other-ports = Altre porte dello stesso server
check-field-causes = Cause probabili
check-field-first-steps = Primi passi
check-field-what-this-shows = Cosa mostra
check-what-this-shows = La porta accetta connessioni dal bot. Una verifica TCP non può dire se il servizio dietro funziona: verificalo con la sua app, oppure esegui `/check` con l'URL che serve.
check-field-still-failing = A te continua a non funzionare?
check-still-failing = Il server risponde { $voice ->
    [discord] al bot
   *[other] a questa macchina
}, quindi il problema è probabilmente tra te e lui: la tua rete o il tuo provider, una VPN o un proxy, un filtro DNS, o un blocco IP/geografico sul tuo indirizzo. Prova un'altra rete (dati mobili) per confrontare.
check-field-notes = Note
check-button-article = Articolo completo

## Nomi dei passaggi

check-stage-dns = DNS
check-stage-tcp = TCP
check-stage-tls = TLS
check-stage-http = HTTP
check-stage-xtream = Xtream
check-stage-service = Servizio
check-stage-game = Gioco

## Titoli

check-headline-ok = Raggiungibile
check-headline-refused = Connessione rifiutata
check-headline-timeout = Nessuna risposta (timeout)
check-headline-reset = Connessione reimpostata
check-headline-host-unreachable = Host irraggiungibile
check-headline-network-unreachable = Rete irraggiungibile
check-headline-dns-not-found = Nome non trovato
check-headline-dns-error = Ricerca DNS non riuscita
check-headline-tls-certificate = Problema di certificato
check-headline-tls-protocol = TLS / protocollo sbagliato
check-headline-http-status = Errore HTTP
check-headline-not-http = Non è HTTP
check-headline-blocked = Non verificato
check-headline-invalid = Destinazione illeggibile
check-headline-silent = Aperta ma muta
check-headline-closed-on-accept = Chiusa subito dal server
check-headline-udp-refused = Rifiutata via UDP (porta irraggiungibile)
check-headline-udp-no-answer = Nessuna risposta via UDP
check-headline-game-mismatch = Non è questo gioco
check-headline-xtream-panel = Il pannello Xtream risponde
check-headline-answers-in = Risponde in { $service }
check-headline-answers-tls = Risponde in TLS
check-headline-answers-http = Risponde in HTTP
check-headline-port-open = Porta aperta
check-headline-online = Online
check-headline-no-xtream-panel = Qui non c'è un pannello Xtream

## Certificato e server di gioco

check-cert-subject = Intestatario: { $value }
check-cert-issuer = Emittente: { $value }
check-cert-valid = Valido: { $from } → { $to } ({ $left })
check-cert-days-left = mancano { $days } giorni
check-cert-expired-days-ago = scaduto da { $days } giorni
check-cert-names = Nomi: { $list }
check-cert-protocol = Protocollo: { $value }
check-game-name = Nome: { $value }
check-game-players = Giocatori: { $value }
check-game-version = Versione: { $value }
check-game-map = Mappa: { $value }
check-game-motd = MOTD: { $value }
check-game-latency = Latenza: { $ms } ms ({ $transport })

## Durate

check-duration-ms = { $ms } ms
check-duration-s = { $s } s

## Il verdetto in una frase

check-the-server = il server
check-sentence-invalid = Non sono riuscito a leggerlo come un server da verificare: { $problem }.
check-sentence-blocked = Non verificherò { $host }: { $reason }. Il bot verifica solo server pubblici.
check-hint-cli = Stai verificando un tuo server? Rilancialo con --allow-private (oppure imposta PROBE_ALLOW_PRIVATE=true).
check-hint-chat = Stai verificando un tuo server? Esegui 'netmedic check --allow-private' sulla tua macchina; se gestisci questo bot, PROBE_ALLOW_PRIVATE=true consente destinazioni private.
check-sentence-dns-not-found = Il nome { $host } non porta da nessuna parte: { $detail }. Controlla come è scritto, oppure il dominio potrebbe essere scaduto o essere stato disattivato.
check-sentence-dns-error = La ricerca di { $host } non è riuscita: { $detail }. Il nome potrebbe essere corretto, ma il suo DNS in questo momento è guasto o lento.
check-sentence-refused = La porta { $port } di { $host } ha rifiutato la connessione: lì non c'è niente in ascolto, oppure un firewall la rifiuta.
check-sentence-timeout-deadline = La verifica ha esaurito il tempo ({ $time }) aspettando { $host } sulla porta { $port }: il server è molto lento o scarta il traffico.
check-sentence-timeout-deadline-stage = La verifica ha esaurito il tempo ({ $time }) aspettando { $host } sulla porta { $port } (passaggio { $stage }): il server è molto lento o scarta il traffico.
check-sentence-timeout-http = { $host } ha accettato la connessione sulla porta { $port } ma non ha inviato alcuna risposta HTTP entro { $time }: il servizio dietro è bloccato o sovraccarico.
check-sentence-timeout-tls = { $host } ha accettato la connessione sulla porta { $port } ma non ha completato un handshake TLS entro { $time }: forse su quella porta non parla HTTPS, oppure è sovraccarico.
check-sentence-timeout = La porta { $port } di { $host } non ha risposto entro { $time }: un firewall scarta il traffico in silenzio, oppure il server è spento.
check-sentence-reset-tcp = La porta { $port } di { $host } ha reimpostato subito la connessione: un firewall o il servizio la rifiuta.
check-sentence-reset = { $host } ha accettato la connessione sulla porta { $port } e poi l'ha interrotta (reset): il servizio è andato in crash, oppure un firewall o un filtro anti-DDoS ha scartato la connessione del bot.
check-sentence-reset-stage = { $host } ha accettato la connessione sulla porta { $port } e poi l'ha interrotta (reset durante il passaggio { $stage }): il servizio è andato in crash, oppure un firewall o un filtro anti-DDoS ha scartato la connessione del bot.
check-sentence-host-unreachable = { $host } non è raggiungibile: un router lungo il percorso ha segnalato l'host come irraggiungibile ({ $code }). Il server è spento, oppure un firewall rifiuta il traffico.
check-sentence-network-unreachable = Non c'è alcun percorso dalla rete del bot a { $host } ({ $code }): una rete lungo il percorso è giù, oppure la rete del bot non raggiunge quella famiglia di indirizzi.
check-sentence-tls-certificate = Il certificato di { $host } sulla porta { $port } non è accettato: { $detail }. I browser e le app che controllano i certificati rifiuteranno di connettersi.
check-sentence-tls-plain-http = La porta { $port } di { $host } parla HTTP semplice, non HTTPS (TLS): usa { $url } al posto di https://.
check-sentence-tls-on-plain = La porta { $port } di { $host } parla HTTPS (TLS), non HTTP semplice: usa { $url }.
check-sentence-tls-protocol = L'handshake TLS con { $host } sulla porta { $port } non è riuscito ({ $detail }): il server e il bot non hanno versioni TLS o cifrari in comune, oppure la porta non parla TLS.
check-sentence-silent = La porta { $port } di { $host } è aperta ma muta: ha accettato la connessione, poi non ha inviato nulla e non ha risposto né a TLS né a HTTP. Il servizio lì aspetta il proprio protocollo (un server di gioco, un database, una VPN…), quindi solo la sua app può dire se funziona.
check-sentence-closed-on-accept = { $host } ha accettato la connessione sulla porta { $port } e l'ha chiusa subito, prima di inviare qualsiasi cosa: il server rifiuta il bot (un ban o un filtro IP), ha raggiunto il limite di connessioni, oppure il servizio dietro va in crash.
check-sentence-not-http-ssh = La porta { $port } di { $host } è aperta ma parla SSH, non HTTP: è la porta sbagliata per un'app web o IPTV.
check-sentence-not-http-ssh-banner = La porta { $port } di { $host } è aperta ma parla SSH, non HTTP ({ $banner }): è la porta sbagliata per un'app web o IPTV.
check-sentence-not-http = La porta { $port } di { $host } è aperta ma non risponde in HTTP: lì gira un altro tipo di servizio, quindi probabilmente è la porta sbagliata.
check-sentence-not-http-banner = La porta { $port } di { $host } è aperta ma non risponde in HTTP (ha inviato "{ $banner }"): lì gira un altro tipo di servizio, quindi probabilmente è la porta sbagliata.
check-sentence-udp-refused = La porta { $port } di { $host } ha risposto via UDP con "porta irraggiungibile" (ICMP): nessun server { $game } è in ascolto su quella porta UDP — è fermo, gira su un'altra porta, oppure un firewall rifiuta i pacchetti.
check-sentence-udp-no-answer = Nessuna risposta via UDP da { $host } sulla porta { $port } entro { $time } (filtrata, oppure non è un server { $game }): un firewall o un port forwarding mancante scarta i pacchetti, il server è spento, oppure lì gira un altro servizio.
check-sentence-game-mismatch = La porta { $port } di { $host } ha risposto, ma non come un server { $game } ({ $detail }): probabilmente è la porta sbagliata, oppure lì gira un altro tipo di servizio.
check-sentence-xtream-redirect = { $host } risponde sulla porta { $port } con un reindirizzamento a { $location } (non seguito), quindi a questo URL non ha risposto alcun pannello Xtream.
check-sentence-xtream-no-panel = { $host } risponde in HTTP sulla porta { $port }, ma su /player_api.php non c'è alcun pannello Xtream ({ $detail }): l'URL o la porta sono probabilmente sbagliati.
check-another-address = un altro indirizzo
check-sentence-http-404 = { $host } ha risposto sulla porta { $port } con { $status }: il server funziona, ma quel percorso lì non esiste.
check-sentence-http-404-path = { $host } ha risposto sulla porta { $port } con { $status } per { $path }: il server funziona, ma quel percorso lì non esiste.
check-sentence-http-login = { $host } ha risposto sulla porta { $port } con { $status }: il server funziona ma chiede un accesso.
check-sentence-http-forbidden = { $host } ha risposto sulla porta { $port } con { $status }: il server funziona ma rifiuta questa richiesta (blocco IP, blocco geografico o permesso mancante).
check-sentence-http-429 = { $host } ha risposto sulla porta { $port } con { $status }: troppe richieste; il server sta limitando la frequenza.
check-sentence-http-5xx = { $host } ha risposto sulla porta { $port } con { $status }: il server è attivo, ma l'applicazione dietro non funziona.
check-sentence-http-4xx = { $host } ha risposto sulla porta { $port } con { $status }: il server rifiuta la richiesta stessa.
check-sentence-ok-banner = La porta { $port } di { $host } risponde: parla { $service }. Usa su questa porta il client o l'app di quel protocollo.
check-sentence-ok-banner-quoted = La porta { $port } di { $host } risponde: parla { $service } ("{ $banner }"). Usa su questa porta il client o l'app di quel protocollo.
check-sentence-ok-tls = La porta { $port } di { $host } risponde con TLS: lì gira un servizio cifrato, per esempio HTTPS (prova https://{ $host }:{ $port }).
check-sentence-ok-tls-cert = La porta { $port } di { $host } risponde con TLS (certificato per { $subject }): lì gira un servizio cifrato, per esempio HTTPS (prova https://{ $host }:{ $port }).
check-sentence-ok-service-http = { $host } risponde in HTTP sulla porta { $port }: lì gira un servizio web (prova http://{ $host }:{ $port }).
check-sentence-ok-service-http-status = { $host } risponde in HTTP sulla porta { $port } (HTTP { $status }): lì gira un servizio web (prova http://{ $host }:{ $port }).
check-sentence-ok-game = Il server { $game } su { $host }:{ $port } è online e risponde alla sua richiesta di stato.
check-sentence-ok-tcp = La porta { $port } di { $host } accetta connessioni.
check-sentence-ok-tcp-family = La porta { $port } di { $host } accetta connessioni (IPv{ $family }).
check-sentence-ok-xtream = Il pannello Xtream su { $host }:{ $port } risponde e chiede le credenziali, come deve: il lato server funziona.
check-sentence-ok-redirect = { $host } risponde sulla porta { $port } con HTTP { $status }, un reindirizzamento a { $location } (non seguito).
check-sentence-ok-http = { $host } risponde sulla porta { $port }: { $status }.
check-sentence-ok-http-time = { $host } risponde sulla porta { $port }: { $status } in { $time }.

## Perché una destinazione non si può leggere

check-target-the-host = L'host
check-target-the-address = L'indirizzo
check-target-the-port = La porta
check-target-something-else = altro
check-target-ipv4-parts = { $shown } non è un indirizzo IPv4 valido: ha più di quattro parti.
check-target-ipv4-part-too-large = { $shown } non è un indirizzo IPv4 valido: una parte è troppo grande.
check-target-ipv4-octal = { $shown } non è un indirizzo IPv4 valido: una parte che inizia con 0 è ottale e può usare solo le cifre 0–7.
check-target-ipv4-part-range = { $shown } non è un indirizzo IPv4 valido: ogni parte deve essere tra 0 e 255.
check-target-ipv4-out-of-range = { $shown } non è un indirizzo IPv4 valido: un numero è fuori intervallo.
check-target-ipv6-zone = Gli ID di zona IPv6 (la parte %… di { $shown }) non si possono verificare; indica un indirizzo globale.
check-target-ipv6-invalid = { $shown } non è un indirizzo IPv6 valido. Scrivilo come [2001:db8::1]:443.
check-target-host-missing = Manca l'host. Indicalo come host:porta, per esempio play.example.net:8080.
check-target-host-percent = { $shown } non è un nome host valido: contiene %. Indica un semplice nome host o indirizzo IP, per esempio play.example.net:8080.
check-target-idn-invalid = { $shown } non è un nome di dominio internazionale valido. Controlla come è scritto.
check-target-host-ends-in-number = { $shown } non è valido: un nome host non può finire con un numero. Indica un nome di dominio o un indirizzo IP completo.
check-target-host-too-long = Quel nome host è lungo { $length } caratteri; il limite è { $limit }. Controlla cosa hai incollato.
check-target-host-empty-label = { $shown } non è un nome host valido: ha una parte vuota (due punti di fila, o un punto all'inizio).
check-target-host-label-too-long = { $shown } non è un nome host valido: ogni parte tra i punti può avere al massimo 63 caratteri.
check-target-host-hyphen = { $shown } non è un nome host valido: le parti non possono iniziare o finire con un trattino.
check-target-host-characters = { $shown } non è un nome host valido: usa solo lettere, cifre, trattini e punti, per esempio play.example.net:8080.
check-target-port-missing = Manca la porta dopo ':'. Indicala come host:porta, per esempio play.example.net:8080.
check-target-port-not-number = La porta deve essere un numero da 1 a 65535, ricevuto: { $shown }.
check-target-port-range = La porta deve essere tra 1 e 65535, ricevuto: { $value }.
check-target-too-long = È troppo lungo per essere l'indirizzo di un server ({ $length } caratteri; il limite è { $limit }). Incolla solo host:porta, per esempio play.example.net:8080.
check-target-empty = Indica un server da verificare, come play.example.net:8080 o https://example.com.
check-target-spaces = L'indirizzo di un server non può contenere spazi o caratteri di controllo. Incolla solo host:porta, per esempio play.example.net:8080.
check-target-backslash = L'indirizzo di un server non può contenere barre rovesciate. Usa '/' nei link, per esempio play.example.net:8080.
check-target-scheme-unsupported = I link { $scheme } non si possono verificare. Usa un link http:// o https://, oppure host:porta per tutto il resto, per esempio play.example.net:8080.
check-target-scheme-unsupported-bare = I link { $scheme } non si possono verificare. Indica host:porta o un link http(s)://, per esempio play.example.net:8080.
check-target-userinfo-ambiguous = Quel link ha più di una '@' e non riesco a capire dove finiscono nome utente e password. Indica il link senza nome utente e password, per esempio play.example.net:8080.
check-target-ipv6-missing-bracket = All'indirizzo IPv6 manca la ']' di chiusura. Scrivilo come [2001:db8::1]:443.
check-target-ipv6-expected-port = Dopo la ']' dell'indirizzo IPv6 è atteso ':porta'. Scrivilo come [2001:db8::1]:443.
check-target-ipv6-empty-brackets = Le parentesi quadre sono vuote: mettici dentro un indirizzo IPv6, come [2001:db8::1]:443.
check-target-ipv6-needs-brackets = Metti l'indirizzo IPv6 tra parentesi quadre, con la porta dopo, come [2001:db8::1]:443.
check-target-query-port-needed = Le verifiche { $protocol } hanno bisogno della porta di query del server: indica host:porta, per esempio { $host }:27015.
check-target-tcp-port-needed = Le verifiche TCP hanno bisogno di una porta: indica host:porta, per esempio { $host }:25565.
check-target-unprocessable = non è stato possibile elaborare la destinazione
check-target-gamedig-unknown-game = GameDig non ha alcun gioco con l'id "{ $id }". Gli id sono elencati nel GAMES_LIST.md di GameDig (per esempio teamspeak3, rust, valheim).
check-target-gamedig-web-api = { $game } si interroga tramite un'API web o un master server, non tramite il server stesso, quindi il bot non lo verifica.
check-target-not-a-game-protocol = { $protocol } non è un protocollo di gioco
check-target-unknown = input non riconosciuto
check-protocol-game-id = "game:" richiede un id di gioco GameDig fatto di lettere, cifre, - o _ (per esempio game:teamspeak3).
check-protocol-unknown = Protocollo sconosciuto; usa uno tra { $protocols } oppure game:<id> (un id di gioco GameDig, per esempio game:teamspeak3).

## Perché un indirizzo viene rifiutato

check-block-address = { $address } è { $what }
check-block-mapped = { $address } corrisponde a { $inner }, che è { $what }
check-block-nat64 = { $address } è NAT64 per { $inner }, che è { $what }
check-block-6to4 = { $address } è 6to4 per { $inner }, che è { $what }
check-block-probing-machine = { $address } è un indirizzo della macchina stessa che esegue la verifica
check-block-not-ip = { $address } non è un semplice indirizzo IP
check-block-no-address = non c'è alcun indirizzo da verificare
check-block-single-label = { $address } non è un nome di dominio completo (un nome senza punto ha senso solo dentro una rete)
check-what-cloud-metadata = un indirizzo di metadati cloud
check-what-link-local = un indirizzo link-local
check-what-unspecified-this-machine = l'indirizzo non specificato (raggiunge questa macchina)
check-what-this-network = in { $cidr } ("questa rete"), non una vera destinazione
check-what-documentation = un indirizzo di documentazione
check-what-documentation-cidr = un indirizzo di documentazione ({ $cidr })
check-what-benchmarking = un indirizzo di benchmarking
check-what-benchmarking-cidr = un indirizzo di benchmarking ({ $cidr })
check-what-protocol-assignment = un indirizzo riservato alle assegnazioni di protocollo ({ $cidr })
check-what-6to4-relay = un indirizzo di relay 6to4 deprecato ({ $cidr })
check-what-private = un indirizzo privato
check-what-private-cidr = un indirizzo privato ({ $cidr })
check-what-broadcast = l'indirizzo di broadcast
check-what-reserved = un indirizzo riservato
check-what-reserved-cidr = un indirizzo riservato ({ $cidr })
check-what-loopback = un indirizzo di loopback
check-what-carrier-grade-nat = un indirizzo di NAT dell'operatore ({ $cidr })
check-what-multicast = un indirizzo multicast
check-what-unspecified = l'indirizzo non specificato
check-what-as112 = un indirizzo sink AS112 (uso speciale)
check-what-amt = un indirizzo anycast di relay AMT (uso speciale)
check-what-ipv4-compatible = un indirizzo IPv4-compatibile deprecato
check-what-ipv4-translated = un indirizzo IPv4 tradotto ({ $cidr })
check-what-nat64-local = nel prefisso NAT64 per uso locale { $cidr }
check-what-teredo = un indirizzo di tunnel Teredo ({ $cidr })
check-what-orchid = un identificativo ORCHID, non un indirizzo instradabile
check-what-orchid2 = un identificativo ORCHIDv2, non un indirizzo instradabile
check-what-discard = un indirizzo di solo scarto ({ $cidr })
check-what-site-local = un indirizzo site-local (deprecato)
check-what-unique-local = un indirizzo unique-local (privato)
check-what-drone-tag = un tag Remote ID di drone, non un indirizzo instradabile
check-what-segment-routing = un SID di segment routing, non un indirizzo instradabile
check-what-ietf-reserved = in un intervallo riservato dall'IETF ({ $cidr })
check-what-outside-global-unicast = fuori dall'intervallo unicast globale { $cidr }
check-what-special-purpose = un indirizzo per usi speciali ({ $cidr })
check-what-own-machine = un indirizzo dell'host del bot — è la macchina stessa del bot

## Errori (seguiti dal codice tra parentesi)

check-failure-refused = rifiutata
check-failure-no-answer = nessuna risposta
check-failure-deadline = raggiunto il limite di tempo complessivo
check-failure-headers-timeout = nessuna risposta HTTP in tempo
check-failure-body-stalled = corpo bloccato
check-failure-aborted-out-of-time = interrotto: tempo esaurito
check-failure-reset = connessione reimpostata
check-failure-closed-while-sending = connessione chiusa durante l'invio
check-failure-aborted = connessione interrotta
check-failure-closed = connessione chiusa
check-failure-closed-early = connessione chiusa troppo presto
check-failure-socket-hang-up = il socket ha riagganciato (hang up)
check-failure-host-unreachable = host irraggiungibile
check-failure-host-down = host spento
check-failure-network-unreachable = rete irraggiungibile
check-failure-network-down = rete giù
check-failure-no-local-address = nessun indirizzo locale utilizzabile
check-failure-local-firewall = bloccato dal firewall di questa macchina
check-failure-name-not-found = nome non trovato
check-failure-no-address-records = nessun record di indirizzo
check-failure-dns-temporary = ricerca DNS non riuscita temporaneamente
check-failure-dns-servfail = errore del server DNS
check-failure-not-tls-version = la risposta non è TLS (numero di versione errato)
check-failure-not-tls-length = la risposta non è TLS (lunghezza del pacchetto eccessiva)
check-failure-http-on-tls-port = richiesta HTTP su una porta TLS
check-failure-handshake-failure = handshake non riuscito
check-failure-unsupported-tls-version = versione TLS non supportata
check-failure-no-common-tls-version = nessuna versione TLS in comune
check-failure-sni-unknown = il server non conosce questo nome (SNI)
check-failure-handshake-aborted = il server ha interrotto l'handshake
check-failure-tls-record-layer = errore nel livello record TLS
check-failure-no-shared-cipher = nessun cifrario in comune
check-failure-headers-too-large = intestazioni di risposta troppo grandi
check-failure-not-http = la risposta non è HTTP
check-failure-not-http-banner = la risposta non è HTTP ("{ $banner }")
check-failure-tls-failed = handshake TLS non riuscito
check-failure-timeout = nessuna risposta (timeout)
check-failure-no-certificate = nessun certificato
check-failure-tls-on-plain-port = la porta ha risposto con TLS, non con HTTP semplice
check-failure-tls-after-reset = la porta parla TLS (HTTPS), non HTTP semplice ({ $failure })
check-failure-ssh-not-http = la porta parla SSH, non HTTP ({ $banner })
check-failure-ssh-banner = banner SSH
check-failure-endless-headers = il server ha inviato intestazioni di risposta infinite; lettura interrotta
check-failure-http-no-answer = connesso, ma nessuna risposta HTTP entro { $ms } ms
check-failure-http-deadline = interrotto: raggiunto il limite di tempo complessivo

## Certificati

check-cert-reason-expired = il certificato è scaduto
check-cert-reason-not-yet-valid = il certificato non è ancora valido
check-cert-reason-self-signed = il certificato è autofirmato
check-cert-reason-untrusted-root = la catena termina in una radice autofirmata di cui nessuno si fida
check-cert-reason-unknown-issuer = l'emittente è sconosciuto (certificato intermedio mancante o CA privata)
check-cert-reason-name-mismatch = il certificato è per un altro nome
check-cert-reason-revoked = il certificato è stato revocato
check-cert-reason-invalid = il certificato non è valido
check-cert-not-valid = non è valido
check-cert-problem-expired = certificato scaduto da { $days ->
    [one] { $days } giorno
   *[other] { $days } giorni
} ({ $date })
check-cert-problem-not-yet-valid = certificato valido solo dal { $date }
check-cert-problem-name-mismatch = il certificato è per { $names }, non per { $host }
check-cert-problem-self-signed = il certificato è autofirmato ({ $subject })
check-cert-also = { $first }; inoltre { $others }

## Righe dei passaggi

check-dns-ip-literal = { $address } (un indirizzo IP, nessuna ricerca necessaria)
check-dns-localhost = { $host } è questa macchina ({ $addresses }), nessuna ricerca necessaria
check-dns-resolved = { $addresses } ({ $ms } ms)
check-dns-more = { $addresses } (+ altri { $more })
check-dns-nxdomain = questo nome non esiste (NXDOMAIN)
check-dns-servfail = il server DNS non ha potuto rispondere (SERVFAIL)
check-dns-timeout = nessuna risposta dal server DNS entro { $ms } ms
check-dns-timeout-servers = nessuna risposta da alcuno dei { $servers } server DNS entro { $ms } ms
check-dns-cancelled = la ricerca è stata interrotta dal limite di tempo della verifica
check-dns-refused = il server DNS ha rifiutato la richiesta (REFUSED)
check-dns-unreachable = il server DNS non è raggiungibile (connessione rifiutata)
check-dns-other = la ricerca non è riuscita ({ $code })
check-dns-bad-servers = i server DNS configurati (PROBE_DNS_SERVERS) non sono utilizzabili
check-dns-no-address = il nome esiste ma non ha indirizzi IPv4 né IPv6
check-tcp-connected = connesso a { $address }:{ $port } (IPv{ $family }) in { $ms } ms
check-tls-handshake = { $protocol }, certificato per { $subject } emesso da { $issuer }, mancano { $days } giorni ({ $ms } ms)
check-tls-no-certificate = il server non ha inviato alcun certificato
check-tls-failed = handshake non riuscito: { $failure }
check-tls-plain-http = handshake non riuscito: la porta ha risposto in HTTP semplice ({ $code })
check-http-answer = HTTP { $status } { $statusText } dopo { $ms } ms
check-http-server = server: { $server }
check-http-redirect = reindirizza a { $location }; non seguito
check-http-body-interrupted = corpo interrotto: { $failure }
check-http-stopped-reading = lettura interrotta dopo { $bytes } byte
check-xtream-panel-denied = Il pannello Xtream risponde (auth: { $auth } senza credenziali) in { $ms } ms
check-xtream-panel = Il pannello Xtream risponde (user_info presente, auth: { $auth }) in { $ms } ms
check-xtream-panel-truncated = Il pannello Xtream risponde (user_info presente; risposta tagliata al limite di dimensione) in { $ms } ms
check-xtream-redirect = HTTP { $status }: reindirizza a { $location }; non seguito, quindi nessun pannello confermato
check-xtream-no-location = (nessuna destinazione)
check-xtream-status = HTTP { $status } su /player_api.php: qui non risponde alcun pannello Xtream
check-xtream-empty = HTTP { $status } con corpo vuoto: nessun pannello Xtream a questo URL
check-xtream-html = HTTP { $status } con una pagina HTML: nessun pannello Xtream a questo URL
check-xtream-not-json = HTTP { $status }, ma la risposta non è JSON: nessun pannello Xtream a questo URL
check-xtream-no-user-info = HTTP { $status }, JSON senza user_info: nessun pannello Xtream a questo URL
check-xtream-not-panel = la risposta non è un pannello
check-service-banner = parla { $service }
check-service-banner-quoted = parla { $service } ("{ $banner }")
check-service-banner-asked = parla { $service }, se interrogato
check-service-banner-quoted-asked = parla { $service } ("{ $banner }"), se interrogato
check-service-tls = parla TLS
check-service-tls-cert = parla TLS, certificato per { $subject } emesso da { $issuer }
check-service-http = risponde in HTTP
check-service-http-status = risponde in HTTP { $status }
check-service-silent = non ha inviato nulla entro { $ms } ms, e non ha risposto né a un handshake TLS né a una richiesta HTTP
check-service-closed = chiusa subito dal server (FIN), prima di inviare qualsiasi cosa
check-service-reset = reimpostata subito dal server (RST), prima di inviare qualsiasi cosa
check-service-name-ssh = SSH
check-service-name-smtp = SMTP (posta)
check-service-name-ftp = FTP
check-service-name-smtp-or-ftp = SMTP o FTP
check-service-name-pop3 = POP3 (posta)
check-service-name-imap = IMAP (posta)
check-service-name-mysql = MySQL / MariaDB
check-service-name-redis = Redis
check-service-name-vnc = VNC (desktop remoto)
check-service-name-telnet = telnet
check-service-name-http = HTTP
check-service-name-unknown = un protocollo che non riconosco
check-game-kind-minecraft-java = Minecraft Java
check-game-kind-minecraft-bedrock = Minecraft Bedrock
check-game-kind-source = Source (A2S_INFO)
check-game-kind-game = gioco
check-game-answered = { $game } ha risposto da { $address }:{ $port } ({ $transport }) dopo { $ms } ms
check-game-answered-status = { $game } ha risposto da { $address }:{ $port } ({ $transport }) dopo { $ms } ms: { $status }
check-game-status-players = { $players } giocatori
check-game-status-players-max = { $players }/{ $max } giocatori
check-game-status-version = versione { $version }
check-game-failure-too-large = la risposta supera i { $bytes } byte
check-game-failure-closed-mid-answer = il server ha chiuso la connessione a metà della risposta
check-game-failure-closed-no-answer = il server ha chiuso la connessione senza rispondere alla richiesta di gioco
check-game-failure-connected-no-answer = connesso, ma nessuna risposta di gioco entro { $ms } ms
check-game-failure-udp-port-unreachable = ICMP porta irraggiungibile ({ $code })
check-game-failure-udp-no-answer = nessuna risposta via UDP entro { $ms } ms
check-game-failure-gamedig-no-answer = nessuna risposta alla richiesta di gioco entro { $ms } ms
check-game-failure-gamedig-mismatch = la risposta non è quella che invia questo gioco
check-game-failure-deadline = interrotto: raggiunto il limite di tempo complessivo
check-game-failure-unexpected = risposta inattesa
check-game-problem-a2s-cut-short = la risposta A2S_INFO è troncata
check-game-problem-a2s-too-short = la risposta è troppo corta per essere A2S
check-game-problem-a2s-split = il server ha inviato una risposta A2S_INFO divisa, che questa verifica non ricompone
check-game-problem-not-source = la risposta non è una risposta a una query Source
check-game-problem-a2s-challenge-cut-short = la challenge è troncata
check-game-problem-a2s-challenge-loop = il server risponde a ogni richiesta con una nuova challenge
check-game-problem-a2s-unexpected-type = un tipo di risposta A2S inatteso { $type }
check-game-problem-not-raknet-pong = la risposta non è un pong RakNet non connesso
check-game-problem-no-raknet-magic = alla risposta manca il valore magico RakNet
check-game-problem-bedrock-id-cut-short = la stringa di id del server è troncata
check-game-problem-not-bedrock = il pong non descrive un server Minecraft Bedrock
check-game-problem-varint-too-long = un VarInt più lungo di 5 byte: non è un server Minecraft
check-game-problem-packet-size = un pacchetto di { $bytes } byte: non è una risposta di stato di Minecraft
check-game-problem-not-status-response = il primo pacchetto non è una risposta di stato
check-game-problem-status-cut-short = la risposta di stato è troncata
check-game-problem-status-not-json = la risposta di stato non è JSON
check-game-problem-status-json-empty = il JSON di stato non ha versione, giocatori né descrizione
check-remote-resolved = risolto (Globalping HTTP)
check-remote-connected-ping = connesso (ping TCP di Globalping)
check-remote-no-connection-ping = nessuna connessione (ping TCP di Globalping)
check-remote-connected-http = connesso (Globalping HTTP)
check-remote-handshake-http = handshake completato (Globalping HTTP)
check-remote-status-http = HTTP { $status } (richiesta HEAD di Globalping)
check-remote-failed = non riuscito
check-remote-untrusted = certificato non attendibile: { $reason } (Globalping HTTP)
check-remote-no-reason = nessun motivo indicato

## Altre porte

check-alt-refused = rifiutata
check-alt-no-answer = nessuna risposta
check-alt-http = risponde (HTTP)
check-alt-http-status = risponde (HTTP { $status })
check-alt-tls = risponde (TLS: prova https://)
check-alt-ssh = risponde (SSH, non HTTP)
check-alt-other = risponde (non HTTP)
check-alt-open = accetta connessioni

## Note

check-note-credentials-removed = Non incollare password in un canale — le ho rimosse e ho verificato senza.
check-note-international-name = { $displayHost } è un nome internazionale; ho verificato { $host }.
check-note-port-assumed = Nessuna porta indicata: ho verificato la porta { $port }, quella predefinita per { $scheme }.
check-note-family-fails = IPv{ $failing } non funziona ({ $failure }) ma IPv{ $working } sì: i client che preferiscono IPv{ $failing } possono vedere errori.
check-note-redirect = Reindirizza a { $location }; non seguito.
check-note-no-xtream-panel = Nessun pannello Xtream a questo URL: /player_api.php non ha risposto come un pannello.
check-note-game-no-answer = Nessuna risposta nemmeno da { $game } ({ $transport }): { $failure }.
check-note-internal-error = Errore interno durante la verifica: { $message }

## Cause probabili viste da questa verifica

check-cause-wrong-port = **Porta sbagliata**: niente su { $port }, ma { $list } sullo stesso server. Il provider potrebbe aver spostato il servizio.
check-cause-nothing-elsewhere = Non risponde nulla neanche sulle altre porte consuete: il server è spento, oppure blocca { $voice ->
    [discord] la rete del bot
   *[other] questa macchina
}.
check-cause-silent-firewall = Un firewall che scarta il traffico in silenzio (o consente solo IP in whitelist) appare esattamente così.
check-cause-cert-expired = Il certificato è scaduto: il proprietario deve rinnovarlo (il rinnovo automatico, per esempio certbot, si è fermato). Una data sbagliata sul tuo dispositivo dà lo stesso errore.
check-cause-cert-not-yet-valid = Il certificato è valido solo più avanti: un orologio sbagliato sul server o sul tuo dispositivo.
check-cause-cert-self-signed = Il server usa un certificato autofirmato: va bene per i test, ma browser e la maggior parte delle app lo rifiutano.
check-cause-cert-issuer = Il server non invia il suo certificato intermedio, oppure il suo certificato viene da una CA privata.
check-cause-cert-name = Il certificato è per altri nomi: un errore di battitura nel nome host, oppure un server condiviso che risponde con il suo sito predefinito.
check-cause-udp-refused = La macchina a questo indirizzo è attiva e dice che nulla è in ascolto sulla porta UDP { $port }: il server di gioco è fermo, oppure gira su un'altra porta.
check-cause-udp-no-answer = UDP non ha handshake: un firewall o un router che scarta i pacchetti, un port forwarding mancante per UDP { $port } e un server fermo appaiono uguali da fuori.
check-cause-game-mismatch = Qualcosa risponde su questa porta, ma non il gioco richiesto: controlla la porta (porta di gioco o porta di query) e il tipo di gioco.
check-cause-not-http = Su questa porta gira un altro tipo di servizio (SSH, un database, un server di gioco…): probabilmente è la porta sbagliata.
check-cause-http-403 = Il server rifiuta questa richiesta: una whitelist di IP, un blocco geografico o una regola di CDN/firewall può bloccare { $voice ->
    [discord] la rete del bot
   *[other] questa macchina
} anche se il tuo indirizzo è consentito.
