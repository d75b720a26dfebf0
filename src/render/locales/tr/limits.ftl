limits-cooldown = Her { $every } sn'de bir kontrol yapabilirsiniz, { $retry } sn sonra yeniden deneyin.
limits-guild-rate = Bu sunucu bu dakikaki { $max } kontrol hakkını kullandı, { $retry } sn sonra yeniden deneyin.
limits-busy = Denetleyici meşgul ({ $running } çalışıyor, { $waiting } bekliyor), { $retry } sn sonra yeniden deneyin.
