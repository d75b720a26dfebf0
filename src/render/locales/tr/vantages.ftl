vantages-verdict = { $verdict ->
    [timeout] yanıt yok
    [refused] reddedildi
    [reset] sıfırlandı
    [host-unreachable] host erişilemez
    [network-unreachable] ağ erişilemez
    [dns-not-found] ad bulunamadı
    [dns-error] DNS hatası
    [blocked] orada izin yok
    [invalid] okunamayan hedef
   *[other] { $verdict }
}
vantages-failure = { $location } konumundan { $what }
vantages-list = { $first } ve { $last }
vantages-late = süre dolana kadar { $locations } konumundan yanıt yok
vantages-unavailable = ajanlar kullanılamıyor
vantages-busy-at = { $locations } konumunda ajanlar meşgul
vantages-answers-everywhere = her yerden yanıt veriyor: sizde çalışmıyorsa engel sizin tarafınızda
vantages-answers-where-reported = sonuç bildiren her ağdan yanıt veriyor ({ $missing }): sizde çalışmıyorsa engel büyük olasılıkla sizin tarafınızda
vantages-refused-everywhere = her ağdan reddedildi: hizmet kapalı ya da dinlemiyor
vantages-silent-everywhere = hiçbir ağdan yanıt yok: host kapalı ya da bir güvenlik duvarı her şeyi düşürüyor
vantages-dns-everywhere = ad hiçbir ağdan çözümlenmiyor: yazımını ve DNS kayıtlarını kontrol edin
vantages-fails-everywhere = sonuç bildiren her ağdan başarısız ({ $how }{ $also }): sorun sunucu tarafında
vantages-partial = { $total } ağın { $reachable } tanesinden açık, { $how }{ $also }: bir güvenlik duvarı, coğrafi engel ya da ISP rotası bazı ağları etkiliyor
vantages-no-report = hiçbir ağ sonuç bildirmedi ({ $missing })
vantages-nothing-answered = hiçbir şey yanıt vermedi
vantages-col-location = konum
vantages-col-verdict = sonuç
vantages-col-connect = bağlantı
vantages-cell-unavailable = ajanlar kullanılamıyor
vantages-cell-busy = ajanlar meşgul
vantages-cell-no-answer = yanıt yok (ajan)
vantages-more = … { $count } tane daha
vantages-from = { $count } ağdan
vantages-about-gp = gp: satırları hakkında
vantages-globalping-note = Globalping herkese açık probları (onların ağlarından bir TCP bağlantısı): portun oradan bağlantı kabul edip etmediğini ve ne kadar hızlı olduğunu gösterir, neden başarısız olduğunu göstermez (reddedilen ve düşürülen aynı görünür), TLS, HTTP ya da panel hakkında da bir şey söylemez.
vantages-globalping-http-note = /http satırları aynı problardan kimlik bilgisi olmadan yapılan bir HEAD isteğidir: oradaki durum kodu ve süreler, hata olursa probun gördüğü hata (reddedildi, zaman aşımı, ad bulunamadı, sertifika). Bir Xtream girişi ya da bir oynatıcının ne alacağı hakkında bir şey söylemez ve sonuçta bir prob bir kez sayılır.

vantages-from-empty = nereden: "all" ya da virgülle ayrılmış bir veya daha fazla konum belirtin
vantages-from-reserved = nereden: "{ $name }" ayrılmış bir ad
vantages-from-bad-name = nereden: konum 1–32 küçük harf, rakam ve tireden oluşur ("{ $name }" verildi)
vantages-from-too-many = nereden: en fazla { $max } konum ({ $count } verildi)
