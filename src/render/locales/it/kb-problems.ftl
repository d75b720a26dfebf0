# Problemi di un file della base di conoscenza (kb lint, /kb reload, /faqs add|edit|import). I titoli
# tra virgolette ("## How to fix") e il codice inline sono sintassi del formato e restano in inglese.

kb-problem-directory-unreadable = impossibile leggere la cartella della conoscenza: { $detail }
kb-problem-frontmatter-missing = manca il frontmatter YAML (il file deve iniziare con una riga "---" e chiuderlo con un'altra)
kb-problem-yaml = errore YAML: { $detail }
kb-problem-frontmatter-not-mapping = il frontmatter deve essere una mappa YAML
kb-problem-field-unknown = campo sconosciuto
kb-problem-field-required = è obbligatorio
kb-problem-field-type = atteso { $expected ->
    [string] un testo
    [string-list] un elenco di testi
    [source-mapping] una mappa da chiavi di origine a descrizioni
   *[message-list] un elenco di messaggi
}
kb-problem-field-empty = non può essere vuoto
kb-problem-field-too-long = deve avere al massimo { $max } caratteri
kb-problem-duplicate-id = id { $of ->
    [article] di articolo
   *[faq] di FAQ
} "{ $id }" duplicato (anche in { $otherFile })
kb-problem-section-unknown = sezione sconosciuta "## { $heading }"
kb-problem-section-twice = la sezione "## { $heading }" compare due volte
kb-problem-section-out-of-order = la sezione "## { $heading }" è fuori ordine
kb-problem-sub-heading-unknown = sottotitolo sconosciuto "### { $heading }" { $under ->
    [causes] (atteso "Server side" o "Client side")
   *[test] (atteso Windows, macOS o Linux)
}
kb-problem-sub-heading-unexpected = sottotitolo inatteso "### { $heading }"
kb-problem-heading-level = livello di titolo inatteso { $tag }
kb-problem-cause-outside-side = causa fuori da "### Server side" / "### Client side"
kb-problem-fix-not-numbered = "How to fix" deve essere un elenco numerato
kb-problem-code-outside-os = blocco di codice fuori da un sottotitolo di sistema operativo
kb-problem-code-block-twice = più di un blocco di codice
kb-problem-locale-folder-unknown = cartella di lingua sconosciuta "{ $folder }" (attesa una tra { $known })
kb-problem-id-not-file-name = l'id "{ $id }" non corrisponde al nome del file "{ $fileStem }.md"
kb-problem-id-not-kebab = "{ $id }" non è in kebab-case (lettere minuscole, cifre e trattini singoli)
kb-problem-locale-not-folder = "{ $locale }" non corrisponde alla cartella "{ $folder }"
kb-problem-translation-extra = traduzione in più: non esiste { $of ->
    [article] un articolo inglese
   *[faq] una voce FAQ inglese
} "{ $id }"
kb-problem-summary-in-english = è rimasto in inglese
kb-problem-heading-differs = il titolo { $index } è diverso dall'inglese ({ $englishCount } titoli): atteso { $expected ->
    [none] nessun altro titolo
   *[other] { $expected }
}, trovato { $found ->
    [none] nessuno
   *[other] { $found }
}
kb-problem-heading-in-english = il titolo { $heading } è rimasto in inglese
kb-problem-code-block-missing = manca il blocco di codice { $index } dell'inglese ({ $englishFile }:{ $englishLine })
kb-problem-code-block-extra = il blocco di codice { $index } non è nell'inglese (che ne ha { $englishCount })
kb-problem-code-block-differs = il blocco di codice { $index } è diverso dall'inglese ({ $englishFile }:{ $englishLine }); i blocchi di codice devono essere identici byte per byte e nello stesso ordine
kb-problem-code-span-extra = il codice inline `{ $code }` non è nell'inglese (modificato o aggiunto)
kb-problem-code-span-missing = il codice inline `{ $code }` dell'inglese ({ $englishFile }:{ $englishLine }) manca o è stato modificato
kb-problem-link-missing = manca il link { $index } (a "{ $target }", { $englishFile }:{ $englishLine })
kb-problem-link-extra = il link { $index } (a "{ $target }") non è nell'inglese
kb-problem-link-differs = il link { $index } porta a "{ $target }"; l'inglese porta a "{ $englishTarget }"
kb-problem-section-in-english = la sezione { $heading } è rimasta in inglese (il suo testo è quello inglese)
kb-problem-preamble-in-english = il testo prima del primo titolo è rimasto in inglese
kb-problem-block-in-english = rimasto in inglese: "{ $prose }"
kb-problem-translation-missing = manca la traduzione { $locale } { $of ->
    [article] dell'articolo
   *[faq] della voce FAQ
} "{ $id }"
kb-problem-text-empty = è vuoto
kb-problem-text-too-long = ha { $length } caratteri (al massimo { $max })
kb-problem-faq-embed = l'embed della FAQ non rientra nei limiti di Discord: { $problem }

## Perché un embed non rientra nei limiti di Discord

kb-problem-embed-title = il titolo ha { $length } caratteri (limite { $limit })
kb-problem-embed-description = la descrizione ha { $length } caratteri (limite { $limit })
kb-problem-embed-fields = { $count } campi (limite { $limit })
kb-problem-embed-field-name = il nome del campo "{ $name }" ha { $length } caratteri (limite { $limit })
kb-problem-embed-field-value = il campo "{ $name }" ha { $length } caratteri (limite { $limit })
kb-problem-embed-field-empty = il campo "{ $name }" è vuoto
kb-problem-embed-footer = il piè di pagina ha { $length } caratteri (limite { $limit })
kb-problem-embed-total = { $length } caratteri in totale (limite { $limit })
