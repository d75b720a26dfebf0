xtream-modal-title = Verificar minha linha IPTV (privado)
xtream-field-url = URL do servidor (do seu provedor)
xtream-field-username = Usuário
xtream-field-password = Senha (enviada só ao seu painel)
xtream-button = Verificar minha linha
xtream-no-forms = Formulários não podem ser exibidos aqui. Em um terminal, execute `npx netmedic xtream URL --user NAME` (ele pede a senha).
xtream-button-gone = Esse botão não está mais disponível.
xtream-form-gone = Esse formulário não está mais disponível.

xtream-state-active = Linha ativa
    .todo = Seu login funciona e a linha está ativa. Se os canais ainda falham, o problema é o app ou um stream: limpe o cache do app, use um formato de saída que a linha permite e tente outra rede.
xtream-state-trial = Linha de teste
    .todo = Esta é uma linha de teste: funciona até a data abaixo e depois para. Peça ao seu provedor para transformá-la em linha paga antes disso.
xtream-state-expired = Linha expirada
    .todo = Sua assinatura terminou: renove com seu provedor. O painel em si está funcionando, então não há nada para consertar no seu aparelho.
xtream-state-banned = Linha banida
    .todo = O provedor baniu esta linha (muitas vezes por compartilhá-la ou usá-la de IPs demais). Fale com o provedor: só ele pode tirar o banimento.
xtream-state-disabled = Linha desativada
    .todo = O provedor desligou esta linha (falta de pagamento, pausa ou análise). Fale com o provedor; reinstalar o app não vai ajudar.
xtream-state-limit-reached = Limite de conexões atingido
    .todo = Limite atingido: feche o app em outro aparelho (ou pare um stream que ficou rodando), espere um minuto e tente de novo. Um plano maior permite mais aparelhos.
xtream-state-wrong-login = Usuário ou senha incorretos
    .todo = O painel responde, mas recusa este login. Copie de novo o usuário e a senha do provedor (diferenciam maiúsculas de minúsculas, cuidado com espaços); se estiverem certos, a linha foi excluída ou o provedor mudou você para outro painel.
xtream-state-unknown = Status da linha incerto
    .todo = O painel respondeu com um status que esta verificação não conhece. Pergunte ao seu provedor o que significa.

xtream-status = Status: { $status }
xtream-status-with-trial = Status: { $status } (teste)
xtream-status-trial = Status: teste
xtream-expires = Expira: { $date } ({ $when })
xtream-days-left = { $days ->
    [one] falta { $days } dia
   *[other] faltam { $days } dias
}
xtream-days-ago = { $days ->
    [one] há { $days } dia
   *[other] há { $days } dias
}
xtream-expired-today = hoje
xtream-less-than-a-day = falta menos de um dia
xtream-expires-never = Expira: nunca (sem data de término)
xtream-expires-unknown = Expira: o painel não informou
xtream-connections = Conexões: { $active } de { $max } em uso
xtream-connections-full = Conexões: { $active } de { $max } em uso — ⚠️ limite atingido: feche o app em outro aparelho
xtream-formats = Formatos permitidos: { $formats }
xtream-panel-message = Mensagem do painel: { $message }
xtream-server-url = URL: { $url }
xtream-server-port = Porta: { $port }
xtream-server-https-port = Porta HTTPS: { $port }
xtream-server-timezone = Fuso horário: { $timezone }
xtream-server-time = Hora do painel: { $time }
xtream-difference = ⚠️ Você digitou { $field ->
    [url] o host
    [https_port] a porta HTTPS
   *[port] a porta
} { $typed }, o painel informa { $panel }
xtream-moved-advice = O provedor pode ter mudado o painel de lugar: use o endereço que o painel informa ou peça ao provedor a nova URL.
xtream-category = { $kind ->
    [live] TV ao vivo
    [vod] Filmes (VOD)
   *[series] Séries
}
xtream-category-count = ✅ { $what }: { $atLeast ->
    [yes] pelo menos { $count }
   *[no] { $count }
} { $count ->
    [one] categoria
   *[other] categorias
}
xtream-category-empty = ✅ { $what }: 0 categorias (vazio: o pacote não tem nenhuma)
xtream-category-failed = ❌ { $what }: não carregou ({ $problem })

xtream-field-line = Sua linha
xtream-field-moved = O painel mudou?
xtream-field-server = Dados do servidor segundo o painel
xtream-field-categories = Listas de canais
xtream-field-steps = Etapas
xtream-field-todo = O que fazer ({ $article })
xtream-field-notes = Observações
xtream-not-checked = ❌ Linha não verificada
xtream-footer = Só você vê isto. Sua senha foi enviada só ao seu painel e não é guardada nem registrada.
xtream-full-article = Artigo completo
xtream-note-credentials-in-url = A URL do servidor tinha credenciais: eu as ignorei e usei só os campos de usuário e senha.
xtream-note-internal-error = Erro interno durante a verificação: { $error }

xtream-credential-empty = { $field ->
    [username] O usuário está vazio.
   *[password] A senha está vazia.
}
xtream-credential-too-long = { $field ->
    [username] O usuário tem mais de { $max } caracteres.
   *[password] A senha tem mais de { $max } caracteres.
}
xtream-credential-control = { $field ->
    [username] O usuário contém caracteres de controle (uma quebra de linha perdida?).
   *[password] A senha contém caracteres de controle (uma quebra de linha perdida?).
}

## The steps of a line check

xtream-step-not-panel = HTTP { $status }, mas sem resposta de painel ({ $why })
xtream-step-panel-answered = o painel respondeu sobre a linha em { $ms } ms
xtream-step-category = categorias { $kind }: { $atLeast ->
    [yes] pelo menos { $count }
   *[no] { $count }
}
xtream-step-category-failed = as categorias { $kind } não carregaram ({ $problem })
