settings-kept = { $custom ->
    [yes] { $days } gün
   *[no] { $days } gün (varsayılan)
}
settings-learning-on = **Öğrenme: açık.** /açıkla, "Bu hatayı açıkla" ve otomatik açıklamadan gelen yanıtlanamamış hatalar `/kb boşluklar` için { $kept } saklanır (normalleştirilmiş: yazar, gizli bilgi, host ya da sayı olmadan); verilen yanıt ve `/kb istatistik` için Faydalı / Faydalı değil oyları da saklanır. `/netmedic ayarlar öğrenme:False` ya da düğme bunu kapatır.
settings-learning-off = **Öğrenme: kapalı.** Hiçbir şey kaydedilmez (oylar yine sayılır; her şey { $kept } saklanır). `/netmedic ayarlar öğrenme:True` ya da düğme bunu açar.
settings-turn-off = Öğrenmeyi kapat
settings-turn-on = Öğrenmeyi aç
settings-per-server = Ayarlar sunucuya özeldir: bunu bir sunucuda çalıştırın.
settings-moderators-only = netmedic ayarlarını yalnızca moderatörler değiştirebilir.
settings-retention-range = saklama_günü 0 (varsayılan) ile { $max } arasında bir tam sayı olmalı.
settings-button-gone = Bu düğme artık desteklenmiyor.
