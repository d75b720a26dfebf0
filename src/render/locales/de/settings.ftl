settings-kept = { $custom ->
    [yes] { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }
   *[no] { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } (Standard)
}
settings-learning-on = **Lernen: an.** Unbeantwortete Fehler aus { $explain }, „Diesen Fehler erklären“ und der automatischen Erklärung werden { $kept } aufbewahrt (normalisiert: ohne Autoren, Geheimnisse, Hosts oder Zahlen) für { $gaps }, zusammen mit der gegebenen Antwort und den Stimmen „Hilfreich“ / „Nicht hilfreich“ für { $stats }. `{ $settings } { $learning }:False` oder der Button schaltet es aus.
settings-learning-off = **Lernen: aus.** Nichts wird aufgezeichnet (Stimmen werden weiter gezählt; alles wird { $kept } aufbewahrt). `{ $settings } { $learning }:True` oder der Button schaltet es ein.
settings-turn-off = Lernen ausschalten
settings-turn-on = Lernen einschalten
settings-per-server = Einstellungen gelten pro Server: Führe das auf einem Server aus.
settings-moderators-only = Nur Moderatoren können die Einstellungen von netmedic ändern.
settings-retention-range = { $option } muss eine ganze Zahl von 0 (Standard) bis { $max } sein.
settings-button-gone = Dieser Button wird nicht mehr unterstützt.
