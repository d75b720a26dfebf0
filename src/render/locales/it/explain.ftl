explain-seen = Rilevato: { $parts }
explain-seen-tool = da **{ $tool }**
explain-seen-host = host `{ $host }`
explain-seen-port = porta { $port }
explain-seen-curl-exit = codice di uscita di curl { $code }

explain-evidence-code = codice { $value }
explain-evidence-phrase = frase { $value }
explain-evidence-topic = argomento { $value }
explain-evidence-keywords = parole chiave { $value }
explain-evidence-taught = insegnato in questo server: { $value }
explain-evidence-winsock = errore socket di Windows { $code }
explain-evidence-exit-code = codice di uscita { $code }
explain-evidence-tls-alert = avviso TLS { $code }
explain-evidence-x509 = errore di verifica del certificato { $code }
explain-footer = Riconosciuto da { $how } · affidabilità { $confidence }
explain-footer-list = { $items } e { $last }
explain-footer-weak = parole chiave deboli
explain-footer-unsure-compare = non sicuro: confronta con «{ $field }» qui sopra
explain-footer-unsure-alone = non sicuro: nessun altro articolo è più adatto

explain-heading-likely-causes = Cause probabili
explain-heading-first-steps = Primi passi
explain-heading-test = Prova
explain-heading-server = Lato server
explain-heading-your-side = Dal tuo lato
explain-heading-meaning = Cosa significa
explain-heading-common-causes = Cause comuni
explain-heading-fix = Come risolvere
explain-heading-related = Vedi anche
explain-field-also-possible = Possibile anche
explain-field-could-also-be = Potrebbe anche essere
explain-article-footer = Articolo { $id }
explain-page-footer = Articolo { $id } · pagina { $page } di { $pages }

explain-button-full-article = Articolo completo
explain-button-previous = ◀ Precedente
explain-button-next = Successiva ▶
explain-vote-helpful = Utile
explain-vote-not-helpful = Non utile

explain-no-match-title = Nessuna corrispondenza sicura
explain-no-match-intro = Non sono riuscito a capire di quale errore di rete si tratta.
explain-no-match-suggestions = Potrebbe essere uno di questi:
explain-no-match-suggestion = • **{ $title }** (affidabilità { $confidence })
explain-no-match-faqs = Se è una domanda, queste voci delle FAQ possono aiutare:
explain-no-match-hint = Incolla l’errore completo, compresa la riga con il codice di errore (ECONNREFUSED, ERR_…, curl: (7), HTTP 404…), oppure consulta `{ $command }`.
explain-no-match-footer-ranked = I suggerimenti sono ordinati in base ai codici e alle frasi che hanno in comune con il tuo testo
explain-no-match-footer-nothing = Nessun codice o frase noti trovati nel testo

explain-faq-also = anche: { $aliases }
explain-faq-list-more = …e altri { $count }
explain-faq-list-empty = Ancora nessuna voce nelle FAQ.
explain-faq-list-footer = { $count ->
    [one] { $count } voce
   *[other] { $count } voci
} · { $command } ne mostra una

explain-auto-footer = Spiegazione automatica · { $evidence } · usa { $command } per la risposta completa
explain-taught-footer = insegnato in questo server

explain-empty = Incolla il testo dell’errore dopo /explain, per esempio { $example }.
explain-choice-best = Migliore corrispondenza: { $title } ({ $percent }%)
explain-vote-not-kept = Grazie! I voti sono contati per server, quindi questo non viene salvato.
explain-vote-counted = Grazie: contato come { $vote ->
    [helpful] utile
   *[not-helpful] non utile
}. Premendo l’altro pulsante cambi il tuo voto.
explain-vote-same = Hai già segnato questa risposta come { $vote ->
    [helpful] utile
   *[not-helpful] non utile
}.
explain-vote-changed = Modificato: ora il tuo voto è { $vote ->
    [helpful] utile
   *[not-helpful] non utile
}.
explain-article-gone = L’articolo «{ $id }» non è più nella base di conoscenza.
explain-button-unsupported = Questo pulsante non è più supportato.

explain-message-no-text = Quel messaggio non ha testo che io possa leggere (solo embed o allegati), quindi nessun errore noto trovato.
explain-message-no-match = Nessun errore noto trovato in quel messaggio. Prova { $command } con il testo esatto dell’errore.
explain-message-no-match-hint = Nessun errore noto trovato in quel messaggio. Potrebbe essere: { $titles }. Prova { $command } con il testo esatto dell’errore.
explain-message-posted = Spiegato: { $url }
explain-message-fallback = Non sono riuscito a rispondere nel canale, quindi la risposta è qui sotto.
explain-message-about = { $mention } riguardo a { $url }

explain-answer-faq-none = Non ci sono ancora voci nelle FAQ.
explain-answer-faq-pick = Scegli la voce da pubblicare come risposta al messaggio di { $user }:
explain-answer-faq-placeholder = Scegli una voce delle FAQ
explain-answer-faq-gone = Quella voce non è più nella base di conoscenza; apri di nuovo il menu.
explain-answer-faq-posted = «{ $title }» pubblicata: { $url }
explain-answer-faq-fallback = Non sono riuscito a rispondere nel canale, quindi «{ $title }» è pubblicata qui sotto.
