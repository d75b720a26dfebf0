# Console mode and the CLI's terminal text around the replies.

terminal-only-you = (solo tú ves esto)
terminal-help-heading = Comandos (escríbelos como en Discord):
terminal-help-quit = /quit  — salir del modo consola
terminal-help-buttons = Los botones de una respuesta están numerados: escribe el número para pulsar uno.
terminal-form-intro = { $title } — responde cada campo en su propia línea (/cancel para parar).
terminal-form-not-shown = (no se muestra)
terminal-form-cancelled = Formulario cancelado.
terminal-no-button = No hay ningún botón { $n }; elige entre 1 y { $count }.
terminal-no-buttons = No hay botones que pulsar.
terminal-message-deleted = (mensaje eliminado)
terminal-discord-only = (solo en Discord)
terminal-type-text = texto
terminal-type-number = número
terminal-type-user = @usuario
terminal-parse-no-slash = Los comandos empiezan con una barra, como `/explain connection refused`. Escribe /help para ver la lista.
terminal-parse-unknown = Comando desconocido /{ $name }. Escribe /help para ver la lista.
terminal-parse-needs-subcommand = /{ $name } necesita uno de: { $subcommands }. Ejemplo: { $usage }
terminal-parse-unclear = No sé para qué es «{ $text }». Uso: { $usage }
terminal-parse-missing = Falta: { $options }. Uso: { $usage }
terminal-option-boolean = La opción { $option } admite true o false, no «{ $value }».
terminal-option-number = La opción { $option } admite un número, no «{ $value }».
terminal-option-user = La opción { $option } admite un nombre de usuario, como @alice.
terminal-option-choice = La opción { $option } debe ser una de: { $choices }.
