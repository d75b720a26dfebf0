xtream-modal-title = Проверить мою IPTV-линию (приватно)
xtream-field-url = URL сервера (от провайдера)
xtream-field-username = Имя пользователя
xtream-field-password = Пароль (уходит только на вашу панель)
xtream-button = Проверить мою линию
xtream-no-forms = Здесь нельзя показать форму. В терминале выполните `npx netmedic xtream URL --user NAME` (пароль будет запрошен).
xtream-button-gone = Эта кнопка больше недоступна.
xtream-form-gone = Эта форма больше недоступна.

xtream-state-active = Линия активна
    .todo = Вход работает, линия активна. Если каналы всё равно не идут, дело в приложении или в одном потоке: очистите кэш приложения, выберите формат вывода, разрешённый линией, и попробуйте другую сеть.
xtream-state-trial = Пробная линия
    .todo = Это пробная линия: она работает до указанной ниже даты, затем отключается. Попросите провайдера до этого перевести её на платную.
xtream-state-expired = Срок линии истёк
    .todo = Подписка закончилась: продлите её у провайдера. Сама панель работает, на вашем устройстве ничего чинить не нужно.
xtream-state-banned = Линия заблокирована
    .todo = Провайдер заблокировал эту линию (часто за передачу другим или использование со слишком многих IP-адресов). Свяжитесь с провайдером: снять блокировку может только он.
xtream-state-disabled = Линия отключена
    .todo = Провайдер отключил эту линию (не оплачена, приостановлена или на проверке). Свяжитесь с провайдером; переустановка приложения не поможет.
xtream-state-limit-reached = Достигнут лимит подключений
    .todo = Лимит достигнут: закройте приложение на другом устройстве (или остановите забытый поток), подождите минуту и попробуйте снова. Тариф побольше позволяет больше устройств.
xtream-state-wrong-login = Неверное имя пользователя или пароль
    .todo = Панель отвечает, но отклоняет этот вход. Скопируйте имя пользователя и пароль у провайдера ещё раз (регистр важен, следите за пробелами); если они верны, линию удалили или провайдер перенёс вас на другую панель.
xtream-state-unknown = Статус линии неясен
    .todo = Панель ответила статусом, который эта проверка не знает. Спросите провайдера, что он означает.

xtream-status = Статус: { $status }
xtream-status-with-trial = Статус: { $status } (пробная)
xtream-status-trial = Статус: пробная
xtream-expires = Истекает: { $date } ({ $when })
xtream-days-left = { $days ->
    [one] остался { $days } день
    [few] осталось { $days } дня
   *[many] осталось { $days } дней
}
xtream-days-ago = { $days ->
    [one] { $days } день назад
    [few] { $days } дня назад
   *[many] { $days } дней назад
}
xtream-expired-today = сегодня
xtream-less-than-a-day = осталось меньше суток
xtream-expires-never = Истекает: никогда (без даты окончания)
xtream-expires-unknown = Истекает: панель не сообщила
xtream-connections = Подключения: занято { $active } из { $max }
xtream-connections-full = Подключения: занято { $active } из { $max } — ⚠️ лимит достигнут: закройте приложение на другом устройстве
xtream-formats = Разрешённые форматы: { $formats }
xtream-panel-message = Сообщение панели: { $message }
xtream-server-url = URL: { $url }
xtream-server-port = Порт: { $port }
xtream-server-https-port = Порт HTTPS: { $port }
xtream-server-timezone = Часовой пояс: { $timezone }
xtream-server-time = Время панели: { $time }
xtream-difference = ⚠️ Вы ввели { $field ->
    [url] хост
    [https_port] порт HTTPS
   *[port] порт
} { $typed }, а панель сообщает { $panel }
xtream-moved-advice = Возможно, провайдер перенёс панель: используйте адрес, который сообщает панель, или спросите у провайдера новый URL.
xtream-category = { $kind ->
    [live] ТВ-каналы
    [vod] Фильмы (VOD)
   *[series] Сериалы
}
xtream-category-count = ✅ { $what }: { $atLeast ->
    [yes] не меньше { $count }
   *[no] { $count }
} { $count ->
    [one] категория
    [few] категории
   *[many] категорий
}
xtream-category-empty = ✅ { $what }: 0 категорий (пусто: в пакете их нет)
xtream-category-failed = ❌ { $what }: не загрузилось ({ $problem })

xtream-field-line = Ваша линия
xtream-field-moved = Панель переехала?
xtream-field-server = Данные сервера от самой панели
xtream-field-categories = Списки каналов
xtream-field-steps = Шаги
xtream-field-todo = Что делать ({ $article })
xtream-field-notes = Примечания
xtream-not-checked = ❌ Линия не проверена
xtream-footer = Это видите только вы. Пароль был отправлен только на вашу панель и не сохраняется и не записывается в журнал.
xtream-full-article = Полная статья
xtream-note-credentials-in-url = В URL сервера были учётные данные: я их проигнорировал и использовал только поля имени пользователя и пароля.
xtream-note-internal-error = Внутренняя ошибка при проверке: { $error }

xtream-credential-empty = { $field ->
    [username] Имя пользователя пустое.
   *[password] Пароль пустой.
}
xtream-credential-too-long = { $field ->
    [username] Имя пользователя длиннее { $max } символов.
   *[password] Пароль длиннее { $max } символов.
}
xtream-credential-control = { $field ->
    [username] Имя пользователя содержит управляющие символы (случайный перенос строки?).
   *[password] Пароль содержит управляющие символы (случайный перенос строки?).
}

## The steps of a line check

xtream-step-not-panel = HTTP { $status }, но это не ответ панели ({ $why })
xtream-step-panel-answered = панель ответила о линии за { $ms } мс
xtream-step-category = категории { $kind }: { $atLeast ->
    [yes] не меньше { $count }
   *[no] { $count }
}
xtream-step-category-failed = категории { $kind } не загрузились ({ $problem })
