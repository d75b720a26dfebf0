# Console mode and the CLI's terminal text around the replies.

terminal-only-you = (это видите только вы)
terminal-help-heading = Команды (вводите их как в Discord):
terminal-help-quit = /quit  — выйти из режима консоли
terminal-help-buttons = Кнопки в ответе пронумерованы: введите номер, чтобы нажать кнопку.
terminal-form-intro = { $title } — ответьте на каждое поле отдельной строкой (/cancel — прервать).
terminal-form-not-shown = (не отображается)
terminal-form-cancelled = Форма отменена.
terminal-no-button = Кнопки { $n } нет; выберите от 1 до { $count }.
terminal-no-buttons = Нажимать нечего: кнопок нет.
terminal-message-deleted = (сообщение удалено)
terminal-discord-only = (только в Discord)
terminal-type-text = текст
terminal-type-number = число
terminal-type-user = @пользователь
terminal-parse-no-slash = Команды начинаются с косой черты, например `/explain connection refused`. Введите /help, чтобы увидеть список.
terminal-parse-unknown = Неизвестная команда /{ $name }. Введите /help, чтобы увидеть список.
terminal-parse-needs-subcommand = /{ $name } требует одну из подкоманд: { $subcommands }. Пример: { $usage }
terminal-parse-unclear = Непонятно, к чему относится «{ $text }». Использование: { $usage }
terminal-parse-missing = Не хватает: { $options }. Использование: { $usage }
terminal-option-boolean = Параметр { $option } принимает true или false, а не «{ $value }».
terminal-option-number = Параметр { $option } принимает число, а не «{ $value }».
terminal-option-user = Параметр { $option } принимает имя пользователя, например @alice.
terminal-option-choice = Параметр { $option } должен быть одним из: { $choices }.
