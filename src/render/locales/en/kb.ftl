# Words of /kb (commands/kb.ts) and of its embeds (render/gaps.ts, render/stats.ts), also printed
# by `netmedic kb gaps|stats` (text output; --json stays English data).

## /kb gaps
kb-gaps-title = Unanswered errors, last { $days ->
    [one] { $days } day
   *[other] { $days } days
}
kb-gaps-empty = No unanswered errors in the last { $days ->
    [one] { $days } day
   *[other] { $days } days
}.
kb-gaps-learning-off = Learning is off in this server ({ $command } turns it on).
# After a cluster of pastes: the article the matcher half-recognised.
kb-gaps-guess = best guess { $article }
kb-gaps-footer = { $count ->
    [one] { $count } unanswered paste
   *[other] { $count } unanswered pastes
} recorded · texts are normalised: no authors, secrets, hosts or numbers
kb-gaps-no-server = Gaps are recorded per server: run this in a server.
# A button (at most 80 characters) under the n-th cluster.
kb-gaps-teach = Teach { $n }

## /kb stats
kb-stats-title = Knowledge base stats, last { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
}
# A whole percentage: "42%".
kb-stats-percent = { $value }%
kb-stats-answer-rate = Answer rate **{ $rate }** ({ $answered } answered, { $unanswered } not)
kb-stats-helpful-rate = Helpful rate **{ $rate }** ({ $helpful } helpful, { $notHelpful } not helpful)
kb-stats-top = Top: { $list }
kb-stats-learning-off = Learning is off in this server: nothing new is counted ({ $command }).
# $helpful and $notHelpful are the vote buttons' labels.
kb-stats-footer = Answered: explain replies with a confident answer. Votes: { $helpful } / { $notHelpful } under explain replies.
kb-stats-no-server = Stats are kept per server: run this in a server.

## /kb phrases
kb-phrases-no-server = Phrases are taught per server: run this in a server.
kb-phrases-no-such = There is no phrase number { $n }; { $command } lists them.
kb-phrases-removed = Removed: { $phrase }
kb-phrases-none = No phrases taught in this server yet (right-click a message → Apps → Teach netmedic).

## /kb reload
kb-use-reload = Use { $command }.
kb-reloaded = Knowledge base reloaded: { $articles } articles, { $faqs } FAQ entries.
kb-reload-rejected = Reload rejected: { $problems } problem(s). The previous version ({ $articles } articles, { $faqs } FAQ entries) stays in service.
kb-reload-more = …and { $count } more (run { $command })
