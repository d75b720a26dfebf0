# Console mode and the CLI's terminal text around the replies (the replies' own words are in
# their areas' files). Command and option names (/help, /quit, /cancel, true, false) are typed
# as they are: keep them. $n and $count: numbers; $usage: a usage line like /check target:<text>.

terminal-only-you = (only you can see this)
terminal-help-heading = Commands (type them as in Discord):
terminal-help-quit = /quit  — leave console mode
terminal-help-buttons = Buttons in a reply are numbered: type the number to press one.
terminal-form-intro = { $title } — answer each field on its own line (/cancel to stop).
terminal-form-not-shown = (not shown)
terminal-form-cancelled = Form cancelled.
terminal-no-button = There is no button { $n }; pick 1–{ $count }.
terminal-no-buttons = There are no buttons to press.
terminal-message-deleted = (message deleted)
terminal-discord-only = (in Discord only)
terminal-type-text = text
terminal-type-number = number
terminal-type-user = @user
terminal-parse-no-slash = Commands start with a slash, like `/explain connection refused`. Type /help for the list.
terminal-parse-unknown = Unknown command /{ $name }. Type /help for the list.
terminal-parse-needs-subcommand = /{ $name } needs one of: { $subcommands }. Example: { $usage }
terminal-parse-unclear = Not sure what "{ $text }" is for. Usage: { $usage }
terminal-parse-missing = Missing { $options }. Usage: { $usage }
terminal-option-boolean = Option { $option } takes true or false, got "{ $value }".
terminal-option-number = Option { $option } takes a number, got "{ $value }".
terminal-option-user = Option { $option } takes a user name, like @alice.
terminal-option-choice = Option { $option } must be one of: { $choices }.
