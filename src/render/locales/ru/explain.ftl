explain-seen = Обнаружено: { $parts }
explain-seen-tool = источник **{ $tool }**
explain-tool-browser = браузер
explain-seen-host = хост `{ $host }`
explain-seen-port = порт { $port }
explain-seen-curl-exit = код выхода curl { $code }

explain-evidence-code = код { $value }
explain-evidence-phrase = фраза { $value }
explain-evidence-topic = тема { $value }
explain-evidence-keywords = ключевые слова { $value }
explain-evidence-taught = выучено на этом сервере: { $value }
explain-evidence-winsock = ошибка сокета Windows { $code }
explain-evidence-exit-code = код выхода { $code }
explain-evidence-tls-alert = TLS-оповещение { $code }
explain-evidence-x509 = ошибка проверки сертификата { $code }
explain-footer = Совпадение: { $how } · уверенность { $confidence }
explain-footer-list = { $items } и { $last }
explain-footer-weak = слабые ключевые слова
explain-footer-unsure-compare = нет уверенности: сравните с «{ $field }» выше
explain-footer-unsure-alone = нет уверенности: другие статьи подходят не лучше

explain-heading-likely-causes = Вероятные причины
explain-heading-first-steps = Первые шаги
explain-heading-test = Проверка
explain-heading-server = На стороне сервера
explain-heading-your-side = На вашей стороне
explain-heading-meaning = Что это значит
explain-heading-common-causes = Частые причины
explain-heading-fix = Как исправить
explain-heading-related = См. также
explain-field-also-possible = Также возможно
explain-field-could-also-be = Может быть и это
explain-article-footer = Статья { $id }
explain-page-footer = Статья { $id } · страница { $page } из { $pages }

explain-button-full-article = Статья целиком
explain-button-previous = ◀ Назад
explain-button-next = Далее ▶
explain-vote-helpful = Полезно
explain-vote-not-helpful = Не помогло

explain-no-match-title = Нет уверенного совпадения
explain-no-match-intro = Не удалось понять, что это за сетевая ошибка.
explain-no-match-suggestions = Возможно, это одна из этих:
explain-no-match-suggestion = • **{ $title }** (уверенность { $confidence })
explain-no-match-faqs = Если это вопрос, могут помочь эти записи FAQ:
explain-no-match-hint = Вставьте ошибку целиком, включая строку с кодом ошибки (ECONNREFUSED, ERR_…, curl: (7), HTTP 404…), или загляните в `{ $command }`.
explain-no-match-footer-ranked = Варианты упорядочены по кодам и фразам, общим с вашим текстом
explain-no-match-footer-nothing = В тексте не найдено ни известного кода, ни известной фразы

explain-faq-also = также: { $aliases }
explain-faq-list-more = …и ещё { $count }
explain-faq-list-empty = Записей FAQ пока нет.
explain-faq-list-footer = { $count ->
    [one] { $count } запись
    [few] { $count } записи
    [many] { $count } записей
   *[other] { $count } записи
} · { $command } показывает одну

explain-auto-footer = Автообъяснение · { $evidence } · полный ответ — { $command }
explain-taught-footer = выучено на этом сервере

explain-empty = Вставьте текст ошибки после { $command }, например { $example }.
explain-choice-best = Лучшее совпадение: { $title } ({ $percent } %)
explain-vote-not-kept = Спасибо! Голоса считаются по серверам, поэтому этот голос не сохранён.
explain-vote-counted = Спасибо — учтено как «{ $vote ->
    [helpful] полезно
   *[not-helpful] не помогло
}». Нажмите другую кнопку, чтобы изменить голос.
explain-vote-same = Вы уже отметили это как «{ $vote ->
    [helpful] полезно
   *[not-helpful] не помогло
}».
explain-vote-changed = Изменено: теперь ваш голос — «{ $vote ->
    [helpful] полезно
   *[not-helpful] не помогло
}».
explain-article-gone = Статьи «{ $id }» больше нет в базе знаний.
explain-button-unsupported = Эта кнопка больше не поддерживается.

explain-message-no-text = В этом сообщении нет текста, который я могу прочитать (только встраивания или вложения), поэтому известная ошибка не найдена.
explain-message-no-match = В этом сообщении не найдено известной ошибки. Попробуйте { $command } с точным текстом ошибки.
explain-message-no-match-hint = В этом сообщении не найдено известной ошибки. Возможно: { $titles }. Попробуйте { $command } с точным текстом ошибки.
explain-message-posted = Объяснено: { $url }
explain-message-fallback = Не удалось ответить в канале, поэтому ответ ниже.
explain-message-about = { $mention } — о сообщении { $url }


explain-service-ftp-data = данные FTP
explain-service-smtp-submission = отправка почты SMTP
explain-service-socks-proxy = SOCKS-прокси
explain-service-dev-server = сервер разработки
explain-service-remote-desktop = Удалённый рабочий стол
explain-service-game-server = игровой сервер
explain-service-http-alternate = альтернативный HTTP
explain-service-https-alternate = альтернативный HTTPS
explain-service-php-fpm = PHP-FPM / сервер разработки
explain-service-prometheus = Prometheus / панель администратора
explain-service-source-game-server = игровой сервер Source
explain-port-hint-known = на порту { $port } обычно работает { $service }; запущен ли этот сервис и слушает ли он этот адрес?
explain-port-hint-unknown = запущен ли сервис, который должен отвечать на порту { $port }, и слушает ли он этот адрес?
explain-port-hint-21 = запущен ли FTP-сервер и пропускает ли брандмауэр порт 21 (и пассивный диапазон)?
explain-port-hint-22 = запущен ли sshd и слушает ли он этот адрес, и пропускает ли брандмауэр порт 22?
explain-port-hint-25 = многие интернет- и облачные провайдеры блокируют исходящий порт 25; для отправки почты используйте 587.
explain-port-hint-53 = доступен ли DNS-сервер на порту 53 (UDP и TCP)?
explain-port-hint-80 = запущен ли веб-сервер и слушает ли он порт 80, и пропускает ли его брандмауэр?
explain-port-hint-443 = запущен ли веб-сервер и слушает ли он порт 443, и пропускает ли его брандмауэр?
explain-port-hint-1080 = действительно ли запущен локальный прокси (SOCKS на 1080)? Настройки прокси часто переживают само приложение прокси.
explain-port-hint-1433 = запущен ли SQL Server с включённым TCP/IP и слушает ли он 1433 (Диспетчер конфигурации SQL Server)?
explain-port-hint-3000 = запущен ли ваш сервер разработки (часто Node на 3000) и слушает ли он этот адрес, а не только localhost?
explain-port-hint-3306 = 3306 — порт MySQL/MariaDB по умолчанию; запущена ли база данных и слушает ли она этот адрес (bind-address)?
explain-port-hint-3389 = включён ли Удалённый рабочий стол на целевом компьютере и пропускает ли брандмауэр порт 3389?
explain-port-hint-5432 = 5432 — порт PostgreSQL по умолчанию; запущена ли база данных и слушает ли она этот адрес (listen_addresses, pg_hba.conf)?
explain-port-hint-6379 = 6379 — порт Redis по умолчанию; запущен ли redis-server и привязан ли он к этому адресу (bind, protected-mode)?
explain-port-hint-8080 = 8080 — распространённый альтернативный порт HTTP (прокси, серверы разработки, IPTV-панели); запущен ли на нём этот сервис?
explain-port-hint-9200 = 9200 — порт Elasticsearch по умолчанию; запущен ли узел и указан ли этот адрес в network.host?
explain-port-hint-25565 = 25565 — порт Minecraft по умолчанию; запущен ли сервер и проброшен ли порт на роутере?
explain-port-hint-27017 = 27017 — порт MongoDB по умолчанию; запущен ли mongod и указан ли этот адрес в bindIp?
