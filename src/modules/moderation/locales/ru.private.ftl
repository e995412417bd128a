mod-ps-start-hint = ⚙️ Вы админ группы, которую я модерирую? Отправьте сюда /settings, чтобы управлять её настройками.
mod-ps-groups-title = ⚙️ Настройки какой группы вы хотите изменить?
mod-ps-groups-page = Страница { $page } из { $pages }
mod-ps-groups-none = Я не нашёл групп, где вы админ, а я участник. Добавьте меня в свою группу админом, затем снова отправьте сюда /settings.
mod-ps-to-groups = « Мои группы
mod-ps-back = « Назад
mod-ps-form-back = « Назад без изменений
mod-ps-saved = ✅ Сохранено.
mod-ps-not-admin = Вы (больше) не админ этой группы.
mod-ps-bot-gone = Меня больше нет в этой группе.
mod-ps-api-down = ⚠️ API V2 не отвечает: настройки сейчас нельзя прочитать или изменить. Попробуйте позже.
mod-ps-refused = ❌ API V2 не принял это значение. { $hintHtml }
mod-ps-refused-press = ❌ API V2 не принял это изменение.
mod-ps-title = ⚙️ Настройки группы <b>{ $group }</b>
mod-ps-main-warn = ⚠️ Предупреждения: после { $limit } — { $actionHtml }
mod-ps-main-flood = 🌊 Антифлуд: { $messages } сообщений за { $secondsHtml }, затем { $actionHtml }
mod-ps-main-flood-off = 🌊 Антифлуд: выключен
mod-ps-main-locks = 🔒 Запреты: { $listHtml }
mod-ps-main-locks-none = 🔒 Запреты: нет
mod-ps-main-night = 🌙 Ночной режим: { $start }–{ $end } ({ $zone }), { $daysHtml }
mod-ps-main-night-off = 🌙 Ночной режим: выключен
mod-ps-main-welcome = 👋 Приветствие: { $on ->
    [yes] включено
   *[no] выключено
}
mod-ps-main-captcha = 🤖 Капча: { $on ->
    [yes] включена, на ответ { $durationHtml }
   *[no] выключена
}
mod-ps-main-log = 📣 Канал журнала: { $id }
mod-ps-main-log-none = 📣 Канал журнала: нет
mod-ps-main-autodel = 🧹 Автоудаление: { $listHtml }
mod-ps-main-autodel-none = 🧹 Автоудаление: ничего
mod-ps-sec-warn = ⚠️ Предупреждения
mod-ps-sec-flood = 🌊 Антифлуд
mod-ps-sec-locks = 🔒 Запреты
mod-ps-sec-night = 🌙 Ночной режим
mod-ps-sec-welcome = 👋 Приветствие
mod-ps-sec-captcha = 🤖 Капча
mod-ps-sec-log = 📣 Канал журнала
mod-ps-sec-autodel = 🧹 Автоудаление
mod-ps-then-ban = бан { $timed ->
    [yes] на { $durationHtml }
   *[no] навсегда
}
mod-ps-then-mute = мут { $timed ->
    [yes] на { $durationHtml }
   *[no] навсегда
}
mod-ps-then-kick = удаление из группы
mod-ps-btn-turn = { $on ->
    [yes] Выключить
   *[no] Включить
}
mod-ps-btn-ban = Бан
mod-ps-btn-kick = Удаление
mod-ps-btn-mute = Мут
mod-ps-btn-limit = ✏️ Лимит
mod-ps-btn-duration = ✏️ Срок
mod-ps-btn-forever = Навсегда
mod-ps-btn-expiry = ✏️ Срок действия
mod-ps-btn-noexp = Бессрочно
mod-ps-btn-flood-rule = ✏️ Сообщения и время
mod-ps-btn-start = ✏️ Начало
mod-ps-btn-end = ✏️ Конец
mod-ps-btn-zone = ✏️ Часовой пояс
mod-ps-btn-welcome-text = ✏️ Текст
mod-ps-btn-welcome-default = Текст по умолчанию
mod-ps-btn-captcha-time = ✏️ Время на ответ
mod-ps-btn-log-set = ✏️ Указать канал
mod-ps-btn-log-clear = Убрать канал
mod-ps-warn-title = ⚠️ <b>Предупреждения</b> в группе { $group }
mod-ps-warn-limit = После { $limit } предупреждений: { $actionHtml }
mod-ps-warn-expiry = Каждое предупреждение действует { $durationHtml }.
mod-ps-warn-expiry-never = Предупреждения действуют, пока их не снимут.
mod-ps-flood-title = 🌊 <b>Антифлуд</b> в группе { $group }: { $on ->
    [yes] включён
   *[no] выключен
}
mod-ps-flood-rule = Флуд: { $messages } сообщений за { $secondsHtml }.
mod-ps-flood-then = Затем: { $actionHtml }
mod-ps-locks-title = 🔒 <b>Запреты</b> в группе { $group }: сообщения запрещённых видов от участников удаляются. Нажмите, чтобы запретить или разрешить.
mod-ps-lock-audio = Аудио
mod-ps-lock-bot = Добавление ботов
mod-ps-lock-button = Кнопки
mod-ps-lock-command = Команды
mod-ps-lock-contact = Контакты
mod-ps-lock-document = Файлы
mod-ps-lock-email = Адреса e-mail
mod-ps-lock-forward = Пересылки
mod-ps-lock-game = Игры
mod-ps-lock-gif = GIF
mod-ps-lock-inline = Инлайн-боты
mod-ps-lock-invitelink = Ссылки-приглашения
mod-ps-lock-location = Геопозиции
mod-ps-lock-phone = Номера телефонов
mod-ps-lock-photo = Фото
mod-ps-lock-poll = Опросы
mod-ps-lock-sticker = Стикеры
mod-ps-lock-text = Текст
mod-ps-lock-url = Ссылки
mod-ps-lock-video = Видео
mod-ps-lock-videonote = Видеосообщения
mod-ps-lock-voice = Голосовые
mod-ps-night-title = 🌙 <b>Ночной режим</b> в группе { $group }: { $on ->
    [yes] включён
   *[no] выключен
}
mod-ps-night-window = Чат закрыт с { $start } до { $end } ({ $zone }).
mod-ps-night-days = Начинается по дням: { $daysHtml }
mod-ps-every-day = каждый день
mod-ps-day-mon = Пн
mod-ps-day-tue = Вт
mod-ps-day-wed = Ср
mod-ps-day-thu = Чт
mod-ps-day-fri = Пт
mod-ps-day-sat = Сб
mod-ps-day-sun = Вс
mod-ps-last-day = Ночному режиму нужен хотя бы один день.
mod-ps-welcome-title = 👋 <b>Приветствие</b> в группе { $group }: { $on ->
    [yes] включено
   *[no] выключено
}
mod-ps-welcome-text = Текст: <i>{ $text }</i>
mod-ps-welcome-default = Текст: моё приветствие по умолчанию.
mod-ps-welcome-placeholders = Подстановки: { $list }
mod-ps-captcha-title = 🤖 <b>Капча</b> в группе { $group }: { $on ->
    [yes] включена
   *[no] выключена
}
mod-ps-captcha-time = У новичков есть { $durationHtml }, чтобы нажать кнопку, иначе их удаляют.
mod-ps-log-title = 📣 <b>Канал журнала</b> группы { $group }
mod-ps-log-none = Канала журнала нет: мои действия никуда не публикуются.
mod-ps-log-set = Каждое действие публикуется в канал { $id }.
mod-ps-log-test = ✅ Этот канал теперь получает журнал модерации группы { $group }.
mod-ps-log-unknown = Я не нахожу этот канал. Сначала добавьте меня туда админом, затем попробуйте снова.
mod-ps-log-not-channel = Это не канал. Укажите, пожалуйста, канал.
mod-ps-log-not-your-channel = Вы не админ этого канала: направить туда журнал группы могут только его админы.
mod-ps-log-cannot-post = Я не могу публиковать в этом канале. Сделайте меня там админом с правом публикации сообщений и попробуйте снова.
mod-ps-autodel-title = 🧹 <b>Автоудаление</b> в группе { $group }: нажмите, чтобы включить или выключить.
mod-ps-ad-cmd = Команды
mod-ps-ad-svc = Сообщения о входе и выходе
mod-ps-ad-welc = Предыдущее приветствие
mod-ps-ask-limit = После скольких предупреждений применять меру группы? Отправьте число от 1 до 20.
mod-ps-ask-duration = Сколько должен длиться { $action ->
    [mute] мут
   *[ban] бан
}? Отправьте срок, например 30m, 12h или 7d (от 30 секунд до 366 дней).
mod-ps-ask-expiry = Сколько должно действовать предупреждение? Отправьте срок, например 12h, 7d или 4w (от 1 минуты до 366 дней).
mod-ps-ask-flood-messages = Сколько сообщений считать флудом? Отправьте число от 2 до 100.
mod-ps-ask-flood-seconds = За какое время? Отправьте число секунд (от 1 до 3600) или срок, например 1m.
mod-ps-ask-start = Когда включать ночной режим? Отправьте время в виде ЧЧ:ММ (24 часа) в часовом поясе группы, { $zone }.
mod-ps-ask-end = Когда выключать ночной режим? Отправьте время в виде ЧЧ:ММ (24 часа) в часовом поясе группы, { $zone }.
mod-ps-ask-zone = В каком часовом поясе группа? Отправьте его название IANA, например Europe/Berlin, Asia/Almaty или UTC.
mod-ps-ask-welcome = Отправьте текст приветствия (до 4096 символов). Для каждого новичка подставляются: { $placeholders }
mod-ps-ask-captcha = Сколько времени у новичков, чтобы нажать кнопку? Отправьте число секунд (от 15 до 3600) или срок, например 2m.
mod-ps-ask-log = Какой канал будет получать журнал группы? Перешлите сюда любой пост из него или отправьте его @username или id. Я должен быть там админом с правом публикации, и вы тоже должны быть его админом.
mod-ps-bad-number = Отправьте, пожалуйста, целое число от { $min } до { $max }.
mod-ps-bad-penalty = Отправьте, пожалуйста, срок от 30 секунд до 366 дней, например 30m, 12h или 7d.
mod-ps-bad-expiry = Отправьте, пожалуйста, срок от 1 минуты до 366 дней, например 12h, 7d или 4w.
mod-ps-bad-flood-seconds = Отправьте, пожалуйста, время от 1 секунды до 1 часа, например 10 или 1m.
mod-ps-bad-captcha = Отправьте, пожалуйста, время от 15 секунд до 1 часа, например 90 или 2m.
mod-ps-bad-time = Отправьте, пожалуйста, время в виде ЧЧ:ММ (24 часа), например 23:00 или 7:30.
mod-ps-bad-zone = Я не знаю такого часового пояса. Отправьте, пожалуйста, его название IANA, например Europe/Berlin, Asia/Almaty или America/New_York.
mod-ps-bad-welcome = Отправьте, пожалуйста, текст длиной от 1 до { $max } символов.
mod-ps-bad-channel = Перешлите, пожалуйста, пост из канала или отправьте его @username или id (-100…).
mod-ps-same-time = Ночной режим не может начинаться и заканчиваться в одно время ({ $time }). Отправьте, пожалуйста, другое время.
mod-ps-kick-no-duration = У удаления нет срока. Сначала выберите бан или мут.
