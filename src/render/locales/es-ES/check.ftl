# La respuesta a una comprobación (/check, consola, `netmedic check`). Ver en/check.ftl.

## El embed

check-footer = Comprobado desde { $voice ->
    [discord] la red del bot
   *[other] este equipo
} — una lista blanca de IP o un bloqueo geográfico puede hacer que un servidor parezca cerrado para { $voice ->
    [discord] el bot
   *[other] este equipo
} pero abierto para ti.
check-title-checking = Comprobando { $target }…
check-the-target = el destino
check-checking-from = Comprobando desde { $voice ->
    [discord] la red del bot
   *[other] este equipo
}…
check-field-addresses = Direcciones
check-addresses-more = { $list } y { $more } más
check-field-steps = Pasos
check-field-steps-done = Pasos ({ $ms } ms en total)
check-field-server = Servidor
check-field-certificate = Certificado
check-field-other-ports = Otros puertos del mismo servidor
check-field-causes = Causas probables
check-field-first-steps = Primeros pasos
check-field-what-this-shows = Qué muestra esto
check-what-this-shows = El puerto acepta conexiones del bot. Una comprobación TCP no puede saber si el servicio que hay detrás funciona: compruébalo con su propia aplicación, o ejecuta `/check` con la URL que sirve.
check-field-still-failing = ¿Sigue fallándote?
check-still-failing = El servidor responde { $voice ->
    [discord] al bot
   *[other] a este equipo
}, así que el problema está probablemente entre tú y él: tu red o tu proveedor, una VPN o un proxy, un filtro DNS, o un bloqueo de IP o geográfico de tu dirección. Prueba con otra red (datos móviles) para comparar.
check-field-notes = Notas
check-button-article = Artículo completo

## Nombres de los pasos

check-stage-dns = DNS
check-stage-tcp = TCP
check-stage-tls = TLS
check-stage-http = HTTP
check-stage-xtream = Xtream
check-stage-service = Servicio
check-stage-game = Juego

## Titulares

check-headline-ok = Accesible
check-headline-refused = Conexión rechazada
check-headline-timeout = Sin respuesta (tiempo agotado)
check-headline-reset = Conexión restablecida
check-headline-host-unreachable = Host inaccesible
check-headline-network-unreachable = Red inaccesible
check-headline-dns-not-found = Nombre no encontrado
check-headline-dns-error = Falló la consulta DNS
check-headline-tls-certificate = Problema de certificado
check-headline-tls-protocol = TLS / protocolo equivocado
check-headline-http-status = Error HTTP
check-headline-not-http = No es HTTP
check-headline-blocked = No comprobado
check-headline-invalid = No se puede leer ese destino
check-headline-silent = Abierto pero mudo
check-headline-closed-on-accept = Cerrado al instante por el servidor
check-headline-udp-refused = Rechazado por UDP (puerto inaccesible)
check-headline-udp-no-answer = Sin respuesta por UDP
check-headline-game-mismatch = No es este juego
check-headline-xtream-panel = El panel Xtream responde
check-headline-answers-in = Responde en { $service }
check-headline-answers-tls = Responde en TLS
check-headline-answers-http = Responde en HTTP
check-headline-port-open = Puerto abierto
check-headline-online = En línea
check-headline-no-xtream-panel = Aquí no hay panel Xtream

## Certificado y servidor de juego

check-cert-subject = Titular: { $value }
check-cert-issuer = Emisor: { $value }
check-cert-valid = Válido: { $from } → { $to } ({ $left })
check-cert-days-left = quedan { $days } días
check-cert-expired-days-ago = caducó hace { $days } días
check-cert-names = Nombres: { $list }
check-cert-protocol = Protocolo: { $value }
check-game-name = Nombre: { $value }
check-game-players = Jugadores: { $value }
check-game-version = Versión: { $value }
check-game-map = Mapa: { $value }
check-game-motd = MOTD: { $value }
check-game-latency = Latencia: { $ms } ms ({ $transport })

## Duraciones

check-duration-ms = { $ms } ms
check-duration-s = { $s } s

## El veredicto en una frase

check-the-server = el servidor
check-sentence-invalid = No he podido leer eso como un servidor que comprobar: { $problem }.
check-sentence-blocked = No voy a comprobar { $host }: { $reason }. El bot solo comprueba servidores públicos.
check-hint-cli = ¿Compruebas un servidor tuyo? Vuelve a ejecutarlo con --allow-private (o define PROBE_ALLOW_PRIVATE=true).
check-hint-chat = ¿Compruebas un servidor tuyo? Ejecuta 'netmedic check --allow-private' en tu propio equipo; si administras este bot, PROBE_ALLOW_PRIVATE=true permite destinos privados.
check-sentence-dns-not-found = El nombre { $host } no lleva a ninguna parte: { $detail }. Revisa cómo está escrito; o puede que el dominio haya caducado o lo hayan dado de baja.
check-sentence-dns-error = Falló la consulta de { $host }: { $detail }. El nombre puede estar bien, pero su DNS está roto o va lento ahora mismo.
check-sentence-refused = El puerto { $port } de { $host } rechazó la conexión: no hay nada escuchando ahí, o un cortafuegos la rechaza.
check-sentence-timeout-deadline = La comprobación se quedó sin tiempo ({ $time }) mientras esperaba a { $host } en el puerto { $port }: el servidor es muy lento o descarta el tráfico.
check-sentence-timeout-deadline-stage = La comprobación se quedó sin tiempo ({ $time }) mientras esperaba a { $host } en el puerto { $port } (paso { $stage }): el servidor es muy lento o descarta el tráfico.
check-sentence-timeout-http = { $host } aceptó la conexión en el puerto { $port } pero no envió ninguna respuesta HTTP en { $time }: el servicio que hay detrás está colgado o sobrecargado.
check-sentence-timeout-tls = { $host } aceptó la conexión en el puerto { $port } pero no completó un handshake TLS en { $time }: puede que no hable HTTPS en ese puerto, o está sobrecargado.
check-sentence-timeout = El puerto { $port } de { $host } no respondió en { $time }: un cortafuegos descarta el tráfico en silencio, o el servidor está caído.
check-sentence-reset-tcp = El puerto { $port } de { $host } restableció la conexión al instante: un cortafuegos o el servicio la rechaza.
check-sentence-reset = { $host } aceptó la conexión en el puerto { $port } y luego la cortó (restablecimiento): el servicio se cayó, o un cortafuegos o un filtro anti-DDoS descartó la conexión del bot.
check-sentence-reset-stage = { $host } aceptó la conexión en el puerto { $port } y luego la cortó (restablecimiento durante el paso { $stage }): el servicio se cayó, o un cortafuegos o un filtro anti-DDoS descartó la conexión del bot.
check-sentence-host-unreachable = No se pudo llegar a { $host }: un router del camino informó de que el host es inaccesible ({ $code }). El servidor está caído, o un cortafuegos rechaza el tráfico.
check-sentence-network-unreachable = No hay ruta desde la red del bot hasta { $host } ({ $code }): una red del camino está caída, o la red del bot no puede llegar a esa familia de direcciones.
check-sentence-tls-certificate = El certificado de { $host } en el puerto { $port } no se acepta: { $detail }. Los navegadores y las aplicaciones que comprueban certificados se negarán a conectar.
check-sentence-tls-plain-http = El puerto { $port } de { $host } habla HTTP simple, no HTTPS (TLS): usa { $url } en lugar de https://.
check-sentence-tls-on-plain = El puerto { $port } de { $host } habla HTTPS (TLS), no HTTP simple: usa { $url }.
check-sentence-tls-protocol = Falló el handshake TLS con { $host } en el puerto { $port } ({ $detail }): el servidor y el bot no comparten ninguna versión de TLS ni ningún cifrado, o el puerto no habla TLS.
check-sentence-silent = El puerto { $port } de { $host } está abierto pero mudo: aceptó la conexión, luego no envió nada y no respondió ni a TLS ni a HTTP. El servicio espera su propio protocolo (un servidor de juego, una base de datos, una VPN…), así que solo su propia aplicación puede decir si funciona.
check-sentence-closed-on-accept = { $host } aceptó la conexión en el puerto { $port } y la cerró al instante, antes de enviar nada: el servidor rechaza al bot (un baneo o un filtro de IP), ha llegado a su límite de conexiones, o el servicio que hay detrás se está cayendo.
check-sentence-not-http-ssh = El puerto { $port } de { $host } está abierto pero habla SSH, no HTTP: es el puerto equivocado para una aplicación web o de IPTV.
check-sentence-not-http-ssh-banner = El puerto { $port } de { $host } está abierto pero habla SSH, no HTTP ({ $banner }): es el puerto equivocado para una aplicación web o de IPTV.
check-sentence-not-http = El puerto { $port } de { $host } está abierto pero no responde en HTTP: ahí funciona otro tipo de servicio, así que probablemente sea el puerto equivocado.
check-sentence-not-http-banner = El puerto { $port } de { $host } está abierto pero no responde en HTTP (envió "{ $banner }"): ahí funciona otro tipo de servicio, así que probablemente sea el puerto equivocado.
check-sentence-udp-refused = El puerto { $port } de { $host } respondió por UDP con «puerto inaccesible» (ICMP): ningún servidor de { $game } escucha en ese puerto UDP — está parado, funciona en otro puerto, o un cortafuegos rechaza los paquetes.
check-sentence-udp-no-answer = Sin respuesta por UDP de { $host } en el puerto { $port } en { $time } (filtrado, o no es un servidor de { $game }): un cortafuegos o una redirección de puertos que falta descarta los paquetes, el servidor está caído, o ahí funciona otro servicio.
check-sentence-game-mismatch = El puerto { $port } de { $host } respondió, pero no como un servidor de { $game } ({ $detail }): probablemente sea el puerto equivocado, o ahí funciona otro tipo de servicio.
check-sentence-xtream-redirect = { $host } responde en el puerto { $port } con una redirección a { $location } (no seguida), así que ningún panel Xtream respondió en esta URL.
check-sentence-xtream-no-panel = { $host } responde en HTTP en el puerto { $port }, pero no hay ningún panel Xtream en /player_api.php ({ $detail }): la URL o el puerto probablemente estén mal.
check-another-address = otra dirección
check-sentence-http-404 = { $host } respondió en el puerto { $port } con { $status }: el servidor funciona, pero esa ruta no existe ahí.
check-sentence-http-404-path = { $host } respondió en el puerto { $port } con { $status } para { $path }: el servidor funciona, pero esa ruta no existe ahí.
check-sentence-http-login = { $host } respondió en el puerto { $port } con { $status }: el servidor funciona pero pide iniciar sesión.
check-sentence-http-forbidden = { $host } respondió en el puerto { $port } con { $status }: el servidor funciona pero rechaza esta petición (bloqueo de IP, bloqueo geográfico o falta de permiso).
check-sentence-http-429 = { $host } respondió en el puerto { $port } con { $status }: demasiadas peticiones; el servidor está limitando la tasa.
check-sentence-http-5xx = { $host } respondió en el puerto { $port } con { $status }: el servidor está en marcha, pero la aplicación que hay detrás falla.
check-sentence-http-4xx = { $host } respondió en el puerto { $port } con { $status }: el servidor rechaza la propia petición.
check-sentence-ok-banner = El puerto { $port } de { $host } responde: habla { $service }. Usa el cliente o la aplicación propia de ese protocolo en este puerto.
check-sentence-ok-banner-quoted = El puerto { $port } de { $host } responde: habla { $service } ("{ $banner }"). Usa el cliente o la aplicación propia de ese protocolo en este puerto.
check-sentence-ok-tls = El puerto { $port } de { $host } responde con TLS: ahí funciona un servicio cifrado, como HTTPS (prueba https://{ $host }:{ $port }).
check-sentence-ok-tls-cert = El puerto { $port } de { $host } responde con TLS (certificado para { $subject }): ahí funciona un servicio cifrado, como HTTPS (prueba https://{ $host }:{ $port }).
check-sentence-ok-service-http = { $host } responde en HTTP en el puerto { $port }: ahí funciona un servicio web (prueba http://{ $host }:{ $port }).
check-sentence-ok-service-http-status = { $host } responde en HTTP en el puerto { $port } (HTTP { $status }): ahí funciona un servicio web (prueba http://{ $host }:{ $port }).
check-sentence-ok-game = El servidor de { $game } en { $host }:{ $port } está en línea y responde a su consulta de estado.
check-sentence-ok-tcp = El puerto { $port } de { $host } acepta conexiones.
check-sentence-ok-tcp-family = El puerto { $port } de { $host } acepta conexiones (IPv{ $family }).
check-sentence-ok-xtream = El panel Xtream en { $host }:{ $port } responde y pide credenciales, como debe: la parte del servidor funciona.
check-sentence-ok-redirect = { $host } responde en el puerto { $port } con HTTP { $status }, una redirección a { $location } (no seguida).
check-sentence-ok-http = { $host } responde en el puerto { $port }: { $status }.
check-sentence-ok-http-time = { $host } responde en el puerto { $port }: { $status } en { $time }.

## Por qué no se puede leer un destino

check-target-the-host = El host
check-target-the-address = La dirección
check-target-the-port = El puerto
check-target-something-else = otra cosa
check-target-ipv4-parts = { $shown } no es una dirección IPv4 válida: tiene más de cuatro partes.
check-target-ipv4-part-too-large = { $shown } no es una dirección IPv4 válida: una parte es demasiado grande.
check-target-ipv4-octal = { $shown } no es una dirección IPv4 válida: una parte que empieza por 0 es octal y solo puede usar los dígitos 0–7.
check-target-ipv4-part-range = { $shown } no es una dirección IPv4 válida: cada parte debe estar entre 0 y 255.
check-target-ipv4-out-of-range = { $shown } no es una dirección IPv4 válida: un número está fuera de rango.
check-target-ipv6-zone = Los identificadores de zona IPv6 (la parte %… de { $shown }) no se pueden comprobar; indica una dirección global.
check-target-ipv6-invalid = { $shown } no es una dirección IPv6 válida. Escríbela como [2001:db8::1]:443.
check-target-host-missing = Falta el host. Indícalo como host:puerto, p. ej. play.example.net:8080.
check-target-host-percent = { $shown } no es un nombre de host válido: contiene %. Indica un nombre de host o una dirección IP sin más, p. ej. play.example.net:8080.
check-target-idn-invalid = { $shown } no es un nombre de dominio internacional válido. Revisa cómo está escrito.
check-target-host-ends-in-number = { $shown } no es válido: un nombre de host no puede terminar en un número. Indica un nombre de dominio o una dirección IP completa.
check-target-host-too-long = Ese nombre de host tiene { $length } caracteres; el límite es { $limit }. Revisa lo que has pegado.
check-target-host-empty-label = { $shown } no es un nombre de host válido: tiene una parte vacía (dos puntos seguidos, o un punto al principio).
check-target-host-label-too-long = { $shown } no es un nombre de host válido: cada parte entre puntos puede tener como mucho 63 caracteres.
check-target-host-hyphen = { $shown } no es un nombre de host válido: las partes no pueden empezar ni terminar con un guion.
check-target-host-characters = { $shown } no es un nombre de host válido: usa solo letras, dígitos, guiones y puntos, p. ej. play.example.net:8080.
check-target-port-missing = Falta el puerto después de ':'. Indícalo como host:puerto, p. ej. play.example.net:8080.
check-target-port-not-number = El puerto debe ser un número de 1 a 65535, se recibió { $shown }.
check-target-port-range = El puerto debe estar entre 1 y 65535, se recibió { $value }.
check-target-too-long = Es demasiado largo para ser la dirección de un servidor ({ $length } caracteres; el límite es { $limit }). Pega solo host:puerto, p. ej. play.example.net:8080.
check-target-empty = Indica un servidor que comprobar, como play.example.net:8080 o https://example.com.
check-target-spaces = La dirección de un servidor no puede contener espacios ni caracteres de control. Pega solo host:puerto, p. ej. play.example.net:8080.
check-target-backslash = La dirección de un servidor no puede contener barras invertidas. Usa '/' en los enlaces, p. ej. play.example.net:8080.
check-target-scheme-unsupported = Los enlaces { $scheme } no se pueden comprobar. Usa un enlace http:// o https://, o host:puerto para todo lo demás, p. ej. play.example.net:8080.
check-target-scheme-unsupported-bare = Los enlaces { $scheme } no se pueden comprobar. Indica host:puerto o un enlace http(s)://, p. ej. play.example.net:8080.
check-target-userinfo-ambiguous = Ese enlace tiene más de una '@' y no sé dónde terminan el usuario y la contraseña. Indica el enlace sin usuario ni contraseña, p. ej. play.example.net:8080.
check-target-ipv6-missing-bracket = A la dirección IPv6 le falta el ']' de cierre. Escríbela como [2001:db8::1]:443.
check-target-ipv6-expected-port = Se esperaba ':puerto' después del ']' de la dirección IPv6. Escríbela como [2001:db8::1]:443.
check-target-ipv6-empty-brackets = Los corchetes están vacíos: pon dentro una dirección IPv6, como [2001:db8::1]:443.
check-target-ipv6-needs-brackets = Pon la dirección IPv6 entre corchetes con el puerto detrás, como [2001:db8::1]:443.
check-target-query-port-needed = Las comprobaciones { $protocol } necesitan el puerto de consulta del servidor: indica host:puerto, p. ej. { $host }:27015.
check-target-tcp-port-needed = Las comprobaciones TCP necesitan un puerto: indica host:puerto, p. ej. { $host }:25565.
check-target-unprocessable = no se pudo procesar el destino
check-target-gamedig-unknown-game = GameDig no tiene ningún juego con el id "{ $id }". Los ids están en el GAMES_LIST.md de GameDig (p. ej. teamspeak3, rust, valheim).
check-target-gamedig-web-api = { $game } se consulta mediante una API web o un servidor maestro, no el propio servidor, así que el bot no lo comprueba.
check-target-not-a-game-protocol = { $protocol } no es un protocolo de juego
check-target-unknown = entrada no reconocida
check-protocol-game-id = "game:" necesita un id de juego de GameDig formado por letras, dígitos, - o _ (p. ej. game:teamspeak3).
check-protocol-unknown = Protocolo desconocido; usa uno de { $protocols } o game:<id> (un id de juego de GameDig, p. ej. game:teamspeak3).

## Por qué se rechaza una dirección

check-block-address = { $address } es { $what }
check-block-mapped = { $address } corresponde a { $inner }, que es { $what }
check-block-nat64 = { $address } es NAT64 para { $inner }, que es { $what }
check-block-6to4 = { $address } es 6to4 para { $inner }, que es { $what }
check-block-probing-machine = { $address } es una dirección del propio equipo que comprueba
check-block-not-ip = { $address } no es una dirección IP simple
check-block-no-address = no hay ninguna dirección que comprobar
check-block-single-label = { $address } no es un nombre de dominio completo (un nombre sin punto solo significa algo dentro de una red)
check-what-cloud-metadata = una dirección de metadatos de la nube
check-what-link-local = una dirección de enlace local
check-what-unspecified-this-machine = la dirección no especificada (llega a este equipo)
check-what-this-network = en { $cidr } («esta red»), no un destino real
check-what-documentation = una dirección de documentación
check-what-documentation-cidr = una dirección de documentación ({ $cidr })
check-what-benchmarking = una dirección de pruebas de rendimiento
check-what-benchmarking-cidr = una dirección de pruebas de rendimiento ({ $cidr })
check-what-protocol-assignment = una dirección reservada para asignaciones de protocolo ({ $cidr })
check-what-6to4-relay = una dirección de relé 6to4 obsoleta ({ $cidr })
check-what-private = una dirección privada
check-what-private-cidr = una dirección privada ({ $cidr })
check-what-broadcast = la dirección de difusión
check-what-reserved = una dirección reservada
check-what-reserved-cidr = una dirección reservada ({ $cidr })
check-what-loopback = una dirección de loopback
check-what-carrier-grade-nat = una dirección de NAT de operador ({ $cidr })
check-what-multicast = una dirección multicast
check-what-unspecified = la dirección no especificada
check-what-as112 = una dirección sumidero AS112 (uso especial)
check-what-amt = una dirección anycast de relé AMT (uso especial)
check-what-ipv4-compatible = una dirección compatible con IPv4 obsoleta
check-what-ipv4-translated = una dirección traducida de IPv4 ({ $cidr })
check-what-nat64-local = en el prefijo NAT64 de uso local { $cidr }
check-what-teredo = una dirección de túnel Teredo ({ $cidr })
check-what-orchid = un identificador ORCHID, no una dirección enrutable
check-what-orchid2 = un identificador ORCHIDv2, no una dirección enrutable
check-what-discard = una dirección solo de descarte ({ $cidr })
check-what-site-local = una dirección de sitio local (obsoleta)
check-what-unique-local = una dirección local única (privada)
check-what-drone-tag = una etiqueta Remote ID de dron, no una dirección enrutable
check-what-segment-routing = un SID de segment routing, no una dirección enrutable
check-what-ietf-reserved = en un rango reservado del IETF ({ $cidr })
check-what-outside-global-unicast = fuera del rango unicast global { $cidr }
check-what-special-purpose = una dirección de uso especial ({ $cidr })
check-what-own-machine = una dirección del host del bot: es el propio equipo del bot

## Fallos (seguidos del código entre paréntesis)

check-failure-refused = rechazada
check-failure-no-answer = sin respuesta
check-failure-deadline = se alcanzó el límite de tiempo global
check-failure-headers-timeout = sin respuesta HTTP a tiempo
check-failure-body-stalled = el cuerpo se detuvo
check-failure-aborted-out-of-time = detenido: sin tiempo
check-failure-reset = conexión restablecida
check-failure-closed-while-sending = conexión cerrada durante el envío
check-failure-aborted = conexión abortada
check-failure-closed = conexión cerrada
check-failure-closed-early = conexión cerrada antes de tiempo
check-failure-socket-hang-up = el socket colgó (hang up)
check-failure-host-unreachable = host inaccesible
check-failure-host-down = host caído
check-failure-network-unreachable = red inaccesible
check-failure-network-down = red caída
check-failure-no-local-address = ninguna dirección local utilizable
check-failure-local-firewall = bloqueado por el cortafuegos de este equipo
check-failure-name-not-found = nombre no encontrado
check-failure-no-address-records = sin registros de dirección
check-failure-dns-temporary = la consulta DNS falló temporalmente
check-failure-dns-servfail = fallo del servidor DNS
check-failure-not-tls-version = la respuesta no es TLS (número de versión incorrecto)
check-failure-not-tls-length = la respuesta no es TLS (longitud de paquete demasiado grande)
check-failure-http-on-tls-port = petición HTTP a un puerto TLS
check-failure-handshake-failure = fallo del handshake
check-failure-unsupported-tls-version = versión de TLS no admitida
check-failure-no-common-tls-version = ninguna versión de TLS en común
check-failure-sni-unknown = el servidor no conoce este nombre (SNI)
check-failure-handshake-aborted = el servidor abortó el handshake
check-failure-tls-record-layer = fallo de la capa de registros TLS
check-failure-no-shared-cipher = ningún cifrado en común
check-failure-headers-too-large = cabeceras de respuesta demasiado grandes
check-failure-not-http = la respuesta no es HTTP
check-failure-not-http-banner = la respuesta no es HTTP ("{ $banner }")
check-failure-tls-failed = falló el handshake TLS
check-failure-timeout = sin respuesta (tiempo agotado)
check-failure-no-certificate = sin certificado
check-failure-tls-on-plain-port = el puerto respondió con TLS, no con HTTP simple
check-failure-tls-after-reset = el puerto habla TLS (HTTPS), no HTTP simple ({ $failure })
check-failure-ssh-not-http = el puerto habla SSH, no HTTP ({ $banner })
check-failure-ssh-banner = banner SSH
check-failure-endless-headers = el servidor envió cabeceras de respuesta sin fin; se dejó de leerlas
check-failure-http-no-answer = conectado, pero sin respuesta HTTP en { $ms } ms
check-failure-http-deadline = detenido: se alcanzó el límite de tiempo global

## Certificados

check-cert-reason-expired = el certificado ha caducado
check-cert-reason-not-yet-valid = el certificado aún no es válido
check-cert-reason-self-signed = el certificado está autofirmado
check-cert-reason-untrusted-root = la cadena termina en una raíz autofirmada en la que nadie confía
check-cert-reason-unknown-issuer = el emisor es desconocido (falta el certificado intermedio o es una CA privada)
check-cert-reason-name-mismatch = el certificado es para otro nombre
check-cert-reason-revoked = el certificado fue revocado
check-cert-reason-invalid = el certificado no es válido
check-cert-not-valid = no es válido
check-cert-problem-expired = el certificado caducó hace { $days ->
    [one] { $days } día
   *[other] { $days } días
} ({ $date })
check-cert-problem-not-yet-valid = el certificado no es válido hasta el { $date }
check-cert-problem-name-mismatch = el certificado es para { $names }, no para { $host }
check-cert-problem-self-signed = el certificado está autofirmado ({ $subject })
check-cert-also = { $first }; además, { $others }

## Líneas de los pasos

check-dns-ip-literal = { $address } (una dirección IP, no hace falta consultar)
check-dns-localhost = { $host } es este equipo ({ $addresses }), no hace falta consultar
check-dns-resolved = { $addresses } en { $ms } ms
check-dns-more = { $addresses } (+{ $more } más)
check-dns-nxdomain = no existe ese nombre (NXDOMAIN)
check-dns-servfail = el servidor DNS no pudo responder (SERVFAIL)
check-dns-timeout = sin respuesta del servidor DNS en { $ms } ms
check-dns-timeout-servers = sin respuesta de ninguno de los { $servers } servidores DNS en { $ms } ms
check-dns-cancelled = la consulta se cortó por el límite de tiempo de la comprobación
check-dns-refused = el servidor DNS rechazó la consulta (REFUSED)
check-dns-unreachable = no se pudo llegar al servidor DNS (conexión rechazada)
check-dns-other = falló la consulta ({ $code })
check-dns-bad-servers = los servidores DNS configurados (PROBE_DNS_SERVERS) no se pueden usar
check-dns-no-address = el nombre existe pero no tiene dirección IPv4 ni IPv6
check-tcp-connected = conectado a { $address }:{ $port } (IPv{ $family }) en { $ms } ms
check-tls-handshake = { $protocol }, certificado para { $subject } emitido por { $issuer }, quedan { $days } días ({ $ms } ms)
check-tls-no-certificate = el servidor no envió ningún certificado
check-tls-failed = falló el handshake: { $failure }
check-tls-plain-http = falló el handshake: el puerto respondió en HTTP simple ({ $code })
check-http-answer = HTTP { $status } { $statusText } en { $ms } ms
check-http-server = servidor: { $server }
check-http-redirect = redirige a { $location }; no seguida
check-http-body-interrupted = cuerpo interrumpido: { $failure }
check-http-stopped-reading = se dejó de leer tras { $bytes } bytes
check-xtream-panel-denied = El panel Xtream responde (auth: { $auth } sin credenciales) en { $ms } ms
check-xtream-panel = El panel Xtream responde (user_info presente, auth: { $auth }) en { $ms } ms
check-xtream-panel-truncated = El panel Xtream responde (user_info presente; respuesta cortada en el límite de tamaño) en { $ms } ms
check-xtream-redirect = HTTP { $status }: redirige a { $location }; no seguida, así que no se confirmó ningún panel
check-xtream-no-location = (sin destino)
check-xtream-status = HTTP { $status } en /player_api.php: aquí no responde ningún panel Xtream
check-xtream-empty = HTTP { $status } con el cuerpo vacío: ningún panel Xtream en esta URL
check-xtream-html = HTTP { $status } con una página HTML: ningún panel Xtream en esta URL
check-xtream-not-json = HTTP { $status }, pero la respuesta no es JSON: ningún panel Xtream en esta URL
check-xtream-no-user-info = HTTP { $status }, JSON sin user_info: ningún panel Xtream en esta URL
check-xtream-not-panel = la respuesta no es un panel
check-service-banner = habla { $service }
check-service-banner-quoted = habla { $service } ("{ $banner }")
check-service-banner-asked = habla { $service }, al preguntarle
check-service-banner-quoted-asked = habla { $service } ("{ $banner }"), al preguntarle
check-service-tls = habla TLS
check-service-tls-cert = habla TLS, certificado para { $subject } emitido por { $issuer }
check-service-http = responde en HTTP
check-service-http-status = responde en HTTP { $status }
check-service-silent = no envió nada en { $ms } ms, y no respondió ni a un handshake TLS ni a una petición HTTP
check-service-closed = cerrado por el servidor (FIN) al instante, antes de enviar nada
check-service-reset = restablecido por el servidor (RST) al instante, antes de enviar nada
check-service-name-ssh = SSH
check-service-name-smtp = SMTP (correo)
check-service-name-ftp = FTP
check-service-name-smtp-or-ftp = SMTP o FTP
check-service-name-pop3 = POP3 (correo)
check-service-name-imap = IMAP (correo)
check-service-name-mysql = MySQL / MariaDB
check-service-name-redis = Redis
check-service-name-vnc = VNC (escritorio remoto)
check-service-name-telnet = telnet
check-service-name-http = HTTP
check-service-name-unknown = un protocolo que no reconozco
check-game-kind-minecraft-java = Minecraft Java
check-game-kind-minecraft-bedrock = Minecraft Bedrock
check-game-kind-source = Source (A2S_INFO)
check-game-kind-game = juego
check-game-answered = { $game } respondió desde { $address }:{ $port } ({ $transport }) en { $ms } ms
check-game-answered-status = { $game } respondió desde { $address }:{ $port } ({ $transport }) en { $ms } ms: { $status }
check-game-status-players = { $players } jugadores
check-game-status-players-max = { $players }/{ $max } jugadores
check-game-status-version = versión { $version }
check-game-failure-too-large = la respuesta supera los { $bytes } bytes
check-game-failure-closed-mid-answer = el servidor cerró la conexión a mitad de su respuesta
check-game-failure-closed-no-answer = el servidor cerró la conexión sin responder a la consulta del juego
check-game-failure-connected-no-answer = conectado, pero sin respuesta del juego en { $ms } ms
check-game-failure-udp-port-unreachable = ICMP puerto inaccesible ({ $code })
check-game-failure-udp-no-answer = sin respuesta por UDP en { $ms } ms
check-game-failure-gamedig-no-answer = sin respuesta a la consulta del juego en { $ms } ms
check-game-failure-gamedig-mismatch = la respuesta no es lo que envía este juego
check-game-failure-deadline = detenido: se alcanzó el límite de tiempo global
check-game-failure-unexpected = respuesta inesperada
check-game-problem-a2s-cut-short = la respuesta A2S_INFO está cortada
check-game-problem-a2s-too-short = la respuesta es demasiado corta para ser A2S
check-game-problem-a2s-split = el servidor envió una respuesta A2S_INFO dividida, que esta comprobación no reensambla
check-game-problem-not-source = la respuesta no es una respuesta de consulta de Source
check-game-problem-a2s-challenge-cut-short = el challenge está cortado
check-game-problem-a2s-challenge-loop = el servidor responde a cada petición con un challenge nuevo
check-game-problem-a2s-unexpected-type = un tipo de respuesta A2S inesperado { $type }
check-game-problem-not-raknet-pong = la respuesta no es un pong RakNet no conectado
check-game-problem-no-raknet-magic = a la respuesta le falta el valor mágico de RakNet
check-game-problem-bedrock-id-cut-short = la cadena de id del servidor está cortada
check-game-problem-not-bedrock = el pong no describe un servidor de Minecraft Bedrock
check-game-problem-varint-too-long = un VarInt de más de 5 bytes: no es un servidor de Minecraft
check-game-problem-packet-size = un paquete de { $bytes } bytes: no es una respuesta de estado de Minecraft
check-game-problem-not-status-response = el primer paquete no es una respuesta de estado
check-game-problem-status-cut-short = la respuesta de estado está cortada
check-game-problem-status-not-json = la respuesta de estado no es JSON
check-game-problem-status-json-empty = el JSON de estado no tiene versión, jugadores ni descripción
check-remote-resolved = resuelto (Globalping HTTP)
check-remote-connected-ping = conectado (ping TCP de Globalping)
check-remote-no-connection-ping = sin conexión (ping TCP de Globalping)
check-remote-connected-http = conectado (Globalping HTTP)
check-remote-handshake-http = handshake completado (Globalping HTTP)
check-remote-status-http = HTTP { $status } (petición HEAD de Globalping)
check-remote-failed = falló
check-remote-untrusted = certificado no fiable: { $reason } (Globalping HTTP)
check-remote-no-reason = sin motivo indicado

## Otros puertos

check-alt-refused = rechazado
check-alt-no-answer = sin respuesta
check-alt-http = responde (HTTP)
check-alt-http-status = responde (HTTP { $status })
check-alt-tls = responde (TLS: prueba https://)
check-alt-ssh = responde (SSH, no HTTP)
check-alt-other = responde (no HTTP)
check-alt-open = acepta conexiones

## Notas

check-note-credentials-removed = No pegues contraseñas en un canal: las he quitado y he comprobado sin ellas.
check-note-international-name = { $displayHost } es un nombre internacional; he comprobado { $host }.
check-note-port-assumed = No se indicó puerto: he comprobado el puerto { $port }, el predeterminado de { $scheme }.
check-note-family-fails = IPv{ $failing } falla ({ $failure }) pero IPv{ $working } funciona: los clientes que prefieren IPv{ $failing } pueden ver errores.
check-note-redirect = Redirige a { $location }; no seguida.
check-note-no-xtream-panel = Ningún panel Xtream en esta URL: /player_api.php no respondió como un panel.
check-note-game-no-answer = Tampoco hay respuesta de { $game } ({ $transport }): { $failure }.
check-note-internal-error = Error interno durante la comprobación: { $message }

## Causas probables que ha visto esta comprobación

check-cause-wrong-port = **Puerto equivocado**: nada en { $port }, pero { $list } en el mismo servidor. Puede que el proveedor haya movido el servicio.
check-cause-nothing-elsewhere = Tampoco responde nada en los otros puertos habituales: el servidor está caído, o bloquea { $voice ->
    [discord] la red del bot
   *[other] este equipo
}.
check-cause-silent-firewall = Un cortafuegos que descarta el tráfico en silencio (o que solo permite IP de una lista blanca) tiene exactamente este aspecto.
check-cause-cert-expired = El certificado ha caducado: el propietario debe renovarlo (la renovación automática, p. ej. certbot, se ha detenido). Una fecha incorrecta en tu dispositivo da el mismo error.
check-cause-cert-not-yet-valid = El certificado empieza a valer más tarde: un reloj incorrecto en el servidor o en tu dispositivo.
check-cause-cert-self-signed = El servidor usa un certificado autofirmado: vale para pruebas, pero lo rechazan los navegadores y la mayoría de las aplicaciones.
check-cause-cert-issuer = El servidor no envía su certificado intermedio, o su certificado procede de una CA privada.
check-cause-cert-name = El certificado es para otros nombres: una errata en el nombre del host, o un servidor compartido que responde con su sitio por defecto.
check-cause-udp-refused = La máquina de esta dirección está encendida e indica que nada escucha en el puerto UDP { $port }: el servidor de juego está parado, o funciona en otro puerto.
check-cause-udp-no-answer = UDP no tiene handshake: un cortafuegos o un router que descarta los paquetes, una redirección de puertos que falta para UDP { $port } y un servidor parado se ven igual desde fuera.
check-cause-game-mismatch = Algo responde en este puerto, pero no el juego pedido: revisa el puerto (puerto de juego o puerto de consulta) y el tipo de juego.
check-cause-not-http = En este puerto funciona otro tipo de servicio (SSH, una base de datos, un servidor de juego…): probablemente sea el puerto equivocado.
check-cause-http-403 = El servidor rechaza esta petición: una lista blanca de IP, un bloqueo geográfico o una regla de CDN/cortafuegos puede bloquear { $voice ->
    [discord] la red del bot
   *[other] este equipo
} aunque tu dirección esté permitida.
