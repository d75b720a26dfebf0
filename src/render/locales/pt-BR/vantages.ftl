vantages-verdict = { $verdict ->
    [timeout] sem resposta
    [refused] recusada
    [reset] redefinida
    [host-unreachable] host inacessível
    [network-unreachable] rede inacessível
    [dns-not-found] nome não encontrado
    [dns-error] erro de DNS
    [blocked] não permitido lá
    [invalid] destino ilegível
   *[other] { $verdict }
}
vantages-failure = { $what } a partir de { $location }
vantages-list = { $first } e { $last }
vantages-late = sem resposta de { $locations } dentro do prazo
vantages-unavailable = agentes indisponíveis
vantages-busy-at = agentes ocupados em { $locations }
vantages-answers-everywhere = responde de todos os lugares: se falha para você, o bloqueio está do seu lado
vantages-answers-where-reported = responde de todas as redes que informaram ({ $missing }): se falha para você, o bloqueio provavelmente está do seu lado
vantages-refused-everywhere = recusada em todas as redes: o serviço está fora do ar ou não está escutando
vantages-silent-everywhere = nenhuma rede obteve resposta: o host está fora do ar, ou um firewall descarta tudo
vantages-dns-everywhere = o nome não resolve em nenhuma rede: confira a grafia e os registros DNS
vantages-fails-everywhere = falha em todas as redes que informaram ({ $how }{ $also }): o problema está do lado do servidor
vantages-partial = aberto em { $reachable } de { $total ->
    [one] { $total } rede
   *[other] { $total } redes
}, { $how }{ $also }: um firewall, bloqueio geográfico ou rota de provedor afeta algumas redes
vantages-no-report = nenhuma rede informou ({ $missing })
vantages-nothing-answered = nada respondeu
vantages-col-location = local
vantages-col-verdict = resultado
vantages-col-connect = conexão
vantages-cell-unavailable = agentes indisponíveis
vantages-cell-busy = agentes ocupados
vantages-cell-no-answer = sem resposta (agente)
vantages-more = … mais { $count }
vantages-from = De { $count ->
    [one] { $count } rede
   *[other] { $count } redes
}
vantages-about-gp = Sobre as linhas gp:
vantages-globalping-note = Sondas públicas do Globalping (uma conexão TCP a partir das redes delas): mostram se a porta aceita conexões lá e com que rapidez, não por que falha (recusada e descartada parecem iguais), nem nada sobre TLS, HTTP ou o painel.
vantages-globalping-http-note = As linhas /http são uma requisição HEAD das mesmas sondas, sem credenciais: o código de status e os tempos lá e, em caso de falha, o erro que a sonda viu (recusada, tempo esgotado, nome não encontrado, certificado). Não dizem nada sobre um login Xtream ou o que um player receberia, e na conclusão uma sonda conta uma vez.

vantages-from-empty = de: informe "all" ou um ou mais locais separados por vírgula
vantages-from-reserved = de: "{ $name }" é reservado
vantages-from-bad-name = de: um local tem de 1 a 32 letras minúsculas, dígitos e hífens (recebido "{ $name }")
vantages-from-too-many = de: no máximo { $max } locais (recebidos { $count })
