error-unexpected = Une erreur s'est produite (réf. { $ref }). L'équipe d'aide peut la retrouver avec cette référence.
error-unknown-command = Cette commande n'est plus disponible ici.
