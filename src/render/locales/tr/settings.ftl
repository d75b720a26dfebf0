settings-kept = { $custom ->
    [yes] { $days } gün
   *[no] { $days } gün (varsayılan)
}
settings-learning-on = **Öğrenme: açık.** { $explain }, "Bu hatayı açıkla" ve otomatik açıklamadan gelen yanıtlanamamış hatalar { $gaps } için { $kept } saklanır (normalleştirilmiş: yazar, gizli bilgi, host ya da sayı olmadan); verilen yanıt ve { $stats } için Faydalı / Faydalı değil oyları da saklanır. `{ $settings } { $learning }:False` ya da düğme bunu kapatır.
settings-learning-off = **Öğrenme: kapalı.** Hiçbir şey kaydedilmez (oylar yine sayılır; her şey { $kept } saklanır). `{ $settings } { $learning }:True` ya da düğme bunu açar.
settings-turn-off = Öğrenmeyi kapat
settings-turn-on = Öğrenmeyi aç
settings-per-server = Ayarlar sunucuya özeldir: bunu bir sunucuda çalıştırın.
settings-moderators-only = netmedic ayarlarını yalnızca moderatörler değiştirebilir.
settings-retention-range = { $option } 0 (varsayılan) ile { $max } arasında bir tam sayı olmalı.
settings-button-gone = Bu düğme artık desteklenmiyor.
