about-description = Explico errores de red ({ $explain }) y compruebo servidores desde mi red ({ $check }). Los ayudantes pueden enlazar entradas de las FAQ con { $faq }.
about-version = Versión
about-uptime = Tiempo activo
about-latency = Latencia
about-latency-unknown = n/d
about-latency-ms = { $ms } ms
about-knowledge = Base de conocimiento
about-knowledge-size = { $articles ->
    [one] { $articles } artículo
   *[other] { $articles } artículos
}, { $faqs ->
    [one] { $faqs } entrada de las FAQ
   *[other] { $faqs } entradas de las FAQ
}
about-duration-days = { $d } d { $h } h { $m } min
about-duration-hours = { $h } h { $m } min
about-duration-minutes = { $m } min { $s } s
about-duration-seconds = { $s } s
