# Ответ на проверку (/check, консоль, `netmedic check`). См. en/check.ftl.

## Embed

check-footer = Проверено { $voice ->
    [discord] из сети бота
   *[other] с этого компьютера
} — белый список IP или геоблокировка могут сделать сервер закрытым для { $voice ->
    [discord] бота
   *[other] этого компьютера
}, но открытым для вас.
check-title-checking = Проверяю { $target }…
check-the-target = цель
check-checking-from = Проверка { $voice ->
    [discord] из сети бота
   *[other] с этого компьютера
}…
check-field-addresses = Адреса
check-addresses-more = { $list } и ещё { $more }
check-field-steps = Шаги
check-field-steps-done = Шаги (всего { $ms } мс)
check-field-server = Сервер
check-field-certificate = Сертификат
check-field-other-ports = Другие порты этого сервера
check-field-causes = Вероятные причины
check-field-first-steps = Первые шаги
check-field-what-this-shows = Что это показывает
check-what-this-shows = Порт принимает соединения от бота. TCP-проверка не может сказать, работает ли служба за ним: проверьте её собственным приложением или запустите `/check` с URL, который она обслуживает.
check-field-still-failing = У вас всё ещё не работает?
check-still-failing = Сервер отвечает { $voice ->
    [discord] боту
   *[other] этому компьютеру
}, так что проблема, скорее всего, между вами и сервером: ваша сеть или провайдер, VPN или прокси, DNS-фильтр либо блокировка вашего адреса по IP или геолокации. Для сравнения попробуйте другую сеть (мобильный интернет).
check-field-notes = Примечания
check-button-article = Полная статья

## Названия шагов

check-stage-dns = DNS
check-stage-tcp = TCP
check-stage-tls = TLS
check-stage-http = HTTP
check-stage-xtream = Xtream
check-stage-service = Служба
check-stage-game = Игра

## Заголовки

check-headline-ok = Доступен
check-headline-refused = Соединение отклонено
check-headline-timeout = Нет ответа (тайм-аут)
check-headline-reset = Соединение сброшено
check-headline-host-unreachable = Узел недоступен
check-headline-network-unreachable = Сеть недоступна
check-headline-dns-not-found = Имя не найдено
check-headline-dns-error = Ошибка DNS-запроса
check-headline-tls-certificate = Проблема с сертификатом
check-headline-tls-protocol = TLS / не тот протокол
check-headline-http-status = Ошибка HTTP
check-headline-not-http = Не HTTP
check-headline-blocked = Не проверено
check-headline-invalid = Не удаётся прочитать цель
check-headline-silent = Открыт, но молчит
check-headline-closed-on-accept = Сервер сразу закрыл соединение
check-headline-udp-refused = Отклонено по UDP (порт недоступен)
check-headline-udp-no-answer = Нет ответа по UDP
check-headline-game-mismatch = Не эта игра
check-headline-xtream-panel = Панель Xtream отвечает
check-headline-answers-in = Отвечает по { $service }
check-headline-answers-tls = Отвечает по TLS
check-headline-answers-http = Отвечает по HTTP
check-headline-port-open = Порт открыт
check-headline-online = В сети
check-headline-no-xtream-panel = Здесь нет панели Xtream

## Сертификат и игровой сервер

check-cert-subject = Владелец: { $value }
check-cert-issuer = Издатель: { $value }
check-cert-valid = Действует: { $from } → { $to } ({ $left })
check-cert-days-left = осталось дней: { $days }
check-cert-expired-days-ago = истёк дней назад: { $days }
check-cert-names = Имена: { $list }
check-cert-protocol = Протокол: { $value }
check-game-name = Название: { $value }
check-game-players = Игроки: { $value }
check-game-version = Версия: { $value }
check-game-map = Карта: { $value }
check-game-motd = MOTD: { $value }
check-game-latency = Задержка: { $ms } мс ({ $transport })

## Длительность

check-duration-ms = { $ms } мс
check-duration-s = { $s } с

## Итог одной фразой

check-the-server = сервер
check-sentence-invalid = Не получилось прочитать это как сервер для проверки: { $problem }.
check-sentence-blocked = Я не буду проверять { $host }: { $reason }. Бот проверяет только публичные серверы.
check-hint-cli = Проверяете собственный сервер? Запустите ещё раз с --allow-private (или задайте PROBE_ALLOW_PRIVATE=true).
check-hint-chat = Проверяете собственный сервер? Запустите 'netmedic check --allow-private' на своём компьютере; если этот бот ваш, PROBE_ALLOW_PRIVATE=true разрешает частные цели.
check-sentence-dns-not-found = Имя { $host } никуда не ведёт: { $detail }. Проверьте написание — или срок домена истёк, или его отключили.
check-sentence-dns-error = Запрос { $host } не удался: { $detail }. Имя может быть в порядке, но его DNS сейчас сломан или работает медленно.
check-sentence-refused = Порт { $port } на { $host } отклонил соединение: там ничего не слушает, или его отвергает межсетевой экран.
check-sentence-timeout-deadline = Проверке не хватило времени ({ $time }) в ожидании { $host } на порту { $port }: сервер очень медленный или отбрасывает трафик.
check-sentence-timeout-deadline-stage = Проверке не хватило времени ({ $time }) в ожидании { $host } на порту { $port } (шаг { $stage }): сервер очень медленный или отбрасывает трафик.
check-sentence-timeout-http = { $host } принял соединение на порту { $port }, но не прислал HTTP-ответ за { $time }: служба за ним зависла или перегружена.
check-sentence-timeout-tls = { $host } принял соединение на порту { $port }, но не завершил TLS-рукопожатие за { $time }: возможно, на этом порту нет HTTPS, или сервер перегружен.
check-sentence-timeout = Порт { $port } на { $host } не ответил за { $time }: межсетевой экран молча отбрасывает трафик, или сервер выключен.
check-sentence-reset-tcp = Порт { $port } на { $host } сразу сбросил соединение: его отвергает межсетевой экран или сама служба.
check-sentence-reset = { $host } принял соединение на порту { $port }, а затем оборвал его (сброс): служба упала, или межсетевой экран либо анти-DDoS-фильтр отбросил соединение бота.
check-sentence-reset-stage = { $host } принял соединение на порту { $port }, а затем оборвал его (сброс на шаге { $stage }): служба упала, или межсетевой экран либо анти-DDoS-фильтр отбросил соединение бота.
check-sentence-host-unreachable = До { $host } не удалось достучаться: маршрутизатор по пути сообщил, что узел недоступен ({ $code }). Сервер выключен, или межсетевой экран отвергает трафик.
check-sentence-network-unreachable = Из сети бота нет маршрута к { $host } ({ $code }): сеть по пути не работает, или сеть бота не может достичь этого семейства адресов.
check-sentence-tls-certificate = Сертификат { $host } на порту { $port } не принимается: { $detail }. Браузеры и приложения, проверяющие сертификаты, откажутся подключаться.
check-sentence-tls-plain-http = Порт { $port } на { $host } говорит на обычном HTTP, а не на HTTPS (TLS): используйте { $url } вместо https://.
check-sentence-tls-on-plain = Порт { $port } на { $host } говорит на HTTPS (TLS), а не на обычном HTTP: используйте { $url }.
check-sentence-tls-protocol = TLS-рукопожатие с { $host } на порту { $port } не удалось ({ $detail }): у сервера и бота нет общей версии TLS или шифра, либо порт не говорит на TLS.
check-sentence-silent = Порт { $port } на { $host } открыт, но молчит: он принял соединение, затем ничего не отправил и не ответил ни на TLS, ни на HTTP. Служба там ждёт собственного протокола (игровой сервер, база данных, VPN…), поэтому работает ли она, может сказать только её собственное приложение.
check-sentence-closed-on-accept = { $host } принял соединение на порту { $port } и сразу закрыл его, ничего не отправив: сервер отвергает бота (бан или IP-фильтр), исчерпал лимит соединений, или служба за ним падает.
check-sentence-not-http-ssh = Порт { $port } на { $host } открыт, но говорит на SSH, а не на HTTP: это неверный порт для веб- или IPTV-приложения.
check-sentence-not-http-ssh-banner = Порт { $port } на { $host } открыт, но говорит на SSH, а не на HTTP ({ $banner }): это неверный порт для веб- или IPTV-приложения.
check-sentence-not-http = Порт { $port } на { $host } открыт, но не отвечает по HTTP: там работает служба другого типа, так что порт, скорее всего, неверный.
check-sentence-not-http-banner = Порт { $port } на { $host } открыт, но не отвечает по HTTP (он прислал "{ $banner }"): там работает служба другого типа, так что порт, скорее всего, неверный.
check-sentence-udp-refused = Порт { $port } на { $host } ответил по UDP сообщением «порт недоступен» (ICMP): на этом UDP-порту не слушает сервер { $game } — он остановлен, работает на другом порту, или межсетевой экран отвергает пакеты.
check-sentence-udp-no-answer = Нет ответа по UDP от { $host } на порту { $port } за { $time } (фильтруется или это не сервер { $game }): пакеты отбрасывает межсетевой экран или не настроен проброс порта, сервер выключен, или там работает другая служба.
check-sentence-game-mismatch = Порт { $port } на { $host } ответил, но не как сервер { $game } ({ $detail }): скорее всего, порт неверный, или там работает служба другого типа.
check-sentence-xtream-redirect = { $host } отвечает на порту { $port } перенаправлением на { $location } (не выполнено), поэтому по этому URL панель Xtream не ответила.
check-sentence-xtream-no-panel = { $host } отвечает по HTTP на порту { $port }, но по адресу /player_api.php нет панели Xtream ({ $detail }): URL или порт, скорее всего, неверные.
check-another-address = другой адрес
check-sentence-http-404 = { $host } ответил на порту { $port } кодом { $status }: сервер работает, но такого пути на нём нет.
check-sentence-http-404-path = { $host } ответил на порту { $port } кодом { $status } для { $path }: сервер работает, но такого пути на нём нет.
check-sentence-http-login = { $host } ответил на порту { $port } кодом { $status }: сервер работает, но требует входа.
check-sentence-http-forbidden = { $host } ответил на порту { $port } кодом { $status }: сервер работает, но отклоняет этот запрос (блокировка по IP, геоблокировка или нет прав).
check-sentence-http-429 = { $host } ответил на порту { $port } кодом { $status }: слишком много запросов; сервер ограничивает частоту.
check-sentence-http-5xx = { $host } ответил на порту { $port } кодом { $status }: сервер работает, но приложение за ним даёт сбой.
check-sentence-http-4xx = { $host } ответил на порту { $port } кодом { $status }: сервер отклоняет сам запрос.
check-sentence-ok-banner = Порт { $port } на { $host } отвечает: он говорит на { $service }. Используйте на этом порту собственный клиент или приложение этого протокола.
check-sentence-ok-banner-quoted = Порт { $port } на { $host } отвечает: он говорит на { $service } ("{ $banner }"). Используйте на этом порту собственный клиент или приложение этого протокола.
check-sentence-ok-tls = Порт { $port } на { $host } отвечает по TLS: там работает шифрованная служба, например HTTPS (попробуйте https://{ $host }:{ $port }).
check-sentence-ok-tls-cert = Порт { $port } на { $host } отвечает по TLS (сертификат для { $subject }): там работает шифрованная служба, например HTTPS (попробуйте https://{ $host }:{ $port }).
check-sentence-ok-service-http = { $host } отвечает по HTTP на порту { $port }: там работает веб-служба (попробуйте http://{ $host }:{ $port }).
check-sentence-ok-service-http-status = { $host } отвечает по HTTP на порту { $port } (HTTP { $status }): там работает веб-служба (попробуйте http://{ $host }:{ $port }).
check-sentence-ok-game = Сервер { $game } по адресу { $host }:{ $port } в сети и отвечает на запрос состояния.
check-sentence-ok-tcp = Порт { $port } на { $host } принимает соединения.
check-sentence-ok-tcp-family = Порт { $port } на { $host } принимает соединения (IPv{ $family }).
check-sentence-ok-xtream = Панель Xtream по адресу { $host }:{ $port } отвечает и, как и положено, запрашивает учётные данные: серверная часть работает.
check-sentence-ok-redirect = { $host } отвечает на порту { $port } кодом HTTP { $status } — перенаправлением на { $location } (не выполнено).
check-sentence-ok-http = { $host } отвечает на порту { $port }: { $status }.
check-sentence-ok-http-time = { $host } отвечает на порту { $port }: { $status } за { $time }.

## Почему цель не удаётся прочитать

check-target-the-host = Имя узла
check-target-the-address = Адрес
check-target-the-port = Порт
check-target-something-else = что-то другое
check-target-ipv4-parts = { $shown } — недопустимый IPv4-адрес: в нём больше четырёх частей.
check-target-ipv4-part-too-large = { $shown } — недопустимый IPv4-адрес: одна из частей слишком велика.
check-target-ipv4-octal = { $shown } — недопустимый IPv4-адрес: часть, начинающаяся с 0, восьмеричная и может содержать только цифры 0–7.
check-target-ipv4-part-range = { $shown } — недопустимый IPv4-адрес: каждая часть должна быть от 0 до 255.
check-target-ipv4-out-of-range = { $shown } — недопустимый IPv4-адрес: число вне допустимого диапазона.
check-target-ipv6-zone = Идентификаторы зоны IPv6 (часть %… в { $shown }) проверить нельзя; укажите глобальный адрес.
check-target-ipv6-invalid = { $shown } — недопустимый IPv6-адрес. Запишите его так: [2001:db8::1]:443.
check-target-host-missing = Не указан узел. Укажите его в виде узел:порт, например play.example.net:8080.
check-target-host-percent = { $shown } — недопустимое имя узла: в нём есть %. Укажите простое имя узла или IP-адрес, например play.example.net:8080.
check-target-idn-invalid = { $shown } — недопустимое международное доменное имя. Проверьте написание.
check-target-host-ends-in-number = { $shown } недопустимо: имя узла не может заканчиваться числом. Укажите доменное имя или полный IP-адрес.
check-target-host-too-long = Длина этого имени узла — { $length } символов; предел — { $limit }. Проверьте, что вы вставили.
check-target-host-empty-label = { $shown } — недопустимое имя узла: в нём есть пустая часть (две точки подряд или точка в начале).
check-target-host-label-too-long = { $shown } — недопустимое имя узла: каждая часть между точками может содержать не более 63 символов.
check-target-host-hyphen = { $shown } — недопустимое имя узла: части не могут начинаться или заканчиваться дефисом.
check-target-host-characters = { $shown } — недопустимое имя узла: используйте только буквы, цифры, дефисы и точки, например play.example.net:8080.
check-target-port-missing = После ':' не указан порт. Укажите его в виде узел:порт, например play.example.net:8080.
check-target-port-not-number = Порт должен быть числом от 1 до 65535, получено: { $shown }.
check-target-port-range = Порт должен быть от 1 до 65535, получено: { $value }.
check-target-too-long = Это слишком длинно для адреса сервера ({ $length } символов; предел — { $limit }). Вставьте только узел:порт, например play.example.net:8080.
check-target-empty = Укажите сервер для проверки, например play.example.net:8080 или https://example.com.
check-target-spaces = Адрес сервера не может содержать пробелы или управляющие символы. Вставьте только узел:порт, например play.example.net:8080.
check-target-backslash = Адрес сервера не может содержать обратные косые черты. Используйте '/' в ссылках, например play.example.net:8080.
check-target-scheme-unsupported = Ссылки { $scheme } проверить нельзя. Используйте ссылку http:// или https://, а для всего остального — узел:порт, например play.example.net:8080.
check-target-scheme-unsupported-bare = Ссылки { $scheme } проверить нельзя. Укажите узел:порт или ссылку http(s)://, например play.example.net:8080.
check-target-userinfo-ambiguous = В этой ссылке больше одного '@', и я не могу понять, где заканчиваются имя пользователя и пароль. Укажите ссылку без имени пользователя и пароля, например play.example.net:8080.
check-target-ipv6-missing-bracket = У IPv6-адреса нет закрывающей ']'. Запишите его так: [2001:db8::1]:443.
check-target-ipv6-expected-port = После ']' IPv6-адреса ожидается ':порт'. Запишите его так: [2001:db8::1]:443.
check-target-ipv6-empty-brackets = Скобки пусты: поместите в них IPv6-адрес, например [2001:db8::1]:443.
check-target-ipv6-needs-brackets = Заключите IPv6-адрес в квадратные скобки и укажите порт после них, например [2001:db8::1]:443.
check-target-query-port-needed = Для проверок { $protocol } нужен порт запросов сервера: укажите узел:порт, например { $host }:27015.
check-target-tcp-port-needed = Для TCP-проверок нужен порт: укажите узел:порт, например { $host }:25565.
check-target-unprocessable = не удалось обработать цель
check-target-gamedig-unknown-game = В GameDig нет игры с идентификатором "{ $id }". Идентификаторы перечислены в GAMES_LIST.md GameDig (например teamspeak3, rust, valheim).
check-target-gamedig-web-api = { $game } опрашивается через веб-API или мастер-сервер, а не через сам сервер, поэтому бот его не проверяет.
check-target-not-a-game-protocol = { $protocol } — не игровой протокол
check-target-unknown = нераспознанный ввод
check-protocol-game-id = После "game:" нужен идентификатор игры GameDig из букв, цифр, - или _ (например game:teamspeak3).
check-protocol-unknown = Неизвестный протокол; используйте один из: { $protocols } или game:<id> (идентификатор игры GameDig, например game:teamspeak3).

## Почему адрес отклонён

check-block-address = { $address } — это { $what }
check-block-mapped = { $address } соответствует { $inner }, а это { $what }
check-block-nat64 = { $address } — это NAT64 для { $inner }, а это { $what }
check-block-6to4 = { $address } — это 6to4 для { $inner }, а это { $what }
check-block-probing-machine = { $address } — адрес самого проверяющего компьютера
check-block-not-ip = { $address } — не простой IP-адрес
check-block-no-address = нет адреса для проверки
check-block-single-label = { $address } — не полное доменное имя (имя без точки имеет смысл только внутри одной сети)
check-what-cloud-metadata = адрес облачных метаданных
check-what-link-local = локальный адрес канала (link-local)
check-what-unspecified-this-machine = неопределённый адрес (он ведёт на этот компьютер)
check-what-this-network = в { $cidr } («эта сеть»), не настоящий адрес назначения
check-what-documentation = адрес для документации
check-what-documentation-cidr = адрес для документации ({ $cidr })
check-what-benchmarking = адрес для тестирования производительности
check-what-benchmarking-cidr = адрес для тестирования производительности ({ $cidr })
check-what-protocol-assignment = адрес, зарезервированный для назначений протоколов ({ $cidr })
check-what-6to4-relay = устаревший адрес ретранслятора 6to4 ({ $cidr })
check-what-private = частный адрес
check-what-private-cidr = частный адрес ({ $cidr })
check-what-broadcast = широковещательный адрес
check-what-reserved = зарезервированный адрес
check-what-reserved-cidr = зарезервированный адрес ({ $cidr })
check-what-loopback = адрес обратной петли (loopback)
check-what-carrier-grade-nat = адрес NAT провайдера (CGNAT) ({ $cidr })
check-what-multicast = адрес многоадресной рассылки (multicast)
check-what-unspecified = неопределённый адрес
check-what-as112 = адрес-приёмник AS112 (специального назначения)
check-what-amt = anycast-адрес ретранслятора AMT (специального назначения)
check-what-ipv4-compatible = устаревший IPv4-совместимый адрес
check-what-ipv4-translated = транслированный из IPv4 адрес ({ $cidr })
check-what-nat64-local = в префиксе NAT64 для локального использования { $cidr }
check-what-teredo = адрес туннеля Teredo ({ $cidr })
check-what-orchid = идентификатор ORCHID, а не маршрутизируемый адрес
check-what-orchid2 = идентификатор ORCHIDv2, а не маршрутизируемый адрес
check-what-discard = адрес только для отбрасывания ({ $cidr })
check-what-site-local = (устаревший) локальный адрес сайта
check-what-unique-local = уникальный локальный (частный) адрес
check-what-drone-tag = метка Remote ID дрона, а не маршрутизируемый адрес
check-what-segment-routing = SID сегментной маршрутизации, а не маршрутизируемый адрес
check-what-ietf-reserved = в зарезервированном IETF диапазоне ({ $cidr })
check-what-outside-global-unicast = вне глобального диапазона одноадресной рассылки { $cidr }
check-what-special-purpose = адрес специального назначения ({ $cidr })
check-what-own-machine = адрес хоста бота — то есть собственный компьютер бота

## Сбои (за ними — код в скобках)

check-failure-refused = отклонено
check-failure-no-answer = нет ответа
check-failure-deadline = достигнут общий лимит времени
check-failure-headers-timeout = нет HTTP-ответа вовремя
check-failure-body-stalled = тело ответа застряло
check-failure-aborted-out-of-time = остановлено: время вышло
check-failure-reset = соединение сброшено
check-failure-closed-while-sending = соединение закрыто во время отправки
check-failure-aborted = соединение прервано
check-failure-closed = соединение закрыто
check-failure-closed-early = соединение закрыто слишком рано
check-failure-socket-hang-up = сокет повесил трубку (hang up)
check-failure-host-unreachable = узел недоступен
check-failure-host-down = узел выключен
check-failure-network-unreachable = сеть недоступна
check-failure-network-down = сеть не работает
check-failure-no-local-address = нет подходящего локального адреса
check-failure-local-firewall = заблокировано межсетевым экраном этого компьютера
check-failure-name-not-found = имя не найдено
check-failure-no-address-records = нет адресных записей
check-failure-dns-temporary = DNS-запрос временно не удался
check-failure-dns-servfail = сбой DNS-сервера
check-failure-not-tls-version = ответ — не TLS (неверный номер версии)
check-failure-not-tls-length = ответ — не TLS (слишком большая длина пакета)
check-failure-http-on-tls-port = HTTP-запрос на TLS-порт
check-failure-handshake-failure = сбой рукопожатия
check-failure-unsupported-tls-version = неподдерживаемая версия TLS
check-failure-no-common-tls-version = нет общей версии TLS
check-failure-sni-unknown = сервер не знает этого имени (SNI)
check-failure-handshake-aborted = сервер прервал рукопожатие
check-failure-tls-record-layer = сбой уровня записей TLS
check-failure-no-shared-cipher = нет общего шифра
check-failure-headers-too-large = слишком большие заголовки ответа
check-failure-not-http = ответ — не HTTP
check-failure-not-http-banner = ответ — не HTTP ("{ $banner }")
check-failure-tls-failed = TLS-рукопожатие не удалось
check-failure-timeout = нет ответа (тайм-аут)
check-failure-no-certificate = нет сертификата
check-failure-tls-on-plain-port = порт ответил по TLS, а не по обычному HTTP
check-failure-tls-after-reset = порт говорит на TLS (HTTPS), а не на обычном HTTP ({ $failure })
check-failure-ssh-not-http = порт говорит на SSH, а не на HTTP ({ $banner })
check-failure-ssh-banner = баннер SSH
check-failure-endless-headers = сервер присылал бесконечные заголовки ответа; чтение остановлено
check-failure-http-no-answer = соединение есть, но нет HTTP-ответа за { $ms } мс
check-failure-http-deadline = остановлено: достигнут общий лимит времени

## Сертификаты

check-cert-reason-expired = срок действия сертификата истёк
check-cert-reason-not-yet-valid = сертификат ещё не действует
check-cert-reason-self-signed = сертификат самоподписанный
check-cert-reason-untrusted-root = цепочка заканчивается самоподписанным корнем, которому никто не доверяет
check-cert-reason-unknown-issuer = издатель неизвестен (нет промежуточного сертификата или частный УЦ)
check-cert-reason-name-mismatch = сертификат выдан для другого имени
check-cert-reason-revoked = сертификат отозван
check-cert-reason-invalid = сертификат недействителен
check-cert-not-valid = он недействителен
check-cert-problem-expired = срок сертификата истёк { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
} назад ({ $date })
check-cert-problem-not-yet-valid = сертификат действует только с { $date }
check-cert-problem-name-mismatch = сертификат выдан для { $names }, а не для { $host }
check-cert-problem-self-signed = сертификат самоподписанный ({ $subject })
check-cert-also = { $first }; кроме того, { $others }

## Строки шагов

check-dns-ip-literal = { $address } (IP-адрес, запрос не нужен)
check-dns-localhost = { $host } — это этот компьютер ({ $addresses }), запрос не нужен
check-dns-resolved = { $addresses } за { $ms } мс
check-dns-more = { $addresses } (и ещё { $more })
check-dns-nxdomain = такого имени нет (NXDOMAIN)
check-dns-servfail = DNS-сервер не смог ответить (SERVFAIL)
check-dns-timeout = нет ответа от DNS-сервера за { $ms } мс
check-dns-timeout-servers = ни один из DNS-серверов ({ $servers }) не ответил за { $ms } мс
check-dns-cancelled = запрос прерван лимитом времени проверки
check-dns-refused = DNS-сервер отклонил запрос (REFUSED)
check-dns-unreachable = DNS-сервер недоступен (соединение отклонено)
check-dns-other = запрос не удался ({ $code })
check-dns-bad-servers = заданные DNS-серверы (PROBE_DNS_SERVERS) непригодны
check-dns-no-address = имя существует, но у него нет адреса IPv4 или IPv6
check-tcp-connected = подключено к { $address }:{ $port } (IPv{ $family }) за { $ms } мс
check-tls-handshake = { $protocol }, сертификат для { $subject } от { $issuer }, осталось дней: { $days } ({ $ms } мс)
check-tls-no-certificate = сервер не прислал сертификат
check-tls-failed = рукопожатие не удалось: { $failure }
check-tls-plain-http = рукопожатие не удалось: порт ответил по обычному HTTP ({ $code })
check-http-answer = HTTP { $status } { $statusText } за { $ms } мс
check-http-server = сервер: { $server }
check-http-redirect = перенаправляет на { $location }; не выполнено
check-http-body-interrupted = тело ответа прервано: { $failure }
check-http-stopped-reading = чтение остановлено после { $bytes } байт
check-xtream-panel-denied = Панель Xtream отвечает (auth: { $auth } без учётных данных) за { $ms } мс
check-xtream-panel = Панель Xtream отвечает (user_info есть, auth: { $auth }) за { $ms } мс
check-xtream-panel-truncated = Панель Xtream отвечает (user_info есть; ответ обрезан по лимиту размера) за { $ms } мс
check-xtream-redirect = HTTP { $status }: перенаправляет на { $location }; не выполнено, поэтому панель не подтверждена
check-xtream-no-location = (без адреса)
check-xtream-status = HTTP { $status } по адресу /player_api.php: здесь панель Xtream не отвечает
check-xtream-empty = HTTP { $status } с пустым телом: по этому URL нет панели Xtream
check-xtream-html = HTTP { $status } с HTML-страницей: по этому URL нет панели Xtream
check-xtream-not-json = HTTP { $status }, но ответ — не JSON: по этому URL нет панели Xtream
check-xtream-no-user-info = HTTP { $status }, JSON без user_info: по этому URL нет панели Xtream
check-xtream-not-panel = ответ — не панель
check-service-banner = говорит на { $service }
check-service-banner-quoted = говорит на { $service } ("{ $banner }")
check-service-banner-asked = говорит на { $service }, если спросить
check-service-banner-quoted-asked = говорит на { $service } ("{ $banner }"), если спросить
check-service-tls = говорит на TLS
check-service-tls-cert = говорит на TLS, сертификат для { $subject } от { $issuer }
check-service-http = отвечает по HTTP
check-service-http-status = отвечает по HTTP { $status }
check-service-silent = ничего не отправил за { $ms } мс и не ответил ни на TLS-рукопожатие, ни на HTTP-запрос
check-service-closed = сервер сразу закрыл соединение (FIN), ничего не отправив
check-service-reset = сервер сразу сбросил соединение (RST), ничего не отправив
check-service-name-ssh = SSH
check-service-name-smtp = SMTP (почта)
check-service-name-ftp = FTP
check-service-name-smtp-or-ftp = SMTP или FTP
check-service-name-pop3 = POP3 (почта)
check-service-name-imap = IMAP (почта)
check-service-name-mysql = MySQL / MariaDB
check-service-name-redis = Redis
check-service-name-vnc = VNC (удалённый рабочий стол)
check-service-name-telnet = telnet
check-service-name-http = HTTP
check-service-name-unknown = незнакомом мне протоколе
check-game-kind-minecraft-java = Minecraft Java
check-game-kind-minecraft-bedrock = Minecraft Bedrock
check-game-kind-source = Source (A2S_INFO)
check-game-kind-game = игры
check-game-answered = { $game } ответил с { $address }:{ $port } ({ $transport }) за { $ms } мс
check-game-answered-status = { $game } ответил с { $address }:{ $port } ({ $transport }) за { $ms } мс: { $status }
check-game-status-players = игроков: { $players }
check-game-status-players-max = игроков: { $players }/{ $max }
check-game-status-version = версия { $version }
check-game-failure-too-large = ответ больше { $bytes } байт
check-game-failure-closed-mid-answer = сервер закрыл соединение посреди ответа
check-game-failure-closed-no-answer = сервер закрыл соединение, не ответив на игровой запрос
check-game-failure-connected-no-answer = соединение есть, но игра не ответила за { $ms } мс
check-game-failure-udp-port-unreachable = ICMP: порт недоступен ({ $code })
check-game-failure-udp-no-answer = нет ответа по UDP за { $ms } мс
check-game-failure-gamedig-no-answer = нет ответа на игровой запрос за { $ms } мс
check-game-failure-gamedig-mismatch = ответ не похож на то, что присылает эта игра
check-game-failure-deadline = остановлено: достигнут общий лимит времени
check-game-failure-unexpected = неожиданный ответ
check-game-problem-a2s-cut-short = ответ A2S_INFO обрезан
check-game-problem-a2s-too-short = ответ слишком короткий для A2S
check-game-problem-a2s-split = сервер прислал разделённый ответ A2S_INFO, который эта проверка не собирает
check-game-problem-not-source = ответ — не ответ на запрос Source
check-game-problem-a2s-challenge-cut-short = challenge обрезан
check-game-problem-a2s-challenge-loop = сервер отвечает на каждый запрос новым challenge
check-game-problem-a2s-unexpected-type = неожиданный тип ответа A2S { $type }
check-game-problem-not-raknet-pong = ответ — не RakNet unconnected pong
check-game-problem-no-raknet-magic = в ответе нет магического значения RakNet
check-game-problem-bedrock-id-cut-short = строка идентификатора сервера обрезана
check-game-problem-not-bedrock = pong не описывает сервер Minecraft Bedrock
check-game-problem-varint-too-long = VarInt длиннее 5 байт: это не сервер Minecraft
check-game-problem-packet-size = пакет размером { $bytes } байт: это не ответ состояния Minecraft
check-game-problem-not-status-response = первый пакет — не ответ состояния
check-game-problem-status-cut-short = ответ состояния обрезан
check-game-problem-status-not-json = ответ состояния — не JSON
check-game-problem-status-json-empty = в JSON состояния нет ни версии, ни игроков, ни описания
check-remote-resolved = разрешено (Globalping HTTP)
check-remote-connected-ping = подключено (TCP-пинг Globalping)
check-remote-no-connection-ping = нет соединения (TCP-пинг Globalping)
check-remote-connected-http = подключено (Globalping HTTP)
check-remote-handshake-http = рукопожатие выполнено (Globalping HTTP)
check-remote-status-http = HTTP { $status } (HEAD-запрос Globalping)
check-remote-failed = сбой
check-remote-untrusted = сертификат не доверенный: { $reason } (Globalping HTTP)
check-remote-no-reason = причина не указана

## Другие порты

check-alt-refused = отклонено
check-alt-no-answer = нет ответа
check-alt-http = отвечает (HTTP)
check-alt-http-status = отвечает (HTTP { $status })
check-alt-tls = отвечает (TLS: попробуйте https://)
check-alt-ssh = отвечает (SSH, не HTTP)
check-alt-other = отвечает (не HTTP)
check-alt-open = принимает соединения

## Примечания

check-note-credentials-removed = Не вставляйте пароли в канал — я их удалил и проверил без них.
check-note-international-name = { $displayHost } — международное имя; я проверил { $host }.
check-note-port-assumed = Порт не указан: я проверил порт { $port } — стандартный для { $scheme }.
check-note-family-fails = IPv{ $failing } не работает ({ $failure }), а IPv{ $working } работает: у клиентов, предпочитающих IPv{ $failing }, возможны ошибки.
check-note-redirect = Перенаправляет на { $location }; не выполнено.
check-note-no-xtream-panel = По этому URL нет панели Xtream: /player_api.php ответил не как панель.
check-note-game-no-answer = { $game } тоже не ответил ({ $transport }): { $failure }.
check-note-internal-error = Внутренняя ошибка при проверке: { $message }

## Вероятные причины, замеченные этой проверкой

check-cause-wrong-port = **Неверный порт**: на { $port } ничего нет, но на том же сервере { $list }. Возможно, провайдер перенёс службу.
check-cause-nothing-elsewhere = На других обычных портах тоже никто не отвечает: сервер выключен или блокирует { $voice ->
    [discord] сеть бота
   *[other] этот компьютер
}.
check-cause-silent-firewall = Именно так выглядит межсетевой экран, который молча отбрасывает трафик (или пропускает только IP из белого списка).
check-cause-cert-expired = Срок действия сертификата истёк: владелец должен его обновить (автоматическое обновление, например certbot, перестало работать). Неверная дата на вашем устройстве даёт ту же ошибку.
check-cause-cert-not-yet-valid = Сертификат начинает действовать позже: неверные часы на сервере или на вашем устройстве.
check-cause-cert-self-signed = Сервер использует самоподписанный сертификат: годится для тестов, но браузеры и большинство приложений его отвергают.
check-cause-cert-issuer = Сервер не отправляет промежуточный сертификат, или его сертификат выдан частным УЦ.
check-cause-cert-name = Сертификат выдан для других имён: опечатка в имени узла или общий сервер, отвечающий сайтом по умолчанию.
check-cause-udp-refused = Компьютер по этому адресу работает и сообщает, что на UDP-порту { $port } никто не слушает: игровой сервер остановлен или работает на другом порту.
check-cause-udp-no-answer = У UDP нет рукопожатия: межсетевой экран или маршрутизатор, отбрасывающий пакеты, отсутствующий проброс UDP-порта { $port } и остановленный сервер снаружи выглядят одинаково.
check-cause-game-mismatch = На этом порту что-то отвечает, но не запрошенная игра: проверьте порт (игровой порт или порт запросов) и тип игры.
check-cause-not-http = На этом порту работает служба другого типа (SSH, база данных, игровой сервер…): скорее всего, порт неверный.
check-cause-http-403 = Сервер отклоняет этот запрос: белый список IP, геоблокировка или правило CDN/межсетевого экрана могут блокировать { $voice ->
    [discord] сеть бота
   *[other] этот компьютер
}, даже если ваш адрес разрешён.
