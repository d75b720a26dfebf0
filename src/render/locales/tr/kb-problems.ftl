# Bir bilgi dosyasının sorunları (kb lint, /kb reload, /faqs add|edit|import). Tırnak içindeki
# başlıklar ("## How to fix") ve satır içi kod biçimin sözdizimidir ve İngilizce kalır.

kb-problem-directory-unreadable = bilgi klasörü okunamıyor: { $detail }
kb-problem-frontmatter-missing = YAML frontmatter eksik (dosya bir "---" satırıyla başlamalı ve başka bir tane ile kapanmalı)
kb-problem-yaml = YAML hatası: { $detail }
kb-problem-frontmatter-not-mapping = frontmatter bir YAML eşlemesi olmalı
kb-problem-field-unknown = bilinmeyen alan
kb-problem-field-required = zorunlu
kb-problem-field-type = beklenen: { $expected ->
    [string] bir metin
    [string-list] bir metin listesi
    [source-mapping] kaynak anahtarlarından açıklamalara bir eşleme
   *[message-list] bir mesaj listesi
}
kb-problem-field-empty = boş olmamalı
kb-problem-field-too-long = en fazla { $max } karakter olmalı
kb-problem-duplicate-id = yinelenen { $of ->
    [article] makale
   *[faq] SSS
} kimliği "{ $id }" (ayrıca { $otherFile } içinde)
kb-problem-section-unknown = bilinmeyen bölüm "## { $heading }"
kb-problem-section-twice = "## { $heading }" bölümü iki kez geçiyor
kb-problem-section-out-of-order = "## { $heading }" bölümü yanlış sırada
kb-problem-sub-heading-unknown = bilinmeyen alt başlık "### { $heading }" { $under ->
    [causes] (beklenen "Server side" veya "Client side")
   *[test] (beklenen Windows, macOS veya Linux)
}
kb-problem-sub-heading-unexpected = beklenmeyen alt başlık "### { $heading }"
kb-problem-heading-level = beklenmeyen başlık düzeyi { $tag }
kb-problem-cause-outside-side = neden "### Server side" / "### Client side" dışında
kb-problem-fix-not-numbered = "How to fix" numaralı bir liste olmalı
kb-problem-code-outside-os = kod bloğu bir işletim sistemi alt başlığının dışında
kb-problem-code-block-twice = birden fazla kod bloğu
kb-problem-locale-folder-unknown = bilinmeyen dil klasörü "{ $folder }" (beklenen: { $known })
kb-problem-id-not-file-name = "{ $id }" kimliği "{ $fileStem }.md" dosya adıyla eşleşmiyor
kb-problem-id-not-kebab = "{ $id }" kebab-case değil (küçük harf, rakam ve tek tire)
kb-problem-locale-not-folder = "{ $locale }", "{ $folder }" klasörüyle eşleşmiyor
kb-problem-translation-extra = fazla çeviri: "{ $id }" adlı İngilizce { $of ->
    [article] makale
   *[faq] SSS girdisi
} yok
kb-problem-summary-in-english = İngilizce bırakılmış
kb-problem-heading-differs = { $index }. başlık İngilizceden farklı ({ $englishCount } başlık): beklenen { $expected ->
    [none] başka başlık yok
   *[other] { $expected }
}, bulunan { $found ->
    [none] hiçbiri
   *[other] { $found }
}
kb-problem-heading-in-english = { $heading } başlığı İngilizce bırakılmış
kb-problem-code-block-missing = İngilizcedeki { $index }. kod bloğu ({ $englishFile }:{ $englishLine }) eksik
kb-problem-code-block-extra = { $index }. kod bloğu İngilizcede yok (orada { $englishCount } tane var)
kb-problem-code-block-differs = { $index }. kod bloğu İngilizceden farklı ({ $englishFile }:{ $englishLine }); kod blokları bayt bayt aynı ve aynı sırada olmalı
kb-problem-code-span-extra = satır içi kod `{ $code }` İngilizcede yok (değiştirilmiş veya eklenmiş)
kb-problem-code-span-missing = İngilizcedeki satır içi kod `{ $code }` ({ $englishFile }:{ $englishLine }) eksik veya değiştirilmiş
kb-problem-link-missing = { $index }. bağlantı ("{ $target }" adresine, { $englishFile }:{ $englishLine }) eksik
kb-problem-link-extra = { $index }. bağlantı ("{ $target }" adresine) İngilizcede yok
kb-problem-link-differs = { $index }. bağlantı "{ $target }" adresine gidiyor; İngilizcesi "{ $englishTarget }" adresine gidiyor
kb-problem-section-in-english = { $heading } bölümü İngilizce bırakılmış (metni İngilizce metnin aynısı)
kb-problem-preamble-in-english = ilk başlıktan önceki metin İngilizce bırakılmış
kb-problem-block-in-english = İngilizce bırakılmış: "{ $prose }"
kb-problem-translation-missing = { $of ->
    [article] "{ $id }" makalesinin
   *[faq] "{ $id }" SSS girdisinin
} { $locale } çevirisi eksik
kb-problem-text-empty = boş
kb-problem-text-too-long = { $length } karakter (en fazla { $max })
kb-problem-faq-embed = SSS embed'i Discord sınırlarına sığmıyor: { $problem }

## Bir embed neden Discord sınırlarına sığmıyor

kb-problem-embed-title = başlık { $length } karakter (sınır { $limit })
kb-problem-embed-description = açıklama { $length } karakter (sınır { $limit })
kb-problem-embed-fields = { $count } alan (sınır { $limit })
kb-problem-embed-field-name = "{ $name }" alanının adı { $length } karakter (sınır { $limit })
kb-problem-embed-field-value = "{ $name }" alanı { $length } karakter (sınır { $limit })
kb-problem-embed-field-empty = "{ $name }" alanı boş
kb-problem-embed-footer = alt bilgi { $length } karakter (sınır { $limit })
kb-problem-embed-total = toplam { $length } karakter (sınır { $limit })
