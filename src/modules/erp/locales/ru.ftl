# erp (бот ERP ROA2WEB): привязка аккаунта, компании, сводка, счета, казначейство, выгрузки, дайджест.
# Сообщения с окончанием -alert — всплывающие уведомления кнопок, а erp-btn-*, erp-col-*, erp-pdf-*,
# erp-chart-*, erp-age-*, erp-filter-* и erp-status-* попадают также в кнопки, графики, файлы CSV и PDF:
# простой текст, без HTML.

erp-cmd-link = Привязать аккаунт ROA2WEB по коду
erp-cmd-companies = Ваши компании
erp-cmd-selectcompany = Выбрать активную компанию
erp-cmd-dashboard = Сводка по активной компании
erp-cmd-sold = Сальдо (то же, что /dashboard)
erp-cmd-facturi = Счета: /facturi neplatite или /facturi platite
erp-cmd-trezorerie = Казначейство: кассы и банковские счета
erp-cmd-digest = Ежедневный дайджест просроченных счетов
erp-cmd-clear = Сбросить активную компанию
erp-cmd-unlink = Отвязать этот аккаунт Telegram от ROA2WEB

# /start и привязка
erp-hint-unlinked = ROA2WEB: чтобы привязать аккаунт, откройте в ROA2WEB «Настройки → Telegram» и нажмите «Сгенерировать код». Затем нажмите «Открыть в Telegram», отсканируйте QR-код телефоном или отправьте сюда код из 8 символов.
erp-hint-linked = ROA2WEB: вы привязаны как <b>{ $name }</b> ({ $email }). Активная компания: <b>{ $company }</b>. Попробуйте /dashboard или /facturi.
erp-hint-linked-no-company = ROA2WEB: вы привязаны как <b>{ $name }</b> ({ $email }). Выберите компанию: /selectcompany.
erp-link-usage = Чтобы привязать аккаунт ROA2WEB, откройте в ROA2WEB «Настройки → Telegram», нажмите «Сгенерировать код» и отправьте код сюда, например <code>/link ABCD2345</code> (или просто код). В нём 8 букв и цифр; он действует один раз, 15 минут.
erp-link-format = Это не код привязки: в коде 8 букв и цифр, например <code>ABCD2345</code>.
erp-link-private-only = Ради вашей безопасности привязывайте аккаунт в личном чате со мной. Я удалил ваше сообщение.
erp-link-delete-failed = ⚠️ Не удалось удалить ваше сообщение с кодом. Пожалуйста, удалите его сами.
erp-link-wrong = ❌ Код неверен. Проверьте его или сгенерируйте новый в ROA2WEB («Настройки → Telegram»).
erp-link-expired = ⌛ Срок действия кода истёк: код действует 15 минут. Сгенерируйте новый в ROA2WEB.
erp-link-used = Этот код уже использован: код действует один раз. Сгенерируйте новый в ROA2WEB.
erp-link-used-mine = Вы уже привязали этот аккаунт этим кодом. Попробуйте /dashboard.
erp-link-burned = ⛔ Код заблокирован: в этом боте перебрали слишком много неверных кодов. Сгенерируйте новый в ROA2WEB.
erp-link-busy = Этот код сейчас используется. Попробуйте ещё раз через минуту.
erp-link-unknown-user = ROA2WEB не знает аккаунт, для которого создан этот код. Сгенерируйте новый код или обратитесь к администратору.
erp-link-user-disabled = Ваш аккаунт ROA2WEB отключён. Обратитесь к администратору.
erp-link-done = ✅ Этот аккаунт Telegram привязан к ROA2WEB как <b>{ $name }</b> ({ $email }).
erp-link-same = Этот аккаунт Telegram уже привязан к <b>{ $email }</b>.
erp-relink-ask = Этот аккаунт Telegram привязан к <b>{ $current }</b>. Привязать его вместо этого к <b>{ $next }</b>? Активная компания и ежедневный дайджест будут сброшены.
erp-relink-yes = ✅ Да, сменить аккаунт
erp-relink-no = ✖ Нет, оставить текущий
erp-relink-kept = Ничего не изменилось: вы по-прежнему привязаны к <b>{ $email }</b>.
erp-relink-cancelled = Ничего не изменилось.
erp-relink-expired = Время ответа истекло. Отправьте код ещё раз.
erp-moved-away = Ваш аккаунт ROA2WEB <b>{ $email }</b> привязан к другому аккаунту Telegram, поэтому здесь он больше не привязан. Если это были не вы, смените пароль ROA2WEB и сообщите администратору.

# Не привязан, привязка закончилась, доступ выключен
erp-need-link = Сначала привяжите аккаунт ROA2WEB: откройте в ROA2WEB «Настройки → Telegram», нажмите «Сгенерировать код» и отправьте код сюда.
erp-need-link-alert = Сначала привяжите аккаунт ROA2WEB: откройте в ROA2WEB «Настройки → Telegram» и отправьте код сюда.
erp-link-ended = Привязка к ROA2WEB закончилась (её отозвали или ваш аккаунт отключили). Привяжите аккаунт снова новым кодом из ROA2WEB («Настройки → Telegram»).
erp-link-ended-alert = Привязка к ROA2WEB закончилась. Привяжите аккаунт снова новым кодом из ROA2WEB.
erp-disabled = Доступ к ROA2WEB через Telegram выключен администратором.
erp-disabled-alert = Доступ к ROA2WEB через Telegram выключен администратором.
erp-private-only = Ради конфиденциальности я показываю данные ROA2WEB только в личном чате со мной.
erp-private-only-alert = Ради конфиденциальности я показываю данные ROA2WEB только в личном чате со мной.

# /unlink
erp-unlink-ask = Отвязать этот аккаунт Telegram от <b>{ $email }</b>? Чтобы привязать его снова, понадобится новый код из ROA2WEB.
erp-unlink-yes = ✅ Да, отвязать
erp-unlink-no = ✖ Отмена
erp-unlink-done = Аккаунт отвязан. ROA2WEB отозвал доступ этого бота к вашему аккаунту. Чтобы привязать его снова, сгенерируйте новый код в ROA2WEB.
erp-unlink-done-offline = Аккаунт отвязан здесь. ROA2WEB недоступен, поэтому выданный боту доступ закончится сам, когда истечёт его срок.
erp-unlink-cancelled = Ничего не изменилось: вы по-прежнему привязаны к <b>{ $email }</b>.
erp-unlink-nothing = Этот аккаунт Telegram не привязан к ROA2WEB.

# Компании
erp-companies-title = <b>🏢 Ваши компании</b> ({ $count })
erp-companies-none = У вашего аккаунта ROA2WEB нет компаний.
erp-btn-choose-company = 🏢 Выбрать компанию
erp-pick-title = Выберите компанию:
erp-pick-needed = Сначала выберите компанию, с которой работаете:
erp-pick-search = Компании по запросу «{ $query }»:
erp-pick-no-match = По запросу «{ $query }» компаний нет. Вот все компании:
erp-company-gone = Этой компании больше нет в вашем списке. Выберите снова:
erp-company-selected = ✅ Активная компания: <b>{ $name }</b> (CUI { $cui }).
erp-company-selected-no-cui = ✅ Активная компания: <b>{ $name }</b>.
erp-company-selected-alert = Компания выбрана
erp-clear-done = Активная компания сброшена. Выберите другую: /selectcompany.
erp-clear-nothing = Компания не была выбрана.
erp-page = Страница { $page } из { $pages }.
erp-page-prev = ‹ Назад
erp-page-next = Далее ›

# Сводка
erp-dash-title = <b>📊 { $company }</b>
erp-dash-balance = Сальдо: <b>{ $amount }</b>
erp-dash-receivables = Дебиторская задолженность: { $amount }
erp-dash-payables = Кредиторская задолженность: { $amount }
erp-dash-invoices = Счета: выставлено { $issued } · оплачено { $paid } · не оплачено { $unpaid }
erp-dash-overdue = ⚠️ Просрочено: { $count ->
    [one] { $count } счёт
    [few] { $count } счёта
   *[other] { $count } счетов
} · { $amount }
erp-dash-no-overdue = ✅ Просрочек нет
erp-dash-month = В этом месяце: поступления { $collections } · платежи { $payments }
erp-as-of = <i>Данные на { $time }</i>
erp-btn-aging = 📈 Долги по срокам
erp-btn-unpaid = 🧾 Неоплаченные счета
erp-btn-overdue = 🧾 Просроченные счета
erp-btn-treasury = 🏦 Казначейство
erp-btn-refresh = 🔄 Обновить
erp-btn-dashboard = 📊 Сводка

# Дебиторская задолженность по срокам (график и подпись)
erp-chart-title = Дебиторская задолженность по срокам
erp-chart-subtitle = Остаток к оплате по дням просрочки · { $time }
erp-chart-empty = Оплачивать больше нечего.
erp-chart-caption-title = <b>📈 Дебиторская задолженность по срокам: { $company }</b>
erp-chart-line = { $bucket }: { $amounts }
erp-age-current = Срок не наступил
erp-age-d1-30 = 1–30 дней
erp-age-d31-60 = 31–60 дней
erp-age-d61-90 = 61–90 дней
erp-age-d90-plus = Более 90 дней

# Счета
erp-filter-all = все
erp-filter-unpaid = неоплаченные
erp-filter-paid = оплаченные
erp-filter-overdue = просроченные
erp-filter-partial = оплаченные частично
erp-btn-filter-all = Все
erp-btn-filter-unpaid = Неоплаченные
erp-btn-filter-paid = Оплаченные
erp-btn-filter-overdue = Просроченные
erp-status-paid = оплачен
erp-status-unpaid = не оплачен
erp-status-partial = оплачен частично
erp-inv-title = <b>🧾 Счета: { $company }</b> ({ $filter })
erp-inv-count = { $count ->
    [one] { $count } счёт
    [few] { $count } счёта
   *[other] { $count } счетов
}, страница { $page } из { $pages }
erp-inv-empty = Нет счетов, подходящих под этот фильтр.
erp-inv-left = к оплате { $amount }
erp-inv-paid-in-full = оплачен полностью
erp-inv-due = срок { $date }
erp-inv-overdue = ⚠️ просрочен на { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[other] { $days } дней
}
erp-inv-totals = <b>Итого</b> (все счета этого списка):
erp-inv-totals-line = выставлено { $total } · оплачено { $paid } · к оплате { $left }
erp-inv-unknown-filter = Фильтр «{ $word }» мне неизвестен. Попробуйте <code>/facturi</code>, <code>/facturi neplatite</code>, <code>/facturi platite</code> или <code>/facturi restante</code>.
erp-inv-detail-title = <b>🧾 Счёт { $name }</b>
erp-inv-detail-company = Выставлен компанией { $company }
erp-inv-detail-partner = Клиент: <b>{ $partner }</b> (CUI { $cui })
erp-inv-detail-partner-no-cui = Клиент: <b>{ $partner }</b>
erp-inv-detail-issued = Выставлен { $date }
erp-inv-detail-due = Срок оплаты { $date }
erp-inv-detail-total = Сумма: <b>{ $amount }</b>
erp-inv-detail-paid = Оплачено: { $amount }
erp-inv-detail-left = К оплате: <b>{ $amount }</b>
erp-inv-detail-status = Статус: { $status }
erp-inv-detail-overdue = ⚠️ Просрочен на { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[other] { $days } дней
}
erp-inv-gone-alert = Этого счёта больше нет в списке. Откройте список заново.
erp-btn-back-list = « К списку

# Выгрузки
erp-btn-csv = ⬇️ CSV
erp-btn-pdf = ⬇️ PDF
erp-export-empty-alert = Выгружать нечего: под этот фильтр не подходит ни один счёт.
erp-export-preparing-alert = Готовлю файл…
erp-export-caption = 🧾 { $company }: { $filter }, { $count ->
    [one] { $count } счёт
    [few] { $count } счёта
   *[other] { $count } счетов
}
erp-col-invoice = Счёт
erp-col-partner = Клиент
erp-col-cui = CUI
erp-col-issued = Выставлен
erp-col-due = Срок
erp-col-total = Сумма
erp-col-paid = Оплачено
erp-col-left = К оплате
erp-col-currency = Валюта
erp-col-status = Статус
erp-col-days-overdue = Дней просрочки
erp-pdf-title = Счета
erp-pdf-subtitle = { $filter } · { $count ->
    [one] { $count } счёт
    [few] { $count } счёта
   *[other] { $count } счетов
} · { $time }
erp-pdf-totals = Итого
erp-pdf-totals-line = { $count ->
    [one] { $count } счёт
    [few] { $count } счёта
   *[other] { $count } счетов
}: выставлено { $total } · оплачено { $paid } · к оплате { $left }
erp-pdf-page = Страница { $page } из { $pages }

# Казначейство
erp-treasury-title = <b>🏦 Казначейство: { $company }</b>
erp-treasury-cash = <b>Кассы</b>
erp-treasury-banks = <b>Банковские счета</b>
erp-treasury-totals = <b>Итого по валютам</b>
erp-treasury-cash-line = { $name }: { $amount }
erp-treasury-bank-line = { $bank } · <code>{ $iban }</code>: { $amount }
erp-treasury-bank-line-no-iban = { $bank }: { $amount }
erp-treasury-total-line = <b>{ $amount }</b>
erp-treasury-none = нет

# Ежедневный дайджест просроченных счетов
erp-digest-title = <b>🔔 Ежедневный дайджест просроченных счетов</b>
erp-digest-off = Выключен. Выберите, в котором часу получать его каждый день (часовой пояс { $zone }):
erp-digest-on = Каждый день в <b>{ $time }</b> ({ $zone }) по компании <b>{ $company }</b>. Можно выбрать другой час, другой часовой пояс или выключить его:
erp-digest-zones = Выберите часовой пояс:
erp-btn-digest-off = 🔕 Выключить
erp-digest-set-alert = Дайджест будет приходить каждый день в { $time }.
erp-digest-zone-alert = Часовой пояс: { $zone }
erp-digest-off-alert = Дайджест выключен.
erp-digest-message-title = <b>🔔 Просроченные счета: { $company }</b>, { $date }
erp-digest-none = ✅ Просроченных счетов нет.
erp-digest-count = { $count ->
    [one] Просрочен { $count } счёт.
    [few] Просрочено { $count } счёта.
   *[other] Просрочено { $count } счетов.
}
erp-digest-total = К оплате: <b>{ $amount }</b>
erp-digest-more = …и ещё { $count }: /facturi restante
erp-digest-stopped-link = Ежедневный дайджест остановлен: привязка к ROA2WEB закончилась. Привяжите аккаунт снова новым кодом из ROA2WEB и включите дайджест командой /digest.
erp-digest-stopped-company = Ежедневный дайджест остановлен: ваш аккаунт ROA2WEB больше не видит эту компанию. Включите его снова командой /digest.
