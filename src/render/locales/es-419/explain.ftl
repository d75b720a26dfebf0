# Only what Latin-American Spanish says differently; everything else comes from es-ES.
explain-vote-counted = Gracias: contado como { $vote ->
    [helpful] útil
   *[not-helpful] no útil
}. Si presiona el otro botón, cambia su voto.
explain-no-match-intro = No pude determinar qué error de red es este.
explain-message-fallback = No pude responder en el canal, así que la respuesta está abajo.
