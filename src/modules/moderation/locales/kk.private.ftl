mod-ps-start-hint = ⚙️ Мен модерациялайтын топтың админісіз бе? Оның баптауларын басқару үшін мұнда /settings жіберіңіз.
mod-ps-groups-title = ⚙️ Қай топтың баптауларын басқарғыңыз келеді?
mod-ps-groups-page = { $pages } беттің { $page }-беті
mod-ps-groups-none = Сіз админ, ал мен қатысушы болатын топ таппадым. Мені тобыңызға админ ретінде қосыңыз, содан кейін мұнда /settings командасын қайта жіберіңіз.
mod-ps-to-groups = « Менің топтарым
mod-ps-back = « Артқа
mod-ps-form-back = « Өзгертпей артқа
mod-ps-saved = ✅ Сақталды.
mod-ps-not-admin = Сіз ол топтың админі емессіз (енді).
mod-ps-bot-gone = Мен енді ол топта жоқпын.
mod-ps-api-down = ⚠️ API V2 жауап бермейді: баптауларды қазір оқу да, өзгерту де мүмкін емес. Кейінірек қайталап көріңіз.
mod-ps-refused = ❌ API V2 бұл мәнді қабылдамады. { $hintHtml }
mod-ps-refused-press = ❌ API V2 бұл өзгерісті қабылдамады.
mod-ps-title = ⚙️ <b>{ $group }</b> тобының баптаулары
mod-ps-main-warn = ⚠️ Ескертулер: { $limit } ескертуден кейін — { $actionHtml }
mod-ps-main-flood = 🌊 Флудқа қарсы: { $secondsHtml } ішінде { $messages } хабарлама, содан кейін { $actionHtml }
mod-ps-main-flood-off = 🌊 Флудқа қарсы: өшірулі
mod-ps-main-locks = 🔒 Тыйымдар: { $listHtml }
mod-ps-main-locks-none = 🔒 Тыйымдар: жоқ
mod-ps-main-night = 🌙 Түнгі режим: { $start }–{ $end } ({ $zone }), { $daysHtml }
mod-ps-main-night-off = 🌙 Түнгі режим: өшірулі
mod-ps-main-welcome = 👋 Сәлемдесу: { $on ->
    [yes] қосулы
   *[no] өшірулі
}
mod-ps-main-captcha = 🤖 Капча: { $on ->
    [yes] қосулы, жауапқа { $durationHtml }
   *[no] өшірулі
}
mod-ps-main-log = 📣 Журнал арнасы: { $id }
mod-ps-main-log-none = 📣 Журнал арнасы: жоқ
mod-ps-main-autodel = 🧹 Автожою: { $listHtml }
mod-ps-main-autodel-none = 🧹 Автожою: ештеңе
mod-ps-sec-warn = ⚠️ Ескертулер
mod-ps-sec-flood = 🌊 Флуд
mod-ps-sec-locks = 🔒 Тыйымдар
mod-ps-sec-night = 🌙 Түнгі режим
mod-ps-sec-welcome = 👋 Сәлемдесу
mod-ps-sec-captcha = 🤖 Капча
mod-ps-sec-log = 📣 Журнал арнасы
mod-ps-sec-autodel = 🧹 Автожою
mod-ps-then-ban = { $timed ->
    [yes] { $durationHtml } бұғаттау
   *[no] біржола бұғаттау
}
mod-ps-then-mute = { $timed ->
    [yes] { $durationHtml } үнсіз ету
   *[no] біржола үнсіз ету
}
mod-ps-then-kick = топтан шығару
mod-ps-btn-turn = { $on ->
    [yes] Өшіру
   *[no] Қосу
}
mod-ps-btn-ban = Бұғаттау
mod-ps-btn-kick = Шығару
mod-ps-btn-mute = Үнсіз ету
mod-ps-btn-limit = ✏️ Шек
mod-ps-btn-duration = ✏️ Ұзақтығы
mod-ps-btn-forever = Біржола
mod-ps-btn-expiry = ✏️ Жарамдылық мерзімі
mod-ps-btn-noexp = Мерзімсіз
mod-ps-btn-flood-rule = ✏️ Хабарламалар мен уақыт
mod-ps-btn-start = ✏️ Басталуы
mod-ps-btn-end = ✏️ Аяқталуы
mod-ps-btn-zone = ✏️ Уақыт белдеуі
mod-ps-btn-welcome-text = ✏️ Мәтін
mod-ps-btn-welcome-default = Әдепкі мәтін
mod-ps-btn-captcha-time = ✏️ Жауап уақыты
mod-ps-btn-log-set = ✏️ Арнаны көрсету
mod-ps-btn-log-clear = Арнаны алып тастау
mod-ps-warn-title = ⚠️ { $group } тобындағы <b>ескертулер</b>
mod-ps-warn-limit = { $limit } ескертуден кейін: { $actionHtml }
mod-ps-warn-expiry = Әр ескерту { $durationHtml } күшінде болады.
mod-ps-warn-expiry-never = Ескертулер алынып тасталғанша күшінде болады.
mod-ps-flood-title = 🌊 { $group } тобындағы <b>флудқа қарсы қорғаныс</b>: { $on ->
    [yes] қосулы
   *[no] өшірулі
}
mod-ps-flood-rule = Флуд: { $secondsHtml } ішінде { $messages } хабарлама.
mod-ps-flood-then = Содан кейін: { $actionHtml }
mod-ps-locks-title = 🔒 { $group } тобындағы <b>тыйымдар</b>: қатысушылар жіберген тыйым салынған түрдегі хабарламалар жойылады. Тыйым салу не алу үшін басыңыз.
mod-ps-lock-audio = Аудио
mod-ps-lock-bot = Бот қосу
mod-ps-lock-button = Түймелер
mod-ps-lock-command = Командалар
mod-ps-lock-contact = Контактілер
mod-ps-lock-document = Файлдар
mod-ps-lock-email = E-mail мекенжайлары
mod-ps-lock-forward = Қайта жіберулер
mod-ps-lock-game = Ойындар
mod-ps-lock-gif = GIF
mod-ps-lock-inline = Инлайн-боттар
mod-ps-lock-invitelink = Шақыру сілтемелері
mod-ps-lock-location = Геолокациялар
mod-ps-lock-phone = Телефон нөмірлері
mod-ps-lock-photo = Фото
mod-ps-lock-poll = Сауалнамалар
mod-ps-lock-sticker = Стикерлер
mod-ps-lock-text = Мәтін
mod-ps-lock-url = Сілтемелер
mod-ps-lock-video = Бейне
mod-ps-lock-videonote = Бейнехабарламалар
mod-ps-lock-voice = Дауыстық хабарламалар
mod-ps-night-title = 🌙 { $group } тобындағы <b>түнгі режим</b>: { $on ->
    [yes] қосулы
   *[no] өшірулі
}
mod-ps-night-window = Чат { $start } мен { $end } аралығында жабық ({ $zone }).
mod-ps-night-days = Басталатын күндер: { $daysHtml }
mod-ps-every-day = күн сайын
mod-ps-day-mon = Дс
mod-ps-day-tue = Сс
mod-ps-day-wed = Ср
mod-ps-day-thu = Бс
mod-ps-day-fri = Жм
mod-ps-day-sat = Сб
mod-ps-day-sun = Жс
mod-ps-last-day = Түнгі режимге кемінде бір күн керек.
mod-ps-welcome-title = 👋 { $group } тобындағы <b>сәлемдесу</b>: { $on ->
    [yes] қосулы
   *[no] өшірулі
}
mod-ps-welcome-text = Мәтін: <i>{ $text }</i>
mod-ps-welcome-default = Мәтін: менің әдепкі сәлемдесуім.
mod-ps-welcome-placeholders = Алмастырулар: { $list }
mod-ps-captcha-title = 🤖 { $group } тобындағы <b>капча</b>: { $on ->
    [yes] қосулы
   *[no] өшірулі
}
mod-ps-captcha-time = Жаңа қатысушыларда түймені басуға { $durationHtml } бар, әйтпесе олар шығарылады.
mod-ps-log-title = 📣 { $group } тобының <b>журнал арнасы</b>
mod-ps-log-none = Журнал арнасы жоқ: менің әрекеттерім ешқайда жарияланбайды.
mod-ps-log-set = Әр әрекет { $id } арнасына жарияланады.
mod-ps-log-test = ✅ Бұл арна енді { $group } тобының модерация журналын алады.
mod-ps-log-unknown = Ол арнаны таба алмадым. Алдымен мені оған админ ретінде қосыңыз, содан кейін қайталап көріңіз.
mod-ps-log-not-channel = Бұл арна емес. Арнаны көрсетіңіз.
mod-ps-log-not-your-channel = Сіз ол арнаның админі емессіз: топ журналын оған тек арна админдері бағыттай алады.
mod-ps-log-cannot-post = Мен ол арнаға жариялай алмаймын. Мені онда хабарлама жариялау құқығы бар админ етіңіз, содан кейін қайталап көріңіз.
mod-ps-autodel-title = 🧹 { $group } тобындағы <b>автожою</b>: әрқайсысын қосу не өшіру үшін басыңыз.
mod-ps-ad-cmd = Командалар
mod-ps-ad-svc = Кіру мен шығу хабарламалары
mod-ps-ad-welc = Алдыңғы сәлемдесу
mod-ps-ask-limit = Неше ескертуден кейін топ шарасы қолданылады? 1-ден 20-ға дейінгі сан жіберіңіз.
mod-ps-ask-duration = { $action ->
    [mute] Үнсіз ету
   *[ban] Бұғаттау
} қанша уақытқа созылсын? 30m, 12h немесе 7d сияқты мерзім жіберіңіз (30 секундтан 366 күнге дейін).
mod-ps-ask-expiry = Ескерту қанша уақыт күшінде болсын? 12h, 7d немесе 4w сияқты мерзім жіберіңіз (1 минуттан 366 күнге дейін).
mod-ps-ask-flood-messages = Неше хабарлама флуд болып саналады? 2-ден 100-ге дейінгі сан жіберіңіз.
mod-ps-ask-flood-seconds = Қанша уақыт ішінде? Секунд санын (1-ден 3600-ге дейін) немесе 1m сияқты мерзім жіберіңіз.
mod-ps-ask-start = Түнгі режим қашан басталсын? Уақытты топтың уақыт белдеуінде ({ $zone }) СС:ММ түрінде (24 сағаттық) жіберіңіз.
mod-ps-ask-end = Түнгі режим қашан аяқталсын? Уақытты топтың уақыт белдеуінде ({ $zone }) СС:ММ түрінде (24 сағаттық) жіберіңіз.
mod-ps-ask-zone = Топ қай уақыт белдеуінде? Оның IANA атауын жіберіңіз, мысалы Asia/Almaty, Europe/Berlin немесе UTC.
mod-ps-ask-welcome = Сәлемдесу мәтінін жіберіңіз (4096 таңбаға дейін). Әр жаңа қатысушы үшін мыналар толтырылады: { $placeholders }
mod-ps-ask-captcha = Жаңа қатысушыларда түймені басуға қанша уақыт болсын? Секунд санын (15-тен 3600-ге дейін) немесе 2m сияқты мерзім жіберіңіз.
mod-ps-ask-log = Топ журналын қай арна алсын? Одан кез келген жазбаны осында қайта жіберіңіз немесе оның @username не id-ін жіберіңіз. Мен онда жариялау құқығы бар админ болуым керек, сіз де оның админі болуыңыз керек.
mod-ps-bad-number = { $min } мен { $max } аралығындағы бүтін сан жіберіңіз.
mod-ps-bad-penalty = 30 секундтан 366 күнге дейінгі мерзім жіберіңіз, мысалы 30m, 12h немесе 7d.
mod-ps-bad-expiry = 1 минуттан 366 күнге дейінгі мерзім жіберіңіз, мысалы 12h, 7d немесе 4w.
mod-ps-bad-flood-seconds = 1 секундтан 1 сағатқа дейінгі уақыт жіберіңіз, мысалы 10 немесе 1m.
mod-ps-bad-captcha = 15 секундтан 1 сағатқа дейінгі уақыт жіберіңіз, мысалы 90 немесе 2m.
mod-ps-bad-time = Уақытты СС:ММ түрінде (24 сағаттық) жіберіңіз, мысалы 23:00 немесе 7:30.
mod-ps-bad-zone = Мұндай уақыт белдеуін білмеймін. Оның IANA атауын жіберіңіз, мысалы Asia/Almaty, Europe/Berlin немесе America/New_York.
mod-ps-bad-welcome = 1-ден { $max } таңбаға дейінгі мәтін жіберіңіз.
mod-ps-bad-channel = Арнадан жазбаны қайта жіберіңіз немесе оның @username не id-ін (-100…) жіберіңіз.
mod-ps-same-time = Түнгі режим бір уақытта басталып, аяқтала алмайды ({ $time }). Басқа уақыт жіберіңіз.
mod-ps-kick-no-duration = Шығарудың ұзақтығы болмайды. Алдымен бұғаттауды немесе үнсіз етуді таңдаңыз.
