# /faq, /faqs und „Mit FAQ antworten“.

## Posten

faq-for-user = <@{ $user }>, das sollte helfen:
faq-delete-button = Löschen
faq-not-found = Es gibt keinen FAQ-Eintrag namens „{ $name }“.
faq-did-you-mean = Meintest du { $ids }?
faq-start-typing = Tippe los, um einen aus der Liste zu wählen.
faq-repeat = „{ $title }“ wurde gerade in diesem Kanal gepostet. Scrolle nach oben oder poste ihn in { $wait } s erneut.
faq-delete-refused = Nur die Person, die diesen Eintrag gepostet hat, oder ein Moderator kann ihn löschen.
faq-button-gone = Dieser Button wird nicht mehr unterstützt.
faq-form-gone = Dieses Formular wird nicht mehr unterstützt.
faq-subcommand-gone = Dieser Unterbefehl wird nicht mehr unterstützt.
faq-answer-none = Es gibt noch keine FAQ-Einträge.
faq-answer-pick = Wähle den Eintrag, der als Antwort auf die Nachricht von { $author } gepostet werden soll:
faq-answer-placeholder = FAQ-Eintrag wählen
faq-answer-gone = Dieser Eintrag ist nicht mehr in der Wissensdatenbank; öffne das Menü erneut.
faq-answer-posted = „{ $title }“ gepostet: { $url }
faq-answer-below = Ich konnte nicht im Kanal antworten, daher steht „{ $title }“ unten.

## Verwalten (/faqs)

faq-entry-name = „{ $title }“ (`{ $id }`)
faq-scope-server = Die FAQ wird pro Server verwaltet: Führe das auf einem Server aus.
faq-no-store = Der FAQ-Speicher ist in diesem Modus nicht verfügbar.
faq-not-moderator = Nur Moderatoren („Nachrichten verwalten“ oder die mit `/faqs moderatoren` festgelegte Rolle) können die FAQ ändern.
faq-field-id = ID (kebab-case, z. B. panel-url)
faq-field-title = Titel
faq-field-aliases = Aliasse (Suchwörter, durch Kommas getrennt)
faq-field-body = Text (Markdown)
faq-modal-new = Neuer FAQ-Eintrag
faq-modal-edit = { $id } bearbeiten
faq-saved-nothing-gone = Nichts gespeichert: { $what } existiert nicht mehr (jemand hat es inzwischen entfernt).
faq-saved-nothing-exists = Nichts gespeichert: { $entry } existiert bereits. Ändere ihn mit `/faqs bearbeiten`.
faq-saved-nothing-conflict = Nichts gespeichert: { $entry } wurde inzwischen von jemand anderem bearbeitet. Hier ist der aktuelle Text; führe `/faqs bearbeiten` erneut aus, um ihn zu ändern.
faq-saved-nothing-problems = Nichts gespeichert:
faq-saved-nothing-id-taken = Nichts gespeichert: `{ $id }` existiert bereits. Ändere den Eintrag mit `/faqs bearbeiten` oder wähle eine andere ID.
faq-form-stale = ist veraltet; führe /faqs bearbeiten erneut aus
faq-source = { $source ->
    [shipped] mitgeliefert
    [override] hier geändert
   *[server] dieser Server
}
faq-no-forms-add = Formulare sind hier nicht verfügbar; schreibe den Eintrag als .md-Datei und nutze `netmedic faq import`.
faq-no-forms-edit = Formulare sind hier nicht verfügbar; exportiere, bearbeite die .md-Datei und importiere sie.
faq-not-found-here = Auf diesem Server gibt es keinen FAQ-Eintrag namens „{ $name }“.
faq-remove-ask = { $entry } entfernen? { $source ->
    [server] Er wird gelöscht (sein Verlauf bleibt erhalten).
   *[other] Er wird mit netmedic mitgeliefert und daher auf diesem Server ausgeblendet (`/faqs wiederherstellen` holt ihn zurück).
}
faq-remove-button = Entfernen
faq-keep-button = Behalten
faq-aliases-show = Aliasse von { $entry }: { $count ->
    [0] keine
   *[other] { $aliases }
}. Gib `hinzufügen` oder `entfernen` an, um sie zu ändern.
faq-aliases-saved = Aliasse von { $entry }: { $count ->
    [0] keine
   *[other] { $aliases }
}.
faq-unpinned = { $entry } losgelöst.
faq-pinned = { $entry } angeheftet: Er wird zuerst angeboten, wenn nichts eingegeben ist.
faq-restore-not-shipped = `{ $id }` ist kein mitgelieferter Eintrag, es gibt also nichts wiederherzustellen.
faq-restored = `{ $id }` hat wieder den mitgelieferten Text.
faq-restore-already = `{ $id }` hat bereits den mitgelieferten Text.
faq-list-title = FAQ-Einträge auf diesem Server
faq-list-empty = Keine Einträge.
faq-list-footer = Seite { $page } von { $pages } · { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
}
faq-list-footer-hidden = { $hidden } mitgelieferte ausgeblendet
faq-previous = Zurück
faq-next = Weiter
faq-history-unchanged = `{ $id }` wurde auf diesem Server nicht geändert: Er ist wie mitgeliefert.
faq-history-none = Kein Verlauf für `{ $id }` auf diesem Server.
faq-history-title = Verlauf von { $id }
faq-history-line = v{ $version } · **{ $action ->
    [add] hinzugefügt
    [edit] bearbeitet
    [alias] Aliasse
    [remove] entfernt
    [hide] ausgeblendet
    [pin] angeheftet
    [unpin] losgelöst
    [restore] wiederhergestellt
    [import] importiert
   *[other] { $action }
}** von <@{ $user }> { $when } — { $title }
faq-export-none = Dieser Server hat noch keine eigenen Einträge (die mitgelieferten sind im Paket).
faq-export-done = { $count ->
    [one] { $count } Eintrag als Markdown-Datei (im Format von knowledge/faq).
   *[other] { $count } Einträge, je eine Markdown-Datei (im Format von knowledge/faq).
}
faq-import-attach = Hänge eine .zip (aus `/faqs exportieren`) oder eine .md-Datei an.
faq-import-nothing = Nichts importiert: { $problem }.
faq-import-problems = Nichts importiert ({ $count ->
    [one] { $count } Problem
   *[other] { $count } Probleme
}):
faq-imported = { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
} importiert: { $ids }
faq-more = …und { $count } weitere
faq-stats-title = FAQ-Nutzung auf diesem Server
faq-stats-most = Am häufigsten genutzt
faq-stats-least = Am seltensten genutzt
faq-stats-unused = Seit { $days } Tagen ungenutzt ({ $count })
faq-mods-only-manage = Nur Mitglieder mit „Nachrichten verwalten“ können die Moderatorenrolle wählen.
faq-mods-cleared = Jetzt können nur Mitglieder mit „Nachrichten verwalten“ die FAQ verwalten.
faq-mods-set = Mitglieder mit <@&{ $role }> können die FAQ jetzt ebenfalls verwalten.
faq-mods-current = Mitglieder mit <@&{ $role }> können die FAQ verwalten, zusätzlich zu „Nachrichten verwalten“.
faq-mods-none = Nur „Nachrichten verwalten“ verwaltet die FAQ. Gib `rolle` an, um eine Rolle hinzuzufügen.
faq-preview = Vorschau — nichts wird gespeichert, bevor du auf Speichern drückst:
faq-save-button = Speichern
faq-cancel-button = Abbrechen
faq-saved-version = { $entry } gespeichert (Version { $version }).
faq-draft-gone = Diese Vorschau ist abgelaufen oder wurde schon verwendet; führe `/faqs hinzufügen` erneut aus.
faq-saved-post = { $entry } gespeichert. Poste ihn mit `/faq eintrag:{ $id }`.
faq-cancelled = Abgebrochen; nichts wurde gespeichert.
faq-kept = Behalten; nichts wurde geändert.
faq-removed = `{ $id }` entfernt.

## Probleme mit einer Datei oder einem Formular

faq-problem-whole-file = Datei
faq-problem-not-zip = erwartet wird eine .zip mit .md-Dateien (wie sie /faqs exportieren erstellt) oder eine einzelne .md-Datei
faq-problem-unreadable-zip = die ZIP-Datei lässt sich nicht lesen: { $error }
faq-problem-file-too-large = { $file } ist zu groß (höchstens { $kib } KiB pro Datei)
faq-problem-too-many-files = { $count } Dateien (höchstens { $max })
faq-problem-not-md = keine .md-Datei
faq-problem-duplicate-id = „{ $id }“ ist auch die ID von { $other }
faq-problem-no-md = enthält keine .md-Dateien
faq-problem-id-required = ist erforderlich
faq-problem-id-shape = muss kebab-case sein, höchstens 64 Zeichen (Kleinbuchstaben, Ziffern und einzelne Bindestriche)
faq-problem-not-cdn = der Anhang liegt nicht auf Discords CDN
faq-problem-download = der Anhang lässt sich nicht herunterladen ({ $reason })
faq-problem-too-large = der Anhang ist größer als { $mib } MiB
