# Words every adapter shares: failures of the bot itself.

# A handler failed; $ref is the 8-character reference written to the log.
error-unexpected = Something went wrong (ref { $ref }). The helpers can look it up with that reference.
# A button or command from an older version of the bot.
error-unknown-command = That command is not available here any more.
