# Rapoartele netmon: /status, /wan, /stats, /nodes, /wifi.

netmon-status-title = 📡 <b>{ $location }</b>
netmon-status-title-customer = 📡 <b>{ $location }</b> · { $customer }
netmon-state-online = <b>Online</b>
netmon-state-offline = <b>Offline</b>
netmon-state-degraded = <b>Serviciu restricționat</b>
netmon-state-impaired = <b>Online, cu probleme</b>
netmon-status-as-of = la ora { $time } UTC
netmon-state-online-plain = online
netmon-state-offline-plain = offline
netmon-state-degraded-plain = serviciu restricționat
netmon-reason-all-good = Toate sistemele funcționează.
netmon-reason-no-pods = Niciun pod găsit în această locație.
netmon-reason-all-disconnected = { $count ->
    [one] Singurul pod este deconectat.
    [few] Toate cele { $count } pod-uri sunt deconectate.
   *[other] Toate cele { $count } de pod-uri sunt deconectate.
}
netmon-reason-some-disconnected = { $count ->
    [one] 1 pod este deconectat (din { $total }).
    [few] { $count } pod-uri sunt deconectate (din { $total }).
   *[other] { $count } de pod-uri sunt deconectate (din { $total }).
}
netmon-reason-health-issues = { $count ->
    [one] 1 pod are probleme de sănătate.
    [few] { $count } pod-uri au probleme de sănătate.
   *[other] { $count } de pod-uri au probleme de sănătate.
}
netmon-reason-degraded = Nivelul serviciului este <code>{ $level }</code>, nu serviciu complet.
netmon-pods-title = <b>Pod-uri</b> ({ $connected } din { $total } conectate)
netmon-health-excellent = excelentă
netmon-health-good = bună
netmon-health-fair = acceptabilă
netmon-health-poor = slabă
netmon-health-unknown = sănătate necunoscută
netmon-backhaul-mesh = Mesh
netmon-backhaul-wired = Cablu
netmon-connection-connected = conectat
netmon-connection-disconnected = deconectat
netmon-connection-unknown = stare necunoscută
netmon-pod-devices = { $count ->
    [one] 1 dispozitiv
    [few] { $count } dispozitive
   *[other] { $count } de dispozitive
}
netmon-pod-alerts = alerte: { $alerts }
netmon-pod-alert-high-interference = interferențe Wi-Fi puternice
netmon-pod-alert-weak-backhaul = legătură slabă cu rețeaua
netmon-pod-alert-pod-offline = un pod este deconectat
netmon-speedtest-title = Test de viteză
netmon-speedtest-none = Încă nu s-a rulat niciun test de viteză în această locație.
netmon-speedtest-failed = Ultimul test de viteză a eșuat.
netmon-speedtest-failed-at = Ultimul test de viteză a eșuat ({ $time }).
netmon-speedtest-incomplete = Ultimul test de viteză nu a raportat viteza de descărcare.
netmon-speedtest-when = <i>{ $details }</i>
netmon-connected-devices = <b>Dispozitive conectate:</b> { $count }

netmon-wan-title = 📈 <b>Consum WAN</b> · { $location }
netmon-wan-range-24h = Ultimele 24 h ({ $from } – { $to })
netmon-wan-range-7d = Ultimele 7 zile ({ $from } – { $to })
netmon-wan-no-data = Nu există date WAN pentru această perioadă.
netmon-wan-data-title = Date transferate
netmon-wan-download = Descărcare { $gb } GB
netmon-wan-upload = Încărcare { $gb } GB
netmon-wan-peak-title = Viteza de vârf
netmon-wan-peak-at = { $value } Mbps la { $time }
netmon-wan-averages-title = Medii
netmon-wan-average-throughput = Debit mediu: { $ratesHtml }
netmon-wan-average-of-peaks = Media vârfurilor pe 15 min: { $ratesHtml }
netmon-wan-p95 = Percentila 95 a vârfurilor pe 15 min: { $ratesHtml }
netmon-wan-busy-title = Orele cele mai aglomerate (UTC)
netmon-wan-busy-none = Nicio oră nu iese în evidență.
netmon-wan-busy-high = { $from }–{ $to }: { $value } Mbps, trafic ridicat ({ $ratio }× media)
netmon-wan-busy-moderate = { $from }–{ $to }: { $value } Mbps, trafic moderat ({ $ratio }× media)
netmon-wan-quality = { $total ->
    [one] Calitatea datelor: { $pct } % ({ $valid } din { $total } eșantion)
    [few] Calitatea datelor: { $pct } % ({ $valid } din { $total } eșantioane)
   *[other] Calitatea datelor: { $pct } % ({ $valid } din { $total } de eșantioane)
}

netmon-stats-title = 📊 <b>Istoric de disponibilitate</b> · { $location }
netmon-stats-range-3h = Ultimele 3 ore, eșantioane orare
netmon-stats-range-24h = Ultimele 24 de ore, eșantioane orare
netmon-stats-range-7d = Ultimele 7 zile, eșantioane orare
netmon-stats-no-data = Nu există istoric de disponibilitate pentru această perioadă.
netmon-stats-uptime = Disponibilitate: { $pctHtml } { $barHtml } { $label }
netmon-stats-incidents = Incidente: { $count }
netmon-stats-trend = Tendință: { $icon } { $trend }
netmon-stats-samples = Eșantioane: { $online } online · { $offline } offline · { $intermittent } intermitent
netmon-stats-now = Acum: { $icon } { $state }
netmon-uptime-excellent = Excelentă
netmon-uptime-good = Bună
netmon-uptime-fair = Acceptabilă
netmon-uptime-poor = Slabă
netmon-uptime-critical = Critică
netmon-trend-improving = în îmbunătățire
netmon-trend-stable = stabilă
netmon-trend-declining = în scădere
netmon-online-online = online
netmon-online-offline = offline
netmon-online-intermittent = intermitent

netmon-nodes-title = 🧩 <b>Pod-uri</b> · { $location } ({ $count })
netmon-node-model = { $model }
netmon-node-firmware = Firmware { $valueHtml }
netmon-node-mac = MAC { $valueHtml }
netmon-node-ip = IP { $valueHtml }

netmon-wifi-title = 📶 <b>Rețele WiFi</b> · { $location }
netmon-wifi-none = Nu este configurată nicio rețea WiFi.
netmon-wifi-hidden = <i>(fără nume)</i>
netmon-wifi-disabled = dezactivată
netmon-wifi-open = Deschisă (fără parolă)
netmon-wifi-security-unknown = securitate necunoscută

netmon-chart-wan-title = WAN
netmon-chart-wan-subtitle-24h = Ultimele 24 h · vârfuri pe 15 minute · UTC
netmon-chart-wan-subtitle-7d = Ultimele 7 zile · vârfuri pe 15 minute · UTC
netmon-chart-download = Descărcare
netmon-chart-upload = Încărcare
netmon-chart-peak = Vârf
netmon-chart-online-title = Istoric de disponibilitate
netmon-chart-no-data = Fără date
