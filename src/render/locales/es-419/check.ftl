# Español de Latinoamérica: solo lo que cambia respecto de es-ES (el resto se toma de es-ES).

check-footer = Comprobado desde { $voice ->
    [discord] la red del bot
   *[other] esta computadora
} — una lista blanca de IP o un bloqueo geográfico puede hacer que un servidor parezca cerrado para { $voice ->
    [discord] el bot
   *[other] esta computadora
} pero abierto para ti.
check-checking-from = Comprobando desde { $voice ->
    [discord] la red del bot
   *[other] esta computadora
}…
check-still-failing = El servidor responde { $voice ->
    [discord] al bot
   *[other] a esta computadora
}, así que el problema está probablemente entre tú y él: tu red o tu proveedor, una VPN o un proxy, un filtro DNS, o un bloqueo de IP o geográfico de tu dirección. Prueba con otra red (datos móviles) para comparar.
check-hint-chat = ¿Compruebas un servidor tuyo? Ejecuta 'netmedic check --allow-private' en tu propia computadora; si administras este bot, PROBE_ALLOW_PRIVATE=true permite destinos privados.
check-sentence-refused = El puerto { $port } de { $host } rechazó la conexión: no hay nada escuchando ahí, o un firewall la rechaza.
check-sentence-timeout = El puerto { $port } de { $host } no respondió en { $time }: un firewall descarta el tráfico en silencio, o el servidor está caído.
check-sentence-reset-tcp = El puerto { $port } de { $host } restableció la conexión al instante: un firewall o el servicio la rechaza.
check-sentence-reset = { $host } aceptó la conexión en el puerto { $port } y luego la cortó (restablecimiento): el servicio se cayó, o un firewall o un filtro anti-DDoS descartó la conexión del bot.
check-sentence-reset-stage = { $host } aceptó la conexión en el puerto { $port } y luego la cortó (restablecimiento durante el paso { $stage }): el servicio se cayó, o un firewall o un filtro anti-DDoS descartó la conexión del bot.
check-sentence-host-unreachable = No se pudo llegar a { $host }: un router del camino informó de que el host es inaccesible ({ $code }). El servidor está caído, o un firewall rechaza el tráfico.
check-sentence-udp-refused = El puerto { $port } de { $host } respondió por UDP con «puerto inaccesible» (ICMP): ningún servidor de { $game } escucha en ese puerto UDP — está parado, funciona en otro puerto, o un firewall rechaza los paquetes.
check-sentence-udp-no-answer = Sin respuesta por UDP de { $host } en el puerto { $port } en { $time } (filtrado, o no es un servidor de { $game }): un firewall o una redirección de puertos que falta descarta los paquetes, el servidor está caído, o ahí funciona otro servicio.
check-block-probing-machine = { $address } es una dirección de la propia computadora que hace la comprobación
check-what-unspecified-this-machine = la dirección no especificada (llega a esta computadora)
check-what-own-machine = una dirección del host del bot: es la propia computadora del bot
check-failure-local-firewall = bloqueado por el firewall de esta computadora
check-dns-localhost = { $host } es esta computadora ({ $addresses }), no hace falta consultar
check-cause-nothing-elsewhere = Tampoco responde nada en los otros puertos habituales: el servidor está caído, o bloquea { $voice ->
    [discord] la red del bot
   *[other] esta computadora
}.
check-cause-silent-firewall = Un firewall que descarta el tráfico en silencio (o que solo permite IP de una lista blanca) tiene exactamente este aspecto.
check-cause-udp-no-answer = UDP no tiene handshake: un firewall o un router que descarta los paquetes, una redirección de puertos que falta para UDP { $port } y un servidor parado se ven igual desde fuera.
check-cause-http-403 = El servidor rechaza esta petición: una lista blanca de IP, un bloqueo geográfico o una regla de CDN/firewall puede bloquear { $voice ->
    [discord] la red del bot
   *[other] esta computadora
} aunque tu dirección esté permitida.
