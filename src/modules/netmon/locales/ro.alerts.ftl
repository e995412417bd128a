# Alertele netmon: /alerts, mesajele de alertă, rezumatul zilnic.

netmon-alerts-title = 🔔 <b>Alerte în acest chat</b>
netmon-alerts-none = Încă nu se urmărește nicio locație aici. Alegeți una cu /locations, apoi apăsați 🔔 mai jos.
netmon-alerts-none-chosen = Încă nu se urmărește nicio locație aici. Apăsați 🔔 mai jos pentru a urmări <b>{ $location }</b> sau alegeți alta cu /locations.
netmon-alerts-active = activă
netmon-alerts-state-paused = suspendată
netmon-alerts-silenced-until = fără sunet până la { $time }
netmon-alerts-open = { $count ->
    [one] 1 problemă deschisă
    [few] { $count } probleme deschise
   *[other] { $count } de probleme deschise
}
netmon-alerts-help = 🔔 urmărește aici locația dumneavoastră curentă, 🗑 oprește urmărirea. <code>/alerts digest 8</code> stabilește ora rezumatului (UTC), <code>/alerts digest off</code> îl oprește.
netmon-alerts-usage = Folosiți /alerts, <code>/alerts digest &lt;0-23&gt;</code> sau <code>/alerts digest off</code>.
netmon-digest-usage = Indicați ora rezumatului în UTC, de la 0 la 23, sau off: <code>/alerts digest 8</code>, <code>/alerts digest off</code>.
netmon-digest-off = Rezumat zilnic: oprit.
netmon-digest-at = Rezumat zilnic: în fiecare zi la { $time } UTC.
netmon-alerts-admins-only = Doar administratorii grupului pot schimba alertele lui.
netmon-alerts-already = Acest chat urmărește deja această locație.
netmon-alerts-subscribed-short = Abonat.
netmon-alerts-subscribed = 🔔 Acest chat urmărește acum <b>{ $location }</b> (acum: { $state }). Verific cam la fiecare { $minutes } min și scriu aici când se schimbă ceva.
netmon-alerts-unsubscribed = Nu se mai urmărește { $location }.
netmon-alerts-not-subscribed = Acest chat nu mai urmărește această locație.
netmon-alerts-silenced = Alertele pentru { $location } sunt fără sunet până la { $time }.
netmon-alerts-unsilenced = Alertele pentru { $location } sunt din nou active.
netmon-alerts-resumed = 🔔 Alertele pentru <b>{ $location }</b> funcționează din nou.
netmon-alerts-paused-credentials = ⚠️ Alertele pentru <b>{ $location }</b> sunt suspendate: Plume nu mai acceptă datele de acces ale celui care s-a abonat. Trebuie să ruleze din nou /setup.
netmon-alerts-paused-not-found = ⚠️ Alertele pentru <b>{ $location }</b> sunt suspendate: Plume nu mai găsește această locație.

netmon-alert-location-offline = 🔴 <b>{ $location }</b> este offline: niciun pod nu este conectat. Din { $time }.
netmon-alert-pod-offline = 🔴 Pod-ul <b>{ $pod }</b> din <b>{ $location }</b> este deconectat. Din { $time }.
netmon-alert-service = 🟠 Nivelul serviciului la <b>{ $location }</b> este acum <code>{ $level }</code>. Din { $time }.
netmon-alert-resolved = ✅ <b>Rezolvat</b> la { $time } UTC, după { $duration }:
netmon-recovered-location = 🟢 <b>{ $location }</b> este din nou online după { $duration }.
netmon-recovered-pod = 🟢 Pod-ul <b>{ $pod }</b> din <b>{ $location }</b> este din nou conectat după { $duration }.
netmon-recovered-service = 🟢 Nivelul serviciului la <b>{ $location }</b> nu mai este <code>{ $level }</code>.

netmon-btn-silence-1h = 🔕 1 h
netmon-btn-silence-4h = 🔕 4 h
netmon-btn-silence-24h = 🔕 24 h
netmon-btn-unsilence = 🔔 Reporniți sunetul
netmon-btn-digest-on = 🗓 Rezumat zilnic la 08:00 UTC
netmon-btn-digest-off = 🗓 Opriți rezumatul zilnic

netmon-digest-title = 🗓 <b>Rezumat zilnic</b> · { $day }
netmon-digest-pods = { $connected }/{ $total } pod-uri conectate
netmon-digest-issues = { $count ->
    [one] 1 pod cu probleme
    [few] { $count } pod-uri cu probleme
   *[other] { $count } de pod-uri cu probleme
}
netmon-digest-unavailable = fără date (Plume nu a putut fi contactat)
