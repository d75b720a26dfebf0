settings-kept = { $custom ->
    [yes] { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    }
   *[no] { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    } (il valore predefinito)
}
settings-learning-on = **Apprendimento: attivo.** Gli errori senza risposta di { $explain }, «Spiega questo errore» e della spiegazione automatica vengono conservati per { $kept } (normalizzati: senza autori, segreti, host o numeri) per { $gaps }, insieme a ciò che è stato risposto e ai voti Utile / Non utile per { $stats }. `{ $settings } { $learning }:False` o il pulsante lo disattiva.
settings-learning-off = **Apprendimento: disattivato.** Non viene registrato nulla (i voti vengono comunque contati; tutto è conservato per { $kept }). `{ $settings } { $learning }:True` o il pulsante lo attiva.
settings-turn-off = Disattiva l’apprendimento
settings-turn-on = Attiva l’apprendimento
settings-per-server = Le impostazioni valgono per server: esegui il comando in un server.
settings-moderators-only = Solo i moderatori possono cambiare le impostazioni di netmedic.
settings-retention-range = { $option } deve essere un numero intero da 0 (il valore predefinito) a { $max }.
settings-button-gone = Questo pulsante non è più supportato.
