# /xtream: the private IPTV line check (form, button, answer). Panel texts ($status, $message,
# $formats…) are the panel's own words, sanitised, and stay as sent.

xtream-modal-title = Check my IPTV line (private)
xtream-field-url = Server URL (from your provider)
xtream-field-username = Username
xtream-field-password = Password (only sent to your panel)
xtream-button = Check my line
xtream-no-forms = Forms cannot be shown here. From a terminal, run `npx netmedic xtream URL --user NAME` (it asks for the password).
xtream-button-gone = That button is not available any more.
xtream-form-gone = That form is not available any more.

## The line's state: a headline and what to do

xtream-state-active = Line active
    .todo = Your login works and the line is active. If channels still fail, the problem is the app or one stream: clear the app cache, use an output format the line allows, and try another network.
xtream-state-trial = Trial line
    .todo = This is a trial line: it works until the date below, then stops. Ask your provider to turn it into a paid line before then.
xtream-state-expired = Line expired
    .todo = Your subscription has ended: renew it with your provider. The panel itself is working, so nothing on your device needs fixing.
xtream-state-banned = Line banned
    .todo = The provider has banned this line (often for sharing it or using it from too many IP addresses). Contact the provider: only they can lift a ban.
xtream-state-disabled = Line disabled
    .todo = The provider has switched this line off (unpaid, paused or under review). Contact the provider; reinstalling the app will not help.
xtream-state-limit-reached = Connection limit reached
    .todo = Limit reached: close the app on another device (or stop a stream left running), wait a minute, then try again. A bigger plan allows more devices.
xtream-state-wrong-login = Wrong username or password
    .todo = The panel answers but rejects this login. Copy the username and password again from the provider (they are case-sensitive, watch for spaces); if they are right, the line was deleted or the provider moved you to another panel.
xtream-state-unknown = Line status unclear
    .todo = The panel answered with a status this check does not know. Ask your provider what it means.

## The line's details

xtream-status = Status: { $status }
xtream-status-with-trial = Status: { $status } (trial)
xtream-status-trial = Status: trial
# $date: YYYY-MM-DD; $when: one of xtream-days-….
xtream-expires = Expires: { $date } ({ $when })
xtream-days-left = { $days ->
    [one] { $days } day left
   *[other] { $days } days left
}
xtream-days-ago = { $days ->
    [one] { $days } day ago
   *[other] { $days } days ago
}
xtream-expired-today = today
xtream-less-than-a-day = less than a day left
xtream-expires-never = Expires: never (no end date)
xtream-expires-unknown = Expires: the panel did not say
# $active and $max: numbers, or ? when the panel did not say.
xtream-connections = Connections: { $active } of { $max } in use
xtream-connections-full = Connections: { $active } of { $max } in use — ⚠️ limit reached: close the app on another device
xtream-formats = Allowed formats: { $formats }
xtream-panel-message = Panel message: { $message }
xtream-server-url = URL: { $url }
xtream-server-port = Port: { $port }
xtream-server-https-port = HTTPS port: { $port }
xtream-server-timezone = Time zone: { $timezone }
xtream-server-time = Panel time: { $time }
# The panel's server_info disagrees with what was typed.
xtream-difference = ⚠️ You typed { $field ->
    [url] host
    [https_port] https port
   *[port] port
} { $typed }, the panel says { $panel }
xtream-moved-advice = The provider may have moved the panel: use the address the panel reports, or ask the provider for the new URL.
xtream-category = { $kind ->
    [live] Live TV
    [vod] Movies (VOD)
   *[series] Series
}
# $what: xtream-category; $count: categories in the list.
xtream-category-count = ✅ { $what }: { $atLeast ->
    [yes] at least { $count }
   *[no] { $count }
} { $count ->
    [one] category
   *[other] categories
}
xtream-category-empty = ✅ { $what }: 0 categories (empty: the package has none)
# $problem: a short code (http-404, html, not-json, not-a-list) or a network verdict.
xtream-category-failed = ❌ { $what }: did not load ({ $problem })

## The answer

xtream-field-line = Your line
xtream-field-moved = The panel moved?
xtream-field-server = The panel's own server info
xtream-field-categories = Channel lists
xtream-field-steps = Steps
xtream-field-todo = What to do ({ $article })
xtream-field-notes = Notes
xtream-not-checked = ❌ Line not checked
xtream-footer = Only you can see this. Your password was sent to your panel only, and is not stored or logged.
xtream-full-article = Full article
xtream-note-credentials-in-url = The server URL held credentials: I ignored them and used only the username and password fields.
xtream-note-internal-error = Internal error while checking: { $error }

## A username or password refused before anything was sent ($field: username or password)

xtream-credential-empty = { $field ->
    [username] The username is empty.
   *[password] The password is empty.
}
xtream-credential-too-long = { $field ->
    [username] The username is longer than { $max } characters.
   *[password] The password is longer than { $max } characters.
}
xtream-credential-control = { $field ->
    [username] The username contains control characters (a stray line break?).
   *[password] The password contains control characters (a stray line break?).
}

## The steps of a line check (the CLI's --json keeps the English). $kind: live, vod or series; $why: html, not-json, no-user-info or empty

xtream-step-not-panel = HTTP { $status }, but no panel answer ({ $why })
xtream-step-panel-answered = the panel answered about the line in { $ms } ms
xtream-step-category = { $kind } categories: { $atLeast ->
    [yes] at least { $count }
   *[no] { $count }
}
xtream-step-category-failed = { $kind } categories did not load ({ $problem })
