error-unexpected = Algo salió mal (ref { $ref }). El equipo de ayuda puede buscarlo con esa referencia.
