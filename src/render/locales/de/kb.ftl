kb-gaps-title = Unbeantwortete Fehler, { $days ->
    [one] letzter Tag
   *[other] letzte { $days } Tage
}
kb-gaps-empty = Keine unbeantworteten Fehler { $days ->
    [one] am letzten Tag
   *[other] in den letzten { $days } Tagen
}.
kb-gaps-learning-off = Das Lernen ist auf diesem Server aus ({ $command } schaltet es ein).
kb-gaps-guess = beste Vermutung { $article }
kb-gaps-footer = { $count ->
    [one] { $count } unbeantworteter Fehlertext
   *[other] { $count } unbeantwortete Fehlertexte
} erfasst · Texte sind normalisiert: keine Autoren, Geheimnisse, Hosts oder Zahlen
kb-gaps-no-server = Lücken werden pro Server erfasst: Führen Sie das auf einem Server aus.
kb-gaps-teach = Beibringen { $n }

kb-stats-title = Statistik der Wissensdatenbank, { $weeks ->
    [one] letzte Woche
   *[other] letzte { $weeks } Wochen
}
kb-stats-percent = { $value } %
kb-stats-answer-rate = Antwortquote **{ $rate }** ({ $answered } beantwortet, { $unanswered } nicht)
kb-stats-helpful-rate = Hilfreich-Quote **{ $rate }** ({ $helpful } hilfreich, { $notHelpful } nicht hilfreich)
kb-stats-top = Am häufigsten: { $list }
kb-stats-learning-off = Das Lernen ist auf diesem Server aus: Nichts Neues wird gezählt ({ $command }).
kb-stats-footer = Beantwortet: Erklärungen mit einer sicheren Antwort. Stimmen: { $helpful } / { $notHelpful } unter den Erklärungen.
kb-stats-no-server = Statistiken werden pro Server geführt: Führen Sie das auf einem Server aus.

kb-phrases-no-server = Phrasen werden pro Server beigebracht: Führen Sie das auf einem Server aus.
kb-phrases-no-such = Es gibt keine Phrase Nummer { $n }; { $command } listet sie auf.
kb-phrases-removed = Entfernt: { $phrase }
kb-phrases-none = Auf diesem Server wurden noch keine Phrasen beigebracht (Rechtsklick auf eine Nachricht → Apps → netmedic beibringen).

kb-use-reload = Verwenden Sie { $command }.
kb-reloaded = Wissensdatenbank neu geladen: { $articles } Artikel, { $faqs } FAQ-Einträge.
kb-reload-rejected = Neuladen abgelehnt: { $problems ->
    [one] { $problems } Problem
   *[other] { $problems } Probleme
}. Die bisherige Version ({ $articles } Artikel, { $faqs } FAQ-Einträge) bleibt in Betrieb.
kb-reload-more = …und { $count } weitere (führen Sie { $command } aus)
