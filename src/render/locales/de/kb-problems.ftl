# Probleme einer Wissensdatei (kb lint, /kb reload, /faqs add|edit|import). Überschriften in
# Anführungszeichen ("## How to fix") und Inline-Code sind Syntax des Dateiformats und bleiben englisch.

kb-problem-directory-unreadable = das Wissensverzeichnis lässt sich nicht lesen: { $detail }
kb-problem-frontmatter-missing = YAML-Frontmatter fehlt (die Datei muss mit einer Zeile "---" beginnen und sie mit einer weiteren schließen)
kb-problem-yaml = YAML-Fehler: { $detail }
kb-problem-frontmatter-not-mapping = das Frontmatter muss ein YAML-Mapping sein
kb-problem-field-unknown = unbekanntes Feld
kb-problem-field-required = ist erforderlich
kb-problem-field-type = erwartet { $expected ->
    [string] eine Zeichenkette
    [string-list] eine Liste von Zeichenketten
    [source-mapping] ein Mapping von Quellschlüsseln auf Beschreibungen
   *[message-list] eine Liste von Meldungen
}
kb-problem-field-empty = darf nicht leer sein
kb-problem-field-too-long = darf höchstens { $max } Zeichen lang sein
kb-problem-duplicate-id = doppelte { $of ->
    [article] Artikel-ID
   *[faq] FAQ-ID
} "{ $id }" (auch in { $otherFile })
kb-problem-section-unknown = unbekannter Abschnitt "## { $heading }"
kb-problem-section-twice = Abschnitt "## { $heading }" kommt zweimal vor
kb-problem-section-out-of-order = Abschnitt "## { $heading }" steht an der falschen Stelle
kb-problem-sub-heading-unknown = unbekannte Unterüberschrift "### { $heading }" { $under ->
    [causes] (erwartet "Server side" oder "Client side")
   *[test] (erwartet Windows, macOS oder Linux)
}
kb-problem-sub-heading-unexpected = unerwartete Unterüberschrift "### { $heading }"
kb-problem-heading-level = unerwartete Überschriftenebene { $tag }
kb-problem-cause-outside-side = Ursache außerhalb von "### Server side" / "### Client side"
kb-problem-fix-not-numbered = "How to fix" muss eine nummerierte Liste sein
kb-problem-code-outside-os = Codeblock außerhalb einer Betriebssystem-Unterüberschrift
kb-problem-code-block-twice = mehr als ein Codeblock
kb-problem-locale-folder-unknown = unbekannter Sprachordner "{ $folder }" (erwartet einer von { $known })
kb-problem-id-not-file-name = die ID "{ $id }" passt nicht zum Dateinamen "{ $fileStem }.md"
kb-problem-id-not-kebab = "{ $id }" ist nicht kebab-case (Kleinbuchstaben, Ziffern und einzelne Bindestriche)
kb-problem-locale-not-folder = "{ $locale }" passt nicht zum Ordner "{ $folder }"
kb-problem-translation-extra = überzählige Übersetzung: es gibt { $of ->
    [article] keinen englischen Artikel
   *[faq] keinen englischen FAQ-Eintrag
} "{ $id }"
kb-problem-summary-in-english = ist noch auf Englisch
kb-problem-heading-differs = Überschrift { $index } weicht vom Englischen ab ({ $englishCount } Überschriften): erwartet { $expected ->
    [none] keine weiteren Überschriften
   *[other] { $expected }
}, gefunden { $found ->
    [none] keine
   *[other] { $found }
}
kb-problem-heading-in-english = die Überschrift { $heading } ist noch auf Englisch
kb-problem-code-block-missing = Codeblock { $index } des Englischen ({ $englishFile }:{ $englishLine }) fehlt
kb-problem-code-block-extra = Codeblock { $index } steht nicht im Englischen (dort sind es { $englishCount })
kb-problem-code-block-differs = Codeblock { $index } weicht vom Englischen ab ({ $englishFile }:{ $englishLine }); Codeblöcke müssen byte-genau gleich sein und in derselben Reihenfolge stehen
kb-problem-code-span-extra = Inline-Code `{ $code }` steht nicht im Englischen (geändert oder hinzugefügt)
kb-problem-code-span-missing = Inline-Code `{ $code }` des Englischen ({ $englishFile }:{ $englishLine }) fehlt oder wurde geändert
kb-problem-link-missing = Link { $index } (zu "{ $target }", { $englishFile }:{ $englishLine }) fehlt
kb-problem-link-extra = Link { $index } (zu "{ $target }") steht nicht im Englischen
kb-problem-link-differs = Link { $index } führt zu "{ $target }"; das Englische verlinkt "{ $englishTarget }"
kb-problem-section-in-english = der Abschnitt { $heading } ist noch auf Englisch (sein Text ist der englische)
kb-problem-preamble-in-english = der Text vor der ersten Überschrift ist noch auf Englisch
kb-problem-block-in-english = noch auf Englisch: "{ $prose }"
kb-problem-translation-missing = die Übersetzung ({ $locale }) { $of ->
    [article] des Artikels
   *[faq] des FAQ-Eintrags
} "{ $id }" fehlt
kb-problem-text-empty = ist leer
kb-problem-text-too-long = hat { $length } Zeichen (höchstens { $max })
kb-problem-faq-embed = das FAQ-Embed passt nicht in Discords Grenzen: { $problem }

## Warum ein Embed nicht in Discords Grenzen passt

kb-problem-embed-title = der Titel hat { $length } Zeichen (Grenze { $limit })
kb-problem-embed-description = die Beschreibung hat { $length } Zeichen (Grenze { $limit })
kb-problem-embed-fields = { $count } Felder (Grenze { $limit })
kb-problem-embed-field-name = der Name des Felds "{ $name }" hat { $length } Zeichen (Grenze { $limit })
kb-problem-embed-field-value = das Feld "{ $name }" hat { $length } Zeichen (Grenze { $limit })
kb-problem-embed-field-empty = das Feld "{ $name }" ist leer
kb-problem-embed-footer = die Fußzeile hat { $length } Zeichen (Grenze { $limit })
kb-problem-embed-total = insgesamt { $length } Zeichen (Grenze { $limit })
