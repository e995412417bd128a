# netmon alerts: /alerts, alert messages, the daily digest.

netmon-alerts-title = 🔔 <b>Alerts in this chat</b>
netmon-alerts-none = No location is watched here yet. Choose one with /locations, then tap 🔔 below.
netmon-alerts-none-chosen = No location is watched here yet. Tap 🔔 below to watch <b>{ $location }</b>, or choose another one with /locations.
netmon-alerts-active = active
netmon-alerts-state-paused = paused
netmon-alerts-silenced-until = silenced until { $time }
netmon-alerts-open = { $count ->
    [one] 1 open issue
   *[other] { $count } open issues
}
netmon-alerts-help = 🔔 watches your current location here, 🗑 stops watching. <code>/alerts digest 8</code> sets the digest hour (UTC), <code>/alerts digest off</code> turns it off.
netmon-alerts-usage = Use /alerts, <code>/alerts digest &lt;0-23&gt;</code> or <code>/alerts digest off</code>.
netmon-digest-usage = Give the digest hour in UTC, 0 to 23, or off: <code>/alerts digest 8</code>, <code>/alerts digest off</code>.
netmon-digest-off = Daily digest: off.
netmon-digest-at = Daily digest: every day at { $time } UTC.
netmon-alerts-admins-only = Only the group's administrators can change its alerts.
netmon-alerts-already = This chat already watches this location.
netmon-alerts-subscribed-short = Subscribed.
netmon-alerts-subscribed = 🔔 This chat now watches <b>{ $location }</b> (currently { $state }). I check about every { $minutes } min and write here when something changes.
netmon-alerts-unsubscribed = No longer watching { $location }.
netmon-alerts-not-subscribed = This chat does not watch this location any more.
netmon-alerts-silenced = Alerts for { $location } are silenced until { $time }.
netmon-alerts-unsilenced = Alerts for { $location } are on again.
netmon-alerts-resumed = 🔔 Alerts for <b>{ $location }</b> work again.
netmon-alerts-paused-credentials = ⚠️ Alerts for <b>{ $location }</b> are paused: Plume no longer accepts the credentials of the person who subscribed. They should run /setup again.
netmon-alerts-paused-not-found = ⚠️ Alerts for <b>{ $location }</b> are paused: Plume no longer finds this location.

netmon-alert-location-offline = 🔴 <b>{ $location }</b> is offline: no pod is connected. Since { $time }.
netmon-alert-pod-offline = 🔴 Pod <b>{ $pod }</b> at <b>{ $location }</b> is disconnected. Since { $time }.
netmon-alert-service = 🟠 Service level at <b>{ $location }</b> is now <code>{ $level }</code>. Since { $time }.
netmon-alert-resolved = ✅ <b>Resolved</b> at { $time } UTC, after { $duration }:
netmon-recovered-location = 🟢 <b>{ $location }</b> is back online after { $duration }.
netmon-recovered-pod = 🟢 Pod <b>{ $pod }</b> at <b>{ $location }</b> is connected again after { $duration }.
netmon-recovered-service = 🟢 Service level at <b>{ $location }</b> is no longer <code>{ $level }</code>.

netmon-btn-silence-1h = 🔕 1 h
netmon-btn-silence-4h = 🔕 4 h
netmon-btn-silence-24h = 🔕 24 h
netmon-btn-unsilence = 🔔 Unsilence
netmon-btn-digest-on = 🗓 Daily digest at 08:00 UTC
netmon-btn-digest-off = 🗓 Turn the daily digest off

netmon-digest-title = 🗓 <b>Daily digest</b> · { $day }
netmon-digest-pods = { $connected }/{ $total } pods connected
netmon-digest-issues = { $count ->
    [one] 1 pod with issues
   *[other] { $count } pods with issues
}
netmon-digest-unavailable = no data (Plume could not be reached)
