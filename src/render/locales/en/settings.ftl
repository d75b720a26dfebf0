# /netmedic settings: a server's learning switch and how long recorded errors are kept.

# How long things are kept; $custom is "yes" when the server chose it, "no" for the bot's default.
settings-kept = { $custom ->
    [yes] { NUMBER($days, useGrouping: 0) } days
   *[no] { NUMBER($days, useGrouping: 0) } days (the default)
}
# $kept: settings-kept; $explain, $gaps, $stats: commands as mentions or code (render/command-names.ts commandReference); $settings, $learning: the command and option as the reader's Discord names them
# ("/kb gaps"); $learning: the name of the learning option.
settings-learning-on = **Learning: on.** Unanswered errors from { $explain }, Explain this error and auto-explain are kept { $kept } (normalised: no authors, secrets, hosts or numbers) for { $gaps }, with what was answered and the Helpful / Not helpful votes for { $stats }. `{ $settings } { $learning }:false` or the button turns it off.
settings-learning-off = **Learning: off.** Nothing is recorded (votes are still counted; everything is kept { $kept }). `{ $settings } { $learning }:true` or the button turns it on.
settings-turn-off = Turn learning off
settings-turn-on = Turn learning on
settings-per-server = Settings are per server: run this in a server.
settings-moderators-only = Only moderators can change netmedic’s settings.
# $option: the retention option's name in the reader's Discord (retention_days).
settings-retention-range = { $option } must be a whole number from 0 (the default) to { $max }.
settings-button-gone = That button is not supported any more.
