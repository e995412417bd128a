mod-cmd-settings = Panoul de moderare: al unui membru (răspuns sau id) sau al grupului
mod-panel-title = ⚙️ Moderare: { $targetHtml }
mod-panel-muted = 🔇 Nu poate scrie până la { $until }
mod-panel-muted-forever = 🔇 Nu poate scrie până la ridicarea restricției
mod-panel-banned = 🚫 Blocat până la { $until }
mod-panel-banned-forever = 🚫 Blocat până la deblocare
mod-panel-restricted = ✋ Doar text până la { $until }
mod-panel-restricted-forever = ✋ Doar text până la ridicarea restricției
mod-panel-free = ✅ Fără restricții sau blocări
mod-panel-warnings = ⚠️ Avertismente: { $count }/{ $limit }
mod-panel-group = { $locked ->
    [yes] 🔒 Grup închis
   *[no] 🔓 Grup deschis
} · { $night ->
    [yes] 🌙 modul de noapte activ
   *[no] modul de noapte inactiv
}
mod-panel-from-telegram = ⚠️ API V2 nu răspunde: aceasta este starea din Telegram; avertismentele și starea grupului nu sunt cunoscute.
mod-panel-not-admin = ⛔ Doar administratorii grupului pot folosi acest panou.
mod-panel-btn-mute = 🔇 Restricție de scriere
mod-panel-btn-unmute = 🔊 Permiterea scrierii
mod-panel-btn-ban = 🚫 Blocare
mod-panel-btn-unban = ✅ Deblocare
mod-panel-btn-restrict = ✋ Doar text
mod-panel-btn-unrestrict = ✅ Ridicarea restricției
mod-panel-btn-warn = ⚠️ Avertisment ({ $count }/{ $limit })
mod-panel-btn-warn-unknown = ⚠️ Avertisment
mod-panel-btn-clear = 🧹 Ștergerea avertismentelor
mod-panel-btn-lockdown = 🔒 Închiderea grupului
mod-panel-btn-unlock = 🔓 Deschiderea grupului
mod-panel-btn-night-on = 🌙 Activarea modului de noapte
mod-panel-btn-night-off = ☀️ Dezactivarea modului de noapte
mod-panel-btn-refresh = 🔄 Actualizare
mod-panel-btn-close = ✖ Închidere
mod-panel-btn-back = ‹ Înapoi
mod-panel-btn-mute-for = 🔇 { $duration }
mod-panel-btn-ban-for = 🚫 { $duration }
mod-panel-btn-restrict-for = ✋ { $duration }
mod-panel-group-title = ⚙️ Moderare: { $title }
mod-panel-group-lockdown = { $on ->
    [yes] 🔒 Grup închis: doar administratorii pot scrie
   *[no] 🔓 Grup deschis
}
mod-panel-group-night-on = 🌙 Modul de noapte: { $start }–{ $end } ({ $zone })
mod-panel-group-night-off = 🌙 Modul de noapte: inactiv
mod-panel-group-flood-on = 🌊 Protecție anti-flood: { $messages } mesaje în { $seconds } s
mod-panel-group-flood-off = 🌊 Protecție anti-flood: inactivă
mod-panel-group-locks = 🔐 Conținut interzis: { $locksHtml }
mod-panel-group-no-locks = 🔐 Conținut interzis: nimic
mod-panel-group-welcome = 👋 Mesaj de bun venit: { $welcome ->
    [yes] activ
   *[no] inactiv
} · 🧩 Captcha: { $captcha ->
    [yes] activă
   *[no] inactivă
}
mod-panel-group-unknown = ⚠️ API V2 nu răspunde: setările grupului nu pot fi afișate acum.
mod-panel-group-hint = Pentru panoul unui membru, vă rog să răspundeți la mesajul acestuia cu /settings sau să indicați id-ul: /settings 123456789
