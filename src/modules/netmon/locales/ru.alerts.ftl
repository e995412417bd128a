# Оповещения netmon: /alerts, сообщения об оповещениях, ежедневная сводка.

netmon-alerts-title = 🔔 <b>Оповещения в этом чате</b>
netmon-alerts-none = Здесь пока не отслеживается ни одна локация. Выберите её через /locations, затем нажмите 🔔 ниже.
netmon-alerts-none-chosen = Здесь пока не отслеживается ни одна локация. Нажмите 🔔 ниже, чтобы следить за <b>{ $location }</b>, или выберите другую через /locations.
netmon-alerts-active = активно
netmon-alerts-state-paused = приостановлено
netmon-alerts-silenced-until = без звука до { $time }
netmon-alerts-open = { $count ->
    [one] { $count } открытая проблема
    [few] { $count } открытые проблемы
   *[other] { $count } открытых проблем
}
netmon-alerts-help = 🔔 — отслеживать вашу текущую локацию здесь, 🗑 — перестать. <code>/alerts digest 8</code> задаёт час сводки (UTC), <code>/alerts digest off</code> выключает её.
netmon-alerts-usage = Используйте /alerts, <code>/alerts digest &lt;0-23&gt;</code> или <code>/alerts digest off</code>.
netmon-digest-usage = Укажите час сводки по UTC, от 0 до 23, или off: <code>/alerts digest 8</code>, <code>/alerts digest off</code>.
netmon-digest-off = Ежедневная сводка: выключена.
netmon-digest-at = Ежедневная сводка: каждый день в { $time } UTC.
netmon-alerts-admins-only = Менять оповещения группы могут только её администраторы.
netmon-alerts-already = Этот чат уже отслеживает эту локацию.
netmon-alerts-subscribed-short = Подписка оформлена.
netmon-alerts-subscribed = 🔔 Этот чат теперь отслеживает <b>{ $location }</b> (сейчас: { $state }). Я проверяю примерно каждые { $minutes } мин и напишу сюда, когда что-то изменится.
netmon-alerts-unsubscribed = Больше не отслеживается: { $location }.
netmon-alerts-not-subscribed = Этот чат больше не отслеживает эту локацию.
netmon-alerts-silenced = Оповещения для { $location } без звука до { $time }.
netmon-alerts-unsilenced = Оповещения для { $location } снова включены.
netmon-alerts-resumed = 🔔 Оповещения для <b>{ $location }</b> снова работают.
netmon-alerts-paused-credentials = ⚠️ Оповещения для <b>{ $location }</b> приостановлены: Plume больше не принимает учётные данные того, кто подписался. Ему нужно снова выполнить /setup.
netmon-alerts-paused-not-found = ⚠️ Оповещения для <b>{ $location }</b> приостановлены: Plume больше не находит эту локацию.

netmon-alert-location-offline = 🔴 <b>{ $location }</b> не в сети: ни один под не подключён. С { $time }.
netmon-alert-pod-offline = 🔴 Под <b>{ $pod }</b> в <b>{ $location }</b> отключён. С { $time }.
netmon-alert-service = 🟠 Уровень обслуживания в <b>{ $location }</b> теперь <code>{ $level }</code>. С { $time }.
netmon-alert-resolved = ✅ <b>Решено</b> в { $time } UTC, через { $duration }:
netmon-recovered-location = 🟢 <b>{ $location }</b> снова в сети через { $duration }.
netmon-recovered-pod = 🟢 Под <b>{ $pod }</b> в <b>{ $location }</b> снова подключён через { $duration }.
netmon-recovered-service = 🟢 Уровень обслуживания в <b>{ $location }</b> больше не <code>{ $level }</code>.

netmon-btn-silence-1h = 🔕 1 ч
netmon-btn-silence-4h = 🔕 4 ч
netmon-btn-silence-24h = 🔕 24 ч
netmon-btn-unsilence = 🔔 Включить звук
netmon-btn-digest-on = 🗓 Ежедневная сводка в 08:00 UTC
netmon-btn-digest-off = 🗓 Выключить ежедневную сводку

netmon-digest-title = 🗓 <b>Ежедневная сводка</b> · { $day }
netmon-digest-pods = подключено подов: { $connected }/{ $total }
netmon-digest-issues = { $count ->
    [one] { $count } под с проблемами
    [few] { $count } пода с проблемами
   *[other] { $count } подов с проблемами
}
netmon-digest-unavailable = нет данных (Plume недоступен)
