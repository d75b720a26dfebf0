# /faq, /faqs и «Ответить через FAQ».

## Публикация

faq-for-user = <@{ $user }>, это должно помочь:
faq-delete-button = Удалить
faq-not-found = Записи FAQ «{ $name }» нет.
faq-did-you-mean = Возможно, вы имели в виду { $ids }?
faq-start-typing = Начните вводить, чтобы выбрать запись из списка.
faq-repeat = «{ $title }» только что публиковали в этом канале. Прокрутите вверх или опубликуйте снова через { $wait } с.
faq-delete-refused = Удалить эту запись может только тот, кто её опубликовал, или модератор.
faq-button-gone = Эта кнопка больше не поддерживается.
faq-form-gone = Эта форма больше не поддерживается.
faq-subcommand-gone = Эта подкоманда больше не поддерживается.
faq-answer-none = Записей FAQ пока нет.
faq-answer-pick = Выберите запись, которую нужно опубликовать в ответ на сообщение { $author }:
faq-answer-placeholder = Выберите запись FAQ
faq-answer-gone = Этой записи больше нет в базе знаний; откройте меню снова.
faq-answer-posted = «{ $title }» опубликована: { $url }
faq-answer-below = Не удалось ответить в канале, поэтому «{ $title }» опубликована ниже.

## Управление (/faqs)

faq-entry-name = «{ $title }» (`{ $id }`)
faq-scope-server = FAQ ведётся отдельно для каждого сервера: выполните это на сервере.
faq-no-store = Хранилище FAQ в этом режиме недоступно.
faq-not-moderator = Изменять FAQ могут только модераторы (право «Управлять сообщениями» или роль, заданная через `/faqs модераторы`).
faq-field-id = ID (kebab-case, напр. panel-url)
faq-field-title = Заголовок
faq-field-aliases = Синонимы (слова для поиска, через запятую)
faq-field-body = Текст (markdown)
faq-modal-new = Новая запись FAQ
faq-modal-edit = Изменить { $id }
faq-saved-nothing-gone = Ничего не сохранено: { $what } больше не существует (кто-то успел это удалить).
faq-saved-nothing-exists = Ничего не сохранено: { $entry } уже существует. Изменить её можно через `/faqs изменить`.
faq-saved-nothing-conflict = Ничего не сохранено: { $entry } тем временем изменил кто-то другой. Вот текущий текст; чтобы изменить его, снова выполните `/faqs изменить`.
faq-saved-nothing-problems = Ничего не сохранено:
faq-saved-nothing-id-taken = Ничего не сохранено: `{ $id }` уже существует. Измените запись через `/faqs изменить` или выберите другой ID.
faq-form-stale = устарела; снова выполните /faqs изменить
faq-source = { $source ->
    [shipped] встроенная
    [override] изменена здесь
   *[server] этого сервера
}
faq-no-forms-add = Формы здесь недоступны; напишите запись в файле .md и используйте `netmedic faq import`.
faq-no-forms-edit = Формы здесь недоступны; экспортируйте записи, измените файл .md и импортируйте его.
faq-not-found-here = На этом сервере нет записи FAQ «{ $name }».
faq-remove-ask = Удалить { $entry }? { $source ->
    [server] Она будет удалена (история сохранится).
   *[other] Она встроена в netmedic, поэтому будет скрыта на этом сервере (`/faqs восстановить` вернёт её).
}
faq-remove-button = Удалить
faq-keep-button = Оставить
faq-aliases-show = Синонимы { $entry }: { $count ->
    [0] нет
   *[other] { $aliases }
}. Укажите `добавить` или `удалить`, чтобы их изменить.
faq-aliases-saved = Синонимы { $entry }: { $count ->
    [0] нет
   *[other] { $aliases }
}.
faq-unpinned = { $entry } откреплена.
faq-pinned = { $entry } закреплена: она предлагается первой, когда ничего не введено.
faq-restore-not-shipped = `{ $id }` не встроенная запись, восстанавливать нечего.
faq-restored = У `{ $id }` снова встроенный текст.
faq-restore-already = У `{ $id }` и так встроенный текст.
faq-list-title = Записи FAQ на этом сервере
faq-list-empty = Записей нет.
faq-list-footer = Страница { $page } из { $pages } · { $count ->
    [one] { $count } запись
    [few] { $count } записи
   *[many] { $count } записей
}
faq-list-footer-hidden = скрыто встроенных: { $hidden }
faq-previous = Назад
faq-next = Далее
faq-history-unchanged = `{ $id }` на этом сервере не менялась: она как встроенная.
faq-history-none = Для `{ $id }` на этом сервере истории нет.
faq-history-title = История { $id }
faq-history-line = v{ $version } · **{ $action ->
    [add] добавлена
    [edit] изменена
    [alias] синонимы
    [remove] удалена
    [hide] скрыта
    [pin] закреплена
    [unpin] откреплена
    [restore] восстановлена
    [import] импортирована
   *[other] { $action }
}** — <@{ $user }> { $when } — { $title }
faq-export-none = У этого сервера пока нет своих записей (встроенные находятся в пакете).
faq-export-done = { $count ->
    [one] { $count } запись, по файлу markdown на каждую (формат knowledge/faq).
    [few] { $count } записи, по файлу markdown на каждую (формат knowledge/faq).
   *[many] { $count } записей, по файлу markdown на каждую (формат knowledge/faq).
}
faq-import-attach = Прикрепите .zip (из `/faqs экспорт`) или один файл .md.
faq-import-nothing = Ничего не импортировано: { $problem }.
faq-import-problems = Ничего не импортировано ({ $count ->
    [one] { $count } проблема
    [few] { $count } проблемы
   *[many] { $count } проблем
}):
faq-imported = { $count ->
    [one] Импортирована { $count } запись
    [few] Импортировано { $count } записи
   *[many] Импортировано { $count } записей
}: { $ids }
faq-more = …и ещё { $count }
faq-stats-title = Использование FAQ на этом сервере
faq-stats-most = Чаще всего
faq-stats-least = Реже всего
faq-stats-unused = Не использовались { $days } { $days ->
    [one] день
    [few] дня
   *[many] дней
} ({ $count })
faq-mods-only-manage = Выбрать роль модераторов могут только участники с правом «Управлять сообщениями».
faq-mods-cleared = Теперь управлять FAQ могут только участники с правом «Управлять сообщениями».
faq-mods-set = Участники с ролью <@&{ $role }> теперь тоже могут управлять FAQ.
faq-mods-current = Управлять FAQ могут участники с ролью <@&{ $role }>, а также с правом «Управлять сообщениями».
faq-mods-none = FAQ управляют только участники с правом «Управлять сообщениями». Укажите `роль`, чтобы добавить роль.
faq-preview = Предпросмотр — ничего не сохранится, пока вы не нажмёте «Сохранить»:
faq-save-button = Сохранить
faq-cancel-button = Отмена
faq-saved-version = { $entry } сохранена (версия { $version }).
faq-draft-gone = Этот предпросмотр устарел или уже использован; снова выполните `/faqs добавить`.
faq-saved-post = { $entry } сохранена. Опубликуйте её через `/faq запись:{ $id }`.
faq-cancelled = Отменено; ничего не сохранено.
faq-kept = Оставлено; ничего не изменено.
faq-removed = `{ $id }` удалена.

## Проблемы с файлом или формой

faq-problem-whole-file = файл
faq-problem-not-zip = ожидался .zip с файлами .md (как от /faqs экспорт) или один файл .md
faq-problem-unreadable-zip = не удаётся прочитать zip: { $error }
faq-problem-file-too-large = { $file } слишком большой (не больше { $kib } КиБ на файл)
faq-problem-too-many-files = файлов: { $count } (не больше { $max })
faq-problem-not-md = не файл .md
faq-problem-duplicate-id = «{ $id }» — это также ID { $other }
faq-problem-no-md = в нём нет файлов .md
faq-problem-id-required = обязателен
faq-problem-id-shape = должен быть в kebab-case, не длиннее 64 символов (строчные латинские буквы, цифры и одиночные дефисы)
faq-problem-not-cdn = вложение находится не на CDN Discord
faq-problem-download = не удаётся скачать вложение ({ $reason })
faq-problem-too-large = вложение больше { $mib } МиБ
