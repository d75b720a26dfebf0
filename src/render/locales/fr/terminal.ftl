# Console mode and the CLI's terminal text around the replies.

terminal-only-you = (toi seul vois ceci)
terminal-help-heading = Commandes (à taper comme dans Discord) :
terminal-help-quit = /quit  — quitter le mode console
terminal-help-buttons = Les boutons d’une réponse sont numérotés : tape le numéro pour en appuyer un.
terminal-form-intro = { $title } — réponds à chaque champ sur sa propre ligne (/cancel pour arrêter).
terminal-form-not-shown = (masqué)
terminal-form-cancelled = Formulaire annulé.
terminal-no-button = Il n’y a pas de bouton { $n } ; choisis entre 1 et { $count }.
terminal-no-buttons = Il n’y a aucun bouton sur lequel appuyer.
terminal-message-deleted = (message supprimé)
terminal-discord-only = (dans Discord uniquement)
terminal-type-text = texte
terminal-type-number = nombre
terminal-type-user = @utilisateur
terminal-parse-no-slash = Les commandes commencent par une barre oblique, comme `/explain connection refused`. Tape /help pour voir la liste.
terminal-parse-unknown = Commande inconnue /{ $name }. Tape /help pour voir la liste.
terminal-parse-needs-subcommand = /{ $name } attend l’une de ces sous-commandes : { $subcommands }. Exemple : { $usage }
terminal-parse-unclear = Je ne sais pas à quoi sert « { $text } ». Utilisation : { $usage }
terminal-parse-missing = Il manque : { $options }. Utilisation : { $usage }
terminal-option-boolean = L’option { $option } attend true ou false, pas « { $value } ».
terminal-option-number = L’option { $option } attend un nombre, pas « { $value } ».
terminal-option-user = L’option { $option } attend un nom d’utilisateur, comme @alice.
terminal-option-choice = L’option { $option } doit valoir l’une de ces valeurs : { $choices }.
