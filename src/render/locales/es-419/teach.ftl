# Only what Latin-American Spanish says differently; everything else comes from es-ES.
teach-gap-expired = Estos botones vencieron (15 minutos) o son de otra persona; vuelva a ejecutar { $command }.
teach-menu-expired = Este menú venció o ya se usó; vuelva a ejecutar «Enseñar a netmedic».
