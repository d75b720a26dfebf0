# Bir denetimin yanıtı (/check, konsol, `netmedic check`). Bkz. en/check.ftl.

## Embed

check-footer = { $voice ->
    [discord] Botun ağından
   *[other] Bu makineden
} denetlendi — bir IP beyaz listesi veya coğrafi engel, bir sunucuyu { $voice ->
    [discord] bota
   *[other] bu makineye
} kapalı, sana ise açık gösterebilir.
check-title-checking = { $target } denetleniyor…
check-the-target = hedef
check-checking-from = { $voice ->
    [discord] Botun ağından
   *[other] Bu makineden
} denetleniyor…
check-field-addresses = Adresler
check-addresses-more = { $list } ve { $more } tane daha
check-field-steps = Adımlar
check-field-steps-done = Adımlar (toplam { $ms } ms)
check-field-server = Sunucu
check-field-certificate = Sertifika
check-field-other-ports = Aynı sunucudaki diğer portlar
check-field-causes = Olası nedenler
check-field-first-steps = İlk adımlar
check-field-what-this-shows = Bu neyi gösteriyor
check-what-this-shows = Port, bottan gelen bağlantıları kabul ediyor. Bir TCP denetimi arkadaki hizmetin çalışıp çalışmadığını söyleyemez: onu kendi uygulamasıyla dene ya da sunduğu URL ile `/check` çalıştır.
check-field-still-failing = Sende hâlâ çalışmıyor mu?
check-still-failing = Sunucu { $voice ->
    [discord] bota
   *[other] bu makineye
} yanıt veriyor, yani sorun büyük olasılıkla seninle sunucu arasında: ağın veya internet sağlayıcın, bir VPN veya proxy, bir DNS filtresi ya da adresine uygulanan bir IP/coğrafi engel. Karşılaştırmak için başka bir ağ (mobil veri) dene.
check-field-notes = Notlar
check-button-article = Makalenin tamamı

## Adım adları

check-stage-dns = DNS
check-stage-tcp = TCP
check-stage-tls = TLS
check-stage-http = HTTP
check-stage-xtream = Xtream
check-stage-service = Hizmet
check-stage-game = Oyun

## Başlıklar

check-headline-ok = Erişilebilir
check-headline-refused = Bağlantı reddedildi
check-headline-timeout = Yanıt yok (zaman aşımı)
check-headline-reset = Bağlantı sıfırlandı
check-headline-host-unreachable = Ana makineye ulaşılamıyor
check-headline-network-unreachable = Ağa ulaşılamıyor
check-headline-dns-not-found = Ad bulunamadı
check-headline-dns-error = DNS sorgusu başarısız
check-headline-tls-certificate = Sertifika sorunu
check-headline-tls-protocol = TLS / yanlış protokol
check-headline-http-status = HTTP hatası
check-headline-not-http = HTTP değil
check-headline-blocked = Denetlenmedi
check-headline-invalid = Hedef okunamıyor
check-headline-silent = Açık ama sessiz
check-headline-closed-on-accept = Sunucu hemen kapattı
check-headline-udp-refused = UDP üzerinden reddedildi (port ulaşılamaz)
check-headline-udp-no-answer = UDP üzerinden yanıt yok
check-headline-game-mismatch = Bu oyun değil
check-headline-xtream-panel = Xtream paneli yanıt veriyor
check-headline-answers-in = { $service } ile yanıt veriyor
check-headline-answers-tls = TLS ile yanıt veriyor
check-headline-answers-http = HTTP ile yanıt veriyor
check-headline-port-open = Port açık
check-headline-online = Çevrimiçi
check-headline-no-xtream-panel = Burada Xtream paneli yok

## Sertifika ve oyun sunucusu

check-cert-subject = Sahibi: { $value }
check-cert-issuer = Veren: { $value }
check-cert-valid = Geçerlilik: { $from } → { $to } ({ $left })
check-cert-days-left = { $days } gün kaldı
check-cert-expired-days-ago = { $days } gün önce süresi doldu
check-cert-names = Adlar: { $list }
check-cert-protocol = Protokol: { $value }
check-game-name = Ad: { $value }
check-game-players = Oyuncular: { $value }
check-game-version = Sürüm: { $value }
check-game-map = Harita: { $value }
check-game-motd = MOTD: { $value }
check-game-latency = Gecikme: { $ms } ms ({ $transport })

## Süreler

check-duration-ms = { $ms } ms
check-duration-s = { $s } sn

## Tek cümlede sonuç

check-the-server = sunucu
check-sentence-invalid = Bunu denetlenecek bir sunucu olarak okuyamadım: { $problem }.
check-sentence-blocked = { $host } denetlenmeyecek: { $reason }. Bot yalnızca herkese açık sunucuları denetler.
check-hint-cli = Kendi sunucunu mu denetliyorsun? --allow-private ile yeniden çalıştır (veya PROBE_ALLOW_PRIVATE=true ayarla).
check-hint-chat = Kendi sunucunu mu denetliyorsun? Kendi makinende 'netmedic check --allow-private' çalıştır; bu botu sen çalıştırıyorsan PROBE_ALLOW_PRIVATE=true özel hedeflere izin verir.
check-sentence-dns-not-found = { $host } adı hiçbir yere çıkmıyor: { $detail }. Yazımı kontrol et; ya da alan adının süresi dolmuş veya kapatılmış olabilir.
check-sentence-dns-error = { $host } sorgulanamadı: { $detail }. Ad doğru olabilir ama DNS'i şu anda bozuk ya da yavaş.
check-sentence-refused = { $host } üzerindeki { $port } portu bağlantıyı reddetti: orada dinleyen bir şey yok ya da bir güvenlik duvarı onu geri çeviriyor.
check-sentence-timeout-deadline = Denetim, { $host } adresini { $port } portunda beklerken süresini doldurdu ({ $time }): sunucu çok yavaş ya da trafiği düşürüyor.
check-sentence-timeout-deadline-stage = Denetim, { $host } adresini { $port } portunda beklerken süresini doldurdu ({ $time }, { $stage } adımı): sunucu çok yavaş ya da trafiği düşürüyor.
check-sentence-timeout-http = { $host }, { $port } portunda bağlantıyı kabul etti ama { $time } içinde HTTP yanıtı göndermedi: arkadaki hizmet takılmış ya da aşırı yüklü.
check-sentence-timeout-tls = { $host }, { $port } portunda bağlantıyı kabul etti ama { $time } içinde TLS el sıkışmasını tamamlamadı: o portta HTTPS konuşmuyor olabilir ya da aşırı yüklü.
check-sentence-timeout = { $host } üzerindeki { $port } portu { $time } içinde yanıt vermedi: bir güvenlik duvarı trafiği sessizce düşürüyor ya da sunucu kapalı.
check-sentence-reset-tcp = { $host } üzerindeki { $port } portu bağlantıyı hemen sıfırladı: bir güvenlik duvarı ya da hizmet onu reddediyor.
check-sentence-reset = { $host }, { $port } portunda bağlantıyı kabul etti, sonra kesti (sıfırlama): hizmet çöktü ya da bir güvenlik duvarı veya anti-DDoS filtresi botun bağlantısını düşürdü.
check-sentence-reset-stage = { $host }, { $port } portunda bağlantıyı kabul etti, sonra kesti ({ $stage } adımında sıfırlama): hizmet çöktü ya da bir güvenlik duvarı veya anti-DDoS filtresi botun bağlantısını düşürdü.
check-sentence-host-unreachable = { $host } adresine ulaşılamadı: yoldaki bir yönlendirici ana makinenin ulaşılamaz olduğunu bildirdi ({ $code }). Sunucu kapalı ya da bir güvenlik duvarı trafiği reddediyor.
check-sentence-network-unreachable = Botun ağından { $host } adresine giden bir yol yok ({ $code }): yoldaki bir ağ çökmüş ya da botun ağı bu adres ailesine ulaşamıyor.
check-sentence-tls-certificate = { $host } adresinin { $port } portundaki sertifikası kabul edilmiyor: { $detail }. Sertifikaları denetleyen tarayıcılar ve uygulamalar bağlanmayı reddedecek.
check-sentence-tls-plain-http = { $host } üzerindeki { $port } portu HTTPS (TLS) değil, düz HTTP konuşuyor: https:// yerine { $url } kullan.
check-sentence-tls-on-plain = { $host } üzerindeki { $port } portu düz HTTP değil, HTTPS (TLS) konuşuyor: { $url } kullan.
check-sentence-tls-protocol = { $host } ile { $port } portunda TLS el sıkışması başarısız oldu ({ $detail }): sunucu ile botun ortak bir TLS sürümü ya da şifresi yok veya port TLS konuşmuyor.
check-sentence-silent = { $host } üzerindeki { $port } portu açık ama sessiz: bağlantıyı kabul etti, sonra hiçbir şey göndermedi ve ne TLS'e ne HTTP'ye yanıt verdi. Oradaki hizmet kendi protokolünü bekliyor (bir oyun sunucusu, bir veritabanı, bir VPN…), dolayısıyla çalışıp çalışmadığını yalnızca kendi uygulaması söyleyebilir.
check-sentence-closed-on-accept = { $host }, { $port } portunda bağlantıyı kabul etti, sonra hiçbir şey göndermeden hemen kapattı: sunucu botu reddediyor (bir yasak veya IP filtresi), bağlantı sınırına ulaştı ya da arkadaki hizmet çöküyor.
check-sentence-not-http-ssh = { $host } üzerindeki { $port } portu açık ama HTTP değil SSH konuşuyor: bir web veya IPTV uygulaması için yanlış port.
check-sentence-not-http-ssh-banner = { $host } üzerindeki { $port } portu açık ama HTTP değil SSH konuşuyor ({ $banner }): bir web veya IPTV uygulaması için yanlış port.
check-sentence-not-http = { $host } üzerindeki { $port } portu açık ama HTTP ile yanıt vermiyor: orada başka türde bir hizmet çalışıyor, yani büyük olasılıkla yanlış port.
check-sentence-not-http-banner = { $host } üzerindeki { $port } portu açık ama HTTP ile yanıt vermiyor ("{ $banner }" gönderdi): orada başka türde bir hizmet çalışıyor, yani büyük olasılıkla yanlış port.
check-sentence-udp-refused = { $host } üzerindeki { $port } portu UDP üzerinden "port ulaşılamaz" (ICMP) yanıtı verdi: o UDP portunda dinleyen bir { $game } sunucusu yok — durdurulmuş, başka bir portta çalışıyor ya da bir güvenlik duvarı paketleri reddediyor.
check-sentence-udp-no-answer = { $host } adresinden { $port } portunda { $time } içinde UDP yanıtı gelmedi (filtreleniyor ya da bir { $game } sunucusu değil): bir güvenlik duvarı veya eksik bir port yönlendirmesi paketleri düşürüyor, sunucu kapalı ya da orada başka bir hizmet çalışıyor.
check-sentence-game-mismatch = { $host } üzerindeki { $port } portu yanıt verdi ama bir { $game } sunucusu gibi değil ({ $detail }): büyük olasılıkla yanlış port ya da orada başka türde bir hizmet çalışıyor.
check-sentence-xtream-redirect = { $host }, { $port } portunda { $location } adresine bir yönlendirmeyle yanıt veriyor (izlenmedi); yani bu URL'de hiçbir Xtream paneli yanıt vermedi.
check-sentence-xtream-no-panel = { $host }, { $port } portunda HTTP ile yanıt veriyor ama /player_api.php adresinde Xtream paneli yok ({ $detail }): URL ya da port büyük olasılıkla yanlış.
check-another-address = başka bir adres
check-sentence-http-404 = { $host }, { $port } portunda { $status } ile yanıt verdi: sunucu çalışıyor ama o yol orada yok.
check-sentence-http-404-path = { $host }, { $port } portunda { $path } için { $status } ile yanıt verdi: sunucu çalışıyor ama o yol orada yok.
check-sentence-http-login = { $host }, { $port } portunda { $status } ile yanıt verdi: sunucu çalışıyor ama oturum açılmasını istiyor.
check-sentence-http-forbidden = { $host }, { $port } portunda { $status } ile yanıt verdi: sunucu çalışıyor ama bu isteği reddediyor (IP engeli, coğrafi engel veya eksik izin).
check-sentence-http-429 = { $host }, { $port } portunda { $status } ile yanıt verdi: çok fazla istek; sunucu hız sınırlaması uyguluyor.
check-sentence-http-5xx = { $host }, { $port } portunda { $status } ile yanıt verdi: sunucu ayakta ama arkasındaki uygulama hata veriyor.
check-sentence-http-4xx = { $host }, { $port } portunda { $status } ile yanıt verdi: sunucu isteğin kendisini reddediyor.
check-sentence-ok-banner = { $host } üzerindeki { $port } portu yanıt veriyor: { $service } konuşuyor. Bu portta o protokolün kendi istemcisini veya uygulamasını kullan.
check-sentence-ok-banner-quoted = { $host } üzerindeki { $port } portu yanıt veriyor: { $service } konuşuyor ("{ $banner }"). Bu portta o protokolün kendi istemcisini veya uygulamasını kullan.
check-sentence-ok-tls = { $host } üzerindeki { $port } portu TLS ile yanıt veriyor: orada HTTPS gibi şifreli bir hizmet çalışıyor (https://{ $host }:{ $port } dene).
check-sentence-ok-tls-cert = { $host } üzerindeki { $port } portu TLS ile yanıt veriyor ({ $subject } için sertifika): orada HTTPS gibi şifreli bir hizmet çalışıyor (https://{ $host }:{ $port } dene).
check-sentence-ok-service-http = { $host }, { $port } portunda HTTP ile yanıt veriyor: orada bir web hizmeti çalışıyor (http://{ $host }:{ $port } dene).
check-sentence-ok-service-http-status = { $host }, { $port } portunda HTTP ile yanıt veriyor (HTTP { $status }): orada bir web hizmeti çalışıyor (http://{ $host }:{ $port } dene).
check-sentence-ok-game = { $host }:{ $port } adresindeki { $game } sunucusu çevrimiçi ve durum sorgusuna yanıt veriyor.
check-sentence-ok-tcp = { $host } üzerindeki { $port } portu bağlantı kabul ediyor.
check-sentence-ok-tcp-family = { $host } üzerindeki { $port } portu bağlantı kabul ediyor (IPv{ $family }).
check-sentence-ok-xtream = { $host }:{ $port } adresindeki Xtream paneli yanıt veriyor ve olması gerektiği gibi kimlik bilgilerini istiyor: sunucu tarafı çalışıyor.
check-sentence-ok-redirect = { $host }, { $port } portunda HTTP { $status } ile yanıt veriyor: { $location } adresine bir yönlendirme (izlenmedi).
check-sentence-ok-http = { $host }, { $port } portunda yanıt veriyor: { $status }.
check-sentence-ok-http-time = { $host }, { $port } portunda yanıt veriyor: { $time } içinde { $status }.

## Bir hedef neden okunamıyor

check-target-the-host = Ana makine adı
check-target-the-address = Adres
check-target-the-port = Port
check-target-something-else = başka bir şey
check-target-ipv4-parts = { $shown } geçerli bir IPv4 adresi değil: dörtten fazla parçası var.
check-target-ipv4-part-too-large = { $shown } geçerli bir IPv4 adresi değil: bir parçası çok büyük.
check-target-ipv4-octal = { $shown } geçerli bir IPv4 adresi değil: 0 ile başlayan bir parça sekizlik tabandadır ve yalnızca 0–7 rakamlarını kullanabilir.
check-target-ipv4-part-range = { $shown } geçerli bir IPv4 adresi değil: her parça 0–255 arasında olmalı.
check-target-ipv4-out-of-range = { $shown } geçerli bir IPv4 adresi değil: bir sayı aralığın dışında.
check-target-ipv6-zone = IPv6 bölge kimlikleri ({ $shown } içindeki %… kısmı) denetlenemez; genel bir adres ver.
check-target-ipv6-invalid = { $shown } geçerli bir IPv6 adresi değil. [2001:db8::1]:443 gibi yaz.
check-target-host-missing = Ana makine adı eksik. host:port biçiminde ver, ör. play.example.net:8080.
check-target-host-percent = { $shown } geçerli bir ana makine adı değil: % içeriyor. Düz bir ana makine adı veya IP adresi ver, ör. play.example.net:8080.
check-target-idn-invalid = { $shown } geçerli bir uluslararası alan adı değil. Yazımı kontrol et.
check-target-host-ends-in-number = { $shown } geçerli değil: bir ana makine adı sayıyla bitemez. Bir alan adı ya da tam bir IP adresi ver.
check-target-host-too-long = Bu ana makine adı { $length } karakter uzunluğunda; sınır { $limit }. Yapıştırdığın şeyi kontrol et.
check-target-host-empty-label = { $shown } geçerli bir ana makine adı değil: boş bir parçası var (art arda iki nokta ya da baştaki bir nokta).
check-target-host-label-too-long = { $shown } geçerli bir ana makine adı değil: noktalar arasındaki her parça en fazla 63 karakter olabilir.
check-target-host-hyphen = { $shown } geçerli bir ana makine adı değil: parçalar tireyle başlayamaz veya bitemez.
check-target-host-characters = { $shown } geçerli bir ana makine adı değil: yalnızca harf, rakam, tire ve nokta kullan, ör. play.example.net:8080.
check-target-port-missing = ':' işaretinden sonra port eksik. host:port biçiminde ver, ör. play.example.net:8080.
check-target-port-not-number = Port 1–65535 arasında bir sayı olmalı, gelen: { $shown }.
check-target-port-range = Port 1–65535 arasında olmalı, gelen: { $value }.
check-target-too-long = Bu, bir sunucu adresi için çok uzun ({ $length } karakter; sınır { $limit }). Yalnızca host:port yapıştır, ör. play.example.net:8080.
check-target-empty = Denetlenecek bir sunucu ver, örneğin play.example.net:8080 veya https://example.com.
check-target-spaces = Bir sunucu adresi boşluk veya kontrol karakteri içeremez. Yalnızca host:port yapıştır, ör. play.example.net:8080.
check-target-backslash = Bir sunucu adresi ters eğik çizgi içeremez. Bağlantılarda '/' kullan, ör. play.example.net:8080.
check-target-scheme-unsupported = { $scheme } bağlantıları denetlenemez. Bir http:// veya https:// bağlantısı kullan, diğer her şey için host:port ver, ör. play.example.net:8080.
check-target-scheme-unsupported-bare = { $scheme } bağlantıları denetlenemez. host:port ya da bir http(s):// bağlantısı ver, ör. play.example.net:8080.
check-target-userinfo-ambiguous = Bu bağlantıda birden fazla '@' var ve kullanıcı adıyla parolanın nerede bittiğini anlayamıyorum. Bağlantıyı kullanıcı adı ve parola olmadan ver, ör. play.example.net:8080.
check-target-ipv6-missing-bracket = IPv6 adresinin kapanış ']' işareti eksik. [2001:db8::1]:443 gibi yaz.
check-target-ipv6-expected-port = IPv6 adresinin ']' işaretinden sonra ':port' bekleniyordu. [2001:db8::1]:443 gibi yaz.
check-target-ipv6-empty-brackets = Köşeli parantezler boş: içine bir IPv6 adresi koy, örneğin [2001:db8::1]:443.
check-target-ipv6-needs-brackets = IPv6 adresini köşeli paranteze al ve portu ardından yaz, örneğin [2001:db8::1]:443.
check-target-query-port-needed = { $protocol } denetimleri sunucunun sorgu portuna ihtiyaç duyar: host:port ver, ör. { $host }:27015.
check-target-tcp-port-needed = TCP denetimleri bir port gerektirir: host:port ver, ör. { $host }:25565.
check-target-unprocessable = hedef işlenemedi
check-target-gamedig-unknown-game = GameDig'de "{ $id }" kimlikli bir oyun yok. Kimlikler GameDig'in GAMES_LIST.md dosyasında listeleniyor (ör. teamspeak3, rust, valheim).
check-target-gamedig-web-api = { $game }, sunucunun kendisi yerine bir web API'si veya ana sunucu üzerinden sorgulanır, bu yüzden bot onu denetlemez.
check-target-not-a-game-protocol = { $protocol } bir oyun protokolü değil
check-target-unknown = tanınmayan girdi
check-protocol-game-id = "game:" harf, rakam, - veya _ içeren bir GameDig oyun kimliği gerektirir (ör. game:teamspeak3).
check-protocol-unknown = Bilinmeyen protokol; { $protocols } seçeneklerinden birini ya da game:<id> kullan (bir GameDig oyun kimliği, ör. game:teamspeak3).

## Bir adres neden reddediliyor

check-block-address = { $address }: { $what }
check-block-mapped = { $address }, { $inner } adresine karşılık geliyor: { $what }
check-block-nat64 = { $address }, { $inner } için NAT64: { $what }
check-block-6to4 = { $address }, { $inner } için 6to4: { $what }
check-block-probing-machine = { $address }, denetimi yapan makinenin kendi adresi
check-block-not-ip = { $address } düz bir IP adresi değil
check-block-no-address = denetlenecek bir adres yok
check-block-single-label = { $address } tam bir alan adı değil (noktasız bir ad yalnızca tek bir ağın içinde anlam taşır)
check-what-cloud-metadata = bir bulut meta veri adresi
check-what-link-local = bir bağlantı-yerel (link-local) adres
check-what-unspecified-this-machine = belirtilmemiş adres (bu makineye ulaşır)
check-what-this-network = { $cidr } içinde ("bu ağ"), gerçek bir hedef değil
check-what-documentation = bir belgeleme adresi
check-what-documentation-cidr = bir belgeleme adresi ({ $cidr })
check-what-benchmarking = bir performans testi adresi
check-what-benchmarking-cidr = bir performans testi adresi ({ $cidr })
check-what-protocol-assignment = protokol atamalarına ayrılmış bir adres ({ $cidr })
check-what-6to4-relay = kullanımdan kalkmış bir 6to4 aktarma adresi ({ $cidr })
check-what-private = özel bir adres
check-what-private-cidr = özel bir adres ({ $cidr })
check-what-broadcast = yayın (broadcast) adresi
check-what-reserved = ayrılmış bir adres
check-what-reserved-cidr = ayrılmış bir adres ({ $cidr })
check-what-loopback = bir geri döngü (loopback) adresi
check-what-carrier-grade-nat = operatör düzeyinde NAT (CGNAT) adresi ({ $cidr })
check-what-multicast = bir çok noktaya yayın (multicast) adresi
check-what-unspecified = belirtilmemiş adres
check-what-as112 = bir AS112 çukur adresi (özel amaçlı)
check-what-amt = bir AMT aktarma anycast adresi (özel amaçlı)
check-what-ipv4-compatible = kullanımdan kalkmış IPv4 uyumlu bir adres
check-what-ipv4-translated = IPv4'ten çevrilmiş bir adres ({ $cidr })
check-what-nat64-local = yerel kullanımlı NAT64 önekinde ({ $cidr })
check-what-teredo = bir Teredo tünel adresi ({ $cidr })
check-what-orchid = bir ORCHID tanımlayıcısı, yönlendirilebilir bir adres değil
check-what-orchid2 = bir ORCHIDv2 tanımlayıcısı, yönlendirilebilir bir adres değil
check-what-discard = yalnızca atma amaçlı bir adres ({ $cidr })
check-what-site-local = (kullanımdan kalkmış) site-yerel bir adres
check-what-unique-local = benzersiz-yerel (özel) bir adres
check-what-drone-tag = bir drone Remote ID etiketi, yönlendirilebilir bir adres değil
check-what-segment-routing = bir segment routing SID'i, yönlendirilebilir bir adres değil
check-what-ietf-reserved = IETF'nin ayırdığı bir aralıkta ({ $cidr })
check-what-outside-global-unicast = küresel unicast aralığının ({ $cidr }) dışında
check-what-special-purpose = özel amaçlı bir adres ({ $cidr })
check-what-own-machine = botun ana makinesinin bir adresi — yani botun kendi makinesi

## Hatalar (ardından parantez içinde kod)

check-failure-refused = reddedildi
check-failure-no-answer = yanıt yok
check-failure-deadline = genel süre sınırına ulaşıldı
check-failure-headers-timeout = zamanında HTTP yanıtı yok
check-failure-body-stalled = gövde takıldı
check-failure-aborted-out-of-time = durduruldu: süre bitti
check-failure-reset = bağlantı sıfırlandı
check-failure-closed-while-sending = gönderirken bağlantı kapandı
check-failure-aborted = bağlantı iptal edildi
check-failure-closed = bağlantı kapandı
check-failure-closed-early = bağlantı erken kapandı
check-failure-socket-hang-up = soket kapandı (hang up)
check-failure-host-unreachable = ana makineye ulaşılamıyor
check-failure-host-down = ana makine kapalı
check-failure-network-unreachable = ağa ulaşılamıyor
check-failure-network-down = ağ çalışmıyor
check-failure-no-local-address = kullanılabilir yerel adres yok
check-failure-local-firewall = bu makinenin güvenlik duvarı engelledi
check-failure-name-not-found = ad bulunamadı
check-failure-no-address-records = adres kaydı yok
check-failure-dns-temporary = DNS sorgusu geçici olarak başarısız
check-failure-dns-servfail = DNS sunucusu hatası
check-failure-not-tls-version = yanıt TLS değil (yanlış sürüm numarası)
check-failure-not-tls-length = yanıt TLS değil (paket uzunluğu çok büyük)
check-failure-http-on-tls-port = TLS portuna HTTP isteği
check-failure-handshake-failure = el sıkışma hatası
check-failure-unsupported-tls-version = desteklenmeyen TLS sürümü
check-failure-no-common-tls-version = ortak TLS sürümü yok
check-failure-sni-unknown = sunucu bu adı tanımıyor (SNI)
check-failure-handshake-aborted = sunucu el sıkışmayı iptal etti
check-failure-tls-record-layer = TLS kayıt katmanı hatası
check-failure-no-shared-cipher = ortak şifre yok
check-failure-headers-too-large = yanıt başlıkları çok büyük
check-failure-not-http = yanıt HTTP değil
check-failure-not-http-banner = yanıt HTTP değil ("{ $banner }")
check-failure-tls-failed = TLS el sıkışması başarısız
check-failure-timeout = yanıt yok (zaman aşımı)
check-failure-no-certificate = sertifika yok
check-failure-tls-on-plain-port = port düz HTTP ile değil, TLS ile yanıt verdi
check-failure-tls-after-reset = port düz HTTP değil, TLS (HTTPS) konuşuyor ({ $failure })
check-failure-ssh-not-http = port HTTP değil, SSH konuşuyor ({ $banner })
check-failure-ssh-banner = SSH karşılama satırı
check-failure-endless-headers = sunucu bitmeyen yanıt başlıkları gönderdi; okuma durduruldu
check-failure-http-no-answer = bağlandı ama { $ms } ms içinde HTTP yanıtı yok
check-failure-http-deadline = durduruldu: genel süre sınırına ulaşıldı

## Sertifikalar

check-cert-reason-expired = sertifikanın süresi doldu
check-cert-reason-not-yet-valid = sertifika henüz geçerli değil
check-cert-reason-self-signed = sertifika kendinden imzalı
check-cert-reason-untrusted-root = zincir kimsenin güvenmediği kendinden imzalı bir kökte bitiyor
check-cert-reason-unknown-issuer = sertifikayı veren bilinmiyor (eksik ara sertifika veya özel CA)
check-cert-reason-name-mismatch = sertifika başka bir ad için
check-cert-reason-revoked = sertifika iptal edildi
check-cert-reason-invalid = sertifika geçersiz
check-cert-not-valid = geçerli değil
check-cert-problem-expired = sertifikanın süresi { $days } gün önce doldu ({ $date })
check-cert-problem-not-yet-valid = sertifika { $date } tarihine kadar geçerli değil
check-cert-problem-name-mismatch = sertifika { $host } için değil, { $names } için
check-cert-problem-self-signed = sertifika kendinden imzalı ({ $subject })
check-cert-also = { $first }; ayrıca { $others }

## Adım satırları

check-dns-ip-literal = { $address } (bir IP adresi, sorgu gerekmez)
check-dns-localhost = { $host } bu makine ({ $addresses }), sorgu gerekmez
check-dns-resolved = { $addresses }, { $ms } ms
check-dns-more = { $addresses } (+{ $more } tane daha)
check-dns-nxdomain = böyle bir ad yok (NXDOMAIN)
check-dns-servfail = DNS sunucusu yanıt veremedi (SERVFAIL)
check-dns-timeout = DNS sunucusundan { $ms } ms içinde yanıt yok
check-dns-timeout-servers = { $servers } DNS sunucusunun hiçbirinden { $ms } ms içinde yanıt yok
check-dns-cancelled = sorgu, denetimin süre sınırı yüzünden yarıda kesildi
check-dns-refused = DNS sunucusu sorguyu reddetti (REFUSED)
check-dns-unreachable = DNS sunucusuna ulaşılamadı (bağlantı reddedildi)
check-dns-other = sorgu başarısız oldu ({ $code })
check-dns-bad-servers = ayarlanan DNS sunucuları (PROBE_DNS_SERVERS) kullanılamıyor
check-dns-no-address = ad var ama IPv4 veya IPv6 adresi yok
check-tcp-connected = { $address }:{ $port } adresine bağlandı (IPv{ $family }), { $ms } ms
check-tls-handshake = { $protocol }, { $subject } için { $issuer } tarafından verilen sertifika, { $days } gün kaldı ({ $ms } ms)
check-tls-no-certificate = sunucu sertifika göndermedi
check-tls-failed = el sıkışma başarısız: { $failure }
check-tls-plain-http = el sıkışma başarısız: port düz HTTP ile yanıt verdi ({ $code })
check-http-answer = HTTP { $status } { $statusText }, { $ms } ms
check-http-server = sunucu: { $server }
check-http-redirect = { $location } adresine yönlendiriyor; izlenmedi
check-http-body-interrupted = gövde kesildi: { $failure }
check-http-stopped-reading = { $bytes } bayttan sonra okuma durduruldu
check-xtream-panel-denied = Xtream paneli yanıt veriyor (kimlik bilgisi olmadan auth: { $auth }), { $ms } ms
check-xtream-panel = Xtream paneli yanıt veriyor (user_info var, auth: { $auth }), { $ms } ms
check-xtream-panel-truncated = Xtream paneli yanıt veriyor (user_info var; yanıt boyut sınırında kesildi), { $ms } ms
check-xtream-redirect = HTTP { $status }: { $location } adresine yönlendiriyor; izlenmedi, yani panel doğrulanmadı
check-xtream-no-location = (hedef yok)
check-xtream-status = /player_api.php adresinde HTTP { $status }: burada Xtream paneli yanıt vermiyor
check-xtream-empty = boş gövdeli HTTP { $status }: bu URL'de Xtream paneli yok
check-xtream-html = HTML sayfalı HTTP { $status }: bu URL'de Xtream paneli yok
check-xtream-not-json = HTTP { $status }, ama yanıt JSON değil: bu URL'de Xtream paneli yok
check-xtream-no-user-info = HTTP { $status }, user_info içermeyen JSON: bu URL'de Xtream paneli yok
check-xtream-not-panel = yanıt bir panel değil
check-service-banner = { $service } konuşuyor
check-service-banner-quoted = { $service } konuşuyor ("{ $banner }")
check-service-banner-asked = { $service } konuşuyor, sorulunca
check-service-banner-quoted-asked = { $service } konuşuyor ("{ $banner }"), sorulunca
check-service-tls = TLS konuşuyor
check-service-tls-cert = TLS konuşuyor, { $subject } için { $issuer } tarafından verilen sertifika
check-service-http = HTTP ile yanıt veriyor
check-service-http-status = HTTP { $status } ile yanıt veriyor
check-service-silent = { $ms } ms içinde hiçbir şey göndermedi ve ne bir TLS el sıkışmasına ne de bir HTTP isteğine yanıt verdi
check-service-closed = sunucu hiçbir şey göndermeden hemen kapattı (FIN)
check-service-reset = sunucu hiçbir şey göndermeden hemen sıfırladı (RST)
check-service-name-ssh = SSH
check-service-name-smtp = SMTP (e-posta)
check-service-name-ftp = FTP
check-service-name-smtp-or-ftp = SMTP veya FTP
check-service-name-pop3 = POP3 (e-posta)
check-service-name-imap = IMAP (e-posta)
check-service-name-mysql = MySQL / MariaDB
check-service-name-redis = Redis
check-service-name-vnc = VNC (uzak masaüstü)
check-service-name-telnet = telnet
check-service-name-http = HTTP
check-service-name-unknown = tanımadığım bir protokol
check-game-kind-minecraft-java = Minecraft Java
check-game-kind-minecraft-bedrock = Minecraft Bedrock
check-game-kind-source = Source (A2S_INFO)
check-game-kind-game = oyun
check-game-answered = { $game }, { $address }:{ $port } adresinden ({ $transport }) { $ms } ms'de yanıt verdi
check-game-answered-status = { $game }, { $address }:{ $port } adresinden ({ $transport }) { $ms } ms'de yanıt verdi: { $status }
check-game-status-players = { $players } oyuncu
check-game-status-players-max = { $players }/{ $max } oyuncu
check-game-status-version = sürüm { $version }
check-game-failure-too-large = yanıt { $bytes } baytı aşıyor
check-game-failure-closed-mid-answer = sunucu bağlantıyı yanıtının ortasında kapattı
check-game-failure-closed-no-answer = sunucu oyun sorgusunu yanıtlamadan bağlantıyı kapattı
check-game-failure-connected-no-answer = bağlandı ama { $ms } ms içinde oyun yanıtı yok
check-game-failure-udp-port-unreachable = ICMP port ulaşılamaz ({ $code })
check-game-failure-udp-no-answer = { $ms } ms içinde UDP üzerinden yanıt yok
check-game-failure-gamedig-no-answer = { $ms } ms içinde oyun sorgusuna yanıt yok
check-game-failure-gamedig-mismatch = yanıt bu oyunun gönderdiği şey değil
check-game-failure-deadline = durduruldu: genel süre sınırına ulaşıldı
check-game-failure-unexpected = beklenmeyen yanıt
check-game-problem-a2s-cut-short = A2S_INFO yanıtı yarım kalmış
check-game-problem-a2s-too-short = yanıt A2S olamayacak kadar kısa
check-game-problem-a2s-split = sunucu parçalı bir A2S_INFO yanıtı gönderdi; bu denetim parçaları birleştirmez
check-game-problem-not-source = yanıt bir Source sorgu yanıtı değil
check-game-problem-a2s-challenge-cut-short = challenge yarım kalmış
check-game-problem-a2s-challenge-loop = sunucu her isteğe yeni bir challenge ile yanıt veriyor
check-game-problem-a2s-unexpected-type = beklenmeyen bir A2S yanıt türü: { $type }
check-game-problem-not-raknet-pong = yanıt bir RakNet unconnected pong değil
check-game-problem-no-raknet-magic = yanıtta RakNet sihirli değeri yok
check-game-problem-bedrock-id-cut-short = sunucu kimliği dizesi yarım kalmış
check-game-problem-not-bedrock = pong bir Minecraft Bedrock sunucusunu tanımlamıyor
check-game-problem-varint-too-long = 5 bayttan uzun bir VarInt: Minecraft sunucusu değil
check-game-problem-packet-size = { $bytes } baytlık bir paket: Minecraft durum yanıtı değil
check-game-problem-not-status-response = ilk paket bir durum yanıtı değil
check-game-problem-status-cut-short = durum yanıtı yarım kalmış
check-game-problem-status-not-json = durum yanıtı JSON değil
check-game-problem-status-json-empty = durum JSON'unda sürüm, oyuncu veya açıklama yok
check-remote-resolved = çözümlendi (Globalping HTTP)
check-remote-connected-ping = bağlandı (Globalping TCP ping)
check-remote-no-connection-ping = bağlantı yok (Globalping TCP ping)
check-remote-connected-http = bağlandı (Globalping HTTP)
check-remote-handshake-http = el sıkışma tamam (Globalping HTTP)
check-remote-status-http = HTTP { $status } (Globalping HEAD isteği)
check-remote-failed = başarısız
check-remote-untrusted = sertifikaya güvenilmiyor: { $reason } (Globalping HTTP)
check-remote-no-reason = neden belirtilmedi

## Diğer portlar

check-alt-refused = reddedildi
check-alt-no-answer = yanıt yok
check-alt-http = yanıt veriyor (HTTP)
check-alt-http-status = yanıt veriyor (HTTP { $status })
check-alt-tls = yanıt veriyor (TLS: https:// dene)
check-alt-ssh = yanıt veriyor (SSH, HTTP değil)
check-alt-other = yanıt veriyor (HTTP değil)
check-alt-open = bağlantı kabul ediyor

## Notlar

check-note-credentials-removed = Bir kanala parola yapıştırma — onları kaldırdım ve onlar olmadan denetledim.
check-note-international-name = { $displayHost } uluslararası bir ad; { $host } adresini denetledim.
check-note-port-assumed = Port verilmedi: { $scheme } için varsayılan olan { $port } portunu denetledim.
check-note-family-fails = IPv{ $failing } başarısız ({ $failure }) ama IPv{ $working } çalışıyor: IPv{ $failing } tercih eden istemciler hata görebilir.
check-note-redirect = { $location } adresine yönlendiriyor; izlenmedi.
check-note-no-xtream-panel = Bu URL'de Xtream paneli yok: /player_api.php bir panel gibi yanıt vermedi.
check-note-game-no-answer = { $game } da yanıt vermedi ({ $transport }): { $failure }.
check-note-internal-error = Denetim sırasında iç hata: { $message }

## Bu denetimin gördüğü olası nedenler

check-cause-wrong-port = **Yanlış port**: { $port } portunda hiçbir şey yok, ama aynı sunucuda { $list }. Sağlayıcı hizmeti taşımış olabilir.
check-cause-nothing-elsewhere = Alışılmış diğer portlarda da hiçbir şey yanıt vermiyor: sunucu kapalı ya da { $voice ->
    [discord] botun ağını
   *[other] bu makineyi
} engelliyor.
check-cause-silent-firewall = Trafiği sessizce düşüren (veya yalnızca beyaz listedeki IP'lere izin veren) bir güvenlik duvarı tam olarak böyle görünür.
check-cause-cert-expired = Sertifikanın süresi doldu: sahibinin onu yenilemesi gerek (certbot gibi otomatik yenileme durmuş). Cihazındaki yanlış bir tarih de aynı hatayı verir.
check-cause-cert-not-yet-valid = Sertifika ancak daha sonra geçerli oluyor: sunucuda veya cihazında yanlış bir saat.
check-cause-cert-self-signed = Sunucu kendinden imzalı bir sertifika kullanıyor: test için uygun, ama tarayıcılar ve çoğu uygulama reddeder.
check-cause-cert-issuer = Sunucu ara sertifikasını göndermiyor ya da sertifikası özel bir CA'dan geliyor.
check-cause-cert-name = Sertifika başka adlar için: ana makine adında bir yazım hatası ya da varsayılan sitesiyle yanıt veren paylaşımlı bir sunucu.
check-cause-udp-refused = Bu adresteki makine çalışıyor ve UDP { $port } portunda hiçbir şeyin dinlemediğini söylüyor: oyun sunucusu durdurulmuş ya da başka bir portta çalışıyor.
check-cause-udp-no-answer = UDP'nin el sıkışması yoktur: paketleri düşüren bir güvenlik duvarı veya yönlendirici, UDP { $port } için eksik bir port yönlendirmesi ve durdurulmuş bir sunucu dışarıdan aynı görünür.
check-cause-game-mismatch = Bu portta bir şey yanıt veriyor ama istenen oyun değil: portu (oyun portu mu sorgu portu mu) ve oyun türünü kontrol et.
check-cause-not-http = Bu portta başka türde bir hizmet (SSH, bir veritabanı, bir oyun sunucusu…) çalışıyor: büyük olasılıkla yanlış port.
check-cause-http-403 = Sunucu bu isteği reddediyor: bir IP beyaz listesi, coğrafi engel ya da bir CDN/güvenlik duvarı kuralı, senin adresine izin verilse bile { $voice ->
    [discord] botun ağını
   *[other] bu makineyi
} engelleyebilir.
