# Ошибки файла базы знаний (kb lint, /kb reload, /faqs add|edit|import). Заголовки в кавычках
# ("## How to fix") и встроенный код — синтаксис формата, они остаются на английском.

kb-problem-directory-unreadable = не удаётся прочитать папку базы знаний: { $detail }
kb-problem-frontmatter-missing = нет YAML-frontmatter (файл должен начинаться строкой "---" и закрывать его такой же строкой)
kb-problem-yaml = ошибка YAML: { $detail }
kb-problem-frontmatter-not-mapping = frontmatter должен быть YAML-словарём
kb-problem-field-unknown = неизвестное поле
kb-problem-field-required = обязательно
kb-problem-field-type = ожидается { $expected ->
    [string] строка
    [string-list] список строк
    [source-mapping] словарь «ключ источника → описание»
   *[message-list] список сообщений
}
kb-problem-field-empty = не может быть пустым
kb-problem-field-too-long = не длиннее { $max } символов
kb-problem-duplicate-id = повторяющийся id { $of ->
    [article] статьи
   *[faq] записи FAQ
} "{ $id }" (также в { $otherFile })
kb-problem-section-unknown = неизвестный раздел "## { $heading }"
kb-problem-section-twice = раздел "## { $heading }" встречается дважды
kb-problem-section-out-of-order = раздел "## { $heading }" стоит не на своём месте
kb-problem-sub-heading-unknown = неизвестный подзаголовок "### { $heading }" { $under ->
    [causes] (ожидается "Server side" или "Client side")
   *[test] (ожидается Windows, macOS или Linux)
}
kb-problem-sub-heading-unexpected = неожиданный подзаголовок "### { $heading }"
kb-problem-heading-level = неожиданный уровень заголовка { $tag }
kb-problem-cause-outside-side = причина вне "### Server side" / "### Client side"
kb-problem-fix-not-numbered = "How to fix" должен быть нумерованным списком
kb-problem-code-outside-os = блок кода вне подзаголовка операционной системы
kb-problem-code-block-twice = больше одного блока кода
kb-problem-locale-folder-unknown = неизвестная папка языка "{ $folder }" (ожидается одна из: { $known })
kb-problem-id-not-file-name = id "{ $id }" не совпадает с именем файла "{ $fileStem }.md"
kb-problem-id-not-kebab = "{ $id }" не в kebab-case (строчные латинские буквы, цифры и одиночные дефисы)
kb-problem-locale-not-folder = "{ $locale }" не совпадает с папкой "{ $folder }"
kb-problem-translation-extra = лишний перевод: нет { $of ->
    [article] английской статьи
   *[faq] английской записи FAQ
} "{ $id }"
kb-problem-summary-in-english = осталось на английском
kb-problem-heading-differs = заголовок { $index } отличается от английского ({ $englishCount } заголовков): ожидается { $expected ->
    [none] конец заголовков
   *[other] { $expected }
}, найдено { $found ->
    [none] ничего
   *[other] { $found }
}
kb-problem-heading-in-english = заголовок { $heading } остался на английском
kb-problem-code-block-missing = нет блока кода { $index } из английского ({ $englishFile }:{ $englishLine })
kb-problem-code-block-extra = блока кода { $index } нет в английском (там их { $englishCount })
kb-problem-code-block-differs = блок кода { $index } отличается от английского ({ $englishFile }:{ $englishLine }); блоки кода должны совпадать побайтно и идти в том же порядке
kb-problem-code-span-extra = встроенного кода `{ $code }` нет в английском (изменён или добавлен)
kb-problem-code-span-missing = встроенный код `{ $code }` из английского ({ $englishFile }:{ $englishLine }) отсутствует или изменён
kb-problem-link-missing = нет ссылки { $index } (на "{ $target }", { $englishFile }:{ $englishLine })
kb-problem-link-extra = ссылки { $index } (на "{ $target }") нет в английском
kb-problem-link-differs = ссылка { $index } ведёт на "{ $target }", а в английском — на "{ $englishTarget }"
kb-problem-section-in-english = раздел { $heading } остался на английском (его текст совпадает с английским)
kb-problem-preamble-in-english = текст до первого заголовка остался на английском
kb-problem-block-in-english = осталось на английском: "{ $prose }"
kb-problem-translation-missing = нет перевода ({ $locale }) { $of ->
    [article] статьи
   *[faq] записи FAQ
} "{ $id }"
kb-problem-text-empty = пусто
kb-problem-text-too-long = { $length } символов (не больше { $max })
kb-problem-faq-embed = embed записи FAQ не укладывается в лимиты Discord: { $problem }

## Почему embed не укладывается в лимиты Discord

kb-problem-embed-title = заголовок — { $length } символов (лимит { $limit })
kb-problem-embed-description = описание — { $length } символов (лимит { $limit })
kb-problem-embed-fields = полей: { $count } (лимит { $limit })
kb-problem-embed-field-name = имя поля "{ $name }" — { $length } символов (лимит { $limit })
kb-problem-embed-field-value = поле "{ $name }" — { $length } символов (лимит { $limit })
kb-problem-embed-field-empty = поле "{ $name }" пустое
kb-problem-embed-footer = подвал — { $length } символов (лимит { $limit })
kb-problem-embed-total = всего { $length } символов (лимит { $limit })
