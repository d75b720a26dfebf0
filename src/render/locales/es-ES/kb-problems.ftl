# Problemas de un archivo de conocimiento (kb lint, /kb reload, /faqs add|edit|import). Los títulos
# entre comillas ("## How to fix") y el código en línea son sintaxis del formato y quedan en inglés.

kb-problem-directory-unreadable = no se puede leer la carpeta de conocimiento: { $detail }
kb-problem-frontmatter-missing = falta el frontmatter YAML (el archivo debe empezar con una línea "---" y cerrarlo con otra)
kb-problem-yaml = error de YAML: { $detail }
kb-problem-frontmatter-not-mapping = el frontmatter debe ser un mapeo YAML
kb-problem-field-unknown = campo desconocido
kb-problem-field-required = es obligatorio
kb-problem-field-type = se esperaba { $expected ->
    [string] una cadena
    [string-list] una lista de cadenas
    [source-mapping] un mapeo de claves de origen a descripciones
   *[message-list] una lista de mensajes
}
kb-problem-field-empty = no puede estar vacío
kb-problem-field-too-long = debe tener como máximo { $max } caracteres
kb-problem-duplicate-id = id { $of ->
    [article] de artículo
   *[faq] de FAQ
} "{ $id }" duplicado (también en { $otherFile })
kb-problem-section-unknown = sección desconocida "## { $heading }"
kb-problem-section-twice = la sección "## { $heading }" aparece dos veces
kb-problem-section-out-of-order = la sección "## { $heading }" está fuera de orden
kb-problem-sub-heading-unknown = subtítulo desconocido "### { $heading }" { $under ->
    [causes] (se esperaba "Server side" o "Client side")
   *[test] (se esperaba Windows, macOS o Linux)
}
kb-problem-sub-heading-unexpected = subtítulo inesperado "### { $heading }"
kb-problem-heading-level = nivel de título inesperado { $tag }
kb-problem-cause-outside-side = causa fuera de "### Server side" / "### Client side"
kb-problem-fix-not-numbered = "How to fix" debe ser una lista numerada
kb-problem-code-outside-os = bloque de código fuera de un subtítulo de sistema operativo
kb-problem-code-block-twice = más de un bloque de código
kb-problem-locale-folder-unknown = carpeta de idioma desconocida "{ $folder }" (se esperaba una de { $known })
kb-problem-id-not-file-name = el id "{ $id }" no coincide con el nombre del archivo "{ $fileStem }.md"
kb-problem-id-not-kebab = "{ $id }" no está en kebab-case (minúsculas, dígitos y guiones sueltos)
kb-problem-locale-not-folder = "{ $locale }" no coincide con la carpeta "{ $folder }"
kb-problem-translation-extra = traducción sobrante: no hay { $of ->
    [article] ningún artículo en inglés
   *[faq] ninguna entrada de FAQ en inglés
} "{ $id }"
kb-problem-summary-in-english = sigue en inglés
kb-problem-heading-differs = el título { $index } difiere del inglés ({ $englishCount } títulos): se esperaba { $expected ->
    [none] ningún título más
   *[other] { $expected }
}, se encontró { $found ->
    [none] ninguno
   *[other] { $found }
}
kb-problem-heading-in-english = el título { $heading } sigue en inglés
kb-problem-code-block-missing = falta el bloque de código { $index } del inglés ({ $englishFile }:{ $englishLine })
kb-problem-code-block-extra = el bloque de código { $index } no está en el inglés (que tiene { $englishCount })
kb-problem-code-block-differs = el bloque de código { $index } difiere del inglés ({ $englishFile }:{ $englishLine }); los bloques de código deben ser idénticos byte a byte y estar en el mismo orden
kb-problem-code-span-extra = el código en línea `{ $code }` no está en el inglés (cambiado o añadido)
kb-problem-code-span-missing = el código en línea `{ $code }` del inglés ({ $englishFile }:{ $englishLine }) falta o ha cambiado
kb-problem-link-missing = falta el enlace { $index } (a "{ $target }", { $englishFile }:{ $englishLine })
kb-problem-link-extra = el enlace { $index } (a "{ $target }") no está en el inglés
kb-problem-link-differs = el enlace { $index } lleva a "{ $target }"; el inglés enlaza a "{ $englishTarget }"
kb-problem-section-in-english = la sección { $heading } sigue en inglés (su texto es el texto en inglés)
kb-problem-preamble-in-english = el texto antes del primer título sigue en inglés
kb-problem-block-in-english = sigue en inglés: "{ $prose }"
kb-problem-translation-missing = falta la traducción { $locale } { $of ->
    [article] del artículo
   *[faq] de la entrada de FAQ
} "{ $id }"
kb-problem-text-empty = está vacío
kb-problem-text-too-long = tiene { $length } caracteres (como máximo { $max })
kb-problem-faq-embed = el embed de la FAQ no cabe en los límites de Discord: { $problem }

## Por qué un embed no cabe en los límites de Discord

kb-problem-embed-title = el título tiene { $length } caracteres (límite { $limit })
kb-problem-embed-description = la descripción tiene { $length } caracteres (límite { $limit })
kb-problem-embed-fields = { $count } campos (límite { $limit })
kb-problem-embed-field-name = el nombre del campo "{ $name }" tiene { $length } caracteres (límite { $limit })
kb-problem-embed-field-value = el campo "{ $name }" tiene { $length } caracteres (límite { $limit })
kb-problem-embed-field-empty = el campo "{ $name }" está vacío
kb-problem-embed-footer = el pie tiene { $length } caracteres (límite { $limit })
kb-problem-embed-total = { $length } caracteres en total (límite { $limit })
