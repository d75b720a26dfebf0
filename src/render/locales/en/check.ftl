# The check reply (/check, console, `netmedic check`): verdict sentences, stage lines, notes and
# the embed's labels. Words for the facts the probe engine reports (src/probe/types.ts); the code
# that picks them is src/render/check-words.ts. Numbers that name things (ports, statuses,
# milliseconds) arrive as text, so they are never grouped ("8080", not "8,080").

## The embed

# $voice: where checks run from and who reads the reply: discord (the bot's network), console or cli (this machine).
check-footer = Checked from { $voice ->
    [discord] the bot's network
   *[other] this machine
} — an IP whitelist or a geo-block can make a server look closed to { $voice ->
    [discord] the bot
   *[other] this machine
} but open to you.
check-title-checking = Checking { $target }…
check-the-target = the target
check-checking-from = Checking from { $voice ->
    [discord] the bot's network
   *[other] this machine
}…
check-field-addresses = Addresses
check-addresses-more = { $list } and { $more } more
check-field-steps = Steps
check-field-steps-done = Steps ({ $ms } ms in all)
check-field-server = Server
check-field-certificate = Certificate
check-field-other-ports = Other ports on the same server
check-field-causes = Likely causes
check-field-first-steps = First steps
check-field-what-this-shows = What this shows
check-what-this-shows = The port accepts connections from the bot. A TCP check cannot tell whether the service behind it works: check it with its own app, or run `/check` with the URL it serves.
check-field-still-failing = Still failing for you?
check-still-failing = The server answers { $voice ->
    [discord] the bot
   *[other] this machine
}, so the trouble is probably between you and it: your network or ISP, a VPN or proxy, a DNS filter, or an IP/geo-block on your address. Try another network (mobile data) to compare.
check-field-notes = Notes
check-button-article = Full article

## Stage labels

check-stage-dns = DNS
check-stage-tcp = TCP
check-stage-tls = TLS
check-stage-http = HTTP
check-stage-xtream = Xtream
check-stage-service = Service
check-stage-game = Game

## Headlines (the embed's title)

check-headline-ok = Reachable
check-headline-refused = Connection refused
check-headline-timeout = No answer (timeout)
check-headline-reset = Connection reset
check-headline-host-unreachable = Host unreachable
check-headline-network-unreachable = Network unreachable
check-headline-dns-not-found = Name not found
check-headline-dns-error = DNS lookup failed
check-headline-tls-certificate = Certificate problem
check-headline-tls-protocol = TLS / protocol mismatch
check-headline-http-status = HTTP error
check-headline-not-http = Not HTTP
check-headline-blocked = Not checked
check-headline-invalid = Can't read that target
check-headline-silent = Open but silent
check-headline-closed-on-accept = Closed at once by the server
check-headline-udp-refused = Refused over UDP (port unreachable)
check-headline-udp-no-answer = No answer over UDP
check-headline-game-mismatch = Not this game
check-headline-xtream-panel = Xtream panel answers
check-headline-answers-in = Answers in { $service }
check-headline-answers-tls = Answers in TLS
check-headline-answers-http = Answers in HTTP
check-headline-port-open = Port open
check-headline-online = Online
check-headline-no-xtream-panel = No Xtream panel here

## Certificate and game server blocks

check-cert-subject = Subject: { $value }
check-cert-issuer = Issuer: { $value }
check-cert-valid = Valid: { $from } → { $to } ({ $left })
check-cert-days-left = { $days } days left
check-cert-expired-days-ago = expired { $days } days ago
check-cert-names = Names: { $list }
check-cert-protocol = Protocol: { $value }
check-game-name = Name: { $value }
check-game-players = Players: { $value }
check-game-version = Version: { $value }
check-game-map = Map: { $value }
check-game-motd = MOTD: { $value }
check-game-latency = Latency: { $ms } ms ({ $transport })

## Durations

check-duration-ms = { $ms } ms
check-duration-s = { $s } s

## Verdict sentences

check-the-server = the server
check-sentence-invalid = I couldn't read that as a server to check: { $problem }.
check-sentence-blocked = I won't check { $host }: { $reason }. The bot only checks public servers.
check-hint-cli = Checking a server of your own? Run it again with --allow-private (or set PROBE_ALLOW_PRIVATE=true).
check-hint-chat = Checking a server of your own? Run 'netmedic check --allow-private' on your own machine; if you run this bot, PROBE_ALLOW_PRIVATE=true allows private targets.
check-sentence-dns-not-found = The name { $host } does not lead anywhere: { $detail }. Check the spelling, or the domain may have expired or been taken down.
check-sentence-dns-error = Looking up { $host } failed: { $detail }. The name may be fine, but its DNS is broken or slow right now.
check-sentence-refused = Port { $port } on { $host } refused the connection: nothing is listening there, or a firewall rejects it.
check-sentence-timeout-deadline = The check ran out of time ({ $time }) while waiting for { $host } on port { $port }: the server is very slow or drops the traffic.
check-sentence-timeout-deadline-stage = The check ran out of time ({ $time }) while waiting for { $host } on port { $port } ({ $stage } step): the server is very slow or drops the traffic.
check-sentence-timeout-http = { $host } accepted the connection on port { $port } but sent no HTTP answer within { $time }: the service behind it hangs or is overloaded.
check-sentence-timeout-tls = { $host } accepted the connection on port { $port } but did not complete a TLS handshake within { $time }: it may not speak HTTPS on that port, or it is overloaded.
check-sentence-timeout = Port { $port } on { $host } did not answer within { $time }: a firewall silently drops the traffic, or the server is down.
check-sentence-reset-tcp = Port { $port } on { $host } reset the connection at once: a firewall or the service rejects it.
check-sentence-reset = { $host } accepted the connection on port { $port }, then cut it (reset): the service crashed, or a firewall or anti-DDoS filter dropped the bot's connection.
check-sentence-reset-stage = { $host } accepted the connection on port { $port }, then cut it (reset during the { $stage } step): the service crashed, or a firewall or anti-DDoS filter dropped the bot's connection.
check-sentence-host-unreachable = { $host } could not be reached: a router on the way reported the host unreachable ({ $code }). The server is down, or a firewall rejects the traffic.
check-sentence-network-unreachable = There is no route from the bot's network to { $host } ({ $code }): a network on the way is down, or the bot's network cannot reach that address family.
check-sentence-tls-certificate = { $host }'s certificate on port { $port } is not accepted: { $detail }. Browsers and apps that check certificates will refuse to connect.
check-sentence-tls-plain-http = Port { $port } on { $host } speaks plain HTTP, not HTTPS (TLS): use { $url } instead of https://.
check-sentence-tls-on-plain = Port { $port } on { $host } speaks HTTPS (TLS), not plain HTTP: use { $url }.
check-sentence-tls-protocol = The TLS handshake with { $host } on port { $port } failed ({ $detail }): the server and the bot share no TLS version or cipher, or the port does not speak TLS.
check-sentence-silent = Port { $port } on { $host } is open but silent: it accepted the connection, then sent nothing and answered neither TLS nor HTTP. The service there waits for its own protocol (a game server, a database, a VPN…), so only its own app can tell whether it works.
check-sentence-closed-on-accept = { $host } accepted the connection on port { $port }, then closed it at once, before sending anything: the server refuses the bot (a ban or an IP filter), has reached its connection limit, or the service behind it is crashing.
check-sentence-not-http-ssh = Port { $port } on { $host } is open but speaks SSH, not HTTP: this is the wrong port for a web or IPTV app.
check-sentence-not-http-ssh-banner = Port { $port } on { $host } is open but speaks SSH, not HTTP ({ $banner }): this is the wrong port for a web or IPTV app.
check-sentence-not-http = Port { $port } on { $host } is open but does not answer in HTTP: another kind of service runs there, so this is probably the wrong port.
check-sentence-not-http-banner = Port { $port } on { $host } is open but does not answer in HTTP (it sent "{ $banner }"): another kind of service runs there, so this is probably the wrong port.
check-sentence-udp-refused = Port { $port } on { $host } answered over UDP with "port unreachable" (ICMP): no { $game } server listens on that UDP port — it is stopped, runs on another port, or a firewall rejects the packets.
check-sentence-udp-no-answer = No answer over UDP from { $host } on port { $port } within { $time } (filtered, or not a { $game } server): a firewall or a missing port forward drops the packets, the server is down, or another service runs there.
check-sentence-game-mismatch = Port { $port } on { $host } answered, but not as a { $game } server ({ $detail }): this is probably the wrong port, or another kind of service runs there.
check-sentence-xtream-redirect = { $host } answers on port { $port } with a redirect to { $location } (not followed), so no Xtream panel answered at this URL.
check-sentence-xtream-no-panel = { $host } answers HTTP on port { $port }, but there is no Xtream panel at /player_api.php ({ $detail }): the URL or port is probably wrong.
check-another-address = another address
check-sentence-http-404 = { $host } answered port { $port } with { $status }: the server works, but that path does not exist there.
check-sentence-http-404-path = { $host } answered port { $port } with { $status } for { $path }: the server works, but that path does not exist there.
check-sentence-http-login = { $host } answered port { $port } with { $status }: the server works but wants a login.
check-sentence-http-forbidden = { $host } answered port { $port } with { $status }: the server works but refuses this request (IP block, geo-block, or missing permission).
check-sentence-http-429 = { $host } answered port { $port } with { $status }: too many requests; the server is rate-limiting.
check-sentence-http-5xx = { $host } answered port { $port } with { $status }: the server is up, but the application behind it is failing.
check-sentence-http-4xx = { $host } answered port { $port } with { $status }: the server rejects the request itself.
check-sentence-ok-banner = Port { $port } on { $host } answers: it speaks { $service }. Use that protocol's own client or app on this port.
check-sentence-ok-banner-quoted = Port { $port } on { $host } answers: it speaks { $service } ("{ $banner }"). Use that protocol's own client or app on this port.
check-sentence-ok-tls = Port { $port } on { $host } answers with TLS: an encrypted service runs there, such as HTTPS (try https://{ $host }:{ $port }).
check-sentence-ok-tls-cert = Port { $port } on { $host } answers with TLS (certificate for { $subject }): an encrypted service runs there, such as HTTPS (try https://{ $host }:{ $port }).
check-sentence-ok-service-http = { $host } answers HTTP on port { $port }: a web service runs there (try http://{ $host }:{ $port }).
check-sentence-ok-service-http-status = { $host } answers HTTP on port { $port } (HTTP { $status }): a web service runs there (try http://{ $host }:{ $port }).
check-sentence-ok-game = The { $game } server at { $host }:{ $port } is online and answers its status query.
check-sentence-ok-tcp = Port { $port } on { $host } accepts connections.
check-sentence-ok-tcp-family = Port { $port } on { $host } accepts connections (IPv{ $family }).
check-sentence-ok-xtream = The Xtream panel at { $host }:{ $port } answers and asks for credentials, as it should: the server side works.
check-sentence-ok-redirect = { $host } answers on port { $port } with HTTP { $status }, a redirect to { $location } (not followed).
check-sentence-ok-http = { $host } answers on port { $port }: { $status }.
check-sentence-ok-http-time = { $host } answers on port { $port }: { $status } in { $time }.

## Why a target could not be read ($shown: the piece of input, quoted; or a stand-in for it)

check-target-the-host = The host
check-target-the-address = The address
check-target-the-port = The port
check-target-something-else = something else
check-target-ipv4-parts = { $shown } isn't a valid IPv4 address: it has more than four parts.
check-target-ipv4-part-too-large = { $shown } isn't a valid IPv4 address: a part is far too large.
check-target-ipv4-octal = { $shown } isn't a valid IPv4 address: a part starting with 0 is octal and may only use the digits 0–7.
check-target-ipv4-part-range = { $shown } isn't a valid IPv4 address: each part must be 0–255.
check-target-ipv4-out-of-range = { $shown } isn't a valid IPv4 address: a number is out of range.
check-target-ipv6-zone = IPv6 zone ids (the %… part of { $shown }) can't be checked; give a global address.
check-target-ipv6-invalid = { $shown } isn't a valid IPv6 address. Write it like [2001:db8::1]:443.
check-target-host-missing = The host is missing. Give it as host:port, e.g. play.example.net:8080.
check-target-host-percent = { $shown } isn't a valid hostname: it contains %. Give a plain hostname or IP address, e.g. play.example.net:8080.
check-target-idn-invalid = { $shown } isn't a valid international domain name. Check the spelling.
check-target-host-ends-in-number = { $shown } isn't valid: a hostname can't end in a number. Give a domain name or a complete IP address.
check-target-host-too-long = That hostname is { $length } characters long; the limit is { $limit }. Check what you pasted.
check-target-host-empty-label = { $shown } isn't a valid hostname: it has an empty part (two dots in a row, or a leading dot).
check-target-host-label-too-long = { $shown } isn't a valid hostname: each part between dots can be at most 63 characters.
check-target-host-hyphen = { $shown } isn't a valid hostname: parts can't start or end with a hyphen.
check-target-host-characters = { $shown } isn't a valid hostname: use only letters, digits, hyphens and dots, e.g. play.example.net:8080.
check-target-port-missing = The port is missing after ':'. Give it as host:port, e.g. play.example.net:8080.
check-target-port-not-number = Port must be a number 1–65535, got { $shown }.
check-target-port-range = Port must be 1–65535, got { $value }.
check-target-too-long = That's too long to be a server address ({ $length } characters; the limit is { $limit }). Paste just host:port, e.g. play.example.net:8080.
check-target-empty = Give a server to check, like play.example.net:8080 or https://example.com.
check-target-spaces = A server address can't contain spaces or control characters. Paste just host:port, e.g. play.example.net:8080.
check-target-backslash = A server address can't contain backslashes. Use '/' in links, e.g. play.example.net:8080.
check-target-scheme-unsupported = { $scheme } links can't be checked. Use an http:// or https:// link, or host:port for anything else, e.g. play.example.net:8080.
check-target-scheme-unsupported-bare = { $scheme } links can't be checked. Give host:port or an http(s):// link, e.g. play.example.net:8080.
check-target-userinfo-ambiguous = That link has more than one '@' and I can't tell where the user name and password end. Give the link without its user name and password, e.g. play.example.net:8080.
check-target-ipv6-missing-bracket = The IPv6 address is missing its closing ']'. Write it like [2001:db8::1]:443.
check-target-ipv6-expected-port = Expected ':port' after the ']' of the IPv6 address. Write it like [2001:db8::1]:443.
check-target-ipv6-empty-brackets = The brackets are empty: put an IPv6 address in them, like [2001:db8::1]:443.
check-target-ipv6-needs-brackets = Put an IPv6 address in brackets with the port after it, like [2001:db8::1]:443.
check-target-query-port-needed = { $protocol } checks need the server's query port: give host:port, e.g. { $host }:27015.
check-target-tcp-port-needed = TCP checks need a port: give host:port, e.g. { $host }:25565.
check-target-unprocessable = the target could not be processed
check-target-gamedig-unknown-game = GameDig has no game with the id "{ $id }". The ids are listed in GameDig's GAMES_LIST.md (e.g. teamspeak3, rust, valheim).
check-target-gamedig-web-api = { $game } is queried through a web API or master server, not the server itself, so the bot does not check it.
check-target-not-a-game-protocol = { $protocol } is not a game protocol
check-target-unknown = unrecognised input
check-protocol-game-id = "game:" needs a GameDig game id made of letters, digits, - or _ (e.g. game:teamspeak3).
check-protocol-unknown = Unknown protocol; use one of { $protocols } or game:<id> (a GameDig game id, e.g. game:teamspeak3).

## Why an address is refused ($what: what the address is)

check-block-address = { $address } is { $what }
check-block-mapped = { $address } maps to { $inner }, which is { $what }
check-block-nat64 = { $address } is NAT64 for { $inner }, which is { $what }
check-block-6to4 = { $address } is 6to4 for { $inner }, which is { $what }
check-block-probing-machine = { $address } is an address of the probing machine itself
check-block-not-ip = { $address } is not a plain IP address
check-block-no-address = there is no address to check
check-block-single-label = { $address } is not a full domain name (a name without a dot only means something inside one network)
check-what-cloud-metadata = a cloud metadata address
check-what-link-local = a link-local address
check-what-unspecified-this-machine = the unspecified address (it reaches this machine)
check-what-this-network = in { $cidr } ("this network"), not a real destination
check-what-documentation = a documentation address
check-what-documentation-cidr = a documentation address ({ $cidr })
check-what-benchmarking = a benchmarking address
check-what-benchmarking-cidr = a benchmarking address ({ $cidr })
check-what-protocol-assignment = a reserved protocol-assignment address ({ $cidr })
check-what-6to4-relay = a deprecated 6to4 relay address ({ $cidr })
check-what-private = a private address
check-what-private-cidr = a private address ({ $cidr })
check-what-broadcast = the broadcast address
check-what-reserved = a reserved address
check-what-reserved-cidr = a reserved address ({ $cidr })
check-what-loopback = a loopback address
check-what-carrier-grade-nat = a carrier-grade NAT address ({ $cidr })
check-what-multicast = a multicast address
check-what-unspecified = the unspecified address
check-what-as112 = an AS112 sink address (special purpose)
check-what-amt = an AMT relay anycast address (special purpose)
check-what-ipv4-compatible = a deprecated IPv4-compatible address
check-what-ipv4-translated = an IPv4-translated address ({ $cidr })
check-what-nat64-local = in the local-use NAT64 prefix { $cidr }
check-what-teredo = a Teredo tunnel address ({ $cidr })
check-what-orchid = an ORCHID identifier, not a routable address
check-what-orchid2 = an ORCHIDv2 identifier, not a routable address
check-what-discard = a discard-only address ({ $cidr })
check-what-site-local = a (deprecated) site-local address
check-what-unique-local = a unique-local (private) address
check-what-drone-tag = a drone remote ID tag, not a routable address
check-what-segment-routing = a segment-routing SID, not a routable address
check-what-ietf-reserved = in a reserved IETF range ({ $cidr })
check-what-outside-global-unicast = outside the global unicast range { $cidr }
check-what-special-purpose = a special-purpose address ({ $cidr })
check-what-own-machine = an address of the bot's host — that is the bot's own machine

## Failures (followed by the code in brackets, e.g. "refused (ECONNREFUSED)")

check-failure-refused = refused
check-failure-no-answer = no answer
check-failure-deadline = overall deadline reached
check-failure-headers-timeout = no HTTP answer in time
check-failure-body-stalled = body stalled
check-failure-aborted-out-of-time = stopped: out of time
check-failure-reset = connection reset
check-failure-closed-while-sending = connection closed while sending
check-failure-aborted = connection aborted
check-failure-closed = connection closed
check-failure-closed-early = connection closed early
check-failure-socket-hang-up = socket hang up
check-failure-host-unreachable = host unreachable
check-failure-host-down = host down
check-failure-network-unreachable = network unreachable
check-failure-network-down = network down
check-failure-no-local-address = no usable local address
check-failure-local-firewall = blocked by this machine's firewall
check-failure-name-not-found = name not found
check-failure-no-address-records = no address records
check-failure-dns-temporary = DNS lookup failed temporarily
check-failure-dns-servfail = DNS server failure
check-failure-not-tls-version = the answer is not TLS (wrong version number)
check-failure-not-tls-length = the answer is not TLS (packet length too long)
check-failure-http-on-tls-port = HTTP request on a TLS port
check-failure-handshake-failure = handshake failure
check-failure-unsupported-tls-version = unsupported TLS version
check-failure-no-common-tls-version = no common TLS version
check-failure-sni-unknown = the server does not know this name (SNI)
check-failure-handshake-aborted = the server aborted the handshake
check-failure-tls-record-layer = TLS record layer failure
check-failure-no-shared-cipher = no shared cipher
check-failure-headers-too-large = response headers too large
check-failure-not-http = the answer is not HTTP
check-failure-not-http-banner = the answer is not HTTP ("{ $banner }")
check-failure-tls-failed = TLS handshake failed
check-failure-timeout = no answer (timeout)
check-failure-no-certificate = no certificate
check-failure-tls-on-plain-port = the port answered with TLS, not plain HTTP
check-failure-tls-after-reset = the port speaks TLS (HTTPS), not plain HTTP ({ $failure })
check-failure-ssh-not-http = the port speaks SSH, not HTTP ({ $banner })
check-failure-ssh-banner = SSH banner
check-failure-endless-headers = the server sent endless response headers; stopped reading them
check-failure-http-no-answer = connected, but no HTTP answer within { $ms } ms
check-failure-http-deadline = stopped: the overall deadline was reached

## Certificates

check-cert-reason-expired = the certificate has expired
check-cert-reason-not-yet-valid = the certificate is not valid yet
check-cert-reason-self-signed = the certificate is self-signed
check-cert-reason-untrusted-root = the chain ends in a self-signed root nobody trusts
check-cert-reason-unknown-issuer = the issuer is unknown (missing intermediate certificate or private CA)
check-cert-reason-name-mismatch = the certificate is for a different name
check-cert-reason-revoked = the certificate was revoked
check-cert-reason-invalid = the certificate is invalid
check-cert-not-valid = it is not valid
check-cert-problem-expired = certificate expired { $days ->
    [one] { $days } day
   *[other] { $days } days
} ago ({ $date })
check-cert-problem-not-yet-valid = certificate not valid until { $date }
check-cert-problem-name-mismatch = certificate is for { $names }, not { $host }
check-cert-problem-self-signed = certificate is self-signed ({ $subject })
check-cert-also = { $first }; also { $others }

## Stage lines

check-dns-ip-literal = { $address } (an IP address, no lookup needed)
check-dns-localhost = { $host } is this machine ({ $addresses }), no lookup needed
check-dns-resolved = { $addresses } in { $ms } ms
check-dns-more = { $addresses } (+{ $more } more)
check-dns-nxdomain = no such name (NXDOMAIN)
check-dns-servfail = the DNS server could not answer (SERVFAIL)
check-dns-timeout = no answer from the DNS server within { $ms } ms
check-dns-timeout-servers = no answer from any of the { $servers } DNS servers within { $ms } ms
check-dns-cancelled = the lookup was cut short by the check deadline
check-dns-refused = the DNS server refused the query (REFUSED)
check-dns-unreachable = the DNS server could not be reached (connection refused)
check-dns-other = the lookup failed ({ $code })
check-dns-bad-servers = the configured DNS servers (PROBE_DNS_SERVERS) are not usable
check-dns-no-address = the name exists but has no IPv4 or IPv6 address
check-tcp-connected = connected to { $address }:{ $port } (IPv{ $family }) in { $ms } ms
check-tls-handshake = { $protocol }, certificate for { $subject } by { $issuer }, { $days } days left ({ $ms } ms)
check-tls-no-certificate = the server sent no certificate
check-tls-failed = handshake failed: { $failure }
check-tls-plain-http = handshake failed: the port answered in plain HTTP ({ $code })
check-http-answer = HTTP { $status } { $statusText } in { $ms } ms
check-http-server = server: { $server }
check-http-redirect = redirects to { $location }; not followed
check-http-body-interrupted = body interrupted: { $failure }
check-http-stopped-reading = stopped reading after { $bytes } bytes
check-xtream-panel-denied = Xtream panel answers (auth: { $auth } without credentials) in { $ms } ms
check-xtream-panel = Xtream panel answers (user_info present, auth: { $auth }) in { $ms } ms
check-xtream-panel-truncated = Xtream panel answers (user_info present; answer cut at the size limit) in { $ms } ms
check-xtream-redirect = HTTP { $status }: redirects to { $location }; not followed, so no panel confirmed
check-xtream-no-location = (no location)
check-xtream-status = HTTP { $status } at /player_api.php: no Xtream panel answers here
check-xtream-empty = HTTP { $status } with an empty body: no Xtream panel at this URL
check-xtream-html = HTTP { $status } with an HTML page: no Xtream panel at this URL
check-xtream-not-json = HTTP { $status }, but the answer is not JSON: no Xtream panel at this URL
check-xtream-no-user-info = HTTP { $status } JSON without user_info: no Xtream panel at this URL
check-xtream-not-panel = the answer is not a panel
check-service-banner = speaks { $service }
check-service-banner-quoted = speaks { $service } ("{ $banner }")
check-service-banner-asked = speaks { $service }, once asked
check-service-banner-quoted-asked = speaks { $service } ("{ $banner }"), once asked
check-service-tls = speaks TLS
check-service-tls-cert = speaks TLS, certificate for { $subject } by { $issuer }
check-service-http = answers HTTP
check-service-http-status = answers HTTP { $status }
check-service-silent = sent nothing within { $ms } ms, and answered neither a TLS handshake nor an HTTP request
check-service-closed = closed by the server (FIN) at once, before sending anything
check-service-reset = reset by the server (RST) at once, before sending anything
check-service-name-ssh = SSH
check-service-name-smtp = SMTP (mail)
check-service-name-ftp = FTP
check-service-name-smtp-or-ftp = SMTP or FTP
check-service-name-pop3 = POP3 (mail)
check-service-name-imap = IMAP (mail)
check-service-name-mysql = MySQL / MariaDB
check-service-name-redis = Redis
check-service-name-vnc = VNC (remote desktop)
check-service-name-telnet = telnet
check-service-name-http = HTTP
check-service-name-unknown = a protocol I do not recognise
check-game-kind-minecraft-java = Minecraft Java
check-game-kind-minecraft-bedrock = Minecraft Bedrock
check-game-kind-source = Source (A2S_INFO)
check-game-kind-game = game
check-game-answered = { $game } answered from { $address }:{ $port } ({ $transport }) in { $ms } ms
check-game-answered-status = { $game } answered from { $address }:{ $port } ({ $transport }) in { $ms } ms: { $status }
check-game-status-players = { $players } players
check-game-status-players-max = { $players }/{ $max } players
check-game-status-version = version { $version }
check-game-failure-too-large = the answer is over { $bytes } bytes
check-game-failure-closed-mid-answer = the server closed the connection in the middle of its answer
check-game-failure-closed-no-answer = the server closed the connection without answering the game query
check-game-failure-connected-no-answer = connected, but no game answer within { $ms } ms
check-game-failure-udp-port-unreachable = ICMP port unreachable ({ $code })
check-game-failure-udp-no-answer = no answer over UDP within { $ms } ms
check-game-failure-gamedig-no-answer = no answer to the game query within { $ms } ms
check-game-failure-gamedig-mismatch = the answer is not what this game sends
check-game-failure-deadline = stopped: the overall deadline was reached
check-game-failure-unexpected = unexpected answer
check-game-problem-a2s-cut-short = the A2S_INFO answer is cut short
check-game-problem-a2s-too-short = the answer is too short to be A2S
check-game-problem-a2s-split = the server sent a split A2S_INFO answer, which this check does not reassemble
check-game-problem-not-source = the answer is not a Source query answer
check-game-problem-a2s-challenge-cut-short = the challenge is cut short
check-game-problem-a2s-challenge-loop = the server answers every request with a new challenge
check-game-problem-a2s-unexpected-type = an unexpected A2S answer type { $type }
check-game-problem-not-raknet-pong = the answer is not a RakNet unconnected pong
check-game-problem-no-raknet-magic = the answer lacks the RakNet magic
check-game-problem-bedrock-id-cut-short = the server id string is cut short
check-game-problem-not-bedrock = the pong does not describe a Minecraft Bedrock server
check-game-problem-varint-too-long = a VarInt longer than 5 bytes: not a Minecraft server
check-game-problem-packet-size = a packet of { $bytes } bytes: not a Minecraft status answer
check-game-problem-not-status-response = the first packet is not a status response
check-game-problem-status-cut-short = the status response is cut short
check-game-problem-status-not-json = the status response is not JSON
check-game-problem-status-json-empty = the status JSON has no version, players or description
check-remote-resolved = resolved (Globalping HTTP)
check-remote-connected-ping = connected (Globalping TCP ping)
check-remote-no-connection-ping = no connection (Globalping TCP ping)
check-remote-connected-http = connected (Globalping HTTP)
check-remote-handshake-http = handshake done (Globalping HTTP)
check-remote-status-http = HTTP { $status } (Globalping HEAD request)
check-remote-failed = failed
check-remote-untrusted = certificate not trusted: { $reason } (Globalping HTTP)
check-remote-no-reason = no reason given

## Other ports

check-alt-refused = refused
check-alt-no-answer = no answer
check-alt-http = answers (HTTP)
check-alt-http-status = answers (HTTP { $status })
check-alt-tls = answers (TLS: try https://)
check-alt-ssh = answers (SSH, not HTTP)
check-alt-other = answers (not HTTP)
check-alt-open = accepts connections

## Notes

check-note-credentials-removed = Don't paste passwords in a channel — I removed them and checked without them.
check-note-international-name = { $displayHost } is an international name; I checked { $host }.
check-note-port-assumed = No port given: I checked port { $port }, the default for { $scheme }.
check-note-family-fails = IPv{ $failing } fails ({ $failure }) but IPv{ $working } works: clients that prefer IPv{ $failing } may see errors.
check-note-redirect = Redirects to { $location }; not followed.
check-note-no-xtream-panel = No Xtream panel at this URL: /player_api.php did not answer like a panel.
check-note-game-no-answer = No { $game } answer either ({ $transport }): { $failure }.
check-note-internal-error = Internal error while checking: { $message }

## Likely causes seen by this check

check-cause-wrong-port = **Wrong port**: nothing on { $port }, but { $list } on the same server. The provider may have moved the service.
check-cause-nothing-elsewhere = Nothing answers on the usual other ports either: the server is down, or it blocks { $voice ->
    [discord] the bot's network
   *[other] this machine
}.
check-cause-silent-firewall = A firewall that silently drops traffic (or allows only whitelisted IPs) looks exactly like this.
check-cause-cert-expired = The certificate has expired: the owner must renew it (automatic renewal, e.g. certbot, has stopped). A wrong date on your device gives the same error.
check-cause-cert-not-yet-valid = The certificate only starts later: a wrong clock on the server or on your device.
check-cause-cert-self-signed = The server uses a self-signed certificate: fine for testing, refused by browsers and most apps.
check-cause-cert-issuer = The server doesn't send its intermediate certificate, or its certificate comes from a private CA.
check-cause-cert-name = The certificate is for other names: a typo in the host name, or a shared server answering with its default site.
check-cause-udp-refused = The machine at this address is up and says nothing listens on UDP port { $port }: the game server is stopped, or it runs on another port.
check-cause-udp-no-answer = UDP has no handshake: a firewall or router that drops the packets, a missing port forward for UDP { $port }, and a stopped server all look the same from outside.
check-cause-game-mismatch = Something answers on this port, but not the game asked for: check the port (game port vs query port) and the game type.
check-cause-not-http = Another kind of service (SSH, a database, a game server…) runs on this port: it is probably the wrong port.
check-cause-http-403 = The server refuses this request: an IP whitelist, a geo-block or a CDN/firewall rule may block { $voice ->
    [discord] the bot's network
   *[other] this machine
} even if yours is allowed.
