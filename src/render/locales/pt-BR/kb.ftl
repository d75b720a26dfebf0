kb-gaps-title = Erros sem resposta, { $days ->
    [one] último dia
   *[other] últimos { $days } dias
}
kb-gaps-empty = Nenhum erro sem resposta { $days ->
    [one] no último dia
   *[other] nos últimos { $days } dias
}.
kb-gaps-learning-off = O aprendizado está desligado neste servidor ({ $command } o liga).
kb-gaps-guess = melhor palpite { $article }
kb-gaps-footer = { $count ->
    [one] { $count } texto colado sem resposta registrado
   *[other] { $count } textos colados sem resposta registrados
} · os textos são normalizados: sem autores, segredos, hosts ou números
kb-gaps-no-server = As lacunas são registradas por servidor: execute isto em um servidor.
kb-gaps-teach = Ensinar { $n }

kb-stats-title = Estatísticas da base de conhecimento, { $weeks ->
    [one] última semana
   *[other] últimas { $weeks } semanas
}
kb-stats-percent = { $value }%
kb-stats-answer-rate = Taxa de resposta **{ $rate }** ({ $answered } respondidos, { $unanswered } não)
kb-stats-helpful-rate = Taxa de utilidade **{ $rate }** ({ $helpful } úteis, { $notHelpful } não úteis)
kb-stats-top = Mais usados: { $list }
kb-stats-learning-off = O aprendizado está desligado neste servidor: nada novo é contado ({ $command }).
kb-stats-footer = Respondidos: explicações com uma resposta confiável. Votos: { $helpful } / { $notHelpful } abaixo das explicações.
kb-stats-no-server = As estatísticas são mantidas por servidor: execute isto em um servidor.

kb-phrases-no-server = As frases são ensinadas por servidor: execute isto em um servidor.
kb-phrases-no-such = Não existe a frase número { $n }; { $command } lista as frases.
kb-phrases-removed = Removida: { $phrase }
kb-phrases-none = Nenhuma frase foi ensinada neste servidor ainda (clique com o botão direito em uma mensagem → Apps → Ensinar o netmedic).

kb-use-reload = Use { $command }.
kb-reloaded = Base de conhecimento recarregada: { $articles } artigos, { $faqs } entradas do FAQ.
kb-reload-rejected = Recarga rejeitada: { $problems ->
    [one] { $problems } problema
   *[other] { $problems } problemas
}. A versão anterior ({ $articles } artigos, { $faqs } entradas do FAQ) continua em uso.
kb-reload-more = …e mais { $count } (execute { $command })
