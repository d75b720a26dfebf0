explain-seen = Detectado: { $parts }
explain-seen-tool = origem **{ $tool }**
explain-tool-browser = navegador
explain-seen-host = host `{ $host }`
explain-seen-port = porta { $port }
explain-seen-curl-exit = código de saída do curl { $code }

explain-evidence-code = código { $value }
explain-evidence-phrase = frase { $value }
explain-evidence-topic = tema { $value }
explain-evidence-keywords = palavras-chave { $value }
explain-evidence-taught = ensinado neste servidor: { $value }
explain-evidence-winsock = erro de socket do Windows { $code }
explain-evidence-exit-code = código de saída { $code }
explain-evidence-tls-alert = alerta TLS { $code }
explain-evidence-x509 = erro de verificação do certificado { $code }
explain-footer = Correspondência por { $how } · confiança { $confidence }
explain-footer-list = { $items } e { $last }
explain-footer-weak = palavras-chave fracas
explain-footer-unsure-compare = não é certeza: compare com "{ $field }" acima
explain-footer-unsure-alone = não é certeza: nenhum outro artigo se encaixa melhor

explain-heading-likely-causes = Causas prováveis
explain-heading-first-steps = Primeiros passos
explain-heading-test = Teste
explain-heading-server = Lado do servidor
explain-heading-your-side = Do seu lado
explain-heading-meaning = O que significa
explain-heading-common-causes = Causas comuns
explain-heading-fix = Como resolver
explain-heading-related = Relacionados
explain-field-also-possible = Também possível
explain-field-could-also-be = Também pode ser
explain-article-footer = Artigo { $id }
explain-page-footer = Artigo { $id } · página { $page } de { $pages }

explain-button-full-article = Artigo completo
explain-button-previous = ◀ Anterior
explain-button-next = Próxima ▶
explain-vote-helpful = Útil
explain-vote-not-helpful = Não foi útil

explain-no-match-title = Nenhuma correspondência confiável
explain-no-match-intro = Não consegui identificar qual erro de rede é este.
explain-no-match-suggestions = Pode ser um destes:
explain-no-match-suggestion = • **{ $title }** (confiança { $confidence })
explain-no-match-faqs = Se for uma pergunta, estas entradas do FAQ podem ajudar:
explain-no-match-hint = Cole o erro inteiro, incluindo a linha com o código de erro (ECONNREFUSED, ERR_…, curl: (7), HTTP 404…), ou consulte `{ $command }`.
explain-no-match-footer-ranked = As sugestões são ordenadas pelos códigos e frases que têm em comum com o seu texto
explain-no-match-footer-nothing = Nenhum código ou frase conhecido encontrado no texto

explain-faq-also = também: { $aliases }
explain-faq-list-more = …e mais { $count }
explain-faq-list-empty = Ainda não há entradas no FAQ.
explain-faq-list-footer = { $count ->
    [one] { $count } entrada
   *[other] { $count } entradas
} · { $command } mostra uma

explain-auto-footer = Explicação automática · { $evidence } · use { $command } para a resposta completa
explain-taught-footer = ensinado neste servidor

explain-empty = Cole o texto do erro depois de { $command }, por exemplo { $example }.
explain-choice-best = Melhor correspondência: { $title } ({ $percent }%)
explain-vote-not-kept = Obrigado! Os votos são contados por servidor, então este não é guardado.
explain-vote-counted = Obrigado — contado como { $vote ->
    [helpful] útil
   *[not-helpful] não útil
}. Clicar no outro botão muda o seu voto.
explain-vote-same = Você já marcou isto como { $vote ->
    [helpful] útil
   *[not-helpful] não útil
}.
explain-vote-changed = Alterado: agora o seu voto é { $vote ->
    [helpful] útil
   *[not-helpful] não útil
}.
explain-article-gone = O artigo "{ $id }" não está mais na base de conhecimento.
explain-button-unsupported = Esse botão não é mais suportado.

explain-message-no-text = Essa mensagem não tem texto que eu consiga ler (só embeds ou anexos), então nenhum erro conhecido foi encontrado.
explain-message-no-match = Nenhum erro conhecido encontrado nessa mensagem. Tente { $command } com o texto exato do erro.
explain-message-no-match-hint = Nenhum erro conhecido encontrado nessa mensagem. Pode ser: { $titles }. Tente { $command } com o texto exato do erro.
explain-message-posted = Explicado: { $url }
explain-message-fallback = Não consegui responder no canal, então a resposta está abaixo.
explain-message-about = { $mention } sobre { $url }


explain-service-ftp-data = dados FTP
explain-service-smtp-submission = envio SMTP
explain-service-socks-proxy = proxy SOCKS
explain-service-dev-server = um servidor de desenvolvimento
explain-service-remote-desktop = Área de Trabalho Remota
explain-service-game-server = servidor de jogo
explain-service-http-alternate = HTTP alternativo
explain-service-https-alternate = HTTPS alternativo
explain-service-php-fpm = PHP-FPM / servidor de desenvolvimento
explain-service-prometheus = Prometheus / interface de administração
explain-service-source-game-server = servidor de jogo Source
explain-port-hint-known = a porta { $port } costuma ser { $service }; esse serviço está rodando e escutando nesse endereço?
explain-port-hint-unknown = o serviço que deveria responder na porta { $port } está rodando e escutando nesse endereço?
explain-port-hint-21 = o servidor FTP está rodando, e o firewall libera a porta 21 (e a faixa passiva)?
explain-port-hint-22 = o sshd está rodando e escutando nesse endereço, e o firewall libera a porta 22?
explain-port-hint-25 = muitos provedores de internet e de nuvem bloqueiam a porta 25 de saída; use a 587 para envio de e-mail.
explain-port-hint-53 = o servidor DNS é alcançável na porta 53 (UDP e TCP)?
explain-port-hint-80 = o servidor web está rodando e escutando na porta 80, e o firewall a libera?
explain-port-hint-443 = o servidor web está rodando e escutando na porta 443, e o firewall a libera?
explain-port-hint-1080 = o proxy local (SOCKS na 1080) está mesmo rodando? As configurações de proxy muitas vezes sobrevivem ao app de proxy.
explain-port-hint-1433 = o SQL Server está rodando com TCP/IP habilitado e escutando na 1433 (Gerenciador de Configuração do SQL Server)?
explain-port-hint-3000 = o seu servidor de desenvolvimento (muitas vezes Node na 3000) está rodando e escutando neste endereço, e não só em localhost?
explain-port-hint-3306 = a porta 3306 é o padrão do MySQL/MariaDB; o banco de dados está rodando e escutando nesse endereço (bind-address)?
explain-port-hint-3389 = a Área de Trabalho Remota está ativada no destino, e o firewall libera a porta 3389?
explain-port-hint-5432 = a porta 5432 é o padrão do PostgreSQL; o banco de dados está rodando e escutando nesse endereço (listen_addresses, pg_hba.conf)?
explain-port-hint-6379 = a porta 6379 é o padrão do Redis; o redis-server está rodando e vinculado a este endereço (bind, protected-mode)?
explain-port-hint-8080 = a 8080 é uma porta HTTP alternativa comum (proxies, servidores de desenvolvimento, painéis IPTV); esse serviço está rodando nela?
explain-port-hint-9200 = a porta 9200 é o padrão do Elasticsearch; o nó está rodando e o network.host está definido para este endereço?
explain-port-hint-25565 = a porta 25565 é o padrão do Minecraft; o servidor está rodando, e a porta está encaminhada no roteador?
explain-port-hint-27017 = a porta 27017 é o padrão do MongoDB; o mongod está rodando, e o bindIp está definido para este endereço?
