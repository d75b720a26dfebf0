# Console mode and the CLI's terminal text around the replies.

terminal-only-you = (só você vê isto)
terminal-help-heading = Comandos (digite como no Discord):
terminal-help-quit = /quit  — sair do modo console
terminal-help-buttons = Os botões de uma resposta são numerados: digite o número para apertar um.
terminal-form-intro = { $title } — responda cada campo em uma linha própria (/cancel para parar).
terminal-form-not-shown = (não é exibido)
terminal-form-cancelled = Formulário cancelado.
terminal-no-button = Não há botão { $n }; escolha de 1 a { $count }.
terminal-no-buttons = Não há botões para apertar.
terminal-message-deleted = (mensagem excluída)
terminal-discord-only = (só no Discord)
terminal-type-text = texto
terminal-type-number = número
terminal-type-user = @usuário
terminal-parse-no-slash = Comandos começam com uma barra, como `/explain connection refused`. Digite /help para ver a lista.
terminal-parse-unknown = Comando desconhecido /{ $name }. Digite /help para ver a lista.
terminal-parse-needs-subcommand = /{ $name } precisa de um destes: { $subcommands }. Exemplo: { $usage }
terminal-parse-unclear = Não sei para que serve "{ $text }". Uso: { $usage }
terminal-parse-missing = Falta: { $options }. Uso: { $usage }
terminal-option-boolean = A opção { $option } aceita true ou false, não "{ $value }".
terminal-option-number = A opção { $option } aceita um número, não "{ $value }".
terminal-option-user = A opção { $option } aceita um nome de usuário, como @alice.
terminal-option-choice = A opção { $option } precisa ser uma destas: { $choices }.
