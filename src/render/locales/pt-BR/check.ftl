# A resposta a uma verificação (/check, console, `netmedic check`). Veja en/check.ftl.

## O embed

check-footer = Verificado a partir { $voice ->
    [discord] da rede do bot
   *[other] desta máquina
} — uma lista de IPs permitidos ou um bloqueio geográfico pode fazer um servidor parecer fechado para { $voice ->
    [discord] o bot
   *[other] esta máquina
}, mas aberto para você.
check-title-checking = Verificando { $target }…
check-the-target = o destino
check-checking-from = Verificando a partir { $voice ->
    [discord] da rede do bot
   *[other] desta máquina
}…
check-field-addresses = Endereços
check-addresses-more = { $list } e mais { $more }
check-field-steps = Etapas
check-field-steps-done = Etapas ({ $ms } ms no total)
check-field-server = Servidor
check-field-certificate = Certificado
check-field-other-ports = Outras portas do mesmo servidor
check-field-causes = Causas prováveis
check-field-first-steps = Primeiros passos
check-field-what-this-shows = O que isto mostra
check-what-this-shows = A porta aceita conexões do bot. Uma verificação TCP não consegue dizer se o serviço por trás funciona: teste-o com o próprio aplicativo dele, ou rode `/check` com a URL que ele serve.
check-field-still-failing = Ainda falha para você?
check-still-failing = O servidor responde { $voice ->
    [discord] ao bot
   *[other] a esta máquina
}, então o problema provavelmente está entre você e ele: sua rede ou provedor, uma VPN ou proxy, um filtro de DNS, ou um bloqueio de IP/geográfico no seu endereço. Tente outra rede (dados móveis) para comparar.
check-field-notes = Observações
check-button-article = Artigo completo

## Nomes das etapas

check-stage-dns = DNS
check-stage-tcp = TCP
check-stage-tls = TLS
check-stage-http = HTTP
check-stage-xtream = Xtream
check-stage-service = Serviço
check-stage-game = Jogo

## Títulos

check-headline-ok = Acessível
check-headline-refused = Conexão recusada
check-headline-timeout = Sem resposta (tempo esgotado)
check-headline-reset = Conexão redefinida
check-headline-host-unreachable = Host inacessível
check-headline-network-unreachable = Rede inacessível
check-headline-dns-not-found = Nome não encontrado
check-headline-dns-error = A consulta DNS falhou
check-headline-tls-certificate = Problema de certificado
check-headline-tls-protocol = TLS / protocolo errado
check-headline-http-status = Erro HTTP
check-headline-not-http = Não é HTTP
check-headline-blocked = Não verificado
check-headline-invalid = Não consigo ler esse destino
check-headline-silent = Aberta, mas muda
check-headline-closed-on-accept = Fechada na hora pelo servidor
check-headline-udp-refused = Recusada via UDP (porta inacessível)
check-headline-udp-no-answer = Sem resposta via UDP
check-headline-game-mismatch = Não é este jogo
check-headline-xtream-panel = O painel Xtream responde
check-headline-answers-in = Responde em { $service }
check-headline-answers-tls = Responde em TLS
check-headline-answers-http = Responde em HTTP
check-headline-port-open = Porta aberta
check-headline-online = Online
check-headline-no-xtream-panel = Não há painel Xtream aqui

## Certificado e servidor de jogo

check-cert-subject = Titular: { $value }
check-cert-issuer = Emissor: { $value }
check-cert-valid = Validade: { $from } → { $to } ({ $left })
check-cert-days-left = faltam { $days } dias
check-cert-expired-days-ago = expirou há { $days } dias
check-cert-names = Nomes: { $list }
check-cert-protocol = Protocolo: { $value }
check-game-name = Nome: { $value }
check-game-players = Jogadores: { $value }
check-game-version = Versão: { $value }
check-game-map = Mapa: { $value }
check-game-motd = MOTD: { $value }
check-game-latency = Latência: { $ms } ms ({ $transport })

## Durações

check-duration-ms = { $ms } ms
check-duration-s = { $s } s

## O veredito em uma frase

check-the-server = o servidor
check-sentence-invalid = Não consegui ler isso como um servidor para verificar: { $problem }.
check-sentence-blocked = Não vou verificar { $host }: { $reason }. O bot só verifica servidores públicos.
check-hint-cli = Verificando um servidor seu? Rode de novo com --allow-private (ou defina PROBE_ALLOW_PRIVATE=true).
check-hint-chat = Verificando um servidor seu? Rode 'netmedic check --allow-private' na sua própria máquina; se você administra este bot, PROBE_ALLOW_PRIVATE=true permite destinos privados.
check-sentence-dns-not-found = O nome { $host } não leva a lugar nenhum: { $detail }. Confira a grafia; ou o domínio pode ter expirado ou sido desativado.
check-sentence-dns-error = A consulta de { $host } falhou: { $detail }. O nome pode estar certo, mas o DNS dele está quebrado ou lento agora.
check-sentence-refused = A porta { $port } de { $host } recusou a conexão: nada está escutando ali, ou um firewall a rejeita.
check-sentence-timeout-deadline = A verificação ficou sem tempo ({ $time }) esperando por { $host } na porta { $port }: o servidor está muito lento ou descarta o tráfego.
check-sentence-timeout-deadline-stage = A verificação ficou sem tempo ({ $time }) esperando por { $host } na porta { $port } (etapa { $stage }): o servidor está muito lento ou descarta o tráfego.
check-sentence-timeout-http = { $host } aceitou a conexão na porta { $port }, mas não enviou resposta HTTP em { $time }: o serviço por trás está travado ou sobrecarregado.
check-sentence-timeout-tls = { $host } aceitou a conexão na porta { $port }, mas não concluiu um handshake TLS em { $time }: talvez não fale HTTPS nessa porta, ou está sobrecarregado.
check-sentence-timeout = A porta { $port } de { $host } não respondeu em { $time }: um firewall descarta o tráfego em silêncio, ou o servidor está fora do ar.
check-sentence-reset-tcp = A porta { $port } de { $host } redefiniu a conexão na hora: um firewall ou o serviço a rejeita.
check-sentence-reset = { $host } aceitou a conexão na porta { $port } e depois a cortou (reset): o serviço caiu, ou um firewall ou filtro anti-DDoS derrubou a conexão do bot.
check-sentence-reset-stage = { $host } aceitou a conexão na porta { $port } e depois a cortou (reset durante a etapa { $stage }): o serviço caiu, ou um firewall ou filtro anti-DDoS derrubou a conexão do bot.
check-sentence-host-unreachable = Não foi possível alcançar { $host }: um roteador no caminho informou que o host está inacessível ({ $code }). O servidor está fora do ar, ou um firewall rejeita o tráfego.
check-sentence-network-unreachable = Não há rota da rede do bot até { $host } ({ $code }): uma rede no caminho está fora do ar, ou a rede do bot não alcança essa família de endereços.
check-sentence-tls-certificate = O certificado de { $host } na porta { $port } não é aceito: { $detail }. Navegadores e aplicativos que verificam certificados vão se recusar a conectar.
check-sentence-tls-plain-http = A porta { $port } de { $host } fala HTTP simples, não HTTPS (TLS): use { $url } em vez de https://.
check-sentence-tls-on-plain = A porta { $port } de { $host } fala HTTPS (TLS), não HTTP simples: use { $url }.
check-sentence-tls-protocol = O handshake TLS com { $host } na porta { $port } falhou ({ $detail }): o servidor e o bot não têm nenhuma versão de TLS ou cifra em comum, ou a porta não fala TLS.
check-sentence-silent = A porta { $port } de { $host } está aberta, mas muda: aceitou a conexão, depois não enviou nada e não respondeu nem a TLS nem a HTTP. O serviço ali espera o próprio protocolo (um servidor de jogo, um banco de dados, uma VPN…), então só o próprio aplicativo dele pode dizer se funciona.
check-sentence-closed-on-accept = { $host } aceitou a conexão na porta { $port } e a fechou na hora, antes de enviar qualquer coisa: o servidor recusa o bot (um banimento ou filtro de IP), atingiu o limite de conexões, ou o serviço por trás está caindo.
check-sentence-not-http-ssh = A porta { $port } de { $host } está aberta, mas fala SSH, não HTTP: é a porta errada para um aplicativo web ou de IPTV.
check-sentence-not-http-ssh-banner = A porta { $port } de { $host } está aberta, mas fala SSH, não HTTP ({ $banner }): é a porta errada para um aplicativo web ou de IPTV.
check-sentence-not-http = A porta { $port } de { $host } está aberta, mas não responde em HTTP: outro tipo de serviço roda ali, então provavelmente é a porta errada.
check-sentence-not-http-banner = A porta { $port } de { $host } está aberta, mas não responde em HTTP (enviou "{ $banner }"): outro tipo de serviço roda ali, então provavelmente é a porta errada.
check-sentence-udp-refused = A porta { $port } de { $host } respondeu via UDP com "porta inacessível" (ICMP): nenhum servidor de { $game } escuta nessa porta UDP — ele está parado, roda em outra porta, ou um firewall rejeita os pacotes.
check-sentence-udp-no-answer = Sem resposta via UDP de { $host } na porta { $port } em { $time } (filtrado, ou não é um servidor de { $game }): um firewall ou um redirecionamento de porta ausente descarta os pacotes, o servidor está fora do ar, ou outro serviço roda ali.
check-sentence-game-mismatch = A porta { $port } de { $host } respondeu, mas não como um servidor de { $game } ({ $detail }): provavelmente é a porta errada, ou outro tipo de serviço roda ali.
check-sentence-xtream-redirect = { $host } responde na porta { $port } com um redirecionamento para { $location } (não seguido), então nenhum painel Xtream respondeu nesta URL.
check-sentence-xtream-no-panel = { $host } responde em HTTP na porta { $port }, mas não há painel Xtream em /player_api.php ({ $detail }): a URL ou a porta provavelmente está errada.
check-another-address = outro endereço
check-sentence-http-404 = { $host } respondeu na porta { $port } com { $status }: o servidor funciona, mas esse caminho não existe ali.
check-sentence-http-404-path = { $host } respondeu na porta { $port } com { $status } para { $path }: o servidor funciona, mas esse caminho não existe ali.
check-sentence-http-login = { $host } respondeu na porta { $port } com { $status }: o servidor funciona, mas pede login.
check-sentence-http-forbidden = { $host } respondeu na porta { $port } com { $status }: o servidor funciona, mas recusa esta requisição (bloqueio de IP, bloqueio geográfico ou falta de permissão).
check-sentence-http-429 = { $host } respondeu na porta { $port } com { $status }: requisições demais; o servidor está limitando a taxa.
check-sentence-http-5xx = { $host } respondeu na porta { $port } com { $status }: o servidor está no ar, mas o aplicativo por trás está falhando.
check-sentence-http-4xx = { $host } respondeu na porta { $port } com { $status }: o servidor rejeita a própria requisição.
check-sentence-ok-banner = A porta { $port } de { $host } responde: fala { $service }. Use o cliente ou aplicativo próprio desse protocolo nesta porta.
check-sentence-ok-banner-quoted = A porta { $port } de { $host } responde: fala { $service } ("{ $banner }"). Use o cliente ou aplicativo próprio desse protocolo nesta porta.
check-sentence-ok-tls = A porta { $port } de { $host } responde com TLS: um serviço criptografado roda ali, como HTTPS (tente https://{ $host }:{ $port }).
check-sentence-ok-tls-cert = A porta { $port } de { $host } responde com TLS (certificado para { $subject }): um serviço criptografado roda ali, como HTTPS (tente https://{ $host }:{ $port }).
check-sentence-ok-service-http = { $host } responde em HTTP na porta { $port }: um serviço web roda ali (tente http://{ $host }:{ $port }).
check-sentence-ok-service-http-status = { $host } responde em HTTP na porta { $port } (HTTP { $status }): um serviço web roda ali (tente http://{ $host }:{ $port }).
check-sentence-ok-game = O servidor de { $game } em { $host }:{ $port } está online e responde à consulta de status.
check-sentence-ok-tcp = A porta { $port } de { $host } aceita conexões.
check-sentence-ok-tcp-family = A porta { $port } de { $host } aceita conexões (IPv{ $family }).
check-sentence-ok-xtream = O painel Xtream em { $host }:{ $port } responde e pede credenciais, como deve: o lado do servidor funciona.
check-sentence-ok-redirect = { $host } responde na porta { $port } com HTTP { $status }, um redirecionamento para { $location } (não seguido).
check-sentence-ok-http = { $host } responde na porta { $port }: { $status }.
check-sentence-ok-http-time = { $host } responde na porta { $port }: { $status } em { $time }.

## Por que um destino não pôde ser lido

check-target-the-host = O host
check-target-the-address = O endereço
check-target-the-port = A porta
check-target-something-else = outra coisa
check-target-ipv4-parts = { $shown } não é um endereço IPv4 válido: tem mais de quatro partes.
check-target-ipv4-part-too-large = { $shown } não é um endereço IPv4 válido: uma parte é grande demais.
check-target-ipv4-octal = { $shown } não é um endereço IPv4 válido: uma parte que começa com 0 é octal e só pode usar os dígitos 0–7.
check-target-ipv4-part-range = { $shown } não é um endereço IPv4 válido: cada parte deve estar entre 0 e 255.
check-target-ipv4-out-of-range = { $shown } não é um endereço IPv4 válido: um número está fora do intervalo.
check-target-ipv6-zone = IDs de zona IPv6 (a parte %… de { $shown }) não podem ser verificados; informe um endereço global.
check-target-ipv6-invalid = { $shown } não é um endereço IPv6 válido. Escreva assim: [2001:db8::1]:443.
check-target-host-missing = Falta o host. Informe como host:porta, por exemplo play.example.net:8080.
check-target-host-percent = { $shown } não é um nome de host válido: contém %. Informe um nome de host ou endereço IP simples, por exemplo play.example.net:8080.
check-target-idn-invalid = { $shown } não é um nome de domínio internacional válido. Confira a grafia.
check-target-host-ends-in-number = { $shown } não é válido: um nome de host não pode terminar em número. Informe um nome de domínio ou um endereço IP completo.
check-target-host-too-long = Esse nome de host tem { $length } caracteres; o limite é { $limit }. Confira o que você colou.
check-target-host-empty-label = { $shown } não é um nome de host válido: tem uma parte vazia (dois pontos seguidos, ou um ponto no início).
check-target-host-label-too-long = { $shown } não é um nome de host válido: cada parte entre pontos pode ter no máximo 63 caracteres.
check-target-host-hyphen = { $shown } não é um nome de host válido: as partes não podem começar nem terminar com hífen.
check-target-host-characters = { $shown } não é um nome de host válido: use só letras, dígitos, hífens e pontos, por exemplo play.example.net:8080.
check-target-port-missing = Falta a porta depois de ':'. Informe como host:porta, por exemplo play.example.net:8080.
check-target-port-not-number = A porta deve ser um número de 1 a 65535, recebido: { $shown }.
check-target-port-range = A porta deve estar entre 1 e 65535, recebido: { $value }.
check-target-too-long = Isso é longo demais para ser o endereço de um servidor ({ $length } caracteres; o limite é { $limit }). Cole só host:porta, por exemplo play.example.net:8080.
check-target-empty = Informe um servidor para verificar, como play.example.net:8080 ou https://example.com.
check-target-spaces = O endereço de um servidor não pode ter espaços nem caracteres de controle. Cole só host:porta, por exemplo play.example.net:8080.
check-target-backslash = O endereço de um servidor não pode ter barras invertidas. Use '/' nos links, por exemplo play.example.net:8080.
check-target-scheme-unsupported = Links { $scheme } não podem ser verificados. Use um link http:// ou https://, ou host:porta para todo o resto, por exemplo play.example.net:8080.
check-target-scheme-unsupported-bare = Links { $scheme } não podem ser verificados. Informe host:porta ou um link http(s)://, por exemplo play.example.net:8080.
check-target-userinfo-ambiguous = Esse link tem mais de um '@' e não consigo saber onde terminam o usuário e a senha. Informe o link sem usuário e senha, por exemplo play.example.net:8080.
check-target-ipv6-missing-bracket = Falta o ']' de fechamento do endereço IPv6. Escreva assim: [2001:db8::1]:443.
check-target-ipv6-expected-port = Esperava ':porta' depois do ']' do endereço IPv6. Escreva assim: [2001:db8::1]:443.
check-target-ipv6-empty-brackets = Os colchetes estão vazios: coloque um endereço IPv6 dentro, como [2001:db8::1]:443.
check-target-ipv6-needs-brackets = Coloque o endereço IPv6 entre colchetes com a porta depois, como [2001:db8::1]:443.
check-target-query-port-needed = Verificações { $protocol } precisam da porta de consulta do servidor: informe host:porta, por exemplo { $host }:27015.
check-target-tcp-port-needed = Verificações TCP precisam de uma porta: informe host:porta, por exemplo { $host }:25565.
check-target-unprocessable = não foi possível processar o destino
check-target-gamedig-unknown-game = O GameDig não tem nenhum jogo com o id "{ $id }". Os ids estão no GAMES_LIST.md do GameDig (por exemplo teamspeak3, rust, valheim).
check-target-gamedig-web-api = { $game } é consultado por uma API web ou servidor mestre, não pelo próprio servidor, então o bot não o verifica.
check-target-not-a-game-protocol = { $protocol } não é um protocolo de jogo
check-target-unknown = entrada não reconhecida
check-protocol-game-id = "game:" precisa de um id de jogo do GameDig feito de letras, dígitos, - ou _ (por exemplo game:teamspeak3).
check-protocol-unknown = Protocolo desconhecido; use um de { $protocols } ou game:<id> (um id de jogo do GameDig, por exemplo game:teamspeak3).

## Por que um endereço é recusado

check-block-address = { $address } é { $what }
check-block-mapped = { $address } corresponde a { $inner }, que é { $what }
check-block-nat64 = { $address } é NAT64 para { $inner }, que é { $what }
check-block-6to4 = { $address } é 6to4 para { $inner }, que é { $what }
check-block-probing-machine = { $address } é um endereço da própria máquina que faz a verificação
check-block-not-ip = { $address } não é um endereço IP simples
check-block-no-address = não há nenhum endereço para verificar
check-block-single-label = { $address } não é um nome de domínio completo (um nome sem ponto só significa algo dentro de uma rede)
check-what-cloud-metadata = um endereço de metadados da nuvem
check-what-link-local = um endereço link-local
check-what-unspecified-this-machine = o endereço não especificado (ele chega a esta máquina)
check-what-this-network = em { $cidr } ("esta rede"), não um destino real
check-what-documentation = um endereço de documentação
check-what-documentation-cidr = um endereço de documentação ({ $cidr })
check-what-benchmarking = um endereço de benchmarking
check-what-benchmarking-cidr = um endereço de benchmarking ({ $cidr })
check-what-protocol-assignment = um endereço reservado para atribuições de protocolo ({ $cidr })
check-what-6to4-relay = um endereço de relay 6to4 obsoleto ({ $cidr })
check-what-private = um endereço privado
check-what-private-cidr = um endereço privado ({ $cidr })
check-what-broadcast = o endereço de broadcast
check-what-reserved = um endereço reservado
check-what-reserved-cidr = um endereço reservado ({ $cidr })
check-what-loopback = um endereço de loopback
check-what-carrier-grade-nat = um endereço de CGNAT da operadora ({ $cidr })
check-what-multicast = um endereço multicast
check-what-unspecified = o endereço não especificado
check-what-as112 = um endereço sumidouro AS112 (uso especial)
check-what-amt = um endereço anycast de relay AMT (uso especial)
check-what-ipv4-compatible = um endereço compatível com IPv4 obsoleto
check-what-ipv4-translated = um endereço traduzido de IPv4 ({ $cidr })
check-what-nat64-local = no prefixo NAT64 de uso local { $cidr }
check-what-teredo = um endereço de túnel Teredo ({ $cidr })
check-what-orchid = um identificador ORCHID, não um endereço roteável
check-what-orchid2 = um identificador ORCHIDv2, não um endereço roteável
check-what-discard = um endereço só de descarte ({ $cidr })
check-what-site-local = um endereço site-local (obsoleto)
check-what-unique-local = um endereço unique-local (privado)
check-what-drone-tag = uma etiqueta Remote ID de drone, não um endereço roteável
check-what-segment-routing = um SID de segment routing, não um endereço roteável
check-what-ietf-reserved = em uma faixa reservada do IETF ({ $cidr })
check-what-outside-global-unicast = fora da faixa unicast global { $cidr }
check-what-special-purpose = um endereço de uso especial ({ $cidr })
check-what-own-machine = um endereço do host do bot — é a própria máquina do bot

## Falhas (seguidas do código entre parênteses)

check-failure-refused = recusada
check-failure-no-answer = sem resposta
check-failure-deadline = prazo total atingido
check-failure-headers-timeout = sem resposta HTTP a tempo
check-failure-body-stalled = o corpo travou
check-failure-aborted-out-of-time = interrompido: sem tempo
check-failure-reset = conexão redefinida
check-failure-closed-while-sending = conexão fechada durante o envio
check-failure-aborted = conexão abortada
check-failure-closed = conexão fechada
check-failure-closed-early = conexão fechada cedo demais
check-failure-socket-hang-up = o socket desligou (hang up)
check-failure-host-unreachable = host inacessível
check-failure-host-down = host fora do ar
check-failure-network-unreachable = rede inacessível
check-failure-network-down = rede fora do ar
check-failure-no-local-address = nenhum endereço local utilizável
check-failure-local-firewall = bloqueado pelo firewall desta máquina
check-failure-name-not-found = nome não encontrado
check-failure-no-address-records = sem registros de endereço
check-failure-dns-temporary = a consulta DNS falhou temporariamente
check-failure-dns-servfail = falha do servidor DNS
check-failure-not-tls-version = a resposta não é TLS (número de versão errado)
check-failure-not-tls-length = a resposta não é TLS (tamanho de pacote grande demais)
check-failure-http-on-tls-port = requisição HTTP em uma porta TLS
check-failure-handshake-failure = falha no handshake
check-failure-unsupported-tls-version = versão de TLS não suportada
check-failure-no-common-tls-version = nenhuma versão de TLS em comum
check-failure-sni-unknown = o servidor não conhece este nome (SNI)
check-failure-handshake-aborted = o servidor abortou o handshake
check-failure-tls-record-layer = falha na camada de registros TLS
check-failure-no-shared-cipher = nenhuma cifra em comum
check-failure-headers-too-large = cabeçalhos de resposta grandes demais
check-failure-not-http = a resposta não é HTTP
check-failure-not-http-banner = a resposta não é HTTP ("{ $banner }")
check-failure-tls-failed = o handshake TLS falhou
check-failure-timeout = sem resposta (tempo esgotado)
check-failure-no-certificate = sem certificado
check-failure-tls-on-plain-port = a porta respondeu com TLS, não com HTTP simples
check-failure-tls-after-reset = a porta fala TLS (HTTPS), não HTTP simples ({ $failure })
check-failure-ssh-not-http = a porta fala SSH, não HTTP ({ $banner })
check-failure-ssh-banner = banner SSH
check-failure-endless-headers = o servidor enviou cabeçalhos de resposta sem fim; parei de lê-los
check-failure-http-no-answer = conectado, mas sem resposta HTTP em { $ms } ms
check-failure-http-deadline = interrompido: o prazo total foi atingido

## Certificados

check-cert-reason-expired = o certificado expirou
check-cert-reason-not-yet-valid = o certificado ainda não é válido
check-cert-reason-self-signed = o certificado é autoassinado
check-cert-reason-untrusted-root = a cadeia termina em uma raiz autoassinada em que ninguém confia
check-cert-reason-unknown-issuer = o emissor é desconhecido (certificado intermediário ausente ou CA privada)
check-cert-reason-name-mismatch = o certificado é para outro nome
check-cert-reason-revoked = o certificado foi revogado
check-cert-reason-invalid = o certificado é inválido
check-cert-not-valid = ele não é válido
check-cert-problem-expired = o certificado expirou há { $days ->
    [one] { $days } dia
   *[other] { $days } dias
} ({ $date })
check-cert-problem-not-yet-valid = o certificado só é válido a partir de { $date }
check-cert-problem-name-mismatch = o certificado é para { $names }, não para { $host }
check-cert-problem-self-signed = o certificado é autoassinado ({ $subject })
check-cert-also = { $first }; além disso, { $others }

## Linhas das etapas

check-dns-ip-literal = { $address } (um endereço IP, nenhuma consulta necessária)
check-dns-localhost = { $host } é esta máquina ({ $addresses }), nenhuma consulta necessária
check-dns-resolved = { $addresses } em { $ms } ms
check-dns-more = { $addresses } (+{ $more } outros)
check-dns-nxdomain = esse nome não existe (NXDOMAIN)
check-dns-servfail = o servidor DNS não conseguiu responder (SERVFAIL)
check-dns-timeout = sem resposta do servidor DNS em { $ms } ms
check-dns-timeout-servers = sem resposta de nenhum dos { $servers } servidores DNS em { $ms } ms
check-dns-cancelled = a consulta foi interrompida pelo prazo da verificação
check-dns-refused = o servidor DNS recusou a consulta (REFUSED)
check-dns-unreachable = não foi possível alcançar o servidor DNS (conexão recusada)
check-dns-other = a consulta falhou ({ $code })
check-dns-bad-servers = os servidores DNS configurados (PROBE_DNS_SERVERS) não podem ser usados
check-dns-no-address = o nome existe, mas não tem endereço IPv4 nem IPv6
check-tcp-connected = conectado a { $address }:{ $port } (IPv{ $family }) em { $ms } ms
check-tls-handshake = { $protocol }, certificado para { $subject } emitido por { $issuer }, faltam { $days } dias ({ $ms } ms)
check-tls-no-certificate = o servidor não enviou nenhum certificado
check-tls-failed = o handshake falhou: { $failure }
check-tls-plain-http = o handshake falhou: a porta respondeu em HTTP simples ({ $code })
check-http-answer = HTTP { $status } { $statusText } em { $ms } ms
check-http-server = servidor: { $server }
check-http-redirect = redireciona para { $location }; não seguido
check-http-body-interrupted = corpo interrompido: { $failure }
check-http-stopped-reading = parei de ler depois de { $bytes } bytes
check-xtream-panel-denied = O painel Xtream responde (auth: { $auth } sem credenciais) em { $ms } ms
check-xtream-panel = O painel Xtream responde (user_info presente, auth: { $auth }) em { $ms } ms
check-xtream-panel-truncated = O painel Xtream responde (user_info presente; resposta cortada no limite de tamanho) em { $ms } ms
check-xtream-redirect = HTTP { $status }: redireciona para { $location }; não seguido, então nenhum painel foi confirmado
check-xtream-no-location = (sem destino)
check-xtream-status = HTTP { $status } em /player_api.php: nenhum painel Xtream responde aqui
check-xtream-empty = HTTP { $status } com corpo vazio: nenhum painel Xtream nesta URL
check-xtream-html = HTTP { $status } com uma página HTML: nenhum painel Xtream nesta URL
check-xtream-not-json = HTTP { $status }, mas a resposta não é JSON: nenhum painel Xtream nesta URL
check-xtream-no-user-info = HTTP { $status }, JSON sem user_info: nenhum painel Xtream nesta URL
check-xtream-not-panel = a resposta não é um painel
check-service-banner = fala { $service }
check-service-banner-quoted = fala { $service } ("{ $banner }")
check-service-banner-asked = fala { $service }, quando perguntado
check-service-banner-quoted-asked = fala { $service } ("{ $banner }"), quando perguntado
check-service-tls = fala TLS
check-service-tls-cert = fala TLS, certificado para { $subject } emitido por { $issuer }
check-service-http = responde em HTTP
check-service-http-status = responde em HTTP { $status }
check-service-silent = não enviou nada em { $ms } ms, e não respondeu nem a um handshake TLS nem a uma requisição HTTP
check-service-closed = fechada pelo servidor (FIN) na hora, antes de enviar qualquer coisa
check-service-reset = redefinida pelo servidor (RST) na hora, antes de enviar qualquer coisa
check-service-name-ssh = SSH
check-service-name-smtp = SMTP (e-mail)
check-service-name-ftp = FTP
check-service-name-smtp-or-ftp = SMTP ou FTP
check-service-name-pop3 = POP3 (e-mail)
check-service-name-imap = IMAP (e-mail)
check-service-name-mysql = MySQL / MariaDB
check-service-name-redis = Redis
check-service-name-vnc = VNC (área de trabalho remota)
check-service-name-telnet = telnet
check-service-name-http = HTTP
check-service-name-unknown = um protocolo que eu não reconheço
check-game-kind-minecraft-java = Minecraft Java
check-game-kind-minecraft-bedrock = Minecraft Bedrock
check-game-kind-source = Source (A2S_INFO)
check-game-kind-game = jogo
check-game-answered = { $game } respondeu de { $address }:{ $port } ({ $transport }) em { $ms } ms
check-game-answered-status = { $game } respondeu de { $address }:{ $port } ({ $transport }) em { $ms } ms: { $status }
check-game-status-players = { $players } jogadores
check-game-status-players-max = { $players }/{ $max } jogadores
check-game-status-version = versão { $version }
check-game-failure-too-large = a resposta passa de { $bytes } bytes
check-game-failure-closed-mid-answer = o servidor fechou a conexão no meio da resposta
check-game-failure-closed-no-answer = o servidor fechou a conexão sem responder à consulta do jogo
check-game-failure-connected-no-answer = conectado, mas sem resposta do jogo em { $ms } ms
check-game-failure-udp-port-unreachable = ICMP porta inacessível ({ $code })
check-game-failure-udp-no-answer = sem resposta via UDP em { $ms } ms
check-game-failure-gamedig-no-answer = sem resposta à consulta do jogo em { $ms } ms
check-game-failure-gamedig-mismatch = a resposta não é o que este jogo envia
check-game-failure-deadline = interrompido: o prazo total foi atingido
check-game-failure-unexpected = resposta inesperada
check-game-problem-a2s-cut-short = a resposta A2S_INFO está cortada
check-game-problem-a2s-too-short = a resposta é curta demais para ser A2S
check-game-problem-a2s-split = o servidor enviou uma resposta A2S_INFO dividida, que esta verificação não remonta
check-game-problem-not-source = a resposta não é uma resposta de consulta Source
check-game-problem-a2s-challenge-cut-short = o challenge está cortado
check-game-problem-a2s-challenge-loop = o servidor responde a cada requisição com um novo challenge
check-game-problem-a2s-unexpected-type = um tipo de resposta A2S inesperado { $type }
check-game-problem-not-raknet-pong = a resposta não é um pong RakNet não conectado
check-game-problem-no-raknet-magic = falta na resposta o valor mágico do RakNet
check-game-problem-bedrock-id-cut-short = a string de id do servidor está cortada
check-game-problem-not-bedrock = o pong não descreve um servidor de Minecraft Bedrock
check-game-problem-varint-too-long = um VarInt com mais de 5 bytes: não é um servidor de Minecraft
check-game-problem-packet-size = um pacote de { $bytes } bytes: não é uma resposta de status do Minecraft
check-game-problem-not-status-response = o primeiro pacote não é uma resposta de status
check-game-problem-status-cut-short = a resposta de status está cortada
check-game-problem-status-not-json = a resposta de status não é JSON
check-game-problem-status-json-empty = o JSON de status não tem versão, jogadores nem descrição
check-remote-resolved = resolvido (Globalping HTTP)
check-remote-connected-ping = conectado (ping TCP do Globalping)
check-remote-no-connection-ping = sem conexão (ping TCP do Globalping)
check-remote-connected-http = conectado (Globalping HTTP)
check-remote-handshake-http = handshake concluído (Globalping HTTP)
check-remote-status-http = HTTP { $status } (requisição HEAD do Globalping)
check-remote-failed = falhou
check-remote-untrusted = certificado não confiável: { $reason } (Globalping HTTP)
check-remote-no-reason = nenhum motivo informado

## Outras portas

check-alt-refused = recusada
check-alt-no-answer = sem resposta
check-alt-http = responde (HTTP)
check-alt-http-status = responde (HTTP { $status })
check-alt-tls = responde (TLS: tente https://)
check-alt-ssh = responde (SSH, não HTTP)
check-alt-other = responde (não HTTP)
check-alt-open = aceita conexões

## Observações

check-note-credentials-removed = Não cole senhas em um canal — eu as removi e verifiquei sem elas.
check-note-international-name = { $displayHost } é um nome internacional; verifiquei { $host }.
check-note-port-assumed = Nenhuma porta informada: verifiquei a porta { $port }, a padrão para { $scheme }.
check-note-family-fails = IPv{ $failing } falha ({ $failure }), mas IPv{ $working } funciona: clientes que preferem IPv{ $failing } podem ver erros.
check-note-redirect = Redireciona para { $location }; não seguido.
check-note-no-xtream-panel = Nenhum painel Xtream nesta URL: /player_api.php não respondeu como um painel.
check-note-game-no-answer = Também sem resposta de { $game } ({ $transport }): { $failure }.
check-note-internal-error = Erro interno durante a verificação: { $message }

## Causas prováveis vistas por esta verificação

check-cause-wrong-port = **Porta errada**: nada em { $port }, mas { $list } no mesmo servidor. O provedor pode ter mudado o serviço de porta.
check-cause-nothing-elsewhere = Nada responde nas outras portas de costume também: o servidor está fora do ar, ou bloqueia { $voice ->
    [discord] a rede do bot
   *[other] esta máquina
}.
check-cause-silent-firewall = Um firewall que descarta o tráfego em silêncio (ou só permite IPs liberados) parece exatamente assim.
check-cause-cert-expired = O certificado expirou: o dono precisa renová-lo (a renovação automática, como o certbot, parou). Uma data errada no seu dispositivo causa o mesmo erro.
check-cause-cert-not-yet-valid = O certificado só começa a valer mais tarde: um relógio errado no servidor ou no seu dispositivo.
check-cause-cert-self-signed = O servidor usa um certificado autoassinado: serve para testes, mas navegadores e a maioria dos aplicativos o recusam.
check-cause-cert-issuer = O servidor não envia o certificado intermediário, ou o certificado vem de uma CA privada.
check-cause-cert-name = O certificado é para outros nomes: um erro de digitação no nome do host, ou um servidor compartilhado respondendo com o site padrão.
check-cause-udp-refused = A máquina neste endereço está no ar e diz que nada escuta na porta UDP { $port }: o servidor de jogo está parado, ou roda em outra porta.
check-cause-udp-no-answer = UDP não tem handshake: um firewall ou roteador que descarta os pacotes, um redirecionamento de porta ausente para UDP { $port } e um servidor parado parecem iguais de fora.
check-cause-game-mismatch = Algo responde nesta porta, mas não o jogo pedido: confira a porta (porta do jogo ou porta de consulta) e o tipo de jogo.
check-cause-not-http = Outro tipo de serviço (SSH, um banco de dados, um servidor de jogo…) roda nesta porta: provavelmente é a porta errada.
check-cause-http-403 = O servidor recusa esta requisição: uma lista de IPs permitidos, um bloqueio geográfico ou uma regra de CDN/firewall pode bloquear { $voice ->
    [discord] a rede do bot
   *[other] esta máquina
} mesmo que o seu endereço seja permitido.
