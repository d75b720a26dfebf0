error-unexpected = Algo ha fallado (ref { $ref }). El equipo de ayuda puede buscarlo con esa referencia.
error-unknown-command = Ese comando ya no está disponible aquí.
