about-description = J’explique les erreurs réseau ({ $explain }) et je vérifie des serveurs depuis mon réseau ({ $check }). Les assistants peuvent renvoyer vers la FAQ avec { $faq }.
about-version = Version
about-uptime = Disponibilité
about-latency = Latence
about-latency-unknown = n/d
about-latency-ms = { $ms } ms
about-knowledge = Base de connaissances
about-knowledge-size = { $articles ->
    [one] { $articles } article
   *[other] { $articles } articles
}, { $faqs ->
    [one] { $faqs } entrée de FAQ
   *[other] { $faqs } entrées de FAQ
}
about-duration-days = { $d } j { $h } h { $m } min
about-duration-hours = { $h } h { $m } min
about-duration-minutes = { $m } min { $s } s
about-duration-seconds = { $s } s
