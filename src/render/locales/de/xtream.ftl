xtream-modal-title = Meine IPTV-Leitung prüfen (privat)
xtream-field-url = Server-URL (vom Anbieter)
xtream-field-username = Benutzername
xtream-field-password = Passwort (geht nur an dein Panel)
xtream-button = Meine Leitung prüfen
xtream-no-forms = Formulare können hier nicht angezeigt werden. Führe in einem Terminal `npx netmedic xtream URL --user NAME` aus (es fragt nach dem Passwort).
xtream-button-gone = Dieser Button ist nicht mehr verfügbar.
xtream-form-gone = Dieses Formular ist nicht mehr verfügbar.

xtream-state-active = Leitung aktiv
    .todo = Deine Anmeldung funktioniert und die Leitung ist aktiv. Wenn Sender trotzdem nicht laufen, liegt es an der App oder an einem Stream: Leere den App-Cache, nutze ein Ausgabeformat, das die Leitung erlaubt, und probiere ein anderes Netzwerk.
xtream-state-trial = Testleitung
    .todo = Das ist eine Testleitung: Sie funktioniert bis zum unten genannten Datum und endet dann. Bitte deinen Anbieter, sie vorher in eine bezahlte Leitung umzuwandeln.
xtream-state-expired = Leitung abgelaufen
    .todo = Dein Abo ist abgelaufen: Verlängere es bei deinem Anbieter. Das Panel selbst funktioniert, an deinem Gerät musst du nichts reparieren.
xtream-state-banned = Leitung gesperrt
    .todo = Der Anbieter hat diese Leitung gesperrt (oft, weil sie geteilt oder von zu vielen IP-Adressen genutzt wurde). Wende dich an den Anbieter: Nur er kann eine Sperre aufheben.
xtream-state-disabled = Leitung deaktiviert
    .todo = Der Anbieter hat diese Leitung abgeschaltet (unbezahlt, pausiert oder in Prüfung). Wende dich an den Anbieter; die App neu zu installieren hilft nicht.
xtream-state-limit-reached = Verbindungslimit erreicht
    .todo = Limit erreicht: Schließe die App auf einem anderen Gerät (oder beende einen noch laufenden Stream), warte eine Minute und versuche es erneut. Ein größeres Paket erlaubt mehr Geräte.
xtream-state-wrong-login = Falscher Benutzername oder falsches Passwort
    .todo = Das Panel antwortet, lehnt diese Anmeldung aber ab. Kopiere Benutzername und Passwort erneut vom Anbieter (Groß-/Kleinschreibung beachten, auf Leerzeichen achten); stimmen sie, wurde die Leitung gelöscht oder der Anbieter hat dich auf ein anderes Panel umgezogen.
xtream-state-unknown = Leitungsstatus unklar
    .todo = Das Panel hat mit einem Status geantwortet, den diese Prüfung nicht kennt. Frag deinen Anbieter, was er bedeutet.

xtream-status = Status: { $status }
xtream-status-with-trial = Status: { $status } (Test)
xtream-status-trial = Status: Test
xtream-expires = Läuft ab: { $date } ({ $when })
xtream-days-left = { $days ->
    [one] noch { $days } Tag
   *[other] noch { $days } Tage
}
xtream-days-ago = { $days ->
    [one] vor { $days } Tag
   *[other] vor { $days } Tagen
}
xtream-expired-today = heute
xtream-less-than-a-day = weniger als ein Tag übrig
xtream-expires-never = Läuft ab: nie (kein Enddatum)
xtream-expires-unknown = Läuft ab: vom Panel nicht angegeben
xtream-connections = Verbindungen: { $active } von { $max } belegt
xtream-connections-full = Verbindungen: { $active } von { $max } belegt — ⚠️ Limit erreicht: Schließe die App auf einem anderen Gerät
xtream-formats = Erlaubte Formate: { $formats }
xtream-panel-message = Nachricht des Panels: { $message }
xtream-server-url = URL: { $url }
xtream-server-port = Port: { $port }
xtream-server-https-port = HTTPS-Port: { $port }
xtream-server-timezone = Zeitzone: { $timezone }
xtream-server-time = Uhrzeit des Panels: { $time }
xtream-difference = ⚠️ Du hast { $field ->
    [url] den Host
    [https_port] den HTTPS-Port
   *[port] den Port
} { $typed } eingegeben, das Panel meldet { $panel }
xtream-moved-advice = Der Anbieter hat das Panel womöglich umgezogen: Nutze die Adresse, die das Panel meldet, oder frag den Anbieter nach der neuen URL.
xtream-category = { $kind ->
    [live] Live-TV
    [vod] Filme (VOD)
   *[series] Serien
}
xtream-category-count = ✅ { $what }: { $atLeast ->
    [yes] mindestens { $count }
   *[no] { $count }
} { $count ->
    [one] Kategorie
   *[other] Kategorien
}
xtream-category-empty = ✅ { $what }: 0 Kategorien (leer: das Paket enthält keine)
xtream-category-failed = ❌ { $what }: nicht geladen ({ $problem })

xtream-field-line = Deine Leitung
xtream-field-moved = Panel umgezogen?
xtream-field-server = Serverangaben des Panels
xtream-field-categories = Senderlisten
xtream-field-steps = Schritte
xtream-field-todo = Was tun ({ $article })
xtream-field-notes = Hinweise
xtream-not-checked = ❌ Leitung nicht geprüft
xtream-footer = Nur du siehst das. Dein Passwort ging nur an dein Panel und wird weder gespeichert noch protokolliert.
xtream-full-article = Ganzer Artikel
xtream-note-credentials-in-url = Die Server-URL enthielt Zugangsdaten: Ich habe sie ignoriert und nur die Felder Benutzername und Passwort verwendet.
xtream-note-internal-error = Interner Fehler bei der Prüfung: { $error }

xtream-credential-empty = { $field ->
    [username] Der Benutzername ist leer.
   *[password] Das Passwort ist leer.
}
xtream-credential-too-long = { $field ->
    [username] Der Benutzername ist länger als { $max } Zeichen.
   *[password] Das Passwort ist länger als { $max } Zeichen.
}
xtream-credential-control = { $field ->
    [username] Der Benutzername enthält Steuerzeichen (ein versehentlicher Zeilenumbruch?).
   *[password] Das Passwort enthält Steuerzeichen (ein versehentlicher Zeilenumbruch?).
}

## The steps of a line check

xtream-step-not-panel = HTTP { $status }, aber keine Panel-Antwort ({ $why })
xtream-step-panel-answered = das Panel hat in { $ms } ms zur Leitung geantwortet
xtream-step-category = Kategorien { $kind }: { $atLeast ->
    [yes] mindestens { $count }
   *[no] { $count }
}
xtream-step-category-failed = Kategorien { $kind } nicht geladen ({ $problem })
