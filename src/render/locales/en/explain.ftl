# Words of explain replies (render/explain.ts, auto-explain.ts, taught-faq.ts, votes.ts) and of
# /explain, "Explain this error" and "Answer with FAQ" (commands/). Article and FAQ text is not
# here: it comes from the knowledge base (knowledge/i18n). Values in { $… } are data: commands,
# ids, titles, hosts and numbers, already made safe.

## What the matcher read from the paste ("Seen: from **curl** · host `a` · port 8080")
explain-seen = Seen: { $parts }
explain-seen-tool = from **{ $tool }**
# The tool a paste came from, when it is a web browser (other tools are program names: curl, psql…).
explain-tool-browser = browser
explain-seen-host = host `{ $host }`
explain-seen-port = port { $port }
explain-seen-curl-exit = curl exit { $code }

## The footer: what matched, and how sure ("Matched code ECONNREFUSED and phrase "…" · confidence 0.93")
explain-evidence-code = code { $value }
explain-evidence-phrase = phrase { $value }
explain-evidence-topic = topic { $value }
explain-evidence-keywords = keywords { $value }
explain-evidence-taught = taught in this server: { $value }
explain-evidence-winsock = Windows socket error { $code }
explain-evidence-exit-code = exit code { $code }
explain-evidence-tls-alert = TLS alert { $code }
explain-evidence-x509 = certificate verify error { $code }
explain-footer = Matched { $how } · confidence { $confidence }
# The last two of a list of evidence: "a, b and c".
explain-footer-list = { $items } and { $last }
explain-footer-weak = weak keywords
# $field is explain-field-could-also-be.
explain-footer-unsure-compare = not sure: compare with "{ $field }" above
explain-footer-unsure-alone = not sure: no other article fits better

## Field names and headings (a translated article brings its own headings; these serve the rest)
explain-heading-likely-causes = Likely causes
explain-heading-first-steps = First steps
explain-heading-test = Test it
explain-heading-server = Server side
explain-heading-your-side = Your side
explain-heading-meaning = What it means
explain-heading-common-causes = Common causes
explain-heading-fix = How to fix
explain-heading-related = Related
explain-field-also-possible = Also possible
explain-field-could-also-be = Could also be
explain-article-footer = Article { $id }
explain-page-footer = Article { $id } · page { $page } of { $pages }

## Buttons (at most 80 characters)
explain-button-full-article = Full article
explain-button-previous = ◀ Previous
explain-button-next = Next ▶
explain-vote-helpful = Helpful
explain-vote-not-helpful = Not helpful

## No confident match
explain-no-match-title = No confident match
explain-no-match-intro = I couldn't tell which network error this is.
explain-no-match-suggestions = It might be one of these:
explain-no-match-suggestion = • **{ $title }** (confidence { $confidence })
explain-no-match-faqs = If this is a question, these FAQ entries may help:
explain-no-match-hint = Paste the whole error, including the line with the error code (ECONNREFUSED, ERR_…, curl: (7), HTTP 404…), or browse `{ $command }`.
explain-no-match-footer-ranked = Suggestions are ranked by the codes and phrases they share with your text
explain-no-match-footer-nothing = No known code or phrase found in the text

## FAQ embeds and the FAQ list
explain-faq-also = also: { $aliases }
explain-faq-list-more = …and { $count } more
explain-faq-list-empty = No FAQ entries yet.
explain-faq-list-footer = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
} · { $command } shows one

## Auto-explain and answers from phrases taught in the server
explain-auto-footer = Auto-explain · { $evidence } · use { $command } for the full answer
explain-taught-footer = taught in this server

## /explain
# $command: /explain as the reader's Discord names it (render/command-names.ts).
explain-empty = Paste the error text after { $command }, for example { $example }.
# An autocomplete choice (at most 100 characters with the title).
explain-choice-best = Best match: { $title } ({ $percent }%)
explain-vote-not-kept = Thanks! Votes are counted per server, so this one is not kept.
# $vote is "helpful" or "not-helpful".
explain-vote-counted = Thanks — counted as { $vote ->
    [helpful] helpful
   *[not-helpful] not helpful
}. Pressing the other button changes your vote.
explain-vote-same = You already marked this { $vote ->
    [helpful] helpful
   *[not-helpful] not helpful
}.
explain-vote-changed = Changed: your vote is now { $vote ->
    [helpful] helpful
   *[not-helpful] not helpful
}.
explain-article-gone = The article "{ $id }" is no longer in the knowledge base.
explain-button-unsupported = That button is not supported any more.

## "Explain this error" (message menu)
explain-message-no-text = That message has no text I can read (only embeds or attachments), so no known error found.
explain-message-no-match = No known error found in that message. Try { $command } with the exact error text.
explain-message-no-match-hint = No known error found in that message. It might be: { $titles }. Try { $command } with the exact error text.
explain-message-posted = Explained: { $url }
explain-message-fallback = I could not reply in the channel, so the answer is below.
# The public answer when it could not be a reply: "@user about <link to their message>".
explain-message-about = { $mention } about { $url }

## "Answer with FAQ" (message menu, moderators)
# A select menu placeholder (at most 150 characters).

## Well-known ports: service names that are words, and the hint that opens "Likely causes"
explain-service-ftp-data = FTP data
explain-service-smtp-submission = SMTP submission
explain-service-socks-proxy = SOCKS proxy
explain-service-dev-server = a development server
explain-service-remote-desktop = Remote Desktop
explain-service-game-server = game server
explain-service-http-alternate = HTTP alternate
explain-service-https-alternate = HTTPS alternate
explain-service-php-fpm = PHP-FPM / dev server
explain-service-prometheus = Prometheus / admin UI
explain-service-source-game-server = Source game server
# $service is the service's name (above, or a product name such as PostgreSQL).
explain-port-hint-known = port { $port } is usually { $service }; is that service running and listening on that address?
explain-port-hint-unknown = is the service that should answer on port { $port } running and listening on that address?
explain-port-hint-21 = is the FTP server running, and does the firewall allow port 21 (and the passive range)?
explain-port-hint-22 = is sshd running and listening on that address, and does the firewall allow port 22?
explain-port-hint-25 = many ISPs and cloud providers block outgoing port 25; try 587 for mail submission.
explain-port-hint-53 = is the DNS server reachable on port 53 (UDP and TCP)?
explain-port-hint-80 = is the web server running and listening on port 80, and does the firewall allow it?
explain-port-hint-443 = is the web server running and listening on port 443, and does the firewall allow it?
explain-port-hint-1080 = is the local proxy (SOCKS on 1080) actually running? Proxy settings often outlive the proxy app.
explain-port-hint-1433 = is SQL Server running with TCP/IP enabled and listening on 1433 (SQL Server Configuration Manager)?
explain-port-hint-3000 = is your dev server (often Node on 3000) running, and listening on this address rather than only localhost?
explain-port-hint-3306 = port 3306 is MySQL/MariaDB's default; is the database running and listening on that address (bind-address)?
explain-port-hint-3389 = is Remote Desktop enabled on the target, and does the firewall allow port 3389?
explain-port-hint-5432 = port 5432 is PostgreSQL's default; is the database running and listening on that address (listen_addresses, pg_hba.conf)?
explain-port-hint-6379 = port 6379 is Redis's default; is redis-server running, and is it bound to this address (bind, protected-mode)?
explain-port-hint-8080 = port 8080 is a common alternate HTTP port (proxies, dev servers, IPTV panels); is that service running on it?
explain-port-hint-9200 = port 9200 is Elasticsearch's default; is the node running and is network.host set to this address?
explain-port-hint-25565 = port 25565 is Minecraft's default; is the server running, and is the port forwarded on the router?
explain-port-hint-27017 = port 27017 is MongoDB's default; is mongod running, and is bindIp set to this address?
