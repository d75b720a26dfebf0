vantages-verdict = { $verdict ->
    [timeout] keine Antwort
    [refused] abgelehnt
    [reset] zurückgesetzt
    [host-unreachable] Host nicht erreichbar
    [network-unreachable] Netzwerk nicht erreichbar
    [dns-not-found] Name nicht gefunden
    [dns-error] DNS-Fehler
    [blocked] dort nicht erlaubt
    [invalid] unlesbares Ziel
   *[other] { $verdict }
}
vantages-failure = { $what } von { $location }
vantages-list = { $first } und { $last }
vantages-late = keine Antwort von { $locations } bis zur Frist
vantages-unavailable = Agenten nicht verfügbar
vantages-busy-at = Agenten ausgelastet bei { $locations }
vantages-answers-everywhere = antwortet überall: Wenn es bei dir scheitert, liegt die Sperre auf deiner Seite
vantages-answers-where-reported = antwortet aus jedem Netzwerk, das sich gemeldet hat ({ $missing }): Wenn es bei dir scheitert, liegt die Sperre wahrscheinlich auf deiner Seite
vantages-refused-everywhere = aus jedem Netzwerk abgelehnt: Der Dienst ist ausgefallen oder lauscht nicht
vantages-silent-everywhere = aus keinem Netzwerk eine Antwort: Der Host ist ausgefallen, oder eine Firewall verwirft alles
vantages-dns-everywhere = der Name lässt sich aus keinem Netzwerk auflösen: Prüfe die Schreibweise und die DNS-Einträge
vantages-fails-everywhere = scheitert aus jedem Netzwerk, das sich gemeldet hat ({ $how }{ $also }): Das Problem liegt auf der Serverseite
vantages-partial = offen aus { $reachable } von { $total ->
    [one] { $total } Netzwerk
   *[other] { $total } Netzwerken
}, { $how }{ $also }: Eine Firewall, Geo-Sperre oder ISP-Route betrifft manche Netzwerke
vantages-no-report = kein Netzwerk hat sich gemeldet ({ $missing })
vantages-nothing-answered = nichts hat geantwortet
vantages-col-location = Standort
vantages-col-verdict = Ergebnis
vantages-col-connect = Verbindung
vantages-cell-unavailable = Agenten nicht verfügbar
vantages-cell-busy = Agenten ausgelastet
vantages-cell-no-answer = keine Antwort (Agent)
vantages-more = … { $count } weitere
vantages-from = Aus { $count ->
    [one] { $count } Netzwerk
   *[other] { $count } Netzwerken
}
vantages-about-gp = Zu den gp:-Zeilen
vantages-globalping-note = Öffentliche Globalping-Probes (ein TCP-Verbindungsaufbau aus deren Netzwerken): Sie zeigen, ob der Port dort Verbindungen annimmt und wie schnell, nicht aber, warum es scheitert (abgelehnt und verworfen sehen gleich aus), und nichts über TLS, HTTP oder das Panel.
vantages-globalping-http-note = Die /http-Zeilen sind eine HEAD-Anfrage von denselben Probes, ohne Zugangsdaten: der Statuscode und die Zeiten dort, bei einem Fehler der Fehler, den die Probe sah (abgelehnt, Zeitüberschreitung, Name nicht gefunden, Zertifikat). Sie sagen nichts über eine Xtream-Anmeldung oder darüber, was ein Player bekäme, und für das Fazit zählt eine Probe einmal.

vantages-from-empty = von: gib „all“ oder einen oder mehrere Standorte an, durch Kommas getrennt
vantages-from-reserved = von: „{ $name }“ ist reserviert
vantages-from-bad-name = von: ein Standort besteht aus 1–32 Kleinbuchstaben, Ziffern und Bindestrichen (erhalten: „{ $name }“)
vantages-from-too-many = von: höchstens { $max } Standorte (erhalten: { $count })
