explain-seen = Detectado: { $parts }
explain-seen-tool = origen **{ $tool }**
explain-tool-browser = navegador
explain-seen-host = host `{ $host }`
explain-seen-port = puerto { $port }
explain-seen-curl-exit = código de salida de curl { $code }

explain-evidence-code = código { $value }
explain-evidence-phrase = frase { $value }
explain-evidence-topic = tema { $value }
explain-evidence-keywords = palabras clave { $value }
explain-evidence-taught = enseñado en este servidor: { $value }
explain-evidence-winsock = error de socket de Windows { $code }
explain-evidence-exit-code = código de salida { $code }
explain-evidence-tls-alert = alerta TLS { $code }
explain-evidence-x509 = error de verificación del certificado { $code }
explain-footer = Coincide por { $how } · confianza { $confidence }
explain-footer-list = { $items } y { $last }
explain-footer-weak = palabras clave débiles
explain-footer-unsure-compare = no es seguro: compare con «{ $field }» arriba
explain-footer-unsure-alone = no es seguro: ningún otro artículo encaja mejor

explain-heading-likely-causes = Causas probables
explain-heading-first-steps = Primeros pasos
explain-heading-test = Pruébelo
explain-heading-server = En el servidor
explain-heading-your-side = En su lado
explain-heading-meaning = Qué significa
explain-heading-common-causes = Causas frecuentes
explain-heading-fix = Cómo solucionarlo
explain-heading-related = Relacionado
explain-field-also-possible = También es posible
explain-field-could-also-be = También podría ser
explain-article-footer = Artículo { $id }
explain-page-footer = Artículo { $id } · página { $page } de { $pages }

explain-button-full-article = Artículo completo
explain-button-previous = ◀ Anterior
explain-button-next = Siguiente ▶
explain-vote-helpful = Útil
explain-vote-not-helpful = No útil

explain-no-match-title = Sin coincidencia segura
explain-no-match-intro = No he podido determinar qué error de red es este.
explain-no-match-suggestions = Podría ser uno de estos:
explain-no-match-suggestion = • **{ $title }** (confianza { $confidence })
explain-no-match-faqs = Si es una pregunta, estas entradas de las FAQ pueden ayudar:
explain-no-match-hint = Pegue el error completo, incluida la línea con el código de error (ECONNREFUSED, ERR_…, curl: (7), HTTP 404…), o consulte `{ $command }`.
explain-no-match-footer-ranked = Las sugerencias se ordenan por los códigos y frases que comparten con su texto
explain-no-match-footer-nothing = No se encontró ningún código ni frase conocidos en el texto

explain-faq-also = también: { $aliases }
explain-faq-list-more = …y { $count } más
explain-faq-list-empty = Todavía no hay entradas en las FAQ.
explain-faq-list-footer = { $count ->
    [one] { $count } entrada
   *[other] { $count } entradas
} · { $command } muestra una

explain-auto-footer = Explicación automática · { $evidence } · use { $command } para la respuesta completa
explain-taught-footer = enseñado en este servidor

explain-empty = Pegue el texto del error después de { $command }, por ejemplo { $example }.
explain-choice-best = Mejor coincidencia: { $title } ({ $percent } %)
explain-vote-not-kept = ¡Gracias! Los votos se cuentan por servidor, así que este no se guarda.
explain-vote-counted = Gracias: contado como { $vote ->
    [helpful] útil
   *[not-helpful] no útil
}. Pulsar el otro botón cambia su voto.
explain-vote-same = Ya había marcado esto como { $vote ->
    [helpful] útil
   *[not-helpful] no útil
}.
explain-vote-changed = Cambiado: ahora su voto es { $vote ->
    [helpful] útil
   *[not-helpful] no útil
}.
explain-article-gone = El artículo «{ $id }» ya no está en la base de conocimiento.
explain-button-unsupported = Ese botón ya no es compatible.

explain-message-no-text = Ese mensaje no tiene texto que yo pueda leer (solo embeds o archivos adjuntos), así que no se encontró ningún error conocido.
explain-message-no-match = No se encontró ningún error conocido en ese mensaje. Pruebe { $command } con el texto exacto del error.
explain-message-no-match-hint = No se encontró ningún error conocido en ese mensaje. Podría ser: { $titles }. Pruebe { $command } con el texto exacto del error.
explain-message-posted = Explicado: { $url }
explain-message-fallback = No he podido responder en el canal, así que la respuesta está abajo.
explain-message-about = { $mention } sobre { $url }


explain-service-ftp-data = datos FTP
explain-service-smtp-submission = envío SMTP
explain-service-socks-proxy = proxy SOCKS
explain-service-dev-server = un servidor de desarrollo
explain-service-remote-desktop = Escritorio remoto
explain-service-game-server = servidor de juegos
explain-service-http-alternate = HTTP alternativo
explain-service-https-alternate = HTTPS alternativo
explain-service-php-fpm = PHP-FPM / servidor de desarrollo
explain-service-prometheus = Prometheus / interfaz de administración
explain-service-source-game-server = servidor de juegos Source
explain-port-hint-known = el puerto { $port } suele ser { $service }; ¿está ese servicio en marcha y escuchando en esa dirección?
explain-port-hint-unknown = ¿está en marcha el servicio que debería responder en el puerto { $port } y escucha en esa dirección?
explain-port-hint-21 = ¿está en marcha el servidor FTP y el cortafuegos permite el puerto 21 (y el rango pasivo)?
explain-port-hint-22 = ¿está sshd en marcha y escuchando en esa dirección, y el cortafuegos permite el puerto 22?
explain-port-hint-25 = muchos proveedores de Internet y de nube bloquean el puerto 25 de salida; pruebe el 587 para enviar correo.
explain-port-hint-53 = ¿se puede llegar al servidor DNS en el puerto 53 (UDP y TCP)?
explain-port-hint-80 = ¿está el servidor web en marcha y escuchando en el puerto 80, y el cortafuegos lo permite?
explain-port-hint-443 = ¿está el servidor web en marcha y escuchando en el puerto 443, y el cortafuegos lo permite?
explain-port-hint-1080 = ¿está de verdad en marcha el proxy local (SOCKS en 1080)? La configuración de proxy suele sobrevivir a la aplicación de proxy.
explain-port-hint-1433 = ¿está SQL Server en marcha con TCP/IP habilitado y escuchando en 1433 (Administrador de configuración de SQL Server)?
explain-port-hint-3000 = ¿está en marcha su servidor de desarrollo (a menudo Node en 3000) y escucha en esta dirección y no solo en localhost?
explain-port-hint-3306 = el puerto 3306 es el predeterminado de MySQL/MariaDB; ¿está la base de datos en marcha y escuchando en esa dirección (bind-address)?
explain-port-hint-3389 = ¿está habilitado Escritorio remoto en el equipo de destino y el cortafuegos permite el puerto 3389?
explain-port-hint-5432 = el puerto 5432 es el predeterminado de PostgreSQL; ¿está la base de datos en marcha y escuchando en esa dirección (listen_addresses, pg_hba.conf)?
explain-port-hint-6379 = el puerto 6379 es el predeterminado de Redis; ¿está redis-server en marcha y vinculado a esta dirección (bind, protected-mode)?
explain-port-hint-8080 = el 8080 es un puerto HTTP alternativo habitual (proxies, servidores de desarrollo, paneles IPTV); ¿está ese servicio en marcha en él?
explain-port-hint-9200 = el puerto 9200 es el predeterminado de Elasticsearch; ¿está el nodo en marcha y network.host apunta a esta dirección?
explain-port-hint-25565 = el puerto 25565 es el predeterminado de Minecraft; ¿está el servidor en marcha y el puerto redirigido en el router?
explain-port-hint-27017 = el puerto 27017 es el predeterminado de MongoDB; ¿está mongod en marcha y bindIp apunta a esta dirección?
