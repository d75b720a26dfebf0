vantages-verdict = { $verdict ->
    [timeout] нет ответа
    [refused] отказ
    [reset] сброс
    [host-unreachable] хост недоступен
    [network-unreachable] сеть недоступна
    [dns-not-found] имя не найдено
    [dns-error] ошибка DNS
    [blocked] там не разрешено
    [invalid] нечитаемая цель
   *[other] { $verdict }
}
vantages-failure = { $what } из { $location }
vantages-list = { $first } и { $last }
vantages-late = нет ответа из { $locations } к сроку
vantages-unavailable = агенты недоступны
vantages-busy-at = агенты заняты в { $locations }
vantages-answers-everywhere = отвечает отовсюду: если у вас не работает, блокировка на вашей стороне
vantages-answers-where-reported = отвечает из всех сетей, что прислали результат ({ $missing }): если у вас не работает, блокировка, вероятно, на вашей стороне
vantages-refused-everywhere = отказ из всех сетей: служба не работает или не слушает порт
vantages-silent-everywhere = нет ответа ни из одной сети: хост выключен или файрвол отбрасывает всё
vantages-dns-everywhere = имя не разрешается ни из одной сети: проверьте написание и DNS-записи
vantages-fails-everywhere = не работает из всех сетей, что прислали результат ({ $how }{ $also }): проблема на стороне сервера
vantages-partial = доступен из { $reachable } из { $total } { $total ->
    [one] сети
   *[other] сетей
}, { $how }{ $also }: файрвол, геоблокировка или маршрут провайдера затрагивает часть сетей
vantages-no-report = ни одна сеть не прислала результат ({ $missing })
vantages-nothing-answered = никто не ответил
vantages-col-location = место
vantages-col-verdict = итог
vantages-col-connect = соединение
vantages-cell-unavailable = агенты недоступны
vantages-cell-busy = агенты заняты
vantages-cell-no-answer = нет ответа (агент)
vantages-more = … ещё { $count }
vantages-from = Из { $count } { $count ->
    [one] сети
   *[other] сетей
}
vantages-about-gp = О строках gp:
vantages-globalping-note = Публичные пробы Globalping (TCP-подключение из их сетей): они показывают, принимает ли порт соединения оттуда и как быстро, но не почему не работает (отказ и отбрасывание выглядят одинаково) и ничего о TLS, HTTP или панели.
vantages-globalping-http-note = Строки /http — это HEAD-запрос с тех же проб без учётных данных: код статуса и тайминги оттуда, а при сбое — ошибка, которую увидела проба (отказ, тайм-аут, имя не найдено, сертификат). Они ничего не говорят о входе в Xtream или о том, что получит плеер, и в итоге одна проба учитывается один раз.

vantages-from-empty = откуда: укажите «all» или одно или несколько мест через запятую
vantages-from-reserved = откуда: «{ $name }» зарезервировано
vantages-from-bad-name = откуда: место — это 1–32 строчные латинские буквы, цифры и дефисы (получено «{ $name }»)
vantages-from-too-many = откуда: не больше { $max } мест (получено { $count })
