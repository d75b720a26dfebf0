error-unexpected = Etwas ist schiefgelaufen (Ref. { $ref }). Das Hilfe-Team kann es mit dieser Referenz nachschlagen.
error-unknown-command = Dieser Befehl ist hier nicht mehr verfügbar.
