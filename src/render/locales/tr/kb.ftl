kb-gaps-title = Yanıtlanmayan hatalar, son { $days } gün
kb-gaps-empty = Son { $days } günde yanıtlanmayan hata yok.
kb-gaps-learning-off = Bu sunucuda öğrenme kapalı ({ $command } açar).
kb-gaps-guess = en iyi tahmin { $article }
kb-gaps-footer = Yanıtlanmayan { $count } yapıştırma kaydedildi · metinler normalleştirilir: yazar, gizli bilgi, sunucu adı veya sayı yok
kb-gaps-no-server = Boşluklar sunucu başına kaydedilir: bunu bir sunucuda çalıştırın.
kb-gaps-teach = Öğret { $n }

kb-stats-title = Bilgi tabanı istatistikleri, son { $weeks } hafta
kb-stats-percent = %{ $value }
kb-stats-answer-rate = Yanıt oranı **{ $rate }** ({ $answered } yanıtlandı, { $unanswered } yanıtlanmadı)
kb-stats-helpful-rate = Faydalılık oranı **{ $rate }** ({ $helpful } faydalı, { $notHelpful } faydalı değil)
kb-stats-top = En çok: { $list }
kb-stats-learning-off = Bu sunucuda öğrenme kapalı: yeni bir şey sayılmıyor ({ $command }).
kb-stats-footer = Yanıtlanan: kesin yanıt veren açıklamalar. Oylar: açıklamaların altındaki { $helpful } / { $notHelpful } düğmeleri.
kb-stats-no-server = İstatistikler sunucu başına tutulur: bunu bir sunucuda çalıştırın.

kb-phrases-no-server = İfadeler sunucu başına öğretilir: bunu bir sunucuda çalıştırın.
kb-phrases-no-such = { $n } numaralı bir ifade yok; { $command } hepsini listeler.
kb-phrases-removed = Kaldırıldı: { $phrase }
kb-phrases-none = Bu sunucuda henüz ifade öğretilmedi (bir mesaja sağ tıklayın → Uygulamalar → netmedic’e öğret).

kb-use-reload = { $command } kullanın.
kb-reloaded = Bilgi tabanı yeniden yüklendi: { $articles } makale, { $faqs } SSS girdisi.
kb-reload-rejected = Yeniden yükleme reddedildi: { $problems } sorun. Önceki sürüm ({ $articles } makale, { $faqs } SSS girdisi) kullanımda kalıyor.
kb-reload-more = …ve { $count } tane daha ({ $command } çalıştırın)
