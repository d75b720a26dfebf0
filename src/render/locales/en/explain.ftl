# Words of explain replies (render/explain.ts, auto-explain.ts, taught-faq.ts, votes.ts) and of
# /explain, "Explain this error" and "Answer with FAQ" (commands/). Article and FAQ text is not
# here: it comes from the knowledge base (knowledge/i18n). Values in { $… } are data: commands,
# ids, titles, hosts and numbers, already made safe.

## What the matcher read from the paste ("Seen: from **curl** · host `a` · port 8080")
explain-seen = Seen: { $parts }
explain-seen-tool = from **{ $tool }**
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
explain-empty = Paste the error text after /explain, for example { $example }.
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
explain-answer-faq-none = There are no FAQ entries yet.
explain-answer-faq-pick = Pick the entry to post as a reply to { $user }'s message:
# A select menu placeholder (at most 150 characters).
explain-answer-faq-placeholder = Choose a FAQ entry
explain-answer-faq-gone = That entry is no longer in the knowledge base; run the menu again.
explain-answer-faq-posted = Posted “{ $title }”: { $url }
explain-answer-faq-fallback = I could not reply in the channel, so “{ $title }” is posted below.
