xtream-modal-title = Controlla la mia linea IPTV (privato)
xtream-field-url = URL del server (dal tuo provider)
xtream-field-username = Nome utente
xtream-field-password = Password (inviata solo al tuo pannello)
xtream-button = Controlla la mia linea
xtream-no-forms = Qui non si possono mostrare moduli. Da un terminale, esegui `npx netmedic xtream URL --user NAME` (chiede la password).
xtream-button-gone = Questo pulsante non è più disponibile.
xtream-form-gone = Questo modulo non è più disponibile.

xtream-state-active = Linea attiva
    .todo = Il tuo accesso funziona e la linea è attiva. Se i canali non vanno ancora, il problema è l’app o un singolo stream: svuota la cache dell’app, usa un formato di uscita consentito dalla linea e prova un’altra rete.
xtream-state-trial = Linea di prova
    .todo = È una linea di prova: funziona fino alla data qui sotto, poi si ferma. Chiedi al tuo provider di trasformarla in una linea a pagamento prima di allora.
xtream-state-expired = Linea scaduta
    .todo = Il tuo abbonamento è finito: rinnovalo con il tuo provider. Il pannello funziona, quindi sul tuo dispositivo non c’è nulla da sistemare.
xtream-state-banned = Linea bannata
    .todo = Il provider ha bannato questa linea (spesso perché condivisa o usata da troppi indirizzi IP). Contatta il provider: solo lui può togliere il ban.
xtream-state-disabled = Linea disattivata
    .todo = Il provider ha disattivato questa linea (non pagata, in pausa o in verifica). Contatta il provider; reinstallare l’app non servirà.
xtream-state-limit-reached = Limite di connessioni raggiunto
    .todo = Limite raggiunto: chiudi l’app su un altro dispositivo (o ferma uno stream rimasto attivo), aspetta un minuto, poi riprova. Un piano più grande consente più dispositivi.
xtream-state-wrong-login = Nome utente o password errati
    .todo = Il pannello risponde ma rifiuta questo accesso. Ricopia nome utente e password dal provider (distinguono maiuscole e minuscole, attenzione agli spazi); se sono giusti, la linea è stata eliminata o il provider ti ha spostato su un altro pannello.
xtream-state-unknown = Stato della linea poco chiaro
    .todo = Il pannello ha risposto con uno stato che questo controllo non conosce. Chiedi al tuo provider cosa significa.

xtream-status = Stato: { $status }
xtream-status-with-trial = Stato: { $status } (prova)
xtream-status-trial = Stato: prova
xtream-expires = Scade: { $date } ({ $when })
xtream-days-left = { $days ->
    [one] manca { $days } giorno
   *[other] mancano { $days } giorni
}
xtream-days-ago = { $days ->
    [one] { $days } giorno fa
   *[other] { $days } giorni fa
}
xtream-expired-today = oggi
xtream-less-than-a-day = manca meno di un giorno
xtream-expires-never = Scade: mai (nessuna data di fine)
xtream-expires-unknown = Scade: il pannello non l’ha detto
xtream-connections = Connessioni: { $active } di { $max } in uso
xtream-connections-full = Connessioni: { $active } di { $max } in uso — ⚠️ limite raggiunto: chiudi l’app su un altro dispositivo
xtream-formats = Formati consentiti: { $formats }
xtream-panel-message = Messaggio del pannello: { $message }
xtream-server-url = URL: { $url }
xtream-server-port = Porta: { $port }
xtream-server-https-port = Porta HTTPS: { $port }
xtream-server-timezone = Fuso orario: { $timezone }
xtream-server-time = Ora del pannello: { $time }
xtream-difference = ⚠️ Hai scritto { $field ->
    [url] l’host
    [https_port] la porta HTTPS
   *[port] la porta
} { $typed }, il pannello indica { $panel }
xtream-moved-advice = Il provider potrebbe aver spostato il pannello: usa l’indirizzo che indica il pannello, o chiedi al provider il nuovo URL.
xtream-category = { $kind ->
    [live] TV in diretta
    [vod] Film (VOD)
   *[series] Serie
}
xtream-category-count = ✅ { $what }: { $atLeast ->
    [yes] almeno { $count }
   *[no] { $count }
} { $count ->
    [one] categoria
   *[other] categorie
}
xtream-category-empty = ✅ { $what }: 0 categorie (vuoto: il pacchetto non ne ha)
xtream-category-failed = ❌ { $what }: non caricato ({ $problem })

xtream-field-line = La tua linea
xtream-field-moved = Il pannello si è spostato?
xtream-field-server = Dati del server secondo il pannello
xtream-field-categories = Liste dei canali
xtream-field-steps = Passaggi
xtream-field-todo = Cosa fare ({ $article })
xtream-field-notes = Note
xtream-not-checked = ❌ Linea non controllata
xtream-footer = Solo tu vedi questo messaggio. La password è stata inviata solo al tuo pannello e non viene salvata né registrata.
xtream-full-article = Articolo completo
xtream-note-credentials-in-url = L’URL del server conteneva delle credenziali: le ho ignorate e ho usato solo i campi nome utente e password.
xtream-note-internal-error = Errore interno durante il controllo: { $error }

xtream-credential-empty = { $field ->
    [username] Il nome utente è vuoto.
   *[password] La password è vuota.
}
xtream-credential-too-long = { $field ->
    [username] Il nome utente supera { $max } caratteri.
   *[password] La password supera { $max } caratteri.
}
xtream-credential-control = { $field ->
    [username] Il nome utente contiene caratteri di controllo (un a capo di troppo?).
   *[password] La password contiene caratteri di controllo (un a capo di troppo?).
}

## The steps of a line check

xtream-step-not-panel = HTTP { $status }, ma nessuna risposta del pannello ({ $why })
xtream-step-panel-answered = il pannello ha risposto sulla linea in { $ms } ms
xtream-step-category = categorie { $kind }: { $atLeast ->
    [yes] almeno { $count }
   *[no] { $count }
}
xtream-step-category-failed = le categorie { $kind } non si sono caricate ({ $problem })
