# Problèmes d’un fichier de connaissances (kb lint, /kb reload, /faqs add|edit|import). Les titres
# entre guillemets ("## How to fix") et le code en ligne sont la syntaxe du format et restent en anglais.

kb-problem-directory-unreadable = impossible de lire le dossier des connaissances : { $detail }
kb-problem-frontmatter-missing = frontmatter YAML manquant (le fichier doit commencer par une ligne "---" et la refermer par une autre)
kb-problem-yaml = erreur YAML : { $detail }
kb-problem-frontmatter-not-mapping = le frontmatter doit être un mapping YAML
kb-problem-field-unknown = champ inconnu
kb-problem-field-required = est obligatoire
kb-problem-field-type = attendu : { $expected ->
    [string] une chaîne
    [string-list] une liste de chaînes
    [source-mapping] un mapping de clés de source vers des descriptions
   *[message-list] une liste de messages
}
kb-problem-field-empty = ne doit pas être vide
kb-problem-field-too-long = doit faire au plus { $max } caractères
kb-problem-duplicate-id = id { $of ->
    [article] d’article
   *[faq] de FAQ
} "{ $id }" en double (aussi dans { $otherFile })
kb-problem-section-unknown = section inconnue "## { $heading }"
kb-problem-section-twice = la section "## { $heading }" apparaît deux fois
kb-problem-section-out-of-order = la section "## { $heading }" n’est pas à sa place
kb-problem-sub-heading-unknown = sous-titre inconnu "### { $heading }" { $under ->
    [causes] (attendu : "Server side" ou "Client side")
   *[test] (attendu : Windows, macOS ou Linux)
}
kb-problem-sub-heading-unexpected = sous-titre inattendu "### { $heading }"
kb-problem-heading-level = niveau de titre inattendu { $tag }
kb-problem-cause-outside-side = cause hors de "### Server side" / "### Client side"
kb-problem-fix-not-numbered = "How to fix" doit être une liste numérotée
kb-problem-code-outside-os = bloc de code hors d’un sous-titre de système d’exploitation
kb-problem-code-block-twice = plus d’un bloc de code
kb-problem-locale-folder-unknown = dossier de langue inconnu "{ $folder }" (attendu : l’un de { $known })
kb-problem-id-not-file-name = l’id "{ $id }" ne correspond pas au nom de fichier "{ $fileStem }.md"
kb-problem-id-not-kebab = "{ $id }" n’est pas en kebab-case (minuscules, chiffres et tirets simples)
kb-problem-locale-not-folder = "{ $locale }" ne correspond pas au dossier "{ $folder }"
kb-problem-translation-extra = traduction en trop : il n’y a pas { $of ->
    [article] d’article anglais
   *[faq] d’entrée de FAQ anglaise
} "{ $id }"
kb-problem-summary-in-english = est resté en anglais
kb-problem-heading-differs = le titre { $index } diffère de l’anglais ({ $englishCount } titres) : attendu { $expected ->
    [none] plus aucun titre
   *[other] { $expected }
}, trouvé { $found ->
    [none] aucun
   *[other] { $found }
}
kb-problem-heading-in-english = le titre { $heading } est resté en anglais
kb-problem-code-block-missing = le bloc de code { $index } de l’anglais ({ $englishFile }:{ $englishLine }) manque
kb-problem-code-block-extra = le bloc de code { $index } n’est pas dans l’anglais (qui en a { $englishCount })
kb-problem-code-block-differs = le bloc de code { $index } diffère de l’anglais ({ $englishFile }:{ $englishLine }) ; les blocs de code doivent être identiques octet pour octet et dans le même ordre
kb-problem-code-span-extra = le code en ligne `{ $code }` n’est pas dans l’anglais (modifié ou ajouté)
kb-problem-code-span-missing = le code en ligne `{ $code }` de l’anglais ({ $englishFile }:{ $englishLine }) manque ou a été modifié
kb-problem-link-missing = le lien { $index } (vers "{ $target }", { $englishFile }:{ $englishLine }) manque
kb-problem-link-extra = le lien { $index } (vers "{ $target }") n’est pas dans l’anglais
kb-problem-link-differs = le lien { $index } mène à "{ $target }" ; l’anglais mène à "{ $englishTarget }"
kb-problem-section-in-english = la section { $heading } est restée en anglais (son texte est le texte anglais)
kb-problem-preamble-in-english = le texte avant le premier titre est resté en anglais
kb-problem-block-in-english = resté en anglais : "{ $prose }"
kb-problem-translation-missing = il manque la traduction { $locale } { $of ->
    [article] de l’article
   *[faq] de l’entrée de FAQ
} "{ $id }"
kb-problem-text-empty = est vide
kb-problem-text-too-long = fait { $length } caractères (au plus { $max })
kb-problem-faq-embed = l’embed de la FAQ ne tient pas dans les limites de Discord : { $problem }

## Pourquoi un embed ne tient pas dans les limites de Discord

kb-problem-embed-title = le titre fait { $length } caractères (limite { $limit })
kb-problem-embed-description = la description fait { $length } caractères (limite { $limit })
kb-problem-embed-fields = { $count } champs (limite { $limit })
kb-problem-embed-field-name = le nom du champ "{ $name }" fait { $length } caractères (limite { $limit })
kb-problem-embed-field-value = le champ "{ $name }" fait { $length } caractères (limite { $limit })
kb-problem-embed-field-empty = le champ "{ $name }" est vide
kb-problem-embed-footer = le pied de page fait { $length } caractères (limite { $limit })
kb-problem-embed-total = { $length } caractères au total (limite { $limit })
