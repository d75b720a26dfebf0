# A check from several networks (/check from:, netmedic check --from): the table and the
# conclusion. Locations ($location, $locations) are names like eu-1 or gp:br-sao-paulo.

# What failed from one place, in a list of failures.
vantages-verdict = { $verdict ->
    [timeout] no answer
    [refused] refused
    [reset] reset
    [host-unreachable] host unreachable
    [network-unreachable] network unreachable
    [dns-not-found] name not found
    [dns-error] DNS error
    [blocked] not allowed there
    [invalid] unreadable target
   *[other] { $verdict }
}
# $what: vantages-verdict.
vantages-failure = { $what } from { $location }
# The last two items of a list; $first is the items before, comma-separated.
vantages-list = { $first } and { $last }
vantages-late = no answer from { $locations } by the deadline
vantages-unavailable = agents unavailable
vantages-busy-at = agents busy at { $locations }

## The conclusion. $missing: who did not report (vantages-late, …), $how: the failures.

vantages-answers-everywhere = answers everywhere: if it fails for you, the block is on your side
vantages-answers-where-reported = answers from every network that reported ({ $missing }): if it fails for you, the block is probably on your side
vantages-refused-everywhere = refused from every network: the service is down or not listening
vantages-silent-everywhere = no answer from any network: the host is down, or a firewall drops everything
vantages-dns-everywhere = the name does not resolve from any network: check its spelling and DNS records
# $also: "; " and who did not report, or nothing.
vantages-fails-everywhere = fails from every network that reported ({ $how }{ $also }): the problem is on the server's side
vantages-partial = open from { $reachable } of { $total ->
    [one] { $total } network
   *[other] { $total } networks
}, { $how }{ $also }: a firewall, geo-block or ISP route affects some networks
vantages-no-report = no network reported ({ $missing })
vantages-nothing-answered = nothing answered

## The table

vantages-col-location = location
vantages-col-verdict = verdict
vantages-col-connect = connect
vantages-cell-unavailable = agents unavailable
vantages-cell-busy = agents busy
vantages-cell-no-answer = no answer (agent)
vantages-more = … { $count } more
vantages-from = From { $count ->
    [one] { $count } network
   *[other] { $count } networks
}
vantages-about-gp = About the gp: rows
vantages-globalping-note = Globalping public probes (a TCP connect from their networks): they show whether the port accepts connections there and how fast, not why it fails (refused and dropped look the same), nor anything about TLS, HTTP or the panel.
vantages-globalping-http-note = The /http rows are a HEAD request from the same probes, without credentials: the status code and timings there, and for a failure the error the probe saw (refused, timed out, name not found, certificate). They say nothing about an Xtream login or what a player would get, and for the conclusion a probe counts once.

## `from:` refused (the option's name is shown as the reader's client shows it)

vantages-from-empty = from: give "all" or one or more locations separated by commas
vantages-from-reserved = from: "{ $name }" is reserved
vantages-from-bad-name = from: a location is 1–32 lowercase letters, digits and dashes (got "{ $name }")
vantages-from-too-many = from: at most { $max } locations (got { $count })
