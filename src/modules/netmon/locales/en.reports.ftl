# netmon reports: /status, /wan, /stats, /nodes, /wifi.

netmon-status-title = 📡 <b>{ $location }</b>
netmon-status-title-customer = 📡 <b>{ $location }</b> · { $customer }
netmon-state-online = <b>Online</b>
netmon-state-offline = <b>Offline</b>
netmon-state-degraded = <b>Degraded service</b>
netmon-state-impaired = <b>Online, with problems</b>
netmon-status-as-of = as of { $time } UTC
netmon-state-online-plain = online
netmon-state-offline-plain = offline
netmon-state-degraded-plain = degraded service
netmon-reason-all-good = All systems operational.
netmon-reason-no-pods = No pods found at this location.
netmon-reason-all-disconnected = { $count ->
    [one] The only pod is disconnected.
   *[other] All { $count } pods are disconnected.
}
netmon-reason-some-disconnected = { $count ->
    [one] 1 pod is disconnected (of { $total }).
   *[other] { $count } pods are disconnected (of { $total }).
}
netmon-reason-health-issues = { $count ->
    [one] 1 pod has health issues.
   *[other] { $count } pods have health issues.
}
netmon-reason-degraded = Service level is <code>{ $level }</code>, not full service.
netmon-pods-title = <b>Pods</b> ({ $connected } of { $total } connected)
netmon-health-excellent = excellent
netmon-health-good = good
netmon-health-fair = fair
netmon-health-poor = poor
netmon-health-unknown = health unknown
netmon-backhaul-mesh = Mesh
netmon-backhaul-wired = Wired
netmon-connection-connected = connected
netmon-connection-disconnected = disconnected
netmon-connection-unknown = state unknown
netmon-pod-devices = { $count ->
    [one] 1 device
   *[other] { $count } devices
}
netmon-pod-alerts = alerts: { $alerts }
netmon-pod-alert-high-interference = high Wi-Fi interference
netmon-pod-alert-weak-backhaul = weak link to the network
netmon-pod-alert-pod-offline = a pod is offline
netmon-speedtest-title = Speed test
netmon-speedtest-none = No speed test has run at this location yet.
netmon-speedtest-failed = The latest speed test failed.
netmon-speedtest-failed-at = The latest speed test failed ({ $time }).
netmon-speedtest-incomplete = The latest speed test reported no download figure.
netmon-speedtest-when = <i>{ $details }</i>
netmon-connected-devices = <b>Connected devices:</b> { $count }

netmon-wan-title = 📈 <b>WAN consumption</b> · { $location }
netmon-wan-range-24h = Last 24 h ({ $from } – { $to })
netmon-wan-range-7d = Last 7 days ({ $from } – { $to })
netmon-wan-no-data = No WAN data for this period.
netmon-wan-data-title = Data transferred
netmon-wan-download = Download { $gb } GB
netmon-wan-upload = Upload { $gb } GB
netmon-wan-peak-title = Peak rate
netmon-wan-peak-at = { $value } Mbps at { $time }
netmon-wan-averages-title = Averages
netmon-wan-average-throughput = Average throughput: { $ratesHtml }
netmon-wan-average-of-peaks = Average of 15-min peaks: { $ratesHtml }
netmon-wan-p95 = 95th percentile of 15-min peaks: { $ratesHtml }
netmon-wan-busy-title = Busiest hours (UTC)
netmon-wan-busy-none = No hour stands out.
netmon-wan-busy-high = { $from }–{ $to }: { $value } Mbps, high ({ $ratio }× the average)
netmon-wan-busy-moderate = { $from }–{ $to }: { $value } Mbps, moderate ({ $ratio }× the average)
netmon-wan-quality = { $total ->
    [one] Data quality: { $pct } % ({ $valid } of { $total } sample)
   *[other] Data quality: { $pct } % ({ $valid } of { $total } samples)
}

netmon-stats-title = 📊 <b>Online history</b> · { $location }
netmon-stats-range-3h = Last 3 hours, hourly samples
netmon-stats-range-24h = Last 24 hours, hourly samples
netmon-stats-range-7d = Last 7 days, hourly samples
netmon-stats-no-data = No online history for this period.
netmon-stats-uptime = Uptime: { $pctHtml } { $barHtml } { $label }
netmon-stats-incidents = Incidents: { $count }
netmon-stats-trend = Trend: { $icon } { $trend }
netmon-stats-samples = Samples: { $online } online · { $offline } offline · { $intermittent } intermittent
netmon-stats-now = Now: { $icon } { $state }
netmon-uptime-excellent = Excellent
netmon-uptime-good = Good
netmon-uptime-fair = Fair
netmon-uptime-poor = Poor
netmon-uptime-critical = Critical
netmon-trend-improving = improving
netmon-trend-stable = stable
netmon-trend-declining = declining
netmon-online-online = online
netmon-online-offline = offline
netmon-online-intermittent = intermittent

netmon-nodes-title = 🧩 <b>Pods</b> · { $location } ({ $count })
netmon-node-model = { $model }
netmon-node-firmware = Firmware { $valueHtml }
netmon-node-mac = MAC { $valueHtml }
netmon-node-ip = IP { $valueHtml }

netmon-wifi-title = 📶 <b>WiFi networks</b> · { $location }
netmon-wifi-none = No WiFi networks are configured.
netmon-wifi-hidden = <i>(no name)</i>
netmon-wifi-disabled = disabled
netmon-wifi-open = Open (no password)
netmon-wifi-security-unknown = security unknown

netmon-chart-wan-title = WAN
netmon-chart-wan-subtitle-24h = Last 24 h · 15-minute peak rates · UTC
netmon-chart-wan-subtitle-7d = Last 7 days · 15-minute peak rates · UTC
netmon-chart-download = Download
netmon-chart-upload = Upload
netmon-chart-peak = Peak
netmon-chart-online-title = Online history
netmon-chart-no-data = No data
