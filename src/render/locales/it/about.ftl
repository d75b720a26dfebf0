about-description = Spiego gli errori di rete ({ $explain }) e verifico i server dalla mia rete ({ $check }). Chi aiuta può indicare le voci delle FAQ con { $faq }.
about-version = Versione
about-uptime = Tempo di attività
about-latency = Latenza
about-latency-unknown = n/d
about-latency-ms = { $ms } ms
about-knowledge = Base di conoscenza
about-knowledge-size = { $articles ->
    [one] { $articles } articolo
   *[other] { $articles } articoli
}, { $faqs ->
    [one] { $faqs } voce delle FAQ
   *[other] { $faqs } voci delle FAQ
}
about-duration-days = { $d } g { $h } h { $m } min
about-duration-hours = { $h } h { $m } min
about-duration-minutes = { $m } min { $s } s
about-duration-seconds = { $s } s
