# /sss, /sss-yönet ve "SSS ile yanıtla".

## Paylaşma

faq-for-user = <@{ $user }>, bu yardımcı olacaktır:
faq-delete-button = Sil
faq-not-found = "{ $name }" adında bir SSS girdisi yok.
faq-did-you-mean = Şunu mu demek istediniz: { $ids }?
faq-start-typing = Listeden seçmek için yazmaya başlayın.
faq-repeat = "{ $title }" bu kanalda az önce paylaşıldı. Yukarı kaydırın ya da { $wait } sn sonra yeniden paylaşın.
faq-delete-refused = Bu girdiyi yalnızca paylaşan kişi ya da bir moderatör silebilir.
faq-button-gone = Bu düğme artık desteklenmiyor.
faq-form-gone = Bu form artık desteklenmiyor.
faq-subcommand-gone = Bu alt komut artık desteklenmiyor.
faq-answer-none = Henüz SSS girdisi yok.
faq-answer-pick = { $author } kullanıcısının mesajına yanıt olarak paylaşılacak girdiyi seçin:
faq-answer-placeholder = Bir SSS girdisi seçin
faq-answer-gone = Bu girdi artık bilgi tabanında değil; menüyü yeniden açın.
faq-answer-posted = "{ $title }" paylaşıldı: { $url }
faq-answer-below = Kanalda yanıt veremedim, bu yüzden "{ $title }" aşağıda paylaşıldı.

## Yönetme (/sss-yönet)

faq-entry-name = "{ $title }" (`{ $id }`)
faq-scope-server = SSS her sunucu için ayrı yönetilir: bunu bir sunucuda çalıştırın.
faq-no-store = SSS deposu bu modda kullanılamıyor.
faq-not-moderator = SSS'yi yalnızca moderatörler (Mesajları Yönet izni ya da `/sss-yönet moderatörler` ile belirlenen rol) değiştirebilir.
faq-field-id = Kimlik (kebab-case, ör. panel-url)
faq-field-title = Başlık
faq-field-aliases = Takma adlar (arama sözcükleri, virgülle)
faq-field-body = Metin (markdown)
faq-modal-new = Yeni SSS girdisi
faq-modal-edit = { $id } düzenle
faq-saved-nothing-gone = Hiçbir şey kaydedilmedi: { $what } artık yok (bu arada biri kaldırdı).
faq-saved-nothing-exists = Hiçbir şey kaydedilmedi: { $entry } zaten var. Değiştirmek için `/sss-yönet düzenle` komutunu kullanın.
faq-saved-nothing-conflict = Hiçbir şey kaydedilmedi: { $entry } bu arada başka biri tarafından düzenlendi. Güncel metin aşağıda; değiştirmek için `/sss-yönet düzenle` komutunu yeniden çalıştırın.
faq-saved-nothing-problems = Hiçbir şey kaydedilmedi:
faq-saved-nothing-id-taken = Hiçbir şey kaydedilmedi: `{ $id }` zaten var. Değiştirmek için `/sss-yönet düzenle` komutunu kullanın ya da başka bir kimlik seçin.
faq-form-stale = güncel değil; /sss-yönet düzenle komutunu yeniden çalıştırın
faq-source = { $source ->
    [shipped] hazır gelen
    [override] burada değiştirildi
   *[server] bu sunucunun
}
faq-no-forms-add = Burada form kullanılamıyor; girdiyi bir .md dosyası olarak yazın ve `netmedic faq import` kullanın.
faq-no-forms-edit = Burada form kullanılamıyor; dışa aktarın, .md dosyasını düzenleyin ve içe aktarın.
faq-not-found-here = Bu sunucuda "{ $name }" adında bir SSS girdisi yok.
faq-remove-ask = { $entry } kaldırılsın mı? { $source ->
    [server] Silinecek (geçmişi korunur).
   *[other] netmedic ile birlikte geliyor, bu yüzden bu sunucuda gizlenecek (`/sss-yönet geri-yükle` geri getirir).
}
faq-remove-button = Kaldır
faq-keep-button = Kalsın
faq-aliases-show = { $entry } takma adları: { $count ->
    [0] yok
   *[other] { $aliases }
}. Değiştirmek için `ekle` ya da `kaldır` belirtin.
faq-aliases-saved = { $entry } takma adları: { $count ->
    [0] yok
   *[other] { $aliases }
}.
faq-unpinned = { $entry } sabitlemesi kaldırıldı.
faq-pinned = { $entry } sabitlendi: hiçbir şey yazılmadığında ilk o önerilir.
faq-restore-not-shipped = `{ $id }` hazır gelen bir girdi değil, geri yüklenecek bir şey yok.
faq-restored = `{ $id }` yeniden hazır gelen metne döndü.
faq-restore-already = `{ $id }` zaten hazır gelen metinde.
faq-list-title = Bu sunucudaki SSS girdileri
faq-list-empty = Girdi yok.
faq-list-footer = Sayfa { $page } / { $pages } · { $count } girdi
faq-list-footer-hidden = { $hidden } hazır girdi gizli
faq-previous = Önceki
faq-next = Sonraki
faq-history-unchanged = `{ $id }` bu sunucuda değiştirilmedi: hazır geldiği gibi.
faq-history-none = Bu sunucuda `{ $id }` için geçmiş yok.
faq-history-title = { $id } geçmişi
faq-history-line = v{ $version } · **{ $action ->
    [add] eklendi
    [edit] düzenlendi
    [alias] takma adlar
    [remove] kaldırıldı
    [hide] gizlendi
    [pin] sabitlendi
    [unpin] sabitleme kaldırıldı
    [restore] geri yüklendi
    [import] içe aktarıldı
   *[other] { $action }
}** — <@{ $user }> { $when } — { $title }
faq-export-none = Bu sunucunun henüz kendi girdisi yok (hazır gelenler paketin içinde).
faq-export-done = { $count } girdi, her biri bir markdown dosyası (knowledge/faq biçimi).
faq-import-attach = Bir .zip (`/sss-yönet dışa-aktar` çıktısı) ya da tek bir .md dosyası ekleyin.
faq-import-nothing = Hiçbir şey içe aktarılmadı: { $problem }.
faq-import-problems = Hiçbir şey içe aktarılmadı ({ $count } sorun):
faq-imported = { $count } girdi içe aktarıldı: { $ids }
faq-more = …ve { $count } tane daha
faq-stats-title = Bu sunucuda SSS kullanımı
faq-stats-most = En çok kullanılanlar
faq-stats-least = En az kullanılanlar
faq-stats-unused = { $days } gündür kullanılmayanlar ({ $count })
faq-mods-only-manage = Moderatör rolünü yalnızca Mesajları Yönet iznine sahip üyeler seçebilir.
faq-mods-cleared = Artık SSS'yi yalnızca Mesajları Yönet iznine sahip üyeler yönetebilir.
faq-mods-set = <@&{ $role }> rolüne sahip üyeler de artık SSS'yi yönetebilir.
faq-mods-current = Mesajları Yönet iznine ek olarak <@&{ $role }> rolüne sahip üyeler SSS'yi yönetebilir.
faq-mods-none = SSS'yi yalnızca Mesajları Yönet izni yönetir. Bir rol eklemek için `rol` belirtin.
faq-preview = Önizleme — Kaydet'e basana kadar hiçbir şey kaydedilmez:
faq-save-button = Kaydet
faq-cancel-button = İptal
faq-saved-version = { $entry } kaydedildi (sürüm { $version }).
faq-draft-gone = Bu önizlemenin süresi doldu ya da zaten kullanıldı; `/sss-yönet ekle` komutunu yeniden çalıştırın.
faq-saved-post = { $entry } kaydedildi. `/sss girdi:{ $id }` ile paylaşın.
faq-cancelled = İptal edildi; hiçbir şey kaydedilmedi.
faq-kept = Bırakıldı; hiçbir şey değişmedi.
faq-removed = `{ $id }` kaldırıldı.

## Dosya ya da form sorunları

faq-problem-whole-file = dosya
faq-problem-not-zip = .md dosyalarından oluşan bir .zip (/sss-yönet dışa-aktar çıktısı gibi) ya da tek bir .md dosyası bekleniyordu
faq-problem-unreadable-zip = zip okunamıyor: { $error }
faq-problem-file-too-large = { $file } çok büyük (dosya başına en fazla { $kib } KiB)
faq-problem-too-many-files = { $count } dosya (en fazla { $max })
faq-problem-not-md = .md dosyası değil
faq-problem-duplicate-id = "{ $id }" aynı zamanda { $other } dosyasının kimliği
faq-problem-no-md = içinde .md dosyası yok
faq-problem-id-required = zorunlu
faq-problem-id-shape = kebab-case olmalı, en fazla 64 karakter (küçük harf, rakam ve tek tire)
faq-problem-not-cdn = ek Discord'un CDN'inde değil
faq-problem-download = ek indirilemiyor ({ $reason })
faq-problem-too-large = ek { $mib } MiB'den büyük
