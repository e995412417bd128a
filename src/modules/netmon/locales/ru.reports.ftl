# Отчёты netmon: /status, /wan, /stats, /nodes, /wifi.

netmon-status-title = 📡 <b>{ $location }</b>
netmon-status-title-customer = 📡 <b>{ $location }</b> · { $customer }
netmon-state-online = <b>В сети</b>
netmon-state-offline = <b>Не в сети</b>
netmon-state-degraded = <b>Ограниченное обслуживание</b>
netmon-state-impaired = <b>В сети, есть проблемы</b>
netmon-status-as-of = на { $time } UTC
netmon-state-online-plain = в сети
netmon-state-offline-plain = не в сети
netmon-state-degraded-plain = ограниченное обслуживание
netmon-reason-all-good = Все системы работают.
netmon-reason-no-pods = В этой локации не найдено ни одного пода.
netmon-reason-all-disconnected = { $count ->
    [one] Единственный под отключён.
    [few] Все { $count } пода отключены.
   *[other] Все { $count } подов отключены.
}
netmon-reason-some-disconnected = { $count ->
    [one] { $count } под отключён (из { $total }).
    [few] { $count } пода отключены (из { $total }).
   *[other] { $count } подов отключено (из { $total }).
}
netmon-reason-health-issues = { $count ->
    [one] У { $count } пода проблемы со здоровьем.
   *[other] У { $count } подов проблемы со здоровьем.
}
netmon-reason-degraded = Уровень обслуживания — <code>{ $level }</code>, не полный.
netmon-pods-title = <b>Поды</b> (подключено { $connected } из { $total })
netmon-health-excellent = отлично
netmon-health-good = хорошо
netmon-health-fair = удовлетворительно
netmon-health-poor = плохо
netmon-health-unknown = здоровье неизвестно
netmon-backhaul-mesh = Mesh
netmon-backhaul-wired = Кабель
netmon-connection-connected = подключён
netmon-connection-disconnected = отключён
netmon-connection-unknown = состояние неизвестно
netmon-pod-devices = { $count ->
    [one] { $count } устройство
    [few] { $count } устройства
   *[other] { $count } устройств
}
netmon-pod-alerts = предупреждения: { $alerts }
netmon-pod-alert-high-interference = сильные помехи Wi-Fi
netmon-pod-alert-weak-backhaul = слабая связь с сетью
netmon-pod-alert-pod-offline = под не в сети
netmon-speedtest-title = Тест скорости
netmon-speedtest-none = В этой локации ещё не было теста скорости.
netmon-speedtest-failed = Последний тест скорости не удался.
netmon-speedtest-failed-at = Последний тест скорости не удался ({ $time }).
netmon-speedtest-incomplete = Последний тест скорости не сообщил скорость загрузки.
netmon-speedtest-when = <i>{ $details }</i>
netmon-connected-devices = <b>Подключённых устройств:</b> { $count }

netmon-wan-title = 📈 <b>Потребление WAN</b> · { $location }
netmon-wan-range-24h = Последние 24 ч ({ $from } – { $to })
netmon-wan-range-7d = Последние 7 дней ({ $from } – { $to })
netmon-wan-no-data = Нет данных WAN за этот период.
netmon-wan-data-title = Передано данных
netmon-wan-download = Загрузка { $gb } ГБ
netmon-wan-upload = Отдача { $gb } ГБ
netmon-wan-peak-title = Пиковая скорость
netmon-wan-peak-at = { $value } Мбит/с в { $time }
netmon-wan-averages-title = Средние значения
netmon-wan-average-throughput = Средняя пропускная способность: { $ratesHtml }
netmon-wan-average-of-peaks = Среднее 15-минутных пиков: { $ratesHtml }
netmon-wan-p95 = 95-й перцентиль 15-минутных пиков: { $ratesHtml }
netmon-wan-busy-title = Самые загруженные часы (UTC)
netmon-wan-busy-none = Ни один час не выделяется.
netmon-wan-busy-high = { $from }–{ $to }: { $value } Мбит/с, высокая нагрузка ({ $ratio }× от среднего)
netmon-wan-busy-moderate = { $from }–{ $to }: { $value } Мбит/с, умеренная нагрузка ({ $ratio }× от среднего)
netmon-wan-quality = { $total ->
    [one] Качество данных: { $pct } % ({ $valid } из { $total } замера)
   *[other] Качество данных: { $pct } % ({ $valid } из { $total } замеров)
}

netmon-stats-title = 📊 <b>История доступности</b> · { $location }
netmon-stats-range-3h = Последние 3 часа, почасовые замеры
netmon-stats-range-24h = Последние 24 часа, почасовые замеры
netmon-stats-range-7d = Последние 7 дней, почасовые замеры
netmon-stats-no-data = Нет истории доступности за этот период.
netmon-stats-uptime = Доступность: { $pctHtml } { $barHtml } { $label }
netmon-stats-incidents = Инциденты: { $count }
netmon-stats-trend = Тенденция: { $icon } { $trend }
netmon-stats-samples = Замеры: в сети { $online } · не в сети { $offline } · с перебоями { $intermittent }
netmon-stats-now = Сейчас: { $icon } { $state }
netmon-uptime-excellent = Отлично
netmon-uptime-good = Хорошо
netmon-uptime-fair = Удовлетворительно
netmon-uptime-poor = Плохо
netmon-uptime-critical = Критично
netmon-trend-improving = улучшается
netmon-trend-stable = стабильно
netmon-trend-declining = ухудшается
netmon-online-online = в сети
netmon-online-offline = не в сети
netmon-online-intermittent = с перебоями

netmon-nodes-title = 🧩 <b>Поды</b> · { $location } ({ $count })
netmon-node-model = { $model }
netmon-node-firmware = Прошивка { $valueHtml }
netmon-node-mac = MAC { $valueHtml }
netmon-node-ip = IP { $valueHtml }

netmon-wifi-title = 📶 <b>Сети WiFi</b> · { $location }
netmon-wifi-none = Сети WiFi не настроены.
netmon-wifi-hidden = <i>(без имени)</i>
netmon-wifi-disabled = выключена
netmon-wifi-open = Открытая (без пароля)
netmon-wifi-security-unknown = защита неизвестна

netmon-chart-wan-title = WAN
netmon-chart-wan-subtitle-24h = Последние 24 ч · пиковые скорости за 15 минут · UTC
netmon-chart-wan-subtitle-7d = Последние 7 дней · пиковые скорости за 15 минут · UTC
netmon-chart-download = Загрузка
netmon-chart-upload = Отдача
netmon-chart-peak = Пик
netmon-chart-online-title = История доступности
netmon-chart-no-data = Нет данных
