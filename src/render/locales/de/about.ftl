about-description = Ich erkläre Netzwerkfehler ({ $explain }) und prüfe Server aus meinem Netz ({ $check }). Helfer können FAQ-Einträge mit { $faq } verlinken.
about-version = Version
about-uptime = Laufzeit
about-latency = Latenz
about-latency-unknown = k. A.
about-latency-ms = { $ms } ms
about-knowledge = Wissensdatenbank
about-knowledge-size = { $articles } Artikel, { $faqs ->
    [one] { $faqs } FAQ-Eintrag
   *[other] { $faqs } FAQ-Einträge
}
about-duration-days = { $d } T. { $h } Std. { $m } Min.
about-duration-hours = { $h } Std. { $m } Min.
about-duration-minutes = { $m } Min. { $s } Sek.
about-duration-seconds = { $s } Sek.
