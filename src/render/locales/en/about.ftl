# Words of /about (render/about.ts).

# $explain, $check, $faq: the commands as the reader's Discord names them (render/command-names.ts).
about-description = I explain network errors ({ $explain }) and check servers from my network ({ $check }). Helpers can link FAQ entries with { $faq }.
about-version = Version
about-uptime = Uptime
about-latency = Latency
about-latency-unknown = n/a
about-latency-ms = { $ms } ms
about-knowledge = Knowledge base
about-knowledge-size = { $articles ->
    [one] { $articles } article
   *[other] { $articles } articles
}, { $faqs ->
    [one] { $faqs } FAQ entry
   *[other] { $faqs } FAQ entries
}
# Uptime: days, hours, minutes, seconds.
about-duration-days = { $d }d { $h }h { $m }m
about-duration-hours = { $h }h { $m }m
about-duration-minutes = { $m }m { $s }s
about-duration-seconds = { $s }s
