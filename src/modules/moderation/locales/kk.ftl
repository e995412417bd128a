mod-cmd-mute = Қатысушының үнін өшіру (жауаппен немесе id) [мерзім] [себеп]
mod-cmd-unmute = Қатысушыға қайта жазуға рұқсат беру
mod-cmd-ban = Қатысушыны бұғаттау [мерзім] [себеп]
mod-cmd-unban = Бұғатты алу
mod-cmd-warn = Қатысушыға ескерту; шекке жеткенде топтың әрекеті орындалады
mod-cmd-kick = Қатысушыны шығару (қайта кіре алады)
mod-cmd-clear = Қатысушының ескертулерін алып тастау (жауап немесе id)
mod-cmd-info = Қатысушы туралы жазбалар: үнін өшіру, бұғаттау, ескертулер
mod-cmd-status = Осы топтағы модерация ботының күйі
mod-groups-only = Бұл команда топтарда жұмыс істейді.
mod-admins-only = ⛔ Мұны тек топ әкімшілері жасай алады.
mod-admin-lacks-right = ⛔ Бұл үшін «{ $right }» әкімші құқығы қажет.
mod-bot-not-admin = ⚠️ Мен мұнда әкімші емеспін. Мені «{ $right }» құқығымен әкімші етіңіз.
mod-bot-lacks-right = ⚠️ Менде «{ $right }» әкімші құқығы жоқ. Оны беріп, қайталаңыз.
mod-target-not-person = Адамның хабарына жауап беріңіз (арна, анонимді әкімші немесе бот емес).
mod-target-unknown = Бұл топта { $id } пайдаланушысын таба алмадым.
mod-target-missing = Кімді? Хабарға { $command } командасымен жауап беріңіз немесе @username не сандық id көрсетіңіз: { $command } @username 10m себеп
mod-target-self = Мұны өзіме жасамаймын.
mod-target-owner = { $targetHtml } — топ иесі, оны шектеуге болмайды.
mod-target-admin = { $targetHtml } — әкімші, оны шектеуге болмайды. Алдымен құқықтарын алыңыз.
mod-telegram-refused = ❌ Telegram бас тартты: { $reason }
mod-reason = Себеп: { $reason }
mod-clamped-raised = ℹ️ Telegram-дағы ең қысқа шектеу — 30 секунд: 30 секунд қойдым.
mod-clamped-forever = ℹ️ Telegram 366 күннен ұзақ шектеуді қабылдамайды: бұл шектеу алынғанға дейін.
mod-done-mute = 🔇 { $targetHtml } үні өшірілді { $timed ->
    [yes] { $durationHtml } мерзімге.
   *[no] шектеу алынғанға дейін.
}
mod-done-unmute = 🔊 { $targetHtml } қайта жаза алады.
mod-done-ban = 🚫 { $targetHtml } бұғатталды { $timed ->
    [yes] { $durationHtml } мерзімге.
   *[no] бұғат алынғанға дейін.
}
mod-done-unban = ✅ { $targetHtml } бұғаттан шығарылды, қайта кіре алады.
mod-done-kick = 👢 { $targetHtml } топтан шығарылды, қайта кіре алады.
mod-record-failed = ⚠️ Telegram-да орындалды, бірақ API V2 оны жаза алмады: журналда жоқ.
mod-record-pending = ⏳ Telegram-да орындалды. API V2 қазір жауап бермейді: жазба күтуде, қызмет қайта істегенде жазылады.
mod-warn-failed = ❌ { $targetHtml } ескерту алмады: ескертулерді санайтын API V2 жауап бермейді. Кейінірек қайталаңыз.
mod-done-warn = ⚠️ { $targetHtml } ескерту алды ({ $count }/{ $limit }).
mod-done-clear = 🧹 { $targetHtml } енді ескертулері жоқ.
mod-clear-failed = ❌ { $targetHtml } ескертулері алынбады: оларды санайтын API V2 жауап бермейді. Кейінірек қайталаңыз.
mod-escalation-refused = ❌ { $targetHtml } { $limit } ескертуге жетті, бірақ Telegram топтың әрекетінен бас тартты: { $reason }
mod-escalated-ban = 🚫 { $targetHtml } { $limit } ескертуге жетті және бұғатталды { $timed ->
    [yes] { $durationHtml } мерзімге.
   *[no] бұғат алынғанға дейін.
}
mod-escalated-mute = 🔇 { $targetHtml } { $limit } ескертуге жетті, үні өшірілді { $timed ->
    [yes] { $durationHtml } мерзімге.
   *[no] шектеу алынғанға дейін.
}
mod-escalated-kick = 👢 { $targetHtml } { $limit } ескертуге жетті және топтан шығарылды.
mod-forever = мерзімсіз
mod-unit-w = { $n } апта
mod-unit-d = { $n } күн
mod-unit-h = { $n } сағ
mod-unit-m = { $n } мин
mod-unit-s = { $n } с
mod-info-title = ℹ️ { $targetHtml }
mod-info-telegram = Топта: { $status ->
    [creator] иесі
    [administrator] әкімші
    [restricted] шектелген
    [left] қатысушы емес
    [kicked] бұғатталған
   *[member] қатысушы
}
mod-info-muted = 🔇 Үні өшірілген: { $until } дейін
mod-info-banned = 🚫 Бұғатталған: { $until } дейін
mod-info-warnings = ⚠️ Ескертулер: { $count }/{ $limit }
mod-info-last = Соңғы әрекет: { $at }
mod-api-down = ⚠️ API V2 жауап бермейді: жазбаларды қазір көрсету мүмкін емес.
mod-status-title = 🛡 Модерация
mod-status-bot-ok = ✅ Мұнда қатысушыларды шектей аламын.
mod-status-policy = ⚠️ { $limit } ескертуден кейін: { $action ->
    [kick] топтан шығару
    [mute] үнін өшіру
   *[ban] бұғаттау
}
mod-cmd-restrict = Қатысушыға тек мәтін жазуға рұқсат ету (медиа, стикер, сілтемесіз) [мерзім] [себеп]
mod-cmd-unrestrict = Қатысушыдан шектеуді алу
mod-done-restrict = ✋ { $targetHtml } тек мәтін жаза алады { $timed ->
    [yes] { $durationHtml } бойы.
   *[no] шектеу алынғанша.
}
mod-done-unrestrict = ✅ { $targetHtml } қайтадан бәрін жібере алады.
mod-log-group = Топ: { $title } ({ $id })
mod-log-admin = Әкімші: { $adminHtml }
mod-log-by-bot = Әкімші: бот, автоматты түрде
mod-log-member = Қатысушы: { $targetHtml }
mod-log-duration = Мерзім: { $durationHtml }
