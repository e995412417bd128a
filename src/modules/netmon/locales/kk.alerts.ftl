# netmon ескертулері: /alerts, ескерту хабарламалары, күнделікті шолу.

netmon-alerts-title = 🔔 <b>Осы чаттағы ескертулер</b>
netmon-alerts-none = Мұнда әзірге ешбір локация бақыланбайды. /locations арқылы біреуін таңдап, төмендегі 🔔 батырмасын басыңыз.
netmon-alerts-none-chosen = Мұнда әзірге ешбір локация бақыланбайды. <b>{ $location }</b> локациясын бақылау үшін төмендегі 🔔 батырмасын басыңыз немесе /locations арқылы басқасын таңдаңыз.
netmon-alerts-active = белсенді
netmon-alerts-state-paused = кідіртілген
netmon-alerts-silenced-until = { $time } уақытына дейін дыбыссыз
netmon-alerts-open = { $count ->
    [one] 1 ашық мәселе
   *[other] { $count } ашық мәселе
}
netmon-alerts-help = 🔔 — ағымдағы локацияңызды осында бақылау, 🗑 — бақылауды тоқтату. <code>/alerts digest 8</code> шолу сағатын (UTC) орнатады, <code>/alerts digest off</code> оны өшіреді.
netmon-alerts-usage = /alerts, <code>/alerts digest &lt;0-23&gt;</code> немесе <code>/alerts digest off</code> пайдаланыңыз.
netmon-digest-usage = Шолу сағатын UTC бойынша 0-ден 23-ке дейін көрсетіңіз немесе off деп жазыңыз: <code>/alerts digest 8</code>, <code>/alerts digest off</code>.
netmon-digest-off = Күнделікті шолу: өшірулі.
netmon-digest-at = Күнделікті шолу: күн сайын { $time } UTC уақытында.
netmon-alerts-admins-only = Топтың ескертулерін тек оның әкімшілері өзгерте алады.
netmon-alerts-already = Бұл чат осы локацияны бақылап отыр.
netmon-alerts-subscribed-short = Жазылдыңыз.
netmon-alerts-subscribed = 🔔 Бұл чат енді <b>{ $location }</b> локациясын бақылайды (қазіргі күйі: { $state }). Шамамен әр { $minutes } мин сайын тексеріп, бірдеңе өзгерсе, осында жазамын.
netmon-alerts-unsubscribed = Енді бақыланбайды: { $location }.
netmon-alerts-not-subscribed = Бұл чат енді бұл локацияны бақыламайды.
netmon-alerts-silenced = { $location } ескертулері { $time } уақытына дейін дыбыссыз.
netmon-alerts-unsilenced = { $location } ескертулері қайта қосылды.
netmon-alerts-resumed = 🔔 <b>{ $location }</b> ескертулері қайта жұмыс істейді.
netmon-alerts-paused-credentials = ⚠️ <b>{ $location }</b> ескертулері кідіртілді: Plume жазылған адамның кіру деректерін енді қабылдамайды. Ол /setup командасын қайта орындауы керек.
netmon-alerts-paused-not-found = ⚠️ <b>{ $location }</b> ескертулері кідіртілді: Plume бұл локацияны енді таппайды.

netmon-alert-location-offline = 🔴 <b>{ $location }</b> желіде жоқ: бірде-бір под қосылмаған. { $time } уақытынан бері.
netmon-alert-pod-offline = 🔴 <b>{ $location }</b> локациясындағы <b>{ $pod }</b> поды ажыратылды. { $time } уақытынан бері.
netmon-alert-service = 🟠 <b>{ $location }</b> локациясындағы қызмет деңгейі енді <code>{ $level }</code>. { $time } уақытынан бері.
netmon-alert-resolved = ✅ <b>Шешілді</b>: { $time } UTC, { $duration } өткен соң:
netmon-recovered-location = 🟢 <b>{ $location }</b> { $duration } өткен соң қайта желіде.
netmon-recovered-pod = 🟢 <b>{ $location }</b> локациясындағы <b>{ $pod }</b> поды { $duration } өткен соң қайта қосылды.
netmon-recovered-service = 🟢 <b>{ $location }</b> локациясындағы қызмет деңгейі енді <code>{ $level }</code> емес.

netmon-btn-silence-1h = 🔕 1 сағ
netmon-btn-silence-4h = 🔕 4 сағ
netmon-btn-silence-24h = 🔕 24 сағ
netmon-btn-unsilence = 🔔 Дыбысын қосу
netmon-btn-digest-on = 🗓 Күнделікті шолу 08:00 UTC уақытында
netmon-btn-digest-off = 🗓 Күнделікті шолуды өшіру

netmon-digest-title = 🗓 <b>Күнделікті шолу</b> · { $day }
netmon-digest-pods = { $connected }/{ $total } под қосылған
netmon-digest-issues = { $count ->
    [one] 1 подта ақау бар
   *[other] { $count } подта ақау бар
}
netmon-digest-unavailable = дерек жоқ (Plume-ға қосылу мүмкін болмады)
