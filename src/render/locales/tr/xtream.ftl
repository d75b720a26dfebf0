xtream-modal-title = IPTV hattımı kontrol et (gizli)
xtream-field-url = Sunucu URL'si (sağlayıcınızdan)
xtream-field-username = Kullanıcı adı
xtream-field-password = Şifre (yalnızca panelinize gider)
xtream-button = Hattımı kontrol et
xtream-no-forms = Burada form gösterilemiyor. Bir terminalde `npx netmedic xtream URL --user NAME` çalıştırın (şifreyi sorar).
xtream-button-gone = Bu düğme artık kullanılamıyor.
xtream-form-gone = Bu form artık kullanılamıyor.

xtream-state-active = Hat etkin
    .todo = Girişiniz çalışıyor ve hat etkin. Kanallar yine açılmıyorsa sorun uygulamada ya da tek bir yayında: uygulama önbelleğini temizleyin, hattın izin verdiği bir çıkış biçimi kullanın ve başka bir ağ deneyin.
xtream-state-trial = Deneme hattı
    .todo = Bu bir deneme hattı: aşağıdaki tarihe kadar çalışır, sonra durur. O tarihten önce sağlayıcınızdan ücretli hatta çevirmesini isteyin.
xtream-state-expired = Hattın süresi doldu
    .todo = Aboneliğiniz sona erdi: sağlayıcınızla yenileyin. Panel çalışıyor, yani cihazınızda düzeltilecek bir şey yok.
xtream-state-banned = Hat yasaklandı
    .todo = Sağlayıcı bu hattı yasakladı (çoğunlukla paylaşıldığı ya da çok fazla IP adresinden kullanıldığı için). Sağlayıcıyla iletişime geçin: yasağı yalnızca o kaldırabilir.
xtream-state-disabled = Hat devre dışı
    .todo = Sağlayıcı bu hattı kapattı (ödenmedi, duraklatıldı ya da incelemede). Sağlayıcıyla iletişime geçin; uygulamayı yeniden yüklemek işe yaramaz.
xtream-state-limit-reached = Bağlantı sınırına ulaşıldı
    .todo = Sınıra ulaşıldı: uygulamayı başka bir cihazda kapatın (ya da açık kalan bir yayını durdurun), bir dakika bekleyin ve yeniden deneyin. Daha büyük bir paket daha fazla cihaza izin verir.
xtream-state-wrong-login = Kullanıcı adı ya da şifre yanlış
    .todo = Panel yanıt veriyor ama bu girişi reddediyor. Kullanıcı adını ve şifreyi sağlayıcıdan yeniden kopyalayın (büyük/küçük harfe duyarlıdır, boşluklara dikkat edin); doğruysa hat silinmiş ya da sağlayıcı sizi başka bir panele taşımış.
xtream-state-unknown = Hat durumu belirsiz
    .todo = Panel bu kontrolün bilmediği bir durumla yanıt verdi. Ne anlama geldiğini sağlayıcınıza sorun.

xtream-status = Durum: { $status }
xtream-status-with-trial = Durum: { $status } (deneme)
xtream-status-trial = Durum: deneme
xtream-expires = Bitiş: { $date } ({ $when })
xtream-days-left = { $days } gün kaldı
xtream-days-ago = { $days } gün önce
xtream-expired-today = bugün
xtream-less-than-a-day = bir günden az kaldı
xtream-expires-never = Bitiş: yok (bitiş tarihi yok)
xtream-expires-unknown = Bitiş: panel belirtmedi
xtream-connections = Bağlantılar: { $max } bağlantının { $active } tanesi kullanımda
xtream-connections-full = Bağlantılar: { $max } bağlantının { $active } tanesi kullanımda — ⚠️ sınıra ulaşıldı: uygulamayı başka bir cihazda kapatın
xtream-formats = İzin verilen biçimler: { $formats }
xtream-panel-message = Panel mesajı: { $message }
xtream-server-url = URL: { $url }
xtream-server-port = Port: { $port }
xtream-server-https-port = HTTPS portu: { $port }
xtream-server-timezone = Saat dilimi: { $timezone }
xtream-server-time = Panel saati: { $time }
xtream-difference = ⚠️ { $field ->
    [url] Host
    [https_port] HTTPS portu
   *[port] Port
} olarak { $typed } yazdınız, panel { $panel } diyor
xtream-moved-advice = Sağlayıcı paneli taşımış olabilir: panelin bildirdiği adresi kullanın ya da sağlayıcıdan yeni URL'yi isteyin.
xtream-category = { $kind ->
    [live] Canlı TV
    [vod] Filmler (VOD)
   *[series] Diziler
}
xtream-category-count = ✅ { $what }: { $atLeast ->
    [yes] en az { $count }
   *[no] { $count }
} kategori
xtream-category-empty = ✅ { $what }: 0 kategori (boş: pakette hiç yok)
xtream-category-failed = ❌ { $what }: yüklenmedi ({ $problem })

xtream-field-line = Hattınız
xtream-field-moved = Panel taşındı mı?
xtream-field-server = Panelin kendi sunucu bilgisi
xtream-field-categories = Kanal listeleri
xtream-field-steps = Adımlar
xtream-field-todo = Ne yapmalı ({ $article })
xtream-field-notes = Notlar
xtream-not-checked = ❌ Hat kontrol edilmedi
xtream-footer = Bunu yalnızca siz görüyorsunuz. Şifreniz yalnızca panelinize gönderildi; saklanmaz ve günlüğe yazılmaz.
xtream-full-article = Makalenin tamamı
xtream-note-credentials-in-url = Sunucu URL'sinde kimlik bilgileri vardı: bunları yok saydım ve yalnızca kullanıcı adı ve şifre alanlarını kullandım.
xtream-note-internal-error = Kontrol sırasında iç hata: { $error }

xtream-credential-empty = { $field ->
    [username] Kullanıcı adı boş.
   *[password] Şifre boş.
}
xtream-credential-too-long = { $field ->
    [username] Kullanıcı adı { $max } karakterden uzun.
   *[password] Şifre { $max } karakterden uzun.
}
xtream-credential-control = { $field ->
    [username] Kullanıcı adı denetim karakterleri içeriyor (fazladan bir satır sonu mu?).
   *[password] Şifre denetim karakterleri içeriyor (fazladan bir satır sonu mu?).
}

## The steps of a line check

xtream-step-not-panel = HTTP { $status }, ancak panel yanıtı yok ({ $why })
xtream-step-panel-answered = panel hat hakkında { $ms } ms içinde yanıt verdi
xtream-step-category = { $kind } kategorileri: { $atLeast ->
    [yes] en az { $count }
   *[no] { $count }
}
xtream-step-category-failed = { $kind } kategorileri yüklenmedi ({ $problem })
