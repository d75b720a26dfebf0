about-description = Я объясняю сетевые ошибки ({ $explain }) и проверяю серверы из своей сети ({ $check }). Помощники могут ссылаться на записи FAQ через { $faq }.
about-version = Версия
about-uptime = Время работы
about-latency = Задержка
about-latency-unknown = н/д
about-latency-ms = { $ms } мс
about-knowledge = База знаний
about-knowledge-size = { $articles ->
    [one] { $articles } статья
    [few] { $articles } статьи
    [many] { $articles } статей
   *[other] { $articles } статьи
}, { $faqs ->
    [one] { $faqs } запись FAQ
    [few] { $faqs } записи FAQ
    [many] { $faqs } записей FAQ
   *[other] { $faqs } записи FAQ
}
about-duration-days = { $d } д { $h } ч { $m } мин
about-duration-hours = { $h } ч { $m } мин
about-duration-minutes = { $m } мин { $s } с
about-duration-seconds = { $s } с
