kb-gaps-title = Errores sin respuesta, { $days ->
    [one] último día
   *[other] últimos { $days } días
}
kb-gaps-empty = No hay errores sin respuesta { $days ->
    [one] en el último día
   *[other] en los últimos { $days } días
}.
kb-gaps-learning-off = El aprendizaje está desactivado en este servidor ({ $command } lo activa).
kb-gaps-guess = mejor suposición { $article }
kb-gaps-footer = { $count ->
    [one] { $count } texto pegado sin respuesta registrado
   *[other] { $count } textos pegados sin respuesta registrados
} · los textos están normalizados: sin autores, secretos, hosts ni números
kb-gaps-no-server = Las lagunas se registran por servidor: ejecute esto en un servidor.
kb-gaps-teach = Enseñar { $n }

kb-stats-title = Estadísticas de la base de conocimiento, { $weeks ->
    [one] última semana
   *[other] últimas { $weeks } semanas
}
kb-stats-percent = { $value } %
kb-stats-answer-rate = Tasa de respuesta **{ $rate }** ({ $answered } respondidos, { $unanswered } no)
kb-stats-helpful-rate = Tasa de utilidad **{ $rate }** ({ $helpful } útiles, { $notHelpful } no útiles)
kb-stats-top = Más usados: { $list }
kb-stats-learning-off = El aprendizaje está desactivado en este servidor: no se cuenta nada nuevo ({ $command }).
kb-stats-footer = Respondidos: explicaciones con una respuesta segura. Votos: { $helpful } / { $notHelpful } bajo las explicaciones.
kb-stats-no-server = Las estadísticas se guardan por servidor: ejecute esto en un servidor.

kb-phrases-no-server = Las frases se enseñan por servidor: ejecute esto en un servidor.
kb-phrases-no-such = No existe la frase número { $n }; { $command } las muestra.
kb-phrases-removed = Quitada: { $phrase }
kb-phrases-none = Todavía no se han enseñado frases en este servidor (clic derecho en un mensaje → Aplicaciones → Enseñar a netmedic).

kb-use-reload = Use { $command }.
kb-reloaded = Base de conocimiento recargada: { $articles } artículos, { $faqs } entradas de las FAQ.
kb-reload-rejected = Recarga rechazada: { $problems ->
    [one] { $problems } problema
   *[other] { $problems } problemas
}. La versión anterior ({ $articles } artículos, { $faqs } entradas de las FAQ) sigue en servicio.
kb-reload-more = …y { $count } más (ejecute { $command })
