explain-seen = Erkannt: { $parts }
explain-seen-tool = Quelle **{ $tool }**
explain-tool-browser = Browser
explain-seen-host = Host `{ $host }`
explain-seen-port = Port { $port }
explain-seen-curl-exit = curl-Exit-Code { $code }

explain-evidence-code = Code { $value }
explain-evidence-phrase = Phrase { $value }
explain-evidence-topic = Thema { $value }
explain-evidence-keywords = Stichwörter { $value }
explain-evidence-taught = auf diesem Server beigebracht: { $value }
explain-evidence-winsock = Windows-Socket-Fehler { $code }
explain-evidence-exit-code = Exit-Code { $code }
explain-evidence-tls-alert = TLS-Alert { $code }
explain-evidence-x509 = Zertifikatsprüfungsfehler { $code }
explain-footer = Erkannt an { $how } · Sicherheit { $confidence }
explain-footer-list = { $items } und { $last }
explain-footer-weak = schwachen Stichwörtern
explain-footer-unsure-compare = unsicher: mit „{ $field }“ oben vergleichen
explain-footer-unsure-alone = unsicher: kein anderer Artikel passt besser

explain-heading-likely-causes = Wahrscheinliche Ursachen
explain-heading-first-steps = Erste Schritte
explain-heading-test = Testen
explain-heading-server = Serverseitig
explain-heading-your-side = Auf Ihrer Seite
explain-heading-meaning = Was es bedeutet
explain-heading-common-causes = Häufige Ursachen
explain-heading-fix = So beheben Sie es
explain-heading-related = Siehe auch
explain-field-also-possible = Ebenfalls möglich
explain-field-could-also-be = Könnte auch sein
explain-article-footer = Artikel { $id }
explain-page-footer = Artikel { $id } · Seite { $page } von { $pages }

explain-button-full-article = Ganzer Artikel
explain-button-previous = ◀ Zurück
explain-button-next = Weiter ▶
explain-vote-helpful = Hilfreich
explain-vote-not-helpful = Nicht hilfreich

explain-no-match-title = Kein sicherer Treffer
explain-no-match-intro = Ich konnte nicht erkennen, um welchen Netzwerkfehler es sich handelt.
explain-no-match-suggestions = Es könnte einer von diesen sein:
explain-no-match-suggestion = • **{ $title }** (Sicherheit { $confidence })
explain-no-match-faqs = Falls das eine Frage ist, helfen vielleicht diese FAQ-Einträge:
explain-no-match-hint = Fügen Sie den ganzen Fehler ein, samt der Zeile mit dem Fehlercode (ECONNREFUSED, ERR_…, curl: (7), HTTP 404…), oder stöbern Sie in `{ $command }`.
explain-no-match-footer-ranked = Die Vorschläge sind danach geordnet, wie viele Codes und Phrasen sie mit Ihrem Text teilen
explain-no-match-footer-nothing = Kein bekannter Code und keine bekannte Phrase im Text gefunden

explain-faq-also = auch: { $aliases }
explain-faq-list-more = …und { $count } weitere
explain-faq-list-empty = Noch keine FAQ-Einträge.
explain-faq-list-footer = { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
} · { $command } zeigt einen

explain-auto-footer = Auto-Erklärung · { $evidence } · { $command } liefert die ganze Antwort
explain-taught-footer = auf diesem Server beigebracht

explain-empty = Fügen Sie den Fehlertext nach { $command } ein, zum Beispiel { $example }.
explain-choice-best = Bester Treffer: { $title } ({ $percent } %)
explain-vote-not-kept = Danke! Stimmen werden pro Server gezählt, diese wird daher nicht gespeichert.
explain-vote-counted = Danke – gezählt als { $vote ->
    [helpful] hilfreich
   *[not-helpful] nicht hilfreich
}. Mit dem anderen Button ändern Sie Ihre Stimme.
explain-vote-same = Sie haben das bereits als { $vote ->
    [helpful] hilfreich
   *[not-helpful] nicht hilfreich
} markiert.
explain-vote-changed = Geändert: Ihre Stimme lautet jetzt { $vote ->
    [helpful] hilfreich
   *[not-helpful] nicht hilfreich
}.
explain-article-gone = Der Artikel „{ $id }“ ist nicht mehr in der Wissensdatenbank.
explain-button-unsupported = Dieser Button wird nicht mehr unterstützt.

explain-message-no-text = Diese Nachricht enthält keinen Text, den ich lesen kann (nur Embeds oder Anhänge), daher kein bekannter Fehler gefunden.
explain-message-no-match = In dieser Nachricht wurde kein bekannter Fehler gefunden. Versuchen Sie { $command } mit dem genauen Fehlertext.
explain-message-no-match-hint = In dieser Nachricht wurde kein bekannter Fehler gefunden. Vielleicht: { $titles }. Versuchen Sie { $command } mit dem genauen Fehlertext.
explain-message-posted = Erklärt: { $url }
explain-message-fallback = Ich konnte im Kanal nicht antworten, daher steht die Antwort unten.
explain-message-about = { $mention } zu { $url }


explain-service-ftp-data = FTP-Daten
explain-service-smtp-submission = SMTP-Einlieferung
explain-service-socks-proxy = SOCKS-Proxy
explain-service-dev-server = ein Entwicklungsserver
explain-service-remote-desktop = Remotedesktop
explain-service-game-server = Gameserver
explain-service-http-alternate = alternativer HTTP-Port
explain-service-https-alternate = alternativer HTTPS-Port
explain-service-php-fpm = PHP-FPM / Entwicklungsserver
explain-service-prometheus = Prometheus / Admin-Oberfläche
explain-service-source-game-server = Source-Gameserver
explain-port-hint-known = Port { $port } ist meist { $service }; läuft dieser Dienst und lauscht er auf dieser Adresse?
explain-port-hint-unknown = läuft der Dienst, der auf Port { $port } antworten soll, und lauscht er auf dieser Adresse?
explain-port-hint-21 = läuft der FTP-Server, und lässt die Firewall Port 21 (und den Passiv-Bereich) durch?
explain-port-hint-22 = läuft sshd und lauscht auf dieser Adresse, und lässt die Firewall Port 22 durch?
explain-port-hint-25 = viele Internetanbieter und Cloud-Anbieter sperren ausgehenden Port 25; verwenden Sie 587 für den Mailversand.
explain-port-hint-53 = ist der DNS-Server auf Port 53 (UDP und TCP) erreichbar?
explain-port-hint-80 = läuft der Webserver und lauscht auf Port 80, und lässt die Firewall ihn durch?
explain-port-hint-443 = läuft der Webserver und lauscht auf Port 443, und lässt die Firewall ihn durch?
explain-port-hint-1080 = läuft der lokale Proxy (SOCKS auf 1080) wirklich? Proxy-Einstellungen überdauern oft die Proxy-App.
explain-port-hint-1433 = läuft SQL Server mit aktiviertem TCP/IP und lauscht auf 1433 (SQL Server-Konfigurations-Manager)?
explain-port-hint-3000 = läuft Ihr Entwicklungsserver (oft Node auf 3000), und lauscht er auf dieser Adresse statt nur auf localhost?
explain-port-hint-3306 = Port 3306 ist der Standard von MySQL/MariaDB; läuft die Datenbank und lauscht sie auf dieser Adresse (bind-address)?
explain-port-hint-3389 = ist Remotedesktop auf dem Zielrechner aktiviert, und lässt die Firewall Port 3389 durch?
explain-port-hint-5432 = Port 5432 ist der Standard von PostgreSQL; läuft die Datenbank und lauscht sie auf dieser Adresse (listen_addresses, pg_hba.conf)?
explain-port-hint-6379 = Port 6379 ist der Standard von Redis; läuft redis-server, und ist er an diese Adresse gebunden (bind, protected-mode)?
explain-port-hint-8080 = Port 8080 ist ein gängiger alternativer HTTP-Port (Proxys, Entwicklungsserver, IPTV-Panels); läuft dieser Dienst darauf?
explain-port-hint-9200 = Port 9200 ist der Standard von Elasticsearch; läuft der Knoten, und ist network.host auf diese Adresse gesetzt?
explain-port-hint-25565 = Port 25565 ist der Standard von Minecraft; läuft der Server, und ist der Port im Router weitergeleitet?
explain-port-hint-27017 = Port 27017 ist der Standard von MongoDB; läuft mongod, und ist bindIp auf diese Adresse gesetzt?
