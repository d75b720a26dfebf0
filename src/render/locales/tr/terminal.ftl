# Console mode and the CLI's terminal text around the replies.

terminal-only-you = (bunu yalnızca siz görüyorsunuz)
terminal-help-heading = Komutlar (Discord’daki gibi yazın):
terminal-help-quit = /quit  — konsol modundan çık
terminal-help-buttons = Bir yanıttaki düğmeler numaralıdır: basmak için numarayı yazın.
terminal-form-intro = { $title } — her alanı ayrı bir satırda yanıtlayın (durdurmak için /cancel).
terminal-form-not-shown = (gösterilmez)
terminal-form-cancelled = Form iptal edildi.
terminal-no-button = { $n } numaralı düğme yok; 1–{ $count } arasından seçin.
terminal-no-buttons = Basılacak düğme yok.
terminal-message-deleted = (mesaj silindi)
terminal-discord-only = (yalnızca Discord’da)
terminal-type-text = metin
terminal-type-number = sayı
terminal-type-user = @kullanıcı
terminal-parse-no-slash = Komutlar eğik çizgiyle başlar, örneğin `/explain connection refused`. Liste için /help yazın.
terminal-parse-unknown = Bilinmeyen komut /{ $name }. Liste için /help yazın.
terminal-parse-needs-subcommand = /{ $name } şunlardan birini ister: { $subcommands }. Örnek: { $usage }
terminal-parse-unclear = "{ $text }" ne için, anlaşılmadı. Kullanım: { $usage }
terminal-parse-missing = Eksik: { $options }. Kullanım: { $usage }
terminal-option-boolean = { $option } seçeneği true veya false alır, "{ $value }" değil.
terminal-option-number = { $option } seçeneği bir sayı alır, "{ $value }" değil.
terminal-option-user = { $option } seçeneği bir kullanıcı adı alır, örneğin @alice.
terminal-option-choice = { $option } seçeneği şunlardan biri olmalı: { $choices }.
