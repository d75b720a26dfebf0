# Console mode and the CLI's terminal text around the replies.

terminal-only-you = (nur du siehst das)
terminal-help-heading = Befehle (so eingeben wie in Discord):
terminal-help-quit = /quit  — Konsolenmodus beenden
terminal-help-buttons = Die Buttons einer Antwort sind nummeriert: Gib die Nummer ein, um einen zu drücken.
terminal-form-intro = { $title } — beantworte jedes Feld in einer eigenen Zeile (/cancel bricht ab).
terminal-form-not-shown = (wird nicht angezeigt)
terminal-form-cancelled = Formular abgebrochen.
terminal-no-button = Es gibt keinen Button { $n }; wähle 1–{ $count }.
terminal-no-buttons = Es gibt keine Buttons zum Drücken.
terminal-message-deleted = (Nachricht gelöscht)
terminal-discord-only = (nur in Discord)
terminal-type-text = Text
terminal-type-number = Zahl
terminal-type-user = @Nutzer
terminal-parse-no-slash = Befehle beginnen mit einem Schrägstrich, etwa `/explain connection refused`. Gib /help ein, um die Liste zu sehen.
terminal-parse-unknown = Unbekannter Befehl /{ $name }. Gib /help ein, um die Liste zu sehen.
terminal-parse-needs-subcommand = /{ $name } braucht eines von: { $subcommands }. Beispiel: { $usage }
terminal-parse-unclear = Unklar, wofür „{ $text }“ gedacht ist. Verwendung: { $usage }
terminal-parse-missing = Es fehlt: { $options }. Verwendung: { $usage }
terminal-option-boolean = Option { $option } erwartet true oder false, nicht „{ $value }“.
terminal-option-number = Option { $option } erwartet eine Zahl, nicht „{ $value }“.
terminal-option-user = Option { $option } erwartet einen Benutzernamen, etwa @alice.
terminal-option-choice = Option { $option } muss eins davon sein: { $choices }.
