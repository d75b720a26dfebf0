kb-gaps-title = Ошибки без ответа за { $days ->
    [one] последний { $days } день
    [few] последние { $days } дня
    [many] последние { $days } дней
   *[other] последние { $days } дня
}
kb-gaps-empty = Ошибок без ответа за { $days ->
    [one] последний { $days } день
    [few] последние { $days } дня
    [many] последние { $days } дней
   *[other] последние { $days } дня
} нет.
kb-gaps-learning-off = Обучение на этом сервере выключено ({ $command } включает его).
kb-gaps-guess = лучшее предположение { $article }
kb-gaps-footer = { $count ->
    [one] Записан { $count } текст без ответа
    [few] Записано { $count } текста без ответа
    [many] Записано { $count } текстов без ответа
   *[other] Записано { $count } текста без ответа
} · тексты нормализованы: без авторов, секретов, хостов и чисел
kb-gaps-no-server = Пробелы записываются по серверам: выполните это на сервере.
kb-gaps-teach = Научить { $n }

kb-stats-title = Статистика базы знаний за { $weeks ->
    [one] последнюю { $weeks } неделю
    [few] последние { $weeks } недели
    [many] последние { $weeks } недель
   *[other] последние { $weeks } недели
}
kb-stats-percent = { $value } %
kb-stats-answer-rate = Доля ответов **{ $rate }** (с ответом: { $answered }, без ответа: { $unanswered })
kb-stats-helpful-rate = Доля полезных **{ $rate }** (полезно: { $helpful }, не помогло: { $notHelpful })
kb-stats-top = Чаще всего: { $list }
kb-stats-learning-off = Обучение на этом сервере выключено: ничего нового не учитывается ({ $command }).
kb-stats-footer = С ответом: объяснения с уверенным ответом. Голоса: { $helpful } / { $notHelpful } под объяснениями.
kb-stats-no-server = Статистика ведётся по серверам: выполните это на сервере.

kb-phrases-no-server = Фразам учат на каждом сервере отдельно: выполните это на сервере.
kb-phrases-no-such = Фразы с номером { $n } нет; { $command } показывает список.
kb-phrases-removed = Удалено: { $phrase }
kb-phrases-none = На этом сервере ещё не выучено ни одной фразы (правый клик по сообщению → Приложения → Научить netmedic).

kb-use-reload = Используйте { $command }.
kb-reloaded = База знаний перезагружена: статей — { $articles }, записей FAQ — { $faqs }.
kb-reload-rejected = Перезагрузка отклонена: { $problems ->
    [one] { $problems } проблема
    [few] { $problems } проблемы
    [many] { $problems } проблем
   *[other] { $problems } проблемы
}. Предыдущая версия (статей — { $articles }, записей FAQ — { $faqs }) остаётся в работе.
kb-reload-more = …и ещё { $count } (запустите { $command })
