# /faq, /faqs and "Answer with FAQ": posting, managing and listing a server's FAQ entries.
# Entry titles, ids and aliases are the server's own text and stay as typed.

## Posting (/faq, Answer with FAQ)

# Public post for one user; $user is a Discord user id (the mention).
faq-for-user = <@{ $user }>, this should help:
faq-delete-button = Delete
faq-not-found = There is no FAQ entry called “{ $name }”.
# $ids: entry ids as code spans, comma-separated.
faq-did-you-mean = Did you mean { $ids }?
faq-start-typing = Start typing to pick one from the list.
faq-repeat = “{ $title }” was just posted in this channel. Scroll up, or post it again in { $wait } s.
faq-delete-refused = Only the person who posted this entry or a moderator can delete it.
faq-button-gone = That button is not supported any more.
faq-form-gone = That form is not supported any more.
faq-subcommand-gone = That subcommand is not supported any more.
faq-answer-none = There are no FAQ entries yet.
faq-answer-pick = Pick the entry to post as a reply to { $author }'s message:
faq-answer-placeholder = Choose a FAQ entry
faq-answer-gone = That entry is no longer in the knowledge base; run the menu again.
faq-answer-posted = Posted “{ $title }”: { $url }
faq-answer-below = I could not reply in the channel, so “{ $title }” is posted below.

## Managing (/faqs)

# An entry named in a sentence.
faq-entry-name = “{ $title }” (`{ $id }`)
faq-scope-server = The FAQ is managed per server: run this in a server.
faq-no-store = The FAQ store is not available in this mode.
faq-not-moderator = Only moderators (Manage Messages, or the role set with `/faqs moderators`) can change the FAQ.
faq-field-id = Id (kebab-case, e.g. panel-url)
faq-field-title = Title
faq-field-aliases = Aliases (search words, comma-separated)
faq-field-body = Text (markdown)
faq-modal-new = New FAQ entry
faq-modal-edit = Edit { $id }
# $what: an entry name or an id as a code span.
faq-saved-nothing-gone = Nothing was saved: { $what } no longer exists (someone removed it meanwhile).
faq-saved-nothing-exists = Nothing was saved: { $entry } already exists. Use `/faqs edit` to change it.
faq-saved-nothing-conflict = Nothing was saved: { $entry } was edited by someone else meanwhile. Here is the current text; run `/faqs edit` again to change it.
faq-saved-nothing-problems = Nothing was saved:
faq-saved-nothing-id-taken = Nothing was saved: `{ $id }` already exists. Use `/faqs edit` to change it, or pick another id.
# A field problem shown instead of the knowledge linter's when a form is stale.
faq-form-stale = is out of date; run /faqs edit again
# Where an entry comes from, in the list.
faq-source = { $source ->
    [shipped] shipped
    [override] changed here
   *[server] this server
}
faq-no-forms-add = Forms are not available here; write the entry as a .md file and use `netmedic faq import`.
faq-no-forms-edit = Forms are not available here; export, edit the .md file and import it.
faq-not-found-here = There is no FAQ entry called “{ $name }” in this server.
faq-remove-ask = Remove { $entry }? { $source ->
    [server] It will be deleted (its history stays).
   *[other] It ships with netmedic, so it will be hidden in this server (`/faqs restore` brings it back).
}
faq-remove-button = Remove
faq-keep-button = Keep it
# $aliases: the aliases as code spans, comma-separated; $count: how many.
faq-aliases-show = Aliases of { $entry }: { $count ->
    [0] none
   *[other] { $aliases }
}. Give `add` or `remove` to change them.
faq-aliases-saved = Aliases of { $entry }: { $count ->
    [0] none
   *[other] { $aliases }
}.
faq-unpinned = Unpinned { $entry }.
faq-pinned = Pinned { $entry }: it is offered first when nothing is typed.
faq-restore-not-shipped = `{ $id }` is not a shipped entry, so there is nothing to restore.
faq-restored = `{ $id }` is back to the shipped text.
faq-restore-already = `{ $id }` already is the shipped text.
faq-list-title = FAQ entries in this server
faq-list-empty = No entries.
faq-list-footer = Page { $page } of { $pages } · { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
faq-list-footer-hidden = { $hidden } shipped hidden
faq-previous = Previous
faq-next = Next
faq-history-unchanged = `{ $id }` has not been changed in this server: it is as shipped.
faq-history-none = No history for `{ $id }` in this server.
faq-history-title = History of { $id }
# One change; $user is a Discord user id, $when a Discord timestamp tag.
faq-history-line = v{ $version } · **{ $action ->
    [add] add
    [edit] edit
    [alias] alias
    [remove] remove
    [hide] hide
    [pin] pin
    [unpin] unpin
    [restore] restore
    [import] import
   *[other] { $action }
}** by <@{ $user }> { $when } — { $title }
faq-export-none = This server has no entries of its own yet (shipped entries are in the package).
faq-export-done = { $count ->
    [one] { $count } entry, one markdown file (the format of knowledge/faq).
   *[other] { $count } entries, one markdown file each (the format of knowledge/faq).
}
faq-import-attach = Attach a .zip (from `/faqs export`) or one .md file.
# $problem: why the file could not be read (faq-problem-…).
faq-import-nothing = Nothing was imported: { $problem }.
faq-import-problems = Nothing was imported ({ $count ->
    [one] { $count } problem
   *[other] { $count } problems
}):
faq-imported = Imported { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}: { $ids }
# More problems than the reply shows.
faq-more = …and { $count } more
faq-stats-title = FAQ use in this server
faq-stats-most = Most used
faq-stats-least = Least used
faq-stats-unused = Unused for { $days } days ({ $count })
faq-mods-only-manage = Only members with Manage Messages can choose the moderator role.
faq-mods-cleared = Only members with Manage Messages can manage the FAQ now.
# $role: a Discord role id (the mention).
faq-mods-set = Members with <@&{ $role }> can manage the FAQ too.
faq-mods-current = Members with <@&{ $role }> can manage the FAQ, besides Manage Messages.
faq-mods-none = Only Manage Messages manages the FAQ. Give `role` to add one.
faq-preview = Preview — nothing is saved until you press Save:
faq-save-button = Save
faq-cancel-button = Cancel
faq-saved-version = Saved { $entry } (version { $version }).
faq-draft-gone = This preview expired or was already used; run `/faqs add` again.
faq-saved-post = Saved { $entry }. Post it with `/faq entry:{ $id }`.
faq-cancelled = Cancelled; nothing was saved.
faq-kept = Kept; nothing was changed.
faq-removed = Removed `{ $id }`.

## Problems with an uploaded file or a form (shown in lists as "field: problem"; the knowledge
## linter's own problems are in kb-problems.ftl)

# In place of a field name when a problem is about the whole file.
faq-problem-whole-file = file

faq-problem-not-zip = expected a .zip of .md files (as /faqs export makes) or one .md file
faq-problem-unreadable-zip = cannot read the zip: { $error }
faq-problem-file-too-large = { $file } is too large (at most { $kib } KiB per file)
faq-problem-too-many-files = { $count } files (at most { $max })
faq-problem-not-md = not a .md file
faq-problem-duplicate-id = "{ $id }" is also the id of { $other }
faq-problem-no-md = no .md files in it
faq-problem-id-required = is required
faq-problem-id-shape = must be kebab-case, at most 64 characters (lower-case letters, digits and single hyphens)
faq-problem-not-cdn = the attachment is not on Discord’s CDN
faq-problem-download = cannot download the attachment ({ $reason })
faq-problem-too-large = the attachment is larger than { $mib } MiB
