error-unexpected = Qualcosa è andato storto (rif. { $ref }). Lo staff di supporto può cercarlo con questo riferimento.
error-unknown-command = Questo comando non è più disponibile qui.
