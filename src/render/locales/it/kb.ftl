kb-gaps-title = Errori senza risposta, { $days ->
    [one] ultimo giorno
   *[other] ultimi { $days } giorni
}
kb-gaps-empty = Nessun errore senza risposta { $days ->
    [one] nell’ultimo giorno
   *[other] negli ultimi { $days } giorni
}.
kb-gaps-learning-off = L’apprendimento è disattivato in questo server ({ $command } lo attiva).
kb-gaps-guess = ipotesi migliore { $article }
kb-gaps-footer = { $count ->
    [one] { $count } testo incollato senza risposta registrato
   *[other] { $count } testi incollati senza risposta registrati
} · i testi sono normalizzati: niente autori, segreti, host o numeri
kb-gaps-no-server = Le lacune sono registrate per server: esegui il comando in un server.
kb-gaps-teach = Insegna { $n }

kb-stats-title = Statistiche della base di conoscenza, { $weeks ->
    [one] ultima settimana
   *[other] ultime { $weeks } settimane
}
kb-stats-percent = { $value }%
kb-stats-answer-rate = Tasso di risposta **{ $rate }** ({ $answered } con risposta, { $unanswered } senza)
kb-stats-helpful-rate = Tasso di utilità **{ $rate }** ({ $helpful } utili, { $notHelpful } non utili)
kb-stats-top = Più usati: { $list }
kb-stats-learning-off = L’apprendimento è disattivato in questo server: non viene contato nulla di nuovo ({ $command }).
kb-stats-footer = Con risposta: spiegazioni con una risposta sicura. Voti: { $helpful } / { $notHelpful } sotto le spiegazioni.
kb-stats-no-server = Le statistiche sono tenute per server: esegui il comando in un server.

kb-phrases-no-server = Le frasi si insegnano per server: esegui il comando in un server.
kb-phrases-no-such = Non esiste la frase numero { $n }; { $command } le elenca.
kb-phrases-removed = Rimossa: { $phrase }
kb-phrases-none = Nessuna frase insegnata in questo server per ora (clic destro su un messaggio → App → Insegna a netmedic).

kb-use-reload = Usa { $command }.
kb-reloaded = Base di conoscenza ricaricata: { $articles } articoli, { $faqs } voci delle FAQ.
kb-reload-rejected = Ricaricamento rifiutato: { $problems ->
    [one] { $problems } problema
   *[other] { $problems } problemi
}. La versione precedente ({ $articles } articoli, { $faqs } voci delle FAQ) resta in servizio.
kb-reload-more = …e altri { $count } (esegui { $command })
