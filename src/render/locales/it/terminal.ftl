# Console mode and the CLI's terminal text around the replies.

terminal-only-you = (solo tu vedi questo messaggio)
terminal-help-heading = Comandi (scrivili come in Discord):
terminal-help-quit = /quit  — esci dalla modalità console
terminal-help-buttons = I pulsanti di una risposta sono numerati: scrivi il numero per premerne uno.
terminal-form-intro = { $title } — rispondi a ogni campo su una riga a sé (/cancel per interrompere).
terminal-form-not-shown = (non mostrato)
terminal-form-cancelled = Modulo annullato.
terminal-no-button = Non c’è nessun pulsante { $n }; scegli da 1 a { $count }.
terminal-no-buttons = Non ci sono pulsanti da premere.
terminal-message-deleted = (messaggio eliminato)
terminal-discord-only = (solo in Discord)
terminal-type-text = testo
terminal-type-number = numero
terminal-type-user = @utente
terminal-parse-no-slash = I comandi iniziano con una barra, come `/explain connection refused`. Scrivi /help per l’elenco.
terminal-parse-unknown = Comando sconosciuto /{ $name }. Scrivi /help per l’elenco.
terminal-parse-needs-subcommand = /{ $name } richiede uno tra: { $subcommands }. Esempio: { $usage }
terminal-parse-unclear = Non è chiaro a cosa serva «{ $text }». Uso: { $usage }
terminal-parse-missing = Manca: { $options }. Uso: { $usage }
terminal-option-boolean = L’opzione { $option } accetta true o false, non «{ $value }».
terminal-option-number = L’opzione { $option } accetta un numero, non «{ $value }».
terminal-option-user = L’opzione { $option } accetta un nome utente, come @alice.
terminal-option-choice = L’opzione { $option } deve essere una tra: { $choices }.
