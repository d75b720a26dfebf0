explain-seen = Обнаружено: { $parts }
explain-seen-tool = из **{ $tool }**
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

explain-empty = Вставьте текст ошибки после /explain, например { $example }.
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

explain-answer-faq-none = Записей FAQ пока нет.
explain-answer-faq-pick = Выберите запись, которая будет опубликована в ответ на сообщение { $user }:
explain-answer-faq-placeholder = Выберите запись FAQ
explain-answer-faq-gone = Этой записи больше нет в базе знаний; откройте меню ещё раз.
explain-answer-faq-posted = Опубликовано «{ $title }»: { $url }
explain-answer-faq-fallback = Не удалось ответить в канале, поэтому «{ $title }» опубликовано ниже.
