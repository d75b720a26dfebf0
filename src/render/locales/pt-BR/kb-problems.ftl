# Problemas de um arquivo de conhecimento (kb lint, /kb reload, /faqs add|edit|import). Os títulos
# entre aspas ("## How to fix") e o código inline são sintaxe do formato e ficam em inglês.

kb-problem-directory-unreadable = não é possível ler a pasta de conhecimento: { $detail }
kb-problem-frontmatter-missing = falta o frontmatter YAML (o arquivo deve começar com uma linha "---" e fechá-lo com outra)
kb-problem-yaml = erro de YAML: { $detail }
kb-problem-frontmatter-not-mapping = o frontmatter deve ser um mapeamento YAML
kb-problem-field-unknown = campo desconhecido
kb-problem-field-required = é obrigatório
kb-problem-field-type = esperado { $expected ->
    [string] um texto
    [string-list] uma lista de textos
    [source-mapping] um mapeamento de chaves de origem para descrições
   *[message-list] uma lista de mensagens
}
kb-problem-field-empty = não pode estar vazio
kb-problem-field-too-long = deve ter no máximo { $max } caracteres
kb-problem-duplicate-id = id { $of ->
    [article] de artigo
   *[faq] de FAQ
} "{ $id }" duplicado (também em { $otherFile })
kb-problem-section-unknown = seção desconhecida "## { $heading }"
kb-problem-section-twice = a seção "## { $heading }" aparece duas vezes
kb-problem-section-out-of-order = a seção "## { $heading }" está fora de ordem
kb-problem-sub-heading-unknown = subtítulo desconhecido "### { $heading }" { $under ->
    [causes] (esperado "Server side" ou "Client side")
   *[test] (esperado Windows, macOS ou Linux)
}
kb-problem-sub-heading-unexpected = subtítulo inesperado "### { $heading }"
kb-problem-heading-level = nível de título inesperado { $tag }
kb-problem-cause-outside-side = causa fora de "### Server side" / "### Client side"
kb-problem-fix-not-numbered = "How to fix" deve ser uma lista numerada
kb-problem-code-outside-os = bloco de código fora de um subtítulo de sistema operacional
kb-problem-code-block-twice = mais de um bloco de código
kb-problem-locale-folder-unknown = pasta de idioma desconhecida "{ $folder }" (esperada uma de { $known })
kb-problem-id-not-file-name = o id "{ $id }" não corresponde ao nome do arquivo "{ $fileStem }.md"
kb-problem-id-not-kebab = "{ $id }" não está em kebab-case (letras minúsculas, dígitos e hífens simples)
kb-problem-locale-not-folder = "{ $locale }" não corresponde à pasta "{ $folder }"
kb-problem-translation-extra = tradução a mais: não existe { $of ->
    [article] artigo em inglês
   *[faq] entrada de FAQ em inglês
} "{ $id }"
kb-problem-summary-in-english = continua em inglês
kb-problem-heading-differs = o título { $index } difere do inglês ({ $englishCount } títulos): esperado { $expected ->
    [none] nenhum outro título
   *[other] { $expected }
}, encontrado { $found ->
    [none] nenhum
   *[other] { $found }
}
kb-problem-heading-in-english = o título { $heading } continua em inglês
kb-problem-code-block-missing = falta o bloco de código { $index } do inglês ({ $englishFile }:{ $englishLine })
kb-problem-code-block-extra = o bloco de código { $index } não está no inglês (que tem { $englishCount })
kb-problem-code-block-differs = o bloco de código { $index } difere do inglês ({ $englishFile }:{ $englishLine }); os blocos de código devem ser idênticos byte a byte e estar na mesma ordem
kb-problem-code-span-extra = o código inline `{ $code }` não está no inglês (alterado ou adicionado)
kb-problem-code-span-missing = o código inline `{ $code }` do inglês ({ $englishFile }:{ $englishLine }) falta ou foi alterado
kb-problem-link-missing = falta o link { $index } (para "{ $target }", { $englishFile }:{ $englishLine })
kb-problem-link-extra = o link { $index } (para "{ $target }") não está no inglês
kb-problem-link-differs = o link { $index } leva a "{ $target }"; o inglês aponta para "{ $englishTarget }"
kb-problem-section-in-english = a seção { $heading } continua em inglês (o texto dela é o texto em inglês)
kb-problem-preamble-in-english = o texto antes do primeiro título continua em inglês
kb-problem-block-in-english = continua em inglês: "{ $prose }"
kb-problem-translation-missing = falta a tradução { $locale } { $of ->
    [article] do artigo
   *[faq] da entrada de FAQ
} "{ $id }"
kb-problem-text-empty = está vazio
kb-problem-text-too-long = tem { $length } caracteres (no máximo { $max })
kb-problem-faq-embed = o embed da FAQ não cabe nos limites do Discord: { $problem }

## Por que um embed não cabe nos limites do Discord

kb-problem-embed-title = o título tem { $length } caracteres (limite { $limit })
kb-problem-embed-description = a descrição tem { $length } caracteres (limite { $limit })
kb-problem-embed-fields = { $count } campos (limite { $limit })
kb-problem-embed-field-name = o nome do campo "{ $name }" tem { $length } caracteres (limite { $limit })
kb-problem-embed-field-value = o campo "{ $name }" tem { $length } caracteres (limite { $limit })
kb-problem-embed-field-empty = o campo "{ $name }" está vazio
kb-problem-embed-footer = o rodapé tem { $length } caracteres (limite { $limit })
kb-problem-embed-total = { $length } caracteres no total (limite { $limit })
