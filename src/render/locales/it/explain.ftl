explain-seen = Rilevato: { $parts }
explain-seen-tool = origine **{ $tool }**
explain-tool-browser = browser
explain-seen-host = host `{ $host }`
explain-seen-port = porta { $port }
explain-seen-curl-exit = codice di uscita di curl { $code }

explain-evidence-code = codice { $value }
explain-evidence-phrase = frase { $value }
explain-evidence-topic = argomento { $value }
explain-evidence-keywords = parole chiave { $value }
explain-evidence-taught = insegnato in questo server: { $value }
explain-evidence-winsock = errore socket di Windows { $code }
explain-evidence-exit-code = codice di uscita { $code }
explain-evidence-tls-alert = avviso TLS { $code }
explain-evidence-x509 = errore di verifica del certificato { $code }
explain-footer = Riconosciuto da { $how } · affidabilità { $confidence }
explain-footer-list = { $items } e { $last }
explain-footer-weak = parole chiave deboli
explain-footer-unsure-compare = non sicuro: confronta con «{ $field }» qui sopra
explain-footer-unsure-alone = non sicuro: nessun altro articolo è più adatto

explain-heading-likely-causes = Cause probabili
explain-heading-first-steps = Primi passi
explain-heading-test = Prova
explain-heading-server = Lato server
explain-heading-your-side = Dal tuo lato
explain-heading-meaning = Cosa significa
explain-heading-common-causes = Cause comuni
explain-heading-fix = Come risolvere
explain-heading-related = Vedi anche
explain-field-also-possible = Possibile anche
explain-field-could-also-be = Potrebbe anche essere
explain-article-footer = Articolo { $id }
explain-page-footer = Articolo { $id } · pagina { $page } di { $pages }

explain-button-full-article = Articolo completo
explain-button-previous = ◀ Precedente
explain-button-next = Successiva ▶
explain-vote-helpful = Utile
explain-vote-not-helpful = Non utile

explain-no-match-title = Nessuna corrispondenza sicura
explain-no-match-intro = Non sono riuscito a capire di quale errore di rete si tratta.
explain-no-match-suggestions = Potrebbe essere uno di questi:
explain-no-match-suggestion = • **{ $title }** (affidabilità { $confidence })
explain-no-match-faqs = Se è una domanda, queste voci delle FAQ possono aiutare:
explain-no-match-hint = Incolla l’errore completo, compresa la riga con il codice di errore (ECONNREFUSED, ERR_…, curl: (7), HTTP 404…), oppure consulta `{ $command }`.
explain-no-match-footer-ranked = I suggerimenti sono ordinati in base ai codici e alle frasi che hanno in comune con il tuo testo
explain-no-match-footer-nothing = Nessun codice o frase noti trovati nel testo

explain-faq-also = anche: { $aliases }
explain-faq-list-more = …e altri { $count }
explain-faq-list-empty = Ancora nessuna voce nelle FAQ.
explain-faq-list-footer = { $count ->
    [one] { $count } voce
   *[other] { $count } voci
} · { $command } ne mostra una

explain-auto-footer = Spiegazione automatica · { $evidence } · usa { $command } per la risposta completa
explain-taught-footer = insegnato in questo server

explain-empty = Incolla il testo dell’errore dopo { $command }, per esempio { $example }.
explain-choice-best = Migliore corrispondenza: { $title } ({ $percent }%)
explain-vote-not-kept = Grazie! I voti sono contati per server, quindi questo non viene salvato.
explain-vote-counted = Grazie: contato come { $vote ->
    [helpful] utile
   *[not-helpful] non utile
}. Premendo l’altro pulsante cambi il tuo voto.
explain-vote-same = Hai già segnato questa risposta come { $vote ->
    [helpful] utile
   *[not-helpful] non utile
}.
explain-vote-changed = Modificato: ora il tuo voto è { $vote ->
    [helpful] utile
   *[not-helpful] non utile
}.
explain-article-gone = L’articolo «{ $id }» non è più nella base di conoscenza.
explain-button-unsupported = Questo pulsante non è più supportato.

explain-message-no-text = Quel messaggio non ha testo che io possa leggere (solo embed o allegati), quindi nessun errore noto trovato.
explain-message-no-match = Nessun errore noto trovato in quel messaggio. Prova { $command } con il testo esatto dell’errore.
explain-message-no-match-hint = Nessun errore noto trovato in quel messaggio. Potrebbe essere: { $titles }. Prova { $command } con il testo esatto dell’errore.
explain-message-posted = Spiegato: { $url }
explain-message-fallback = Non sono riuscito a rispondere nel canale, quindi la risposta è qui sotto.
explain-message-about = { $mention } riguardo a { $url }


explain-service-ftp-data = dati FTP
explain-service-smtp-submission = invio SMTP
explain-service-socks-proxy = proxy SOCKS
explain-service-dev-server = un server di sviluppo
explain-service-remote-desktop = Desktop remoto
explain-service-game-server = server di gioco
explain-service-http-alternate = HTTP alternativo
explain-service-https-alternate = HTTPS alternativo
explain-service-php-fpm = PHP-FPM / server di sviluppo
explain-service-prometheus = Prometheus / interfaccia di amministrazione
explain-service-source-game-server = server di gioco Source
explain-port-hint-known = la porta { $port } di solito è { $service }; quel servizio è in esecuzione e in ascolto su quell’indirizzo?
explain-port-hint-unknown = il servizio che dovrebbe rispondere sulla porta { $port } è in esecuzione e in ascolto su quell’indirizzo?
explain-port-hint-21 = il server FTP è in esecuzione, e il firewall consente la porta 21 (e l’intervallo passivo)?
explain-port-hint-22 = sshd è in esecuzione e in ascolto su quell’indirizzo, e il firewall consente la porta 22?
explain-port-hint-25 = molti provider Internet e cloud bloccano la porta 25 in uscita; prova la 587 per l’invio della posta.
explain-port-hint-53 = il server DNS è raggiungibile sulla porta 53 (UDP e TCP)?
explain-port-hint-80 = il server web è in esecuzione e in ascolto sulla porta 80, e il firewall la consente?
explain-port-hint-443 = il server web è in esecuzione e in ascolto sulla porta 443, e il firewall la consente?
explain-port-hint-1080 = il proxy locale (SOCKS sulla 1080) è davvero in esecuzione? Le impostazioni del proxy spesso sopravvivono all’app del proxy.
explain-port-hint-1433 = SQL Server è in esecuzione con TCP/IP abilitato e in ascolto sulla 1433 (Gestione configurazione SQL Server)?
explain-port-hint-3000 = il tuo server di sviluppo (spesso Node sulla 3000) è in esecuzione, e in ascolto su questo indirizzo e non solo su localhost?
explain-port-hint-3306 = la porta 3306 è quella predefinita di MySQL/MariaDB; il database è in esecuzione e in ascolto su quell’indirizzo (bind-address)?
explain-port-hint-3389 = Desktop remoto è abilitato sul computer di destinazione, e il firewall consente la porta 3389?
explain-port-hint-5432 = la porta 5432 è quella predefinita di PostgreSQL; il database è in esecuzione e in ascolto su quell’indirizzo (listen_addresses, pg_hba.conf)?
explain-port-hint-6379 = la porta 6379 è quella predefinita di Redis; redis-server è in esecuzione, ed è associato a questo indirizzo (bind, protected-mode)?
explain-port-hint-8080 = la 8080 è una porta HTTP alternativa comune (proxy, server di sviluppo, pannelli IPTV); quel servizio è in esecuzione su di essa?
explain-port-hint-9200 = la porta 9200 è quella predefinita di Elasticsearch; il nodo è in esecuzione, e network.host è impostato su questo indirizzo?
explain-port-hint-25565 = la porta 25565 è quella predefinita di Minecraft; il server è in esecuzione, e la porta è inoltrata sul router?
explain-port-hint-27017 = la porta 27017 è quella predefinita di MongoDB; mongod è in esecuzione, e bindIp è impostato su questo indirizzo?
