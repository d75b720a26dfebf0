# Words of "Teach netmedic" (commands/teach.ts): its menus, confirmations and errors.

# Select menu placeholders (at most 150 characters).
teach-pick-article = Choose the article
teach-pick-faq = …or the FAQ entry
# Above the menus; the phrase to learn follows on the next line.
teach-question = Which article or FAQ entry answers this? netmedic will learn:
teach-no-server = Phrases are taught per server: use this in a server.
teach-moderators-only = Only moderators can teach netmedic.
teach-nothing-to-learn = That message has no distinctive error text to learn (after removing hosts, numbers and secrets).
teach-menu-unsupported = That menu is not supported any more.
teach-gap-expired = These buttons expired (15 minutes) or belong to someone else; run { $command } again.
teach-gap-nothing-to-learn = That error has no distinctive words to learn (only hosts, numbers or secrets).
teach-menu-expired = This menu expired or was already used; run Teach netmedic again.
# $answer is the article's (or "FAQ: " and the entry's) title in bold.
teach-learnt = Learnt: { $phrase } → { $answer }, in this server only. { $command } lists and removes what was taught.
