about-description = Eu explico erros de rede ({ $explain }) e verifico servidores a partir da minha rede ({ $check }). Os ajudantes podem indicar entradas do FAQ com { $faq }.
about-version = Versão
about-uptime = Tempo ativo
about-latency = Latência
about-latency-unknown = n/d
about-latency-ms = { $ms } ms
about-knowledge = Base de conhecimento
about-knowledge-size = { $articles ->
    [one] { $articles } artigo
   *[other] { $articles } artigos
}, { $faqs ->
    [one] { $faqs } entrada do FAQ
   *[other] { $faqs } entradas do FAQ
}
about-duration-days = { $d } d { $h } h { $m } min
about-duration-hours = { $h } h { $m } min
about-duration-minutes = { $m } min { $s } s
about-duration-seconds = { $s } s
