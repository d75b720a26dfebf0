explain-seen = Görülen: { $parts }
explain-seen-tool = kaynak **{ $tool }**
explain-tool-browser = tarayıcı
explain-seen-host = host `{ $host }`
explain-seen-port = port { $port }
explain-seen-curl-exit = curl çıkış kodu { $code }

explain-evidence-code = kod { $value }
explain-evidence-phrase = ifade { $value }
explain-evidence-topic = konu { $value }
explain-evidence-keywords = anahtar kelimeler { $value }
explain-evidence-taught = bu sunucuda öğretildi: { $value }
explain-evidence-winsock = Windows soket hatası { $code }
explain-evidence-exit-code = çıkış kodu { $code }
explain-evidence-tls-alert = TLS uyarısı { $code }
explain-evidence-x509 = sertifika doğrulama hatası { $code }
explain-footer = Eşleşme: { $how } · güven { $confidence }
explain-footer-list = { $items } ve { $last }
explain-footer-weak = zayıf anahtar kelimeler
explain-footer-unsure-compare = emin değil: yukarıdaki "{ $field }" ile karşılaştırın
explain-footer-unsure-alone = emin değil: daha iyi uyan başka makale yok

explain-heading-likely-causes = Olası nedenler
explain-heading-first-steps = İlk adımlar
explain-heading-test = Test edin
explain-heading-server = Sunucu tarafı
explain-heading-your-side = Sizin tarafınız
explain-heading-meaning = Ne anlama geliyor
explain-heading-common-causes = Sık görülen nedenler
explain-heading-fix = Nasıl düzeltilir
explain-heading-related = İlgili
explain-field-also-possible = Bu da olabilir
explain-field-could-also-be = Şu da olabilir
explain-article-footer = Makale { $id }
explain-page-footer = Makale { $id } · sayfa { $page }/{ $pages }

explain-button-full-article = Makalenin tamamı
explain-button-previous = ◀ Önceki
explain-button-next = Sonraki ▶
explain-vote-helpful = Faydalı
explain-vote-not-helpful = Faydalı değil

explain-no-match-title = Kesin eşleşme yok
explain-no-match-intro = Bunun hangi ağ hatası olduğunu anlayamadım.
explain-no-match-suggestions = Şunlardan biri olabilir:
explain-no-match-suggestion = • **{ $title }** (güven { $confidence })
explain-no-match-faqs = Bu bir soruysa şu SSS girdileri yardımcı olabilir:
explain-no-match-hint = Hata kodunun olduğu satır dahil hatanın tamamını yapıştırın (ECONNREFUSED, ERR_…, curl: (7), HTTP 404…) ya da `{ $command }` ile göz atın.
explain-no-match-footer-ranked = Öneriler, metninizle paylaştıkları kodlara ve ifadelere göre sıralanır
explain-no-match-footer-nothing = Metinde bilinen bir kod veya ifade bulunamadı

explain-faq-also = diğer adlar: { $aliases }
explain-faq-list-more = …ve { $count } tane daha
explain-faq-list-empty = Henüz SSS girdisi yok.
explain-faq-list-footer = { $count } girdi · { $command } birini gösterir

explain-auto-footer = Otomatik açıklama · { $evidence } · yanıtın tamamı için { $command } kullanın
explain-taught-footer = bu sunucuda öğretildi

explain-empty = Hata metnini { $command } komutundan sonra yapıştırın, örneğin { $example }.
explain-choice-best = En iyi eşleşme: { $title } (%{ $percent })
explain-vote-not-kept = Teşekkürler! Oylar sunucu başına sayılır, bu yüzden bu oy saklanmadı.
explain-vote-counted = Teşekkürler — { $vote ->
    [helpful] faydalı
   *[not-helpful] faydalı değil
} olarak sayıldı. Diğer düğmeye basarak oyunuzu değiştirebilirsiniz.
explain-vote-same = Bunu zaten { $vote ->
    [helpful] faydalı
   *[not-helpful] faydalı değil
} olarak işaretlediniz.
explain-vote-changed = Değiştirildi: oyunuz artık { $vote ->
    [helpful] faydalı
   *[not-helpful] faydalı değil
}.
explain-article-gone = "{ $id }" makalesi artık bilgi tabanında değil.
explain-button-unsupported = Bu düğme artık desteklenmiyor.

explain-message-no-text = Bu mesajda okuyabileceğim bir metin yok (yalnızca embed veya ekler), bu yüzden bilinen bir hata bulunamadı.
explain-message-no-match = Bu mesajda bilinen bir hata bulunamadı. Hatanın tam metniyle { $command } komutunu deneyin.
explain-message-no-match-hint = Bu mesajda bilinen bir hata bulunamadı. Şunlardan biri olabilir: { $titles }. Hatanın tam metniyle { $command } komutunu deneyin.
explain-message-posted = Açıklandı: { $url }
explain-message-fallback = Kanalda yanıt veremedim, bu yüzden yanıt aşağıda.
explain-message-about = { $mention }, şu mesaj hakkında: { $url }


explain-service-ftp-data = FTP verisi
explain-service-smtp-submission = SMTP gönderimi
explain-service-socks-proxy = SOCKS proxy
explain-service-dev-server = bir geliştirme sunucusu
explain-service-remote-desktop = Uzak Masaüstü
explain-service-game-server = oyun sunucusu
explain-service-http-alternate = alternatif HTTP
explain-service-https-alternate = alternatif HTTPS
explain-service-php-fpm = PHP-FPM / geliştirme sunucusu
explain-service-prometheus = Prometheus / yönetim arayüzü
explain-service-source-game-server = Source oyun sunucusu
explain-port-hint-known = { $port } portu genellikle { $service } içindir; bu hizmet çalışıyor ve bu adreste dinliyor mu?
explain-port-hint-unknown = { $port } portunda yanıt vermesi gereken hizmet çalışıyor ve bu adreste dinliyor mu?
explain-port-hint-21 = FTP sunucusu çalışıyor mu, ve güvenlik duvarı 21 portuna (ve pasif aralığa) izin veriyor mu?
explain-port-hint-22 = sshd çalışıyor ve bu adreste dinliyor mu, ve güvenlik duvarı 22 portuna izin veriyor mu?
explain-port-hint-25 = birçok internet ve bulut sağlayıcısı giden 25 portunu engeller; e-posta gönderimi için 587'yi deneyin.
explain-port-hint-53 = DNS sunucusuna 53 portundan (UDP ve TCP) ulaşılabiliyor mu?
explain-port-hint-80 = web sunucusu çalışıyor ve 80 portunda dinliyor mu, ve güvenlik duvarı buna izin veriyor mu?
explain-port-hint-443 = web sunucusu çalışıyor ve 443 portunda dinliyor mu, ve güvenlik duvarı buna izin veriyor mu?
explain-port-hint-1080 = yerel proxy (1080'de SOCKS) gerçekten çalışıyor mu? Proxy ayarları çoğu zaman proxy uygulamasından uzun yaşar.
explain-port-hint-1433 = SQL Server, TCP/IP etkin olarak çalışıyor ve 1433'te dinliyor mu (SQL Server Yapılandırma Yöneticisi)?
explain-port-hint-3000 = geliştirme sunucunuz (çoğunlukla 3000'de Node) çalışıyor mu, ve yalnızca localhost'ta değil bu adreste dinliyor mu?
explain-port-hint-3306 = 3306, MySQL/MariaDB'nin varsayılan portudur; veritabanı çalışıyor ve bu adreste dinliyor mu (bind-address)?
explain-port-hint-3389 = hedefte Uzak Masaüstü etkin mi, ve güvenlik duvarı 3389 portuna izin veriyor mu?
explain-port-hint-5432 = 5432, PostgreSQL'in varsayılan portudur; veritabanı çalışıyor ve bu adreste dinliyor mu (listen_addresses, pg_hba.conf)?
explain-port-hint-6379 = 6379, Redis'in varsayılan portudur; redis-server çalışıyor mu, ve bu adrese bağlı mı (bind, protected-mode)?
explain-port-hint-8080 = 8080 yaygın bir alternatif HTTP portudur (proxy'ler, geliştirme sunucuları, IPTV panelleri); bu hizmet onun üzerinde çalışıyor mu?
explain-port-hint-9200 = 9200, Elasticsearch'ün varsayılan portudur; düğüm çalışıyor mu, ve network.host bu adrese ayarlı mı?
explain-port-hint-25565 = 25565, Minecraft'ın varsayılan portudur; sunucu çalışıyor mu, ve port yönlendiricide yönlendirilmiş mi?
explain-port-hint-27017 = 27017, MongoDB'nin varsayılan portudur; mongod çalışıyor mu, ve bindIp bu adrese ayarlı mı?
