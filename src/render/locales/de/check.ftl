# Die Antwort auf eine Prüfung (/check, Konsole, `netmedic check`). Siehe en/check.ftl.

## Das Embed

check-footer = Geprüft { $voice ->
    [discord] vom Netzwerk des Bots
   *[other] von diesem Rechner
} — eine IP-Whitelist oder eine Geo-Sperre kann einen Server für { $voice ->
    [discord] den Bot
   *[other] diesen Rechner
} geschlossen erscheinen lassen, obwohl er für dich offen ist.
check-title-checking = Prüfe { $target }…
check-the-target = das Ziel
check-checking-from = Prüfung { $voice ->
    [discord] vom Netzwerk des Bots
   *[other] von diesem Rechner
} aus…
check-field-addresses = Adressen
check-addresses-more = { $list } und { $more } weitere
check-field-steps = Schritte
check-field-steps-done = Schritte ({ $ms } ms insgesamt)
check-field-server = Server
check-field-certificate = Zertifikat
check-field-other-ports = Andere Ports auf demselben Server
check-field-causes = Wahrscheinliche Ursachen
check-field-first-steps = Erste Schritte
check-field-what-this-shows = Was das zeigt
check-what-this-shows = Der Port nimmt Verbindungen vom Bot an. Eine TCP-Prüfung kann nicht sagen, ob der Dienst dahinter funktioniert: Prüfe ihn mit seiner eigenen App, oder starte `/check` mit der URL, die er bereitstellt.
check-field-still-failing = Klappt es bei dir trotzdem nicht?
check-still-failing = Der Server antwortet { $voice ->
    [discord] dem Bot
   *[other] diesem Rechner
}, das Problem liegt also wahrscheinlich zwischen dir und ihm: dein Netzwerk oder Provider, ein VPN oder Proxy, ein DNS-Filter oder eine IP-/Geo-Sperre für deine Adresse. Probiere zum Vergleich ein anderes Netz (mobile Daten).
check-field-notes = Hinweise
check-button-article = Ganzer Artikel

## Namen der Schritte

check-stage-dns = DNS
check-stage-tcp = TCP
check-stage-tls = TLS
check-stage-http = HTTP
check-stage-xtream = Xtream
check-stage-service = Dienst
check-stage-game = Spiel

## Überschriften

check-headline-ok = Erreichbar
check-headline-refused = Verbindung abgelehnt
check-headline-timeout = Keine Antwort (Zeitüberschreitung)
check-headline-reset = Verbindung zurückgesetzt
check-headline-host-unreachable = Host nicht erreichbar
check-headline-network-unreachable = Netzwerk nicht erreichbar
check-headline-dns-not-found = Name nicht gefunden
check-headline-dns-error = DNS-Abfrage fehlgeschlagen
check-headline-tls-certificate = Zertifikatsproblem
check-headline-tls-protocol = TLS / falsches Protokoll
check-headline-http-status = HTTP-Fehler
check-headline-not-http = Kein HTTP
check-headline-blocked = Nicht geprüft
check-headline-invalid = Ziel nicht lesbar
check-headline-silent = Offen, aber stumm
check-headline-closed-on-accept = Vom Server sofort geschlossen
check-headline-udp-refused = Über UDP abgelehnt (Port nicht erreichbar)
check-headline-udp-no-answer = Keine Antwort über UDP
check-headline-game-mismatch = Nicht dieses Spiel
check-headline-xtream-panel = Xtream-Panel antwortet
check-headline-answers-in = Antwortet in { $service }
check-headline-answers-tls = Antwortet in TLS
check-headline-answers-http = Antwortet in HTTP
check-headline-port-open = Port offen
check-headline-online = Online
check-headline-no-xtream-panel = Hier ist kein Xtream-Panel

## Zertifikat und Spielserver

check-cert-subject = Inhaber: { $value }
check-cert-issuer = Aussteller: { $value }
check-cert-valid = Gültig: { $from } → { $to } ({ $left })
check-cert-days-left = noch { $days } Tage
check-cert-expired-days-ago = seit { $days } Tagen abgelaufen
check-cert-names = Namen: { $list }
check-cert-protocol = Protokoll: { $value }
check-game-name = Name: { $value }
check-game-players = Spieler: { $value }
check-game-version = Version: { $value }
check-game-map = Karte: { $value }
check-game-motd = MOTD: { $value }
check-game-latency = Latenz: { $ms } ms ({ $transport })

## Dauer

check-duration-ms = { $ms } ms
check-duration-s = { $s } s

## Ergebnis in einem Satz

check-the-server = den Server
check-sentence-invalid = Das konnte ich nicht als zu prüfenden Server lesen: { $problem }.
check-sentence-blocked = { $host } prüfe ich nicht: { $reason }. Der Bot prüft nur öffentliche Server.
check-hint-cli = Prüfst du einen eigenen Server? Starte es noch einmal mit --allow-private (oder setze PROBE_ALLOW_PRIVATE=true).
check-hint-chat = Prüfst du einen eigenen Server? Führe 'netmedic check --allow-private' auf deinem eigenen Rechner aus; wenn du diesen Bot betreibst, erlaubt PROBE_ALLOW_PRIVATE=true private Ziele.
check-sentence-dns-not-found = Der Name { $host } führt nirgendwohin: { $detail }. Prüfe die Schreibweise – oder die Domain ist abgelaufen oder wurde abgeschaltet.
check-sentence-dns-error = Die Abfrage von { $host } ist fehlgeschlagen: { $detail }. Der Name kann in Ordnung sein, aber sein DNS ist gerade kaputt oder langsam.
check-sentence-refused = Port { $port } auf { $host } hat die Verbindung abgelehnt: Dort lauscht nichts, oder eine Firewall weist sie ab.
check-sentence-timeout-deadline = Der Prüfung ist die Zeit ausgegangen ({ $time }), während sie auf { $host } an Port { $port } wartete: Der Server ist sehr langsam oder verwirft den Verkehr.
check-sentence-timeout-deadline-stage = Der Prüfung ist die Zeit ausgegangen ({ $time }), während sie auf { $host } an Port { $port } wartete (Schritt { $stage }): Der Server ist sehr langsam oder verwirft den Verkehr.
check-sentence-timeout-http = { $host } hat die Verbindung an Port { $port } angenommen, aber innerhalb von { $time } keine HTTP-Antwort geschickt: Der Dienst dahinter hängt oder ist überlastet.
check-sentence-timeout-tls = { $host } hat die Verbindung an Port { $port } angenommen, aber innerhalb von { $time } keinen TLS-Handshake abgeschlossen: Vielleicht spricht er auf diesem Port kein HTTPS, oder er ist überlastet.
check-sentence-timeout = Port { $port } auf { $host } hat innerhalb von { $time } nicht geantwortet: Eine Firewall verwirft den Verkehr stillschweigend, oder der Server ist aus.
check-sentence-reset-tcp = Port { $port } auf { $host } hat die Verbindung sofort zurückgesetzt: Eine Firewall oder der Dienst weist sie ab.
check-sentence-reset = { $host } hat die Verbindung an Port { $port } angenommen und dann abgebrochen (Reset): Der Dienst ist abgestürzt, oder eine Firewall bzw. ein Anti-DDoS-Filter hat die Verbindung des Bots verworfen.
check-sentence-reset-stage = { $host } hat die Verbindung an Port { $port } angenommen und dann abgebrochen (Reset im Schritt { $stage }): Der Dienst ist abgestürzt, oder eine Firewall bzw. ein Anti-DDoS-Filter hat die Verbindung des Bots verworfen.
check-sentence-host-unreachable = { $host } war nicht erreichbar: Ein Router auf dem Weg hat den Host als nicht erreichbar gemeldet ({ $code }). Der Server ist aus, oder eine Firewall weist den Verkehr ab.
check-sentence-network-unreachable = Vom Netzwerk des Bots gibt es keine Route zu { $host } ({ $code }): Ein Netz auf dem Weg ist ausgefallen, oder das Netzwerk des Bots erreicht diese Adressfamilie nicht.
check-sentence-tls-certificate = Das Zertifikat von { $host } an Port { $port } wird nicht akzeptiert: { $detail }. Browser und Apps, die Zertifikate prüfen, verweigern die Verbindung.
check-sentence-tls-plain-http = Port { $port } auf { $host } spricht einfaches HTTP, kein HTTPS (TLS): Nutze { $url } statt https://.
check-sentence-tls-on-plain = Port { $port } auf { $host } spricht HTTPS (TLS), kein einfaches HTTP: Nutze { $url }.
check-sentence-tls-protocol = Der TLS-Handshake mit { $host } an Port { $port } ist fehlgeschlagen ({ $detail }): Server und Bot haben keine gemeinsame TLS-Version oder Cipher, oder der Port spricht kein TLS.
check-sentence-silent = Port { $port } auf { $host } ist offen, aber stumm: Er hat die Verbindung angenommen, dann nichts gesendet und weder auf TLS noch auf HTTP geantwortet. Der Dienst dort wartet auf sein eigenes Protokoll (ein Spielserver, eine Datenbank, ein VPN…), also kann nur seine eigene App sagen, ob er funktioniert.
check-sentence-closed-on-accept = { $host } hat die Verbindung an Port { $port } angenommen und sie sofort wieder geschlossen, bevor etwas gesendet wurde: Der Server weist den Bot ab (Sperre oder IP-Filter), hat sein Verbindungslimit erreicht, oder der Dienst dahinter stürzt ab.
check-sentence-not-http-ssh = Port { $port } auf { $host } ist offen, spricht aber SSH statt HTTP: Das ist der falsche Port für eine Web- oder IPTV-App.
check-sentence-not-http-ssh-banner = Port { $port } auf { $host } ist offen, spricht aber SSH statt HTTP ({ $banner }): Das ist der falsche Port für eine Web- oder IPTV-App.
check-sentence-not-http = Port { $port } auf { $host } ist offen, antwortet aber nicht in HTTP: Dort läuft eine andere Art von Dienst, das ist also wahrscheinlich der falsche Port.
check-sentence-not-http-banner = Port { $port } auf { $host } ist offen, antwortet aber nicht in HTTP (er sendete "{ $banner }"): Dort läuft eine andere Art von Dienst, das ist also wahrscheinlich der falsche Port.
check-sentence-udp-refused = Port { $port } auf { $host } hat über UDP mit „Port nicht erreichbar“ (ICMP) geantwortet: Auf diesem UDP-Port lauscht kein { $game }-Server – er ist gestoppt, läuft auf einem anderen Port, oder eine Firewall weist die Pakete ab.
check-sentence-udp-no-answer = Keine Antwort über UDP von { $host } an Port { $port } innerhalb von { $time } (gefiltert, oder kein { $game }-Server): Eine Firewall oder eine fehlende Portweiterleitung verwirft die Pakete, der Server ist aus, oder dort läuft ein anderer Dienst.
check-sentence-game-mismatch = Port { $port } auf { $host } hat geantwortet, aber nicht als { $game }-Server ({ $detail }): Das ist wahrscheinlich der falsche Port, oder dort läuft eine andere Art von Dienst.
check-sentence-xtream-redirect = { $host } antwortet an Port { $port } mit einer Weiterleitung nach { $location } (nicht gefolgt), unter dieser URL hat also kein Xtream-Panel geantwortet.
check-sentence-xtream-no-panel = { $host } antwortet an Port { $port } in HTTP, aber unter /player_api.php gibt es kein Xtream-Panel ({ $detail }): Die URL oder der Port ist wahrscheinlich falsch.
check-another-address = eine andere Adresse
check-sentence-http-404 = { $host } hat an Port { $port } mit { $status } geantwortet: Der Server funktioniert, aber diesen Pfad gibt es dort nicht.
check-sentence-http-404-path = { $host } hat an Port { $port } für { $path } mit { $status } geantwortet: Der Server funktioniert, aber diesen Pfad gibt es dort nicht.
check-sentence-http-login = { $host } hat an Port { $port } mit { $status } geantwortet: Der Server funktioniert, verlangt aber eine Anmeldung.
check-sentence-http-forbidden = { $host } hat an Port { $port } mit { $status } geantwortet: Der Server funktioniert, verweigert aber diese Anfrage (IP-Sperre, Geo-Sperre oder fehlende Berechtigung).
check-sentence-http-429 = { $host } hat an Port { $port } mit { $status } geantwortet: zu viele Anfragen; der Server drosselt.
check-sentence-http-5xx = { $host } hat an Port { $port } mit { $status } geantwortet: Der Server läuft, aber die Anwendung dahinter schlägt fehl.
check-sentence-http-4xx = { $host } hat an Port { $port } mit { $status } geantwortet: Der Server lehnt die Anfrage selbst ab.
check-sentence-ok-banner = Port { $port } auf { $host } antwortet: Er spricht { $service }. Nutze auf diesem Port den eigenen Client oder die App dieses Protokolls.
check-sentence-ok-banner-quoted = Port { $port } auf { $host } antwortet: Er spricht { $service } ("{ $banner }"). Nutze auf diesem Port den eigenen Client oder die App dieses Protokolls.
check-sentence-ok-tls = Port { $port } auf { $host } antwortet mit TLS: Dort läuft ein verschlüsselter Dienst, zum Beispiel HTTPS (probiere https://{ $host }:{ $port }).
check-sentence-ok-tls-cert = Port { $port } auf { $host } antwortet mit TLS (Zertifikat für { $subject }): Dort läuft ein verschlüsselter Dienst, zum Beispiel HTTPS (probiere https://{ $host }:{ $port }).
check-sentence-ok-service-http = { $host } antwortet an Port { $port } in HTTP: Dort läuft ein Webdienst (probiere http://{ $host }:{ $port }).
check-sentence-ok-service-http-status = { $host } antwortet an Port { $port } in HTTP (HTTP { $status }): Dort läuft ein Webdienst (probiere http://{ $host }:{ $port }).
check-sentence-ok-game = Der { $game }-Server unter { $host }:{ $port } ist online und beantwortet seine Statusabfrage.
check-sentence-ok-tcp = Port { $port } auf { $host } nimmt Verbindungen an.
check-sentence-ok-tcp-family = Port { $port } auf { $host } nimmt Verbindungen an (IPv{ $family }).
check-sentence-ok-xtream = Das Xtream-Panel unter { $host }:{ $port } antwortet und fragt, wie es soll, nach Zugangsdaten: Die Serverseite funktioniert.
check-sentence-ok-redirect = { $host } antwortet an Port { $port } mit HTTP { $status }, einer Weiterleitung nach { $location } (nicht gefolgt).
check-sentence-ok-http = { $host } antwortet an Port { $port }: { $status }.
check-sentence-ok-http-time = { $host } antwortet an Port { $port }: { $status } in { $time }.

## Warum ein Ziel nicht lesbar ist

check-target-the-host = Der Host
check-target-the-address = Die Adresse
check-target-the-port = Der Port
check-target-something-else = etwas anderes
check-target-ipv4-parts = { $shown } ist keine gültige IPv4-Adresse: Sie hat mehr als vier Teile.
check-target-ipv4-part-too-large = { $shown } ist keine gültige IPv4-Adresse: Ein Teil ist viel zu groß.
check-target-ipv4-octal = { $shown } ist keine gültige IPv4-Adresse: Ein Teil, der mit 0 beginnt, ist oktal und darf nur die Ziffern 0–7 enthalten.
check-target-ipv4-part-range = { $shown } ist keine gültige IPv4-Adresse: Jeder Teil muss zwischen 0 und 255 liegen.
check-target-ipv4-out-of-range = { $shown } ist keine gültige IPv4-Adresse: Eine Zahl liegt außerhalb des Bereichs.
check-target-ipv6-zone = IPv6-Zonen-IDs (der %…-Teil von { $shown }) können nicht geprüft werden; gib eine globale Adresse an.
check-target-ipv6-invalid = { $shown } ist keine gültige IPv6-Adresse. Schreibe sie wie [2001:db8::1]:443.
check-target-host-missing = Der Host fehlt. Gib ihn als host:port an, z. B. play.example.net:8080.
check-target-host-percent = { $shown } ist kein gültiger Hostname: Er enthält %. Gib einen einfachen Hostnamen oder eine IP-Adresse an, z. B. play.example.net:8080.
check-target-idn-invalid = { $shown } ist kein gültiger internationaler Domainname. Prüfe die Schreibweise.
check-target-host-ends-in-number = { $shown } ist ungültig: Ein Hostname kann nicht auf eine Zahl enden. Gib einen Domainnamen oder eine vollständige IP-Adresse an.
check-target-host-too-long = Dieser Hostname ist { $length } Zeichen lang; das Limit ist { $limit }. Prüfe, was du eingefügt hast.
check-target-host-empty-label = { $shown } ist kein gültiger Hostname: Er hat einen leeren Teil (zwei Punkte hintereinander oder einen Punkt am Anfang).
check-target-host-label-too-long = { $shown } ist kein gültiger Hostname: Jeder Teil zwischen Punkten darf höchstens 63 Zeichen haben.
check-target-host-hyphen = { $shown } ist kein gültiger Hostname: Teile dürfen nicht mit einem Bindestrich beginnen oder enden.
check-target-host-characters = { $shown } ist kein gültiger Hostname: Nutze nur Buchstaben, Ziffern, Bindestriche und Punkte, z. B. play.example.net:8080.
check-target-port-missing = Nach ':' fehlt der Port. Gib ihn als host:port an, z. B. play.example.net:8080.
check-target-port-not-number = Der Port muss eine Zahl von 1 bis 65535 sein, erhalten: { $shown }.
check-target-port-range = Der Port muss zwischen 1 und 65535 liegen, erhalten: { $value }.
check-target-too-long = Das ist zu lang für eine Serveradresse ({ $length } Zeichen; das Limit ist { $limit }). Füge nur host:port ein, z. B. play.example.net:8080.
check-target-empty = Gib einen Server zum Prüfen an, etwa play.example.net:8080 oder https://example.com.
check-target-spaces = Eine Serveradresse darf keine Leerzeichen oder Steuerzeichen enthalten. Füge nur host:port ein, z. B. play.example.net:8080.
check-target-backslash = Eine Serveradresse darf keine Backslashes enthalten. Nutze '/' in Links, z. B. play.example.net:8080.
check-target-scheme-unsupported = { $scheme }-Links können nicht geprüft werden. Nutze einen http://- oder https://-Link, oder host:port für alles andere, z. B. play.example.net:8080.
check-target-scheme-unsupported-bare = { $scheme }-Links können nicht geprüft werden. Gib host:port oder einen http(s)://-Link an, z. B. play.example.net:8080.
check-target-userinfo-ambiguous = Dieser Link hat mehr als ein '@', und ich kann nicht erkennen, wo Benutzername und Passwort enden. Gib den Link ohne Benutzername und Passwort an, z. B. play.example.net:8080.
check-target-ipv6-missing-bracket = Der IPv6-Adresse fehlt die schließende ']'. Schreibe sie wie [2001:db8::1]:443.
check-target-ipv6-expected-port = Nach der ']' der IPv6-Adresse wird ':port' erwartet. Schreibe sie wie [2001:db8::1]:443.
check-target-ipv6-empty-brackets = Die Klammern sind leer: Setze eine IPv6-Adresse hinein, etwa [2001:db8::1]:443.
check-target-ipv6-needs-brackets = Setze eine IPv6-Adresse in Klammern und den Port dahinter, etwa [2001:db8::1]:443.
check-target-query-port-needed = { $protocol }-Prüfungen brauchen den Query-Port des Servers: Gib host:port an, z. B. { $host }:27015.
check-target-tcp-port-needed = TCP-Prüfungen brauchen einen Port: Gib host:port an, z. B. { $host }:25565.
check-target-unprocessable = das Ziel konnte nicht verarbeitet werden
check-target-gamedig-unknown-game = GameDig kennt kein Spiel mit der ID "{ $id }". Die IDs stehen in GameDigs GAMES_LIST.md (z. B. teamspeak3, rust, valheim).
check-target-gamedig-web-api = { $game } wird über eine Web-API oder einen Master-Server abgefragt, nicht über den Server selbst, daher prüft der Bot es nicht.
check-target-not-a-game-protocol = { $protocol } ist kein Spielprotokoll
check-target-unknown = unbekannte Eingabe
check-protocol-game-id = "game:" braucht eine GameDig-Spiel-ID aus Buchstaben, Ziffern, - oder _ (z. B. game:teamspeak3).
check-protocol-unknown = Unbekanntes Protokoll; nutze eines von { $protocols } oder game:<id> (eine GameDig-Spiel-ID, z. B. game:teamspeak3).

## Warum eine Adresse abgelehnt wird

check-block-address = { $address } ist { $what }
check-block-mapped = { $address } verweist auf { $inner }, und das ist { $what }
check-block-nat64 = { $address } ist NAT64 für { $inner }, und das ist { $what }
check-block-6to4 = { $address } ist 6to4 für { $inner }, und das ist { $what }
check-block-probing-machine = { $address } ist eine Adresse des prüfenden Rechners selbst
check-block-not-ip = { $address } ist keine einfache IP-Adresse
check-block-no-address = es gibt keine Adresse zum Prüfen
check-block-single-label = { $address } ist kein vollständiger Domainname (ein Name ohne Punkt bedeutet nur innerhalb eines Netzes etwas)
check-what-cloud-metadata = eine Cloud-Metadaten-Adresse
check-what-link-local = eine Link-Local-Adresse
check-what-unspecified-this-machine = die unspezifizierte Adresse (sie erreicht diesen Rechner)
check-what-this-network = in { $cidr } („dieses Netz“), kein echtes Ziel
check-what-documentation = eine Dokumentationsadresse
check-what-documentation-cidr = eine Dokumentationsadresse ({ $cidr })
check-what-benchmarking = eine Benchmarking-Adresse
check-what-benchmarking-cidr = eine Benchmarking-Adresse ({ $cidr })
check-what-protocol-assignment = eine reservierte Adresse für Protokollzuweisungen ({ $cidr })
check-what-6to4-relay = eine veraltete 6to4-Relay-Adresse ({ $cidr })
check-what-private = eine private Adresse
check-what-private-cidr = eine private Adresse ({ $cidr })
check-what-broadcast = die Broadcast-Adresse
check-what-reserved = eine reservierte Adresse
check-what-reserved-cidr = eine reservierte Adresse ({ $cidr })
check-what-loopback = eine Loopback-Adresse
check-what-carrier-grade-nat = eine Carrier-Grade-NAT-Adresse ({ $cidr })
check-what-multicast = eine Multicast-Adresse
check-what-unspecified = die unspezifizierte Adresse
check-what-as112 = eine AS112-Sink-Adresse (besonderer Zweck)
check-what-amt = eine AMT-Relay-Anycast-Adresse (besonderer Zweck)
check-what-ipv4-compatible = eine veraltete IPv4-kompatible Adresse
check-what-ipv4-translated = eine IPv4-übersetzte Adresse ({ $cidr })
check-what-nat64-local = im lokal genutzten NAT64-Präfix { $cidr }
check-what-teredo = eine Teredo-Tunneladresse ({ $cidr })
check-what-orchid = eine ORCHID-Kennung, keine routbare Adresse
check-what-orchid2 = eine ORCHIDv2-Kennung, keine routbare Adresse
check-what-discard = eine reine Verwerf-Adresse ({ $cidr })
check-what-site-local = eine (veraltete) Site-Local-Adresse
check-what-unique-local = eine Unique-Local-Adresse (privat)
check-what-drone-tag = eine Drohnen-Remote-ID-Kennung, keine routbare Adresse
check-what-segment-routing = eine Segment-Routing-SID, keine routbare Adresse
check-what-ietf-reserved = in einem reservierten IETF-Bereich ({ $cidr })
check-what-outside-global-unicast = außerhalb des globalen Unicast-Bereichs { $cidr }
check-what-special-purpose = eine Adresse für besondere Zwecke ({ $cidr })
check-what-own-machine = eine Adresse des Bot-Hosts – das ist der eigene Rechner des Bots

## Fehler (gefolgt vom Code in Klammern)

check-failure-refused = abgelehnt
check-failure-no-answer = keine Antwort
check-failure-deadline = Gesamtzeitlimit erreicht
check-failure-headers-timeout = keine HTTP-Antwort rechtzeitig
check-failure-body-stalled = Inhalt ins Stocken geraten
check-failure-aborted-out-of-time = abgebrochen: keine Zeit mehr
check-failure-reset = Verbindung zurückgesetzt
check-failure-closed-while-sending = Verbindung beim Senden geschlossen
check-failure-aborted = Verbindung abgebrochen
check-failure-closed = Verbindung geschlossen
check-failure-closed-early = Verbindung zu früh geschlossen
check-failure-socket-hang-up = Socket aufgelegt (hang up)
check-failure-host-unreachable = Host nicht erreichbar
check-failure-host-down = Host ausgefallen
check-failure-network-unreachable = Netzwerk nicht erreichbar
check-failure-network-down = Netzwerk ausgefallen
check-failure-no-local-address = keine nutzbare lokale Adresse
check-failure-local-firewall = von der Firewall dieses Rechners blockiert
check-failure-name-not-found = Name nicht gefunden
check-failure-no-address-records = keine Adresseinträge
check-failure-dns-temporary = DNS-Abfrage vorübergehend fehlgeschlagen
check-failure-dns-servfail = Fehler des DNS-Servers
check-failure-not-tls-version = die Antwort ist kein TLS (falsche Versionsnummer)
check-failure-not-tls-length = die Antwort ist kein TLS (Paketlänge zu groß)
check-failure-http-on-tls-port = HTTP-Anfrage an einen TLS-Port
check-failure-handshake-failure = Handshake fehlgeschlagen
check-failure-unsupported-tls-version = TLS-Version nicht unterstützt
check-failure-no-common-tls-version = keine gemeinsame TLS-Version
check-failure-sni-unknown = der Server kennt diesen Namen nicht (SNI)
check-failure-handshake-aborted = der Server hat den Handshake abgebrochen
check-failure-tls-record-layer = Fehler in der TLS-Record-Schicht
check-failure-no-shared-cipher = kein gemeinsamer Cipher
check-failure-headers-too-large = Antwort-Header zu groß
check-failure-not-http = die Antwort ist kein HTTP
check-failure-not-http-banner = die Antwort ist kein HTTP ("{ $banner }")
check-failure-tls-failed = TLS-Handshake fehlgeschlagen
check-failure-timeout = keine Antwort (Zeitüberschreitung)
check-failure-no-certificate = kein Zertifikat
check-failure-tls-on-plain-port = der Port hat mit TLS geantwortet, nicht mit einfachem HTTP
check-failure-tls-after-reset = der Port spricht TLS (HTTPS), nicht einfaches HTTP ({ $failure })
check-failure-ssh-not-http = der Port spricht SSH, nicht HTTP ({ $banner })
check-failure-ssh-banner = SSH-Banner
check-failure-endless-headers = der Server schickte endlose Antwort-Header; Lesen abgebrochen
check-failure-http-no-answer = verbunden, aber keine HTTP-Antwort innerhalb von { $ms } ms
check-failure-http-deadline = abgebrochen: das Gesamtzeitlimit wurde erreicht

## Zertifikate

check-cert-reason-expired = das Zertifikat ist abgelaufen
check-cert-reason-not-yet-valid = das Zertifikat ist noch nicht gültig
check-cert-reason-self-signed = das Zertifikat ist selbst signiert
check-cert-reason-untrusted-root = die Kette endet in einer selbst signierten Root, der niemand vertraut
check-cert-reason-unknown-issuer = der Aussteller ist unbekannt (fehlendes Zwischenzertifikat oder private CA)
check-cert-reason-name-mismatch = das Zertifikat gilt für einen anderen Namen
check-cert-reason-revoked = das Zertifikat wurde widerrufen
check-cert-reason-invalid = das Zertifikat ist ungültig
check-cert-not-valid = es ist nicht gültig
check-cert-problem-expired = Zertifikat seit { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
} abgelaufen ({ $date })
check-cert-problem-not-yet-valid = Zertifikat erst ab { $date } gültig
check-cert-problem-name-mismatch = Zertifikat gilt für { $names }, nicht für { $host }
check-cert-problem-self-signed = Zertifikat ist selbst signiert ({ $subject })
check-cert-also = { $first }; außerdem { $others }

## Zeilen der Schritte

check-dns-ip-literal = { $address } (eine IP-Adresse, keine Abfrage nötig)
check-dns-localhost = { $host } ist dieser Rechner ({ $addresses }), keine Abfrage nötig
check-dns-resolved = { $addresses } ({ $ms } ms)
check-dns-more = { $addresses } (+{ $more } weitere)
check-dns-nxdomain = kein solcher Name (NXDOMAIN)
check-dns-servfail = der DNS-Server konnte nicht antworten (SERVFAIL)
check-dns-timeout = keine Antwort vom DNS-Server innerhalb von { $ms } ms
check-dns-timeout-servers = keine Antwort von einem der { $servers } DNS-Server innerhalb von { $ms } ms
check-dns-cancelled = die Abfrage wurde durch das Zeitlimit der Prüfung abgebrochen
check-dns-refused = der DNS-Server hat die Anfrage abgelehnt (REFUSED)
check-dns-unreachable = der DNS-Server war nicht erreichbar (Verbindung abgelehnt)
check-dns-other = die Abfrage ist fehlgeschlagen ({ $code })
check-dns-bad-servers = die eingestellten DNS-Server (PROBE_DNS_SERVERS) sind nicht nutzbar
check-dns-no-address = der Name existiert, hat aber keine IPv4- oder IPv6-Adresse
check-tcp-connected = verbunden mit { $address }:{ $port } (IPv{ $family }) in { $ms } ms
check-tls-handshake = { $protocol }, Zertifikat für { $subject } von { $issuer }, noch { $days } Tage ({ $ms } ms)
check-tls-no-certificate = der Server hat kein Zertifikat geschickt
check-tls-failed = Handshake fehlgeschlagen: { $failure }
check-tls-plain-http = Handshake fehlgeschlagen: der Port antwortete in einfachem HTTP ({ $code })
check-http-answer = HTTP { $status } { $statusText } nach { $ms } ms
check-http-server = Server: { $server }
check-http-redirect = leitet weiter nach { $location }; nicht gefolgt
check-http-body-interrupted = Inhalt unterbrochen: { $failure }
check-http-stopped-reading = Lesen nach { $bytes } Bytes beendet
check-xtream-panel-denied = Xtream-Panel antwortet (auth: { $auth } ohne Zugangsdaten) in { $ms } ms
check-xtream-panel = Xtream-Panel antwortet (user_info vorhanden, auth: { $auth }) in { $ms } ms
check-xtream-panel-truncated = Xtream-Panel antwortet (user_info vorhanden; Antwort an der Größengrenze abgeschnitten) in { $ms } ms
check-xtream-redirect = HTTP { $status }: leitet weiter nach { $location }; nicht gefolgt, also kein Panel bestätigt
check-xtream-no-location = (kein Ziel)
check-xtream-status = HTTP { $status } unter /player_api.php: hier antwortet kein Xtream-Panel
check-xtream-empty = HTTP { $status } mit leerem Inhalt: kein Xtream-Panel unter dieser URL
check-xtream-html = HTTP { $status } mit einer HTML-Seite: kein Xtream-Panel unter dieser URL
check-xtream-not-json = HTTP { $status }, aber die Antwort ist kein JSON: kein Xtream-Panel unter dieser URL
check-xtream-no-user-info = HTTP { $status }, JSON ohne user_info: kein Xtream-Panel unter dieser URL
check-xtream-not-panel = die Antwort ist kein Panel
check-service-banner = spricht { $service }
check-service-banner-quoted = spricht { $service } ("{ $banner }")
check-service-banner-asked = spricht { $service }, auf Anfrage
check-service-banner-quoted-asked = spricht { $service } ("{ $banner }"), auf Anfrage
check-service-tls = spricht TLS
check-service-tls-cert = spricht TLS, Zertifikat für { $subject } von { $issuer }
check-service-http = antwortet in HTTP
check-service-http-status = antwortet in HTTP { $status }
check-service-silent = hat innerhalb von { $ms } ms nichts gesendet und weder auf einen TLS-Handshake noch auf eine HTTP-Anfrage geantwortet
check-service-closed = vom Server sofort geschlossen (FIN), bevor etwas gesendet wurde
check-service-reset = vom Server sofort zurückgesetzt (RST), bevor etwas gesendet wurde
check-service-name-ssh = SSH
check-service-name-smtp = SMTP (E-Mail)
check-service-name-ftp = FTP
check-service-name-smtp-or-ftp = SMTP oder FTP
check-service-name-pop3 = POP3 (E-Mail)
check-service-name-imap = IMAP (E-Mail)
check-service-name-mysql = MySQL / MariaDB
check-service-name-redis = Redis
check-service-name-vnc = VNC (Fernsteuerung)
check-service-name-telnet = Telnet
check-service-name-http = HTTP
check-service-name-unknown = ein Protokoll, das ich nicht kenne
check-game-kind-minecraft-java = Minecraft Java
check-game-kind-minecraft-bedrock = Minecraft Bedrock
check-game-kind-source = Source (A2S_INFO)
check-game-kind-game = Spiel
check-game-answered = { $game } hat von { $address }:{ $port } ({ $transport }) in { $ms } ms geantwortet
check-game-answered-status = { $game } hat von { $address }:{ $port } ({ $transport }) in { $ms } ms geantwortet: { $status }
check-game-status-players = { $players } Spieler
check-game-status-players-max = { $players }/{ $max } Spieler
check-game-status-version = Version { $version }
check-game-failure-too-large = die Antwort ist größer als { $bytes } Bytes
check-game-failure-closed-mid-answer = der Server hat die Verbindung mitten in seiner Antwort geschlossen
check-game-failure-closed-no-answer = der Server hat die Verbindung geschlossen, ohne die Spielabfrage zu beantworten
check-game-failure-connected-no-answer = verbunden, aber keine Spielantwort innerhalb von { $ms } ms
check-game-failure-udp-port-unreachable = ICMP: Port nicht erreichbar ({ $code })
check-game-failure-udp-no-answer = keine Antwort über UDP innerhalb von { $ms } ms
check-game-failure-gamedig-no-answer = keine Antwort auf die Spielabfrage innerhalb von { $ms } ms
check-game-failure-gamedig-mismatch = die Antwort ist nicht das, was dieses Spiel sendet
check-game-failure-deadline = abgebrochen: das Gesamtzeitlimit wurde erreicht
check-game-failure-unexpected = unerwartete Antwort
check-game-problem-a2s-cut-short = die A2S_INFO-Antwort ist abgeschnitten
check-game-problem-a2s-too-short = die Antwort ist zu kurz für A2S
check-game-problem-a2s-split = der Server schickte eine geteilte A2S_INFO-Antwort, die diese Prüfung nicht zusammensetzt
check-game-problem-not-source = die Antwort ist keine Source-Query-Antwort
check-game-problem-a2s-challenge-cut-short = die Challenge ist abgeschnitten
check-game-problem-a2s-challenge-loop = der Server beantwortet jede Anfrage mit einer neuen Challenge
check-game-problem-a2s-unexpected-type = ein unerwarteter A2S-Antworttyp { $type }
check-game-problem-not-raknet-pong = die Antwort ist kein RakNet Unconnected Pong
check-game-problem-no-raknet-magic = der Antwort fehlt die RakNet-Magic
check-game-problem-bedrock-id-cut-short = die Server-ID ist abgeschnitten
check-game-problem-not-bedrock = der Pong beschreibt keinen Minecraft-Bedrock-Server
check-game-problem-varint-too-long = ein VarInt länger als 5 Bytes: kein Minecraft-Server
check-game-problem-packet-size = ein Paket mit { $bytes } Bytes: keine Minecraft-Statusantwort
check-game-problem-not-status-response = das erste Paket ist keine Statusantwort
check-game-problem-status-cut-short = die Statusantwort ist abgeschnitten
check-game-problem-status-not-json = die Statusantwort ist kein JSON
check-game-problem-status-json-empty = das Status-JSON hat weder Version noch Spieler noch Beschreibung
check-remote-resolved = aufgelöst (Globalping HTTP)
check-remote-connected-ping = verbunden (Globalping TCP-Ping)
check-remote-no-connection-ping = keine Verbindung (Globalping TCP-Ping)
check-remote-connected-http = verbunden (Globalping HTTP)
check-remote-handshake-http = Handshake erfolgt (Globalping HTTP)
check-remote-status-http = HTTP { $status } (Globalping HEAD-Anfrage)
check-remote-failed = fehlgeschlagen
check-remote-untrusted = Zertifikat nicht vertrauenswürdig: { $reason } (Globalping HTTP)
check-remote-no-reason = kein Grund angegeben

## Andere Ports

check-alt-refused = abgelehnt
check-alt-no-answer = keine Antwort
check-alt-http = antwortet (HTTP)
check-alt-http-status = antwortet (HTTP { $status })
check-alt-tls = antwortet (TLS: probiere https://)
check-alt-ssh = antwortet (SSH, kein HTTP)
check-alt-other = antwortet (kein HTTP)
check-alt-open = nimmt Verbindungen an

## Hinweise

check-note-credentials-removed = Füge keine Passwörter in einen Kanal ein — ich habe sie entfernt und ohne sie geprüft.
check-note-international-name = { $displayHost } ist ein internationaler Name; geprüft habe ich { $host }.
check-note-port-assumed = Kein Port angegeben: Ich habe Port { $port } geprüft, den Standard für { $scheme }.
check-note-family-fails = IPv{ $failing } schlägt fehl ({ $failure }), aber IPv{ $working } funktioniert: Clients, die IPv{ $failing } bevorzugen, können Fehler sehen.
check-note-redirect = Leitet weiter nach { $location }; nicht gefolgt.
check-note-no-xtream-panel = Kein Xtream-Panel unter dieser URL: /player_api.php hat nicht wie ein Panel geantwortet.
check-note-game-no-answer = Auch keine Antwort von { $game } ({ $transport }): { $failure }.
check-note-internal-error = Interner Fehler bei der Prüfung: { $message }

## Wahrscheinliche Ursachen, die diese Prüfung gesehen hat

check-cause-wrong-port = **Falscher Port**: nichts auf { $port }, aber { $list } auf demselben Server. Der Anbieter hat den Dienst vielleicht verlegt.
check-cause-nothing-elsewhere = Auch auf den üblichen anderen Ports antwortet nichts: Der Server ist aus, oder er blockiert { $voice ->
    [discord] das Netzwerk des Bots
   *[other] diesen Rechner
}.
check-cause-silent-firewall = Eine Firewall, die Verkehr stillschweigend verwirft (oder nur freigegebene IPs erlaubt), sieht genau so aus.
check-cause-cert-expired = Das Zertifikat ist abgelaufen: Der Betreiber muss es erneuern (die automatische Erneuerung, z. B. certbot, läuft nicht mehr). Ein falsches Datum auf deinem Gerät ergibt denselben Fehler.
check-cause-cert-not-yet-valid = Das Zertifikat gilt erst später: eine falsche Uhr auf dem Server oder auf deinem Gerät.
check-cause-cert-self-signed = Der Server nutzt ein selbst signiertes Zertifikat: fürs Testen in Ordnung, von Browsern und den meisten Apps abgelehnt.
check-cause-cert-issuer = Der Server schickt sein Zwischenzertifikat nicht mit, oder sein Zertifikat stammt von einer privaten CA.
check-cause-cert-name = Das Zertifikat gilt für andere Namen: ein Tippfehler im Hostnamen, oder ein geteilter Server antwortet mit seiner Standardseite.
check-cause-udp-refused = Der Rechner unter dieser Adresse läuft und meldet, dass auf UDP-Port { $port } nichts lauscht: Der Spielserver ist gestoppt, oder er läuft auf einem anderen Port.
check-cause-udp-no-answer = UDP hat keinen Handshake: Eine Firewall oder ein Router, der die Pakete verwirft, eine fehlende Portweiterleitung für UDP { $port } und ein gestoppter Server sehen von außen gleich aus.
check-cause-game-mismatch = Auf diesem Port antwortet etwas, aber nicht das angefragte Spiel: Prüfe den Port (Spielport oder Query-Port) und den Spieltyp.
check-cause-not-http = Auf diesem Port läuft eine andere Art von Dienst (SSH, eine Datenbank, ein Spielserver…): Es ist wahrscheinlich der falsche Port.
check-cause-http-403 = Der Server verweigert diese Anfrage: Eine IP-Whitelist, eine Geo-Sperre oder eine CDN-/Firewall-Regel kann { $voice ->
    [discord] das Netzwerk des Bots
   *[other] diesen Rechner
} blockieren, auch wenn deine Adresse erlaubt ist.
