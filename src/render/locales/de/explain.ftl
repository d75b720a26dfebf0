explain-seen = Erkannt: { $parts }
explain-seen-tool = von **{ $tool }**
explain-seen-host = Host `{ $host }`
explain-seen-port = Port { $port }
explain-seen-curl-exit = curl-Exit-Code { $code }

explain-evidence-code = Code { $value }
explain-evidence-phrase = Phrase { $value }
explain-evidence-topic = Thema { $value }
explain-evidence-keywords = Stichwörter { $value }
explain-evidence-taught = auf diesem Server beigebracht: { $value }
explain-evidence-winsock = Windows-Socket-Fehler { $code }
explain-evidence-exit-code = Exit-Code { $code }
explain-evidence-tls-alert = TLS-Alert { $code }
explain-evidence-x509 = Zertifikatsprüfungsfehler { $code }
explain-footer = Erkannt an { $how } · Sicherheit { $confidence }
explain-footer-list = { $items } und { $last }
explain-footer-weak = schwachen Stichwörtern
explain-footer-unsure-compare = unsicher: mit „{ $field }“ oben vergleichen
explain-footer-unsure-alone = unsicher: kein anderer Artikel passt besser

explain-heading-likely-causes = Wahrscheinliche Ursachen
explain-heading-first-steps = Erste Schritte
explain-heading-test = Testen
explain-heading-server = Serverseitig
explain-heading-your-side = Auf Ihrer Seite
explain-heading-meaning = Was es bedeutet
explain-heading-common-causes = Häufige Ursachen
explain-heading-fix = So beheben Sie es
explain-heading-related = Siehe auch
explain-field-also-possible = Ebenfalls möglich
explain-field-could-also-be = Könnte auch sein
explain-article-footer = Artikel { $id }
explain-page-footer = Artikel { $id } · Seite { $page } von { $pages }

explain-button-full-article = Ganzer Artikel
explain-button-previous = ◀ Zurück
explain-button-next = Weiter ▶
explain-vote-helpful = Hilfreich
explain-vote-not-helpful = Nicht hilfreich

explain-no-match-title = Kein sicherer Treffer
explain-no-match-intro = Ich konnte nicht erkennen, um welchen Netzwerkfehler es sich handelt.
explain-no-match-suggestions = Es könnte einer von diesen sein:
explain-no-match-suggestion = • **{ $title }** (Sicherheit { $confidence })
explain-no-match-faqs = Falls das eine Frage ist, helfen vielleicht diese FAQ-Einträge:
explain-no-match-hint = Fügen Sie den ganzen Fehler ein, samt der Zeile mit dem Fehlercode (ECONNREFUSED, ERR_…, curl: (7), HTTP 404…), oder stöbern Sie in `{ $command }`.
explain-no-match-footer-ranked = Die Vorschläge sind danach geordnet, wie viele Codes und Phrasen sie mit Ihrem Text teilen
explain-no-match-footer-nothing = Kein bekannter Code und keine bekannte Phrase im Text gefunden

explain-faq-also = auch: { $aliases }
explain-faq-list-more = …und { $count } weitere
explain-faq-list-empty = Noch keine FAQ-Einträge.
explain-faq-list-footer = { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
} · { $command } zeigt einen

explain-auto-footer = Auto-Erklärung · { $evidence } · { $command } liefert die ganze Antwort
explain-taught-footer = auf diesem Server beigebracht

explain-empty = Fügen Sie den Fehlertext nach /explain ein, zum Beispiel { $example }.
explain-choice-best = Bester Treffer: { $title } ({ $percent } %)
explain-vote-not-kept = Danke! Stimmen werden pro Server gezählt, diese wird daher nicht gespeichert.
explain-vote-counted = Danke – gezählt als { $vote ->
    [helpful] hilfreich
   *[not-helpful] nicht hilfreich
}. Mit dem anderen Button ändern Sie Ihre Stimme.
explain-vote-same = Sie haben das bereits als { $vote ->
    [helpful] hilfreich
   *[not-helpful] nicht hilfreich
} markiert.
explain-vote-changed = Geändert: Ihre Stimme lautet jetzt { $vote ->
    [helpful] hilfreich
   *[not-helpful] nicht hilfreich
}.
explain-article-gone = Der Artikel „{ $id }“ ist nicht mehr in der Wissensdatenbank.
explain-button-unsupported = Dieser Button wird nicht mehr unterstützt.

explain-message-no-text = Diese Nachricht enthält keinen Text, den ich lesen kann (nur Embeds oder Anhänge), daher kein bekannter Fehler gefunden.
explain-message-no-match = In dieser Nachricht wurde kein bekannter Fehler gefunden. Versuchen Sie { $command } mit dem genauen Fehlertext.
explain-message-no-match-hint = In dieser Nachricht wurde kein bekannter Fehler gefunden. Vielleicht: { $titles }. Versuchen Sie { $command } mit dem genauen Fehlertext.
explain-message-posted = Erklärt: { $url }
explain-message-fallback = Ich konnte im Kanal nicht antworten, daher steht die Antwort unten.
explain-message-about = { $mention } zu { $url }

explain-answer-faq-none = Es gibt noch keine FAQ-Einträge.
explain-answer-faq-pick = Wählen Sie den Eintrag, der als Antwort auf die Nachricht von { $user } gepostet wird:
explain-answer-faq-placeholder = FAQ-Eintrag auswählen
explain-answer-faq-gone = Dieser Eintrag ist nicht mehr in der Wissensdatenbank; öffnen Sie das Menü erneut.
explain-answer-faq-posted = „{ $title }“ gepostet: { $url }
explain-answer-faq-fallback = Ich konnte im Kanal nicht antworten, daher ist „{ $title }“ unten gepostet.
