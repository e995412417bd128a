mod-cmd-settings = Модерация панелі: қатысушының (жауаппен немесе id) немесе топтың
mod-panel-title = ⚙️ Модерация: { $targetHtml }
mod-panel-muted = 🔇 Үні { $until } дейін өшірулі
mod-panel-muted-forever = 🔇 Үні шектеу алынғанға дейін өшірулі
mod-panel-banned = 🚫 { $until } дейін бұғатталған
mod-panel-banned-forever = 🚫 Бұғат алынғанға дейін бұғатталған
mod-panel-restricted = ✋ { $until } дейін тек мәтін
mod-panel-restricted-forever = ✋ Шектеу алынғанға дейін тек мәтін
mod-panel-free = ✅ Үні өшірілмеген, бұғатталмаған, шектелмеген
mod-panel-warnings = ⚠️ Ескертулер: { $count }/{ $limit }
mod-panel-group = { $locked ->
    [yes] 🔒 Топ жабық
   *[no] 🔓 Топ ашық
} · { $night ->
    [yes] 🌙 түнгі режим қосулы
   *[no] түнгі режим өшірулі
}
mod-panel-from-telegram = ⚠️ API V2 жауап бермейді: бұл Telegram көрсететін күй; ескертулер мен топтың күйі белгісіз.
mod-panel-not-admin = ⛔ Бұл панельді тек топ әкімшілері пайдалана алады.
mod-panel-btn-mute = 🔇 Үнін өшіру
mod-panel-btn-unmute = 🔊 Үнін қосу
mod-panel-btn-ban = 🚫 Бұғаттау
mod-panel-btn-unban = ✅ Бұғаттан шығару
mod-panel-btn-restrict = ✋ Тек мәтін
mod-panel-btn-unrestrict = ✅ Шектеуді алу
mod-panel-btn-warn = ⚠️ Ескерту ({ $count }/{ $limit })
mod-panel-btn-warn-unknown = ⚠️ Ескерту
mod-panel-btn-clear = 🧹 Ескертулерді алу
mod-panel-btn-lockdown = 🔒 Топты жабу
mod-panel-btn-unlock = 🔓 Топты ашу
mod-panel-btn-night-on = 🌙 Түнгі режимді қосу
mod-panel-btn-night-off = ☀️ Түнгі режимді өшіру
mod-panel-btn-refresh = 🔄 Жаңарту
mod-panel-btn-close = ✖ Жабу
mod-panel-btn-back = ‹ Артқа
mod-panel-btn-mute-for = 🔇 { $duration }
mod-panel-btn-ban-for = 🚫 { $duration }
mod-panel-btn-restrict-for = ✋ { $duration }
mod-panel-group-title = ⚙️ Модерация: { $title }
mod-panel-group-lockdown = { $on ->
    [yes] 🔒 Топ жабық: тек әкімшілер жаза алады
   *[no] 🔓 Топ ашық
}
mod-panel-group-night-on = 🌙 Түнгі режим: { $start }–{ $end } ({ $zone })
mod-panel-group-night-off = 🌙 Түнгі режим: өшірулі
mod-panel-group-flood-on = 🌊 Флудқа қарсы қорғау: { $seconds } с ішінде { $messages } хабар
mod-panel-group-flood-off = 🌊 Флудқа қарсы қорғау: өшірулі
mod-panel-group-locks = 🔐 Тыйым салынған: { $locksHtml }
mod-panel-group-no-locks = 🔐 Тыйым салынған: жоқ
mod-panel-group-welcome = 👋 Сәлемдесу: { $welcome ->
    [yes] қосулы
   *[no] өшірулі
} · 🧩 Капча: { $captcha ->
    [yes] қосулы
   *[no] өшірулі
}
mod-panel-group-unknown = ⚠️ API V2 жауап бермейді: топ баптауларын қазір көрсету мүмкін емес.
mod-panel-group-hint = Қатысушының панелі үшін оның хабарына /settings командасымен жауап беріңіз немесе id көрсетіңіз: /settings 123456789
