# netmon есептері: /status, /wan, /stats, /nodes, /wifi.

netmon-status-title = 📡 <b>{ $location }</b>
netmon-status-title-customer = 📡 <b>{ $location }</b> · { $customer }
netmon-state-online = <b>Желіде</b>
netmon-state-offline = <b>Желіде жоқ</b>
netmon-state-degraded = <b>Қызмет шектеулі</b>
netmon-state-impaired = <b>Желіде, ақаулар бар</b>
netmon-status-as-of = { $time } UTC уақытындағы күй
netmon-state-online-plain = желіде
netmon-state-offline-plain = желіде жоқ
netmon-state-degraded-plain = қызмет шектеулі
netmon-reason-all-good = Барлық жүйе қалыпты жұмыс істейді.
netmon-reason-no-pods = Бұл локацияда бірде-бір под табылмады.
netmon-reason-all-disconnected = { $count ->
    [one] Жалғыз под ажыратылған.
   *[other] { $count } подтың бәрі ажыратылған.
}
netmon-reason-some-disconnected = { $count ->
    [one] 1 под ажыратылған (барлығы { $total }).
   *[other] { $count } под ажыратылған (барлығы { $total }).
}
netmon-reason-health-issues = { $count ->
    [one] 1 подтың жұмысында ақау бар.
   *[other] { $count } подтың жұмысында ақау бар.
}
netmon-reason-degraded = Қызмет деңгейі — <code>{ $level }</code>, толық емес.
netmon-pods-title = <b>Подтар</b> (қосылғаны: { $connected }/{ $total })
netmon-health-excellent = өте жақсы
netmon-health-good = жақсы
netmon-health-fair = орташа
netmon-health-poor = нашар
netmon-health-unknown = жай-күйі белгісіз
netmon-backhaul-mesh = Mesh
netmon-backhaul-wired = Сымды
netmon-connection-connected = қосылған
netmon-connection-disconnected = ажыратылған
netmon-connection-unknown = күйі белгісіз
netmon-pod-devices = { $count ->
    [one] 1 құрылғы
   *[other] { $count } құрылғы
}
netmon-pod-alerts = ескертулер: { $alerts }
netmon-pod-alert-high-interference = Wi-Fi кедергісі жоғары
netmon-pod-alert-weak-backhaul = желімен байланыс әлсіз
netmon-pod-alert-pod-offline = бір под желіде жоқ
netmon-speedtest-title = Жылдамдық сынағы
netmon-speedtest-none = Бұл локацияда әлі жылдамдық сынағы өткізілмеген.
netmon-speedtest-failed = Соңғы жылдамдық сынағы сәтсіз аяқталды.
netmon-speedtest-failed-at = Соңғы жылдамдық сынағы сәтсіз аяқталды ({ $time }).
netmon-speedtest-incomplete = Соңғы жылдамдық сынағы жүктеп алу жылдамдығын көрсетпеді.
netmon-speedtest-when = <i>{ $details }</i>
netmon-connected-devices = <b>Қосылған құрылғылар:</b> { $count }

netmon-wan-title = 📈 <b>WAN тұтынуы</b> · { $location }
netmon-wan-range-24h = Соңғы 24 сағ ({ $from } – { $to })
netmon-wan-range-7d = Соңғы 7 күн ({ $from } – { $to })
netmon-wan-no-data = Бұл кезеңде WAN деректері жоқ.
netmon-wan-data-title = Берілген деректер
netmon-wan-download = Жүктеп алу { $gb } ГБ
netmon-wan-upload = Жүктеп салу { $gb } ГБ
netmon-wan-peak-title = Ең жоғары жылдамдық
netmon-wan-peak-at = { $value } Мбит/с, { $time }
netmon-wan-averages-title = Орташа мәндер
netmon-wan-average-throughput = Орташа өткізу қабілеті: { $ratesHtml }
netmon-wan-average-of-peaks = 15 минуттық шыңдардың орташасы: { $ratesHtml }
netmon-wan-p95 = 15 минуттық шыңдардың 95-процентилі: { $ratesHtml }
netmon-wan-busy-title = Ең жүктелген сағаттар (UTC)
netmon-wan-busy-none = Ерекшеленетін сағат жоқ.
netmon-wan-busy-high = { $from }–{ $to }: { $value } Мбит/с, жоғары жүктеме (орташадан { $ratio }×)
netmon-wan-busy-moderate = { $from }–{ $to }: { $value } Мбит/с, қалыпты жүктеме (орташадан { $ratio }×)
netmon-wan-quality = { $total ->
    [one] Деректер сапасы: { $pct } % ({ $valid }/{ $total } өлшем)
   *[other] Деректер сапасы: { $pct } % ({ $valid }/{ $total } өлшем)
}

netmon-stats-title = 📊 <b>Қолжетімділік тарихы</b> · { $location }
netmon-stats-range-3h = Соңғы 3 сағат, сағаттық өлшемдер
netmon-stats-range-24h = Соңғы 24 сағат, сағаттық өлшемдер
netmon-stats-range-7d = Соңғы 7 күн, сағаттық өлшемдер
netmon-stats-no-data = Бұл кезеңде қолжетімділік тарихы жоқ.
netmon-stats-uptime = Қолжетімділік: { $pctHtml } { $barHtml } { $label }
netmon-stats-incidents = Инциденттер: { $count }
netmon-stats-trend = Үрдіс: { $icon } { $trend }
netmon-stats-samples = Өлшемдер: желіде { $online } · желіде жоқ { $offline } · үзіліспен { $intermittent }
netmon-stats-now = Қазір: { $icon } { $state }
netmon-uptime-excellent = Өте жақсы
netmon-uptime-good = Жақсы
netmon-uptime-fair = Орташа
netmon-uptime-poor = Нашар
netmon-uptime-critical = Сыни
netmon-trend-improving = жақсаруда
netmon-trend-stable = тұрақты
netmon-trend-declining = нашарлауда
netmon-online-online = желіде
netmon-online-offline = желіде жоқ
netmon-online-intermittent = үзіліспен

netmon-nodes-title = 🧩 <b>Подтар</b> · { $location } ({ $count })
netmon-node-model = { $model }
netmon-node-firmware = Микробағдарлама { $valueHtml }
netmon-node-mac = MAC { $valueHtml }
netmon-node-ip = IP { $valueHtml }

netmon-wifi-title = 📶 <b>WiFi желілері</b> · { $location }
netmon-wifi-none = WiFi желілері бапталмаған.
netmon-wifi-hidden = <i>(атауы жоқ)</i>
netmon-wifi-disabled = өшірулі
netmon-wifi-open = Ашық (құпиясөзсіз)
netmon-wifi-security-unknown = қорғаныс түрі белгісіз

netmon-chart-wan-title = WAN
netmon-chart-wan-subtitle-24h = Соңғы 24 сағ · 15 минуттық шың жылдамдықтар · UTC
netmon-chart-wan-subtitle-7d = Соңғы 7 күн · 15 минуттық шың жылдамдықтар · UTC
netmon-chart-download = Жүктеп алу
netmon-chart-upload = Жүктеп салу
netmon-chart-peak = Шың
netmon-chart-online-title = Қолжетімділік тарихы
netmon-chart-no-data = Деректер жоқ
