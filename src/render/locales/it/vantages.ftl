vantages-verdict = { $verdict ->
    [timeout] nessuna risposta
    [refused] rifiutata
    [reset] reimpostata
    [host-unreachable] host irraggiungibile
    [network-unreachable] rete irraggiungibile
    [dns-not-found] nome non trovato
    [dns-error] errore DNS
    [blocked] non consentito lì
    [invalid] destinazione illeggibile
   *[other] { $verdict }
}
vantages-failure = { $what } da { $location }
vantages-list = { $first } e { $last }
vantages-late = nessuna risposta da { $locations } entro la scadenza
vantages-unavailable = agenti non disponibili
vantages-busy-at = agenti occupati a { $locations }
vantages-answers-everywhere = risponde ovunque: se a te non funziona, il blocco è dalla tua parte
vantages-answers-where-reported = risponde da tutte le reti che hanno riferito ({ $missing }): se a te non funziona, il blocco è probabilmente dalla tua parte
vantages-refused-everywhere = rifiutata da tutte le reti: il servizio è fermo o non è in ascolto
vantages-silent-everywhere = nessuna risposta da nessuna rete: l’host è spento, o un firewall scarta tutto
vantages-dns-everywhere = il nome non si risolve da nessuna rete: controlla come è scritto e i record DNS
vantages-fails-everywhere = non funziona da tutte le reti che hanno riferito ({ $how }{ $also }): il problema è lato server
vantages-partial = aperto da { $reachable } su { $total ->
    [one] { $total } rete
   *[other] { $total } reti
}, { $how }{ $also }: un firewall, un blocco geografico o il percorso di un ISP colpisce alcune reti
vantages-no-report = nessuna rete ha riferito ({ $missing })
vantages-nothing-answered = nulla ha risposto
vantages-col-location = luogo
vantages-col-verdict = esito
vantages-col-connect = connessione
vantages-cell-unavailable = agenti non disponibili
vantages-cell-busy = agenti occupati
vantages-cell-no-answer = nessuna risposta (agente)
vantages-more = … altri { $count }
vantages-from = Da { $count ->
    [one] { $count } rete
   *[other] { $count } reti
}
vantages-about-gp = Sulle righe gp:
vantages-globalping-note = Sonde pubbliche di Globalping (una connessione TCP dalle loro reti): mostrano se la porta accetta connessioni da lì e quanto in fretta, non perché fallisce (rifiutato e scartato sembrano uguali), né nulla su TLS, HTTP o il pannello.
vantages-globalping-http-note = Le righe /http sono una richiesta HEAD dalle stesse sonde, senza credenziali: il codice di stato e i tempi da lì e, in caso di errore, l’errore visto dalla sonda (rifiutata, tempo scaduto, nome non trovato, certificato). Non dicono nulla su un accesso Xtream o su cosa riceverebbe un player, e per la conclusione una sonda conta una volta.

vantages-from-empty = da: indica "all" o uno o più luoghi separati da virgole
vantages-from-reserved = da: "{ $name }" è riservato
vantages-from-bad-name = da: un luogo ha da 1 a 32 lettere minuscole, cifre e trattini (ricevuto "{ $name }")
vantages-from-too-many = da: al massimo { $max } luoghi (ricevuti { $count })
