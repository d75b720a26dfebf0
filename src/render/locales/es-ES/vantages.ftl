vantages-verdict = { $verdict ->
    [timeout] sin respuesta
    [refused] rechazada
    [reset] reiniciada
    [host-unreachable] host inaccesible
    [network-unreachable] red inaccesible
    [dns-not-found] nombre no encontrado
    [dns-error] error de DNS
    [blocked] no permitido allí
    [invalid] destino ilegible
   *[other] { $verdict }
}
vantages-failure = { $what } desde { $location }
vantages-list = { $first } y { $last }
vantages-late = sin respuesta de { $locations } dentro del plazo
vantages-unavailable = agentes no disponibles
vantages-busy-at = agentes ocupados en { $locations }
vantages-answers-everywhere = responde desde todas partes: si a ti te falla, el bloqueo está de tu lado
vantages-answers-where-reported = responde desde todas las redes que informaron ({ $missing }): si a ti te falla, el bloqueo probablemente está de tu lado
vantages-refused-everywhere = rechazada desde todas las redes: el servicio está caído o no está escuchando
vantages-silent-everywhere = sin respuesta desde ninguna red: el host está caído o un cortafuegos lo descarta todo
vantages-dns-everywhere = el nombre no se resuelve desde ninguna red: revisa cómo está escrito y sus registros DNS
vantages-fails-everywhere = falla desde todas las redes que informaron ({ $how }{ $also }): el problema está del lado del servidor
vantages-partial = abierto desde { $reachable } de { $total ->
    [one] { $total } red
   *[other] { $total } redes
}, { $how }{ $also }: un cortafuegos, un bloqueo geográfico o la ruta de un ISP afecta a algunas redes
vantages-no-report = ninguna red informó ({ $missing })
vantages-nothing-answered = nada respondió
vantages-col-location = ubicación
vantages-col-verdict = resultado
vantages-col-connect = conexión
vantages-cell-unavailable = agentes no disponibles
vantages-cell-busy = agentes ocupados
vantages-cell-no-answer = sin respuesta (agente)
vantages-more = … { $count } más
vantages-from = Desde { $count ->
    [one] { $count } red
   *[other] { $count } redes
}
vantages-about-gp = Sobre las filas gp:
vantages-globalping-note = Sondas públicas de Globalping (una conexión TCP desde sus redes): muestran si el puerto acepta conexiones allí y con qué rapidez, no por qué falla (rechazada y descartada se ven igual), ni nada sobre TLS, HTTP o el panel.
vantages-globalping-http-note = Las filas /http son una petición HEAD desde las mismas sondas, sin credenciales: el código de estado y los tiempos allí y, si falla, el error que vio la sonda (rechazada, tiempo agotado, nombre no encontrado, certificado). No dicen nada sobre un acceso Xtream ni sobre lo que recibiría un reproductor, y para la conclusión una sonda cuenta una vez.

vantages-from-empty = desde: indica «all» o una o varias ubicaciones separadas por comas
vantages-from-reserved = desde: «{ $name }» está reservado
vantages-from-bad-name = desde: una ubicación tiene de 1 a 32 letras minúsculas, dígitos y guiones (recibido «{ $name }»)
vantages-from-too-many = desde: como máximo { $max } ubicaciones (recibidas { $count })
