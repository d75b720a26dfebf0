# /faq, /faqs e «Rispondi con FAQ».

## Pubblicare

faq-for-user = <@{ $user }>, questo dovrebbe aiutarti:
faq-delete-button = Elimina
faq-not-found = Non esiste nessuna voce delle FAQ chiamata «{ $name }».
faq-did-you-mean = Forse intendevi { $ids }?
faq-start-typing = Inizia a scrivere per sceglierne una dall’elenco.
faq-repeat = «{ $title }» è appena stata pubblicata in questo canale. Scorri in alto, oppure ripubblicala tra { $wait } s.
faq-delete-refused = Solo chi ha pubblicato questa voce o un moderatore può eliminarla.
faq-button-gone = Questo pulsante non è più supportato.
faq-form-gone = Questo modulo non è più supportato.
faq-subcommand-gone = Questo sottocomando non è più supportato.
faq-answer-none = Non ci sono ancora voci nelle FAQ.
faq-answer-pick = Scegli la voce da pubblicare come risposta al messaggio di { $author }:
faq-answer-placeholder = Scegli una voce delle FAQ
faq-answer-gone = Questa voce non è più nella base di conoscenza; riapri il menu.
faq-answer-posted = «{ $title }» pubblicata: { $url }
faq-answer-below = Non sono riuscito a rispondere nel canale, quindi «{ $title }» è pubblicata qui sotto.

## Gestire (/faqs)

faq-entry-name = «{ $title }» (`{ $id }`)
faq-scope-server = Le FAQ si gestiscono per server: esegui il comando in un server.
faq-no-store = L’archivio delle FAQ non è disponibile in questa modalità.
faq-not-moderator = Solo i moderatori (Gestire i messaggi, o il ruolo impostato con `/faqs moderatori`) possono modificare le FAQ.
faq-field-id = ID (kebab-case, es. panel-url)
faq-field-title = Titolo
faq-field-aliases = Alias (parole di ricerca, con virgole)
faq-field-body = Testo (markdown)
faq-modal-new = Nuova voce delle FAQ
faq-modal-edit = Modifica { $id }
faq-saved-nothing-gone = Nulla è stato salvato: { $what } non esiste più (qualcuno l’ha rimossa nel frattempo).
faq-saved-nothing-exists = Nulla è stato salvato: { $entry } esiste già. Usa `/faqs modifica` per cambiarla.
faq-saved-nothing-conflict = Nulla è stato salvato: { $entry } è stata modificata da qualcun altro nel frattempo. Ecco il testo attuale; esegui di nuovo `/faqs modifica` per cambiarlo.
faq-saved-nothing-problems = Nulla è stato salvato:
faq-saved-nothing-id-taken = Nulla è stato salvato: `{ $id }` esiste già. Usa `/faqs modifica` per cambiarla, oppure scegli un altro ID.
faq-form-stale = non è aggiornato; esegui di nuovo /faqs modifica
faq-source = { $source ->
    [shipped] inclusa
    [override] modificata qui
   *[server] di questo server
}
faq-no-forms-add = Qui i moduli non sono disponibili; scrivi la voce come file .md e usa `netmedic faq import`.
faq-no-forms-edit = Qui i moduli non sono disponibili; esporta, modifica il file .md e importalo.
faq-not-found-here = In questo server non esiste nessuna voce delle FAQ chiamata «{ $name }».
faq-remove-ask = Rimuovere { $entry }? { $source ->
    [server] Verrà eliminata (la sua cronologia resta).
   *[other] È inclusa in netmedic, quindi verrà nascosta in questo server (`/faqs ripristina` la riporta).
}
faq-remove-button = Rimuovi
faq-keep-button = Tienila
faq-aliases-show = Alias di { $entry }: { $count ->
    [0] nessuno
   *[other] { $aliases }
}. Indica `aggiungi` o `rimuovi` per cambiarli.
faq-aliases-saved = Alias di { $entry }: { $count ->
    [0] nessuno
   *[other] { $aliases }
}.
faq-unpinned = { $entry } non è più fissata.
faq-pinned = { $entry } fissata: viene proposta per prima quando non si è scritto nulla.
faq-restore-not-shipped = `{ $id }` non è una voce inclusa, quindi non c’è nulla da ripristinare.
faq-restored = `{ $id }` è tornata al testo incluso.
faq-restore-already = `{ $id }` ha già il testo incluso.
faq-list-title = Voci delle FAQ in questo server
faq-list-empty = Nessuna voce.
faq-list-footer = Pagina { $page } di { $pages } · { $count ->
    [one] { $count } voce
   *[other] { $count } voci
}
faq-list-footer-hidden = { $hidden } incluse nascoste
faq-previous = Precedente
faq-next = Successiva
faq-history-unchanged = `{ $id }` non è stata modificata in questo server: è come inclusa.
faq-history-none = Nessuna cronologia per `{ $id }` in questo server.
faq-history-title = Cronologia di { $id }
faq-history-line = v{ $version } · **{ $action ->
    [add] aggiunta
    [edit] modificata
    [alias] alias
    [remove] rimossa
    [hide] nascosta
    [pin] fissata
    [unpin] sbloccata
    [restore] ripristinata
    [import] importata
   *[other] { $action }
}** da <@{ $user }> { $when } — { $title }
faq-export-none = Questo server non ha ancora voci proprie (quelle incluse sono nel pacchetto).
faq-export-done = { $count ->
    [one] { $count } voce, in un file markdown (il formato di knowledge/faq).
   *[other] { $count } voci, un file markdown ciascuna (il formato di knowledge/faq).
}
faq-import-attach = Allega un .zip (da `/faqs esporta`) o un file .md.
faq-import-nothing = Nulla è stato importato: { $problem }.
faq-import-problems = Nulla è stato importato ({ $count ->
    [one] { $count } problema
   *[other] { $count } problemi
}):
faq-imported = { $count ->
    [one] Importata { $count } voce
   *[other] Importate { $count } voci
}: { $ids }
faq-more = …e altri { $count }
faq-stats-title = Uso delle FAQ in questo server
faq-stats-most = Le più usate
faq-stats-least = Le meno usate
faq-stats-unused = Non usate da { $days } giorni ({ $count })
faq-mods-only-manage = Solo i membri con Gestire i messaggi possono scegliere il ruolo dei moderatori.
faq-mods-cleared = Ora solo i membri con Gestire i messaggi possono gestire le FAQ.
faq-mods-set = Anche i membri con <@&{ $role }> possono gestire le FAQ.
faq-mods-current = I membri con <@&{ $role }> possono gestire le FAQ, oltre a Gestire i messaggi.
faq-mods-none = Solo Gestire i messaggi gestisce le FAQ. Indica `ruolo` per aggiungerne uno.
faq-preview = Anteprima — nulla viene salvato finché non premi Salva:
faq-save-button = Salva
faq-cancel-button = Annulla
faq-saved-version = { $entry } salvata (versione { $version }).
faq-draft-gone = Questa anteprima è scaduta o è già stata usata; esegui di nuovo `/faqs aggiungi`.
faq-saved-post = { $entry } salvata. Pubblicala con `/faq voce:{ $id }`.
faq-cancelled = Annullato; nulla è stato salvato.
faq-kept = Tenuta; nulla è cambiato.
faq-removed = `{ $id }` rimossa.

## Problemi di un file o di un modulo

faq-problem-whole-file = file
faq-problem-not-zip = serve un .zip di file .md (come quello di /faqs esporta) o un singolo file .md
faq-problem-unreadable-zip = impossibile leggere lo zip: { $error }
faq-problem-file-too-large = { $file } è troppo grande (al massimo { $kib } KiB per file)
faq-problem-too-many-files = { $count } file (al massimo { $max })
faq-problem-not-md = non è un file .md
faq-problem-duplicate-id = "{ $id }" è anche l’ID di { $other }
faq-problem-no-md = non contiene file .md
faq-problem-id-required = è obbligatorio
faq-problem-id-shape = deve essere in kebab-case, al massimo 64 caratteri (lettere minuscole, cifre e trattini singoli)
faq-problem-not-cdn = l’allegato non è sulla CDN di Discord
faq-problem-download = impossibile scaricare l’allegato ({ $reason })
faq-problem-too-large = l’allegato supera { $mib } MiB
