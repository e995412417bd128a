# netmon: бот мониторинга Plume WiFi. Настройка, локации, доступ и общие слова.

netmon-cmd-setup = подключить клиент Plume API
netmon-cmd-locations = выбрать локацию клиента для наблюдения
netmon-cmd-status = состояние текущей локации
netmon-cmd-wan = потребление WAN (24 ч / 7 дн) с графиком
netmon-cmd-stats = история доступности (3 ч / 24 ч / 7 дн)
netmon-cmd-nodes = поды: модель, прошивка, MAC, IP
netmon-cmd-wifi = сети WiFi и их защита
netmon-cmd-alerts = оповещения и ежедневная сводка для этого чата
netmon-cmd-logout = забыть ваши учётные данные Plume

netmon-hint-setup = 📡 Чтобы следить за локациями Plume, подключите свой клиент Plume API: /setup
netmon-hint-locations = 📡 Клиент Plume подключён. Теперь выберите локацию: /locations
netmon-hint-status = 📡 Вы следите за <b>{ $location }</b>. Состояние — /status, сменить локацию — /locations.

netmon-private-bot = Извините, это частный бот. Если вам нужен доступ, попросите его владельца добавить ваш аккаунт Telegram.
netmon-private-bot-short = Извините, это частный бот.

# Настройка
netmon-setup-private-only = В целях безопасности выполните /setup в личном чате со мной: учётные данные нельзя публиковать в группе.
netmon-setup-step1 =
    <b>Подключение Plume — шаг 1 из 2</b>
    Отправьте <b>заголовок Authorization</b> вашего клиента Plume API. Он выглядит так: <code>Basic dXNlcjpzZWNyZXQ=</code> (base64 от <code>client_id:client_secret</code>).
    Я удалю ваше сообщение сразу после прочтения и сохраню заголовок в зашифрованном виде.
    Отправьте /cancel, чтобы прервать.
netmon-setup-step2 =
    <b>Подключение Plume — шаг 2 из 2</b>
    Заголовок получен. Теперь отправьте ваш <b>Partner ID</b>: 24 шестнадцатеричных символа, например <code>eb0af9d0a7ab946dcb3b8ef5</code>.
    Отправьте /cancel, чтобы прервать.
netmon-setup-header-not-basic = Это не заголовок Basic Authorization. Отправьте его в виде <code>Basic &lt;base64&gt;</code> или /cancel.
netmon-setup-header-not-base64 = Часть после <code>Basic</code> — не корректный base64. Скопируйте заголовок целиком ещё раз или отправьте /cancel.
netmon-setup-header-no-client-pair = Заголовок не раскодируется в <code>client_id:client_secret</code>. Проверьте, что скопировали нужный заголовок, или отправьте /cancel.
netmon-setup-header-not-text = Пожалуйста, отправьте заголовок текстовым сообщением или /cancel.
netmon-setup-delete-failed = ⚠️ Не удалось удалить ваше сообщение. Пожалуйста, удалите его сами: в нём секрет клиента.
netmon-setup-expired = { $deleted ->
    [yes] Время /setup истекло, поэтому я удалил это сообщение. Выполните /setup ещё раз, чтобы подключить Plume.
   *[no] Время /setup истекло. Выполните /setup ещё раз, чтобы подключить Plume.
}
netmon-setup-stray-header = Я удалил ваше сообщение: оно похоже на заголовок Authorization, которому не место в чате. Чтобы подключить Plume, выполните /setup.
netmon-setup-partner-invalid = Partner ID — это 24 шестнадцатеричных символа (0-9, a-f), например <code>eb0af9d0a7ab946dcb3b8ef5</code>. Отправьте его ещё раз или /cancel.
netmon-setup-done =
    ✅ <b>Plume подключён</b>, партнёр <code>{ $partnerId }</code>.
    Теперь выберите локацию для наблюдения: /locations
netmon-setup-done-with-location =
    ✅ <b>Plume подключён</b>, партнёр <code>{ $partnerId }</code>.
    Вы по-прежнему следите за <b>{ $location }</b>: /status, или выберите другую через /locations.
netmon-setup-invalid-client = ❌ Служба входа Plume отклонила этот клиент (<code>invalid_client</code>): заголовок Authorization неверен или клиент отозван. Ничего не сохранено. Отправьте верный заголовок (Partner ID сохранён) или /cancel.
netmon-setup-invalid-scope = ❌ Клиент действителен, но не может действовать от имени партнёра <code>{ $partnerId }</code> (<code>invalid_scope</code>). Отправьте правильный Partner ID или /cancel.
netmon-setup-sso-unreachable = ⚠️ Служба входа Plume недоступна, поэтому проверить учётные данные не удалось. Ничего не сохранено. Отправьте Partner ID ещё раз, чтобы повторить, или /cancel.
netmon-setup-sso-busy = ⚠️ Служба входа Plume перегружена. Отправьте Partner ID ещё раз через { $seconds } с или /cancel.
netmon-setup-sso-bad-response = ⚠️ Служба входа Plume прислала непонятный ответ. Ничего не сохранено. Отправьте Partner ID ещё раз, чтобы повторить, или /cancel.

# Учётные данные и токены
netmon-need-setup = Сначала подключите клиент Plume API через /setup.
netmon-need-setup-group = Чтобы пользоваться отчётами Plume, сначала подключите клиент Plume API в личном чате со мной (/setup).
netmon-need-setup-short = Сначала подключите клиент Plume API: отправьте мне /setup в личном чате.
netmon-credentials-refused-client = ❌ Plume больше не принимает сохранённые учётные данные клиента (<code>invalid_client</code>): клиент мог быть отозван или его секрет изменён. Пожалуйста, выполните /setup ещё раз.
netmon-credentials-refused-scope = ❌ Plume больше не разрешает вашему клиенту действовать от имени партнёра (<code>invalid_scope</code>). Пожалуйста, выполните /setup ещё раз с правильным Partner ID.
netmon-sso-unreachable = ⚠️ Служба входа Plume недоступна, обновить доступ не удалось. Попробуйте чуть позже; настройка сохранена.
netmon-sso-busy = ⚠️ Служба входа Plume перегружена. Попробуйте через { $seconds } с.
netmon-sso-bad-response = ⚠️ Служба входа Plume прислала непонятный ответ. Попробуйте чуть позже.
netmon-location-gone = Plume не находит эту локацию для вашего партнёра. Выберите другую через /locations.

# Локации
netmon-locations-private-only = Выберите локацию в личном чате со мной (/locations); выбор будет действовать и здесь.
netmon-need-location = Сначала выберите локацию: /locations
netmon-need-location-group = Сначала выберите локацию в личном чате со мной: /locations
netmon-locations-prompt =
    <b>Выбор локации</b>
    Отправьте <b>ID клиента</b> (24 шестнадцатеричных символа) или часть <b>имени</b> либо <b>e-mail</b> клиента.
    Отправьте /cancel, чтобы прервать.
netmon-locations-prompt-remembered =
    <b>Выбор локации</b>
    Вы следите за <b>{ $location }</b> ({ $customer }). Нажмите на неё, чтобы оставить, или отправьте <b>ID клиента</b> либо часть <b>имени</b> или <b>e-mail</b>, чтобы найти другую.
    Отправьте /cancel, чтобы прервать.
netmon-locations-query-invalid = Отправьте ID клиента или от 2 до 64 символов имени или e-mail, либо /cancel.
netmon-locations-customer-not-found = У вашего партнёра нет клиента с ID <code>{ $id }</code>. Проверьте и отправьте ещё раз или /cancel.
netmon-locations-no-match = Ни одно имя или e-mail клиента не содержит «{ $query }». Попробуйте другой запрос или /cancel.
netmon-locations-matches = { $count ->
    [one] Запросу «{ $query }» соответствует { $count } клиент. Выберите:
    [few] Запросу «{ $query }» соответствуют { $count } клиента. Выберите одного:
   *[other] Запросу «{ $query }» соответствуют { $count } клиентов. Выберите одного:
}
netmon-locations-refine = Показаны только первые { $shown }: уточните имя, чтобы сузить поиск.
netmon-locations-list = { $count ->
    [one] У клиента <b>{ $customer }</b> { $count } локация. Выберите:
    [few] У клиента <b>{ $customer }</b> { $count } локации. Выберите одну:
   *[other] У клиента <b>{ $customer }</b> { $count } локаций. Выберите одну:
}
netmon-locations-page = Страница { $page } из { $pages }.
netmon-locations-none = У клиента <b>{ $customer }</b> нет локаций.
netmon-location-chosen =
    📍 Вы следите за <b>{ $location }</b> ({ $customer }).
    Дальше: /status, /wan, /stats, /nodes, /wifi или /alerts.
netmon-location-chosen-short = Локация выбрана.

# Выход
netmon-logout-private-only = Выполните /logout в личном чате со мной.
netmon-logout-done = { $alerts ->
    [0] 👋 Ваши учётные данные Plume, токен и локация забыты.
    [one] 👋 Ваши учётные данные Plume, токен и локация забыты; { $alerts } подписка на оповещения, которая их использовала, удалена.
    [few] 👋 Ваши учётные данные Plume, токен и локация забыты; { $alerts } подписки на оповещения, которые их использовали, удалены.
   *[other] 👋 Ваши учётные данные Plume, токен и локация забыты; { $alerts } подписок на оповещения, которые их использовали, удалены.
}
netmon-logout-nothing = Забывать нечего: учётных данных Plume нет.

# Общие слова
netmon-up-to-date = Уже актуально.
netmon-mbps = { $value } Мбит/с
netmon-unit-mbps = Мбит/с
netmon-ms = { $value } мс
netmon-since = с { $time } ({ $duration })
netmon-duration-under-minute = меньше минуты
netmon-unit-days = { $n } дн
netmon-unit-hours = { $n } ч
netmon-unit-minutes = { $n } мин

netmon-btn-status = 📡 Состояние
netmon-btn-wan = 📈 WAN
netmon-btn-stats = 📊 Статистика
netmon-btn-nodes = 🧩 Поды
netmon-btn-wifi = 📶 WiFi
netmon-btn-refresh = 🔄 Обновить
netmon-btn-change-location = 📍 Сменить локацию
netmon-btn-other-locations = 🔎 Другие локации этого клиента
netmon-btn-3h = 3 ч
netmon-btn-24h = 24 ч
netmon-btn-7d = 7 дн
