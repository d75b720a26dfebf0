# What can be wrong with a knowledge file (src/knowledge/problems.ts), as `kb lint`, the start-up
# refusal and `/kb reload` print it, and as `/faqs add|edit|import` list a moderator's entry's
# problems ("field: problem"). The English text is the `kb lint` output, a CLI contract that
# scripts read: change it only on purpose. Quoted headings ("## How to fix") and inline code are
# the file format's own syntax and stay as they are in every language. Numbers are passed as
# written (no digit grouping).

kb-problem-directory-unreadable = cannot read the knowledge directory: { $detail }
kb-problem-frontmatter-missing = missing YAML frontmatter (the file must start with a "---" line and close it with another)
# $detail: the YAML parser's own (English) message.
kb-problem-yaml = YAML: { $detail }
kb-problem-frontmatter-not-mapping = frontmatter must be a YAML mapping
kb-problem-field-unknown = unknown field
kb-problem-field-required = is required
kb-problem-field-type = expected { $expected ->
    [string] a string
    [string-list] a list of strings
    [source-mapping] a mapping of source keys to descriptions
   *[message-list] a list of messages
}
kb-problem-field-empty = must not be empty
kb-problem-field-too-long = must be at most { $max } characters
# $of: article or faq.
kb-problem-duplicate-id = duplicate { $of ->
    [article] article
   *[faq] FAQ
} id "{ $id }" (also in { $otherFile })
kb-problem-section-unknown = unknown section "## { $heading }"
kb-problem-section-twice = section "## { $heading }" appears twice
kb-problem-section-out-of-order = section "## { $heading }" is out of order
# $under: causes (sides) or test (operating systems).
kb-problem-sub-heading-unknown = unknown sub-heading "### { $heading }" { $under ->
    [causes] (expected "Server side" or "Client side")
   *[test] (expected Windows, macOS or Linux)
}
kb-problem-sub-heading-unexpected = unexpected sub-heading "### { $heading }"
# $tag: an HTML heading tag such as h4.
kb-problem-heading-level = unexpected heading level { $tag }
kb-problem-cause-outside-side = cause outside "### Server side" / "### Client side"
kb-problem-fix-not-numbered = "How to fix" must be a numbered list
kb-problem-code-outside-os = code block outside an OS sub-heading
kb-problem-code-block-twice = more than one code block
# $known: the known locale folders, comma-separated.
kb-problem-locale-folder-unknown = unknown locale folder "{ $folder }" (expected one of { $known })
kb-problem-id-not-file-name = id "{ $id }" does not match the file name "{ $fileStem }.md"
kb-problem-id-not-kebab = "{ $id }" is not kebab-case (lower-case letters, digits and single hyphens)
kb-problem-locale-not-folder = "{ $locale }" does not match the folder "{ $folder }"
kb-problem-translation-extra = extra translation: there is no English { $of ->
    [article] article
   *[faq] FAQ entry
} "{ $id }"
kb-problem-summary-in-english = is left in English
# $expected, $found: a heading as written ("## How to fix"), or none.
kb-problem-heading-differs = heading { $index } differs from the English ({ $englishCount } headings): expected { $expected ->
    [none] no more headings
   *[other] { $expected }
}, found { $found ->
    [none] none
   *[other] { $found }
}
kb-problem-heading-in-english = heading { $heading } is left in English
kb-problem-code-block-missing = code block { $index } of the English ({ $englishFile }:{ $englishLine }) is missing
kb-problem-code-block-extra = code block { $index } is not in the English (it has { $englishCount })
kb-problem-code-block-differs = code block { $index } differs from the English ({ $englishFile }:{ $englishLine }); code blocks must be byte-identical and in the same order
kb-problem-code-span-extra = inline code `{ $code }` is not in the English (changed or added)
kb-problem-code-span-missing = inline code `{ $code }` of the English ({ $englishFile }:{ $englishLine }) is missing or changed
kb-problem-link-missing = link { $index } (to "{ $target }", { $englishFile }:{ $englishLine }) is missing
kb-problem-link-extra = link { $index } (to "{ $target }") is not in the English
kb-problem-link-differs = link { $index } goes to "{ $target }"; the English links to "{ $englishTarget }"
kb-problem-section-in-english = section { $heading } is left in English (its text is the English text)
kb-problem-preamble-in-english = the text before the first heading is left in English
# $prose: the start of the paragraph (cut with … when long).
kb-problem-block-in-english = left in English: "{ $prose }"
kb-problem-translation-missing = missing { $locale } translation of { $of ->
    [article] article
   *[faq] FAQ entry
} "{ $id }"
kb-problem-text-empty = is empty
kb-problem-text-too-long = is { $length } characters (at most { $max })
# $problem: one of kb-problem-embed-… below.
kb-problem-faq-embed = FAQ embed does not fit Discord's limits: { $problem }

## Why a rendered embed does not fit Discord's limits ($limit: Discord's number)

kb-problem-embed-title = title is { $length } characters (limit { $limit })
kb-problem-embed-description = description is { $length } characters (limit { $limit })
kb-problem-embed-fields = { $count } fields (limit { $limit })
# $name: the field's name (its first 40 characters).
kb-problem-embed-field-name = field "{ $name }" name is { $length } characters (limit { $limit })
kb-problem-embed-field-value = field "{ $name }" is { $length } characters (limit { $limit })
kb-problem-embed-field-empty = field "{ $name }" is empty
kb-problem-embed-footer = footer is { $length } characters (limit { $limit })
kb-problem-embed-total = { $length } characters in total (limit { $limit })
