explain-seen = Detectado: { $parts }
explain-seen-tool = desde **{ $tool }**
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

explain-empty = Pegue el texto del error después de /explain, por ejemplo { $example }.
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

explain-answer-faq-none = Todavía no hay entradas en las FAQ.
explain-answer-faq-pick = Elija la entrada que se publicará como respuesta al mensaje de { $user }:
explain-answer-faq-placeholder = Elija una entrada de las FAQ
explain-answer-faq-gone = Esa entrada ya no está en la base de conocimiento; vuelva a abrir el menú.
explain-answer-faq-posted = Publicado «{ $title }»: { $url }
explain-answer-faq-fallback = No he podido responder en el canal, así que «{ $title }» está publicado abajo.
