# erp (ROA2WEB ERP боты): аккаунтты байланыстыру, компаниялар, жиынтық, шоттар, қазынашылық, экспорт, дайджест.
# -alert деп аяқталатын хабарламалар — батырмалардың қалқымалы хабарлары, ал erp-btn-*, erp-col-*, erp-pdf-*,
# erp-chart-*, erp-age-*, erp-filter-* және erp-status-* батырмаларға, графиктерге, CSV және PDF файлдарына
# да түседі: қарапайым мәтін, HTML жоқ.

erp-cmd-link = ROA2WEB аккаунтын кодпен байланыстыру
erp-cmd-companies = Сіздің компанияларыңыз
erp-cmd-selectcompany = Белсенді компанияны таңдау
erp-cmd-dashboard = Белсенді компанияның жиынтығы
erp-cmd-sold = Сальдо (/dashboard сияқты)
erp-cmd-facturi = Шоттар: /facturi neplatite немесе /facturi platite
erp-cmd-trezorerie = Қазынашылық: кассалар мен банк шоттары
erp-cmd-digest = Мерзімі өткен шоттардың күнделікті дайджесті
erp-cmd-clear = Белсенді компанияны ұмыту
erp-cmd-unlink = Осы Telegram аккаунтын ROA2WEB-тен ажырату

# /start және байланыстыру
erp-hint-unlinked = ROA2WEB: аккаунтты байланыстыру үшін ROA2WEB-те «Баптаулар → Telegram» бөлімін ашып, «Код жасау» батырмасын басыңыз. Содан кейін «Telegram-да ашу» батырмасын басыңыз, QR кодты телефонмен сканерлеңіз немесе 8 таңбалы кодты осында жіберіңіз.
erp-hint-linked = ROA2WEB: сіз <b>{ $name }</b> ({ $email }) ретінде байланыстырылғансыз. Белсенді компания: <b>{ $company }</b>. /dashboard немесе /facturi командасын көріңіз.
erp-hint-linked-no-company = ROA2WEB: сіз <b>{ $name }</b> ({ $email }) ретінде байланыстырылғансыз. Компанияны таңдаңыз: /selectcompany.
erp-link-usage = ROA2WEB аккаунтын байланыстыру үшін ROA2WEB-те «Баптаулар → Telegram» бөлімін ашып, «Код жасау» батырмасын басыңыз да, кодты осында жіберіңіз, мысалы <code>/link ABCD2345</code> (немесе тек кодтың өзін). Кодта 8 әріп пен цифр бар, ол бір рет, 15 минут жарамды.
erp-link-format = Бұл байланыстыру коды емес: кодта 8 әріп пен цифр болады, мысалы <code>ABCD2345</code>.
erp-link-private-only = Қауіпсіздігіңіз үшін аккаунтты менімен жеке чатта байланыстырыңыз. Хабарламаңызды жойдым.
erp-link-delete-failed = ⚠️ Кодыңыз бар хабарламаны жоя алмадым. Оны өзіңіз жойыңыз.
erp-link-wrong = ❌ Код жарамсыз. Оны тексеріңіз немесе ROA2WEB-те («Баптаулар → Telegram») жаңасын жасаңыз.
erp-link-expired = ⌛ Кодтың мерзімі өтті: код 15 минут жарамды. ROA2WEB-те жаңасын жасаңыз.
erp-link-used = Бұл код қолданылып қойған: код бір рет жарамды. ROA2WEB-те жаңасын жасаңыз.
erp-link-used-mine = Бұл аккаунтты осы кодпен байланыстырып қойғансыз. /dashboard командасын көріңіз.
erp-link-burned = ⛔ Бұл ботта тым көп қате код теріліп көрілгендіктен, код бұғатталды. ROA2WEB-те жаңасын жасаңыз.
erp-link-busy = Бұл код дәл қазір қолданылып жатыр. Біраздан кейін қайталап көріңіз.
erp-link-unknown-user = ROA2WEB бұл код жасалған аккаунтты білмейді. Жаңа код жасаңыз немесе әкімшіге хабарласыңыз.
erp-link-user-disabled = Сіздің ROA2WEB аккаунтыңыз өшірілген. Әкімшіге хабарласыңыз.
erp-link-done = ✅ Бұл Telegram аккаунты енді ROA2WEB-пен <b>{ $name }</b> ({ $email }) ретінде байланыстырылды.
erp-link-same = Бұл Telegram аккаунты <b>{ $email }</b> аккаунтымен байланыстырылып қойған.
erp-relink-ask = Бұл Telegram аккаунты <b>{ $current }</b> аккаунтымен байланыстырылған. Оның орнына <b>{ $next }</b> аккаунтымен байланыстыру керек пе? Белсенді компания мен күнделікті дайджест қайта орнатылады.
erp-relink-yes = ✅ Иә, аккаунтты ауыстыру
erp-relink-no = ✖ Жоқ, қазіргісін қалдыру
erp-relink-kept = Ештеңе өзгерген жоқ: сіз әлі де <b>{ $email }</b> аккаунтымен байланыстырылғансыз.
erp-relink-cancelled = Ештеңе өзгерген жоқ.
erp-relink-expired = Бұл сұрақтың уақыты өтті. Кодты қайта жіберіңіз.
erp-moved-away = Сіздің ROA2WEB аккаунтыңыз <b>{ $email }</b> басқа Telegram аккаунтымен байланыстырылды, сондықтан мұнда енді байланыстырылмаған. Егер бұл сіз болмасаңыз, ROA2WEB құпиясөзін өзгертіп, әкімшіге хабарлаңыз.

# Байланыстырылмаған, байланыс аяқталған, қолжетімділік өшірілген
erp-need-link = Алдымен ROA2WEB аккаунтын байланыстырыңыз: ROA2WEB-те «Баптаулар → Telegram» бөлімін ашып, «Код жасау» батырмасын басыңыз да, кодты осында жіберіңіз.
erp-need-link-alert = Алдымен ROA2WEB аккаунтын байланыстырыңыз: ROA2WEB-те «Баптаулар → Telegram» бөлімін ашып, кодты осында жіберіңіз.
erp-link-ended = ROA2WEB-пен байланыс аяқталды (ол қайтарып алынды немесе аккаунтыңыз өшірілді). ROA2WEB-тен («Баптаулар → Telegram») жаңа кодпен қайта байланыстырыңыз.
erp-link-ended-alert = ROA2WEB-пен байланыс аяқталды. ROA2WEB-тен жаңа кодпен қайта байланыстырыңыз.
erp-disabled = ROA2WEB-ке Telegram арқылы кіруді әкімші өшірген.
erp-disabled-alert = ROA2WEB-ке Telegram арқылы кіруді әкімші өшірген.
erp-private-only = Құпиялылық үшін ROA2WEB деректерін тек менімен жеке чатта көрсетемін.
erp-private-only-alert = Құпиялылық үшін ROA2WEB деректерін тек менімен жеке чатта көрсетемін.

# /unlink
erp-unlink-ask = Бұл Telegram аккаунтын <b>{ $email }</b> аккаунтынан ажырату керек пе? Қайта байланыстыру үшін ROA2WEB-тен жаңа код керек болады.
erp-unlink-yes = ✅ Иә, ажырату
erp-unlink-no = ✖ Бас тарту
erp-unlink-done = Аккаунт ажыратылды. ROA2WEB бұл боттың аккаунтыңызға кіру құқығын қайтарып алды. Қайта байланыстыру үшін ROA2WEB-те жаңа код жасаңыз.
erp-unlink-done-offline = Аккаунт мұнда ажыратылды. ROA2WEB қолжетімсіз болды, сондықтан ботқа берілген рұқсат мерзімі біткенде өзі тоқтайды.
erp-unlink-cancelled = Ештеңе өзгерген жоқ: сіз әлі де <b>{ $email }</b> аккаунтымен байланыстырылғансыз.
erp-unlink-nothing = Бұл Telegram аккаунты ROA2WEB-пен байланыстырылмаған.

# Компаниялар
erp-companies-title = <b>🏢 Сіздің компанияларыңыз</b> ({ $count })
erp-companies-none = ROA2WEB аккаунтыңызда компания жоқ.
erp-btn-choose-company = 🏢 Компанияны таңдау
erp-pick-title = Компанияны таңдаңыз:
erp-pick-needed = Алдымен жұмыс істейтін компанияны таңдаңыз:
erp-pick-search = «{ $query }» сұрауына сәйкес компаниялар:
erp-pick-no-match = «{ $query }» сұрауына сәйкес компания жоқ. Барлық компаниялар:
erp-company-gone = Бұл компания енді тізіміңізде жоқ. Қайта таңдаңыз:
erp-company-selected = ✅ Белсенді компания: <b>{ $name }</b> (CUI { $cui }).
erp-company-selected-no-cui = ✅ Белсенді компания: <b>{ $name }</b>.
erp-company-selected-alert = Компания таңдалды
erp-clear-done = Белсенді компания ұмытылды. Басқасын таңдаңыз: /selectcompany.
erp-clear-nothing = Компания таңдалмаған еді.
erp-page = { $pages } беттің { $page }-беті.
erp-page-prev = ‹ Артқа
erp-page-next = Әрі қарай ›

# Жиынтық
erp-dash-title = <b>📊 { $company }</b>
erp-dash-balance = Сальдо: <b>{ $amount }</b>
erp-dash-receivables = Дебиторлық берешек: { $amount }
erp-dash-payables = Кредиторлық берешек: { $amount }
erp-dash-invoices = Шоттар: { $issued } жазылды · { $paid } төленді · { $unpaid } төленбеді
erp-dash-overdue = ⚠️ Мерзімі өткен: { $count } шот · { $amount }
erp-dash-no-overdue = ✅ Мерзімі өткен шот жоқ
erp-dash-month = Осы айда: түсімдер { $collections } · төлемдер { $payments }
erp-as-of = <i>{ $time } жағдайы бойынша</i>
erp-btn-aging = 📈 Берешек мерзімі бойынша
erp-btn-unpaid = 🧾 Төленбеген шоттар
erp-btn-overdue = 🧾 Мерзімі өткен шоттар
erp-btn-treasury = 🏦 Қазынашылық
erp-btn-refresh = 🔄 Жаңарту
erp-btn-dashboard = 📊 Жиынтық

# Дебиторлық берешек мерзімі бойынша (график және оның жазуы)
erp-chart-title = Дебиторлық берешек мерзімі бойынша
erp-chart-subtitle = Төлеу мерзімінен өткен күндер бойынша қалдық · { $time }
erp-chart-empty = Төленетін ештеңе қалмады.
erp-chart-caption-title = <b>📈 Дебиторлық берешек мерзімі бойынша: { $company }</b>
erp-chart-line = { $bucket }: { $amounts }
erp-age-current = Мерзімі келмеген
erp-age-d1-30 = 1–30 күн
erp-age-d31-60 = 31–60 күн
erp-age-d61-90 = 61–90 күн
erp-age-d90-plus = 90 күннен артық

# Шоттар
erp-filter-all = барлығы
erp-filter-unpaid = төленбеген
erp-filter-paid = төленген
erp-filter-overdue = мерзімі өткен
erp-filter-partial = ішінара төленген
erp-btn-filter-all = Барлығы
erp-btn-filter-unpaid = Төленбеген
erp-btn-filter-paid = Төленген
erp-btn-filter-overdue = Мерзімі өткен
erp-status-paid = төленген
erp-status-unpaid = төленбеген
erp-status-partial = ішінара төленген
erp-inv-title = <b>🧾 Шоттар: { $company }</b> ({ $filter })
erp-inv-count = { $count } шот, { $pages } беттің { $page }-беті
erp-inv-empty = Бұл сүзгіге сай шот жоқ.
erp-inv-left = төленетін қалдық { $amount }
erp-inv-paid-in-full = толық төленген
erp-inv-due = мерзімі { $date }
erp-inv-overdue = ⚠️ { $days } күн кешіктірілген
erp-inv-totals = <b>Жиыны</b> (осы тізімнің барлық шоттары):
erp-inv-totals-line = жазылды { $total } · төленді { $paid } · қалдық { $left }
erp-inv-unknown-filter = «{ $word }» сүзгісін білмеймін. Мыналарды көріңіз: <code>/facturi</code>, <code>/facturi neplatite</code>, <code>/facturi platite</code> немесе <code>/facturi restante</code>.
erp-inv-detail-title = <b>🧾 Шот { $name }</b>
erp-inv-detail-company = Шот жазған компания: { $company }
erp-inv-detail-partner = Клиент: <b>{ $partner }</b> (CUI { $cui })
erp-inv-detail-partner-no-cui = Клиент: <b>{ $partner }</b>
erp-inv-detail-issued = Жазылған күні: { $date }
erp-inv-detail-due = Төлеу мерзімі: { $date }
erp-inv-detail-total = Сомасы: <b>{ $amount }</b>
erp-inv-detail-paid = Төленді: { $amount }
erp-inv-detail-left = Төленетін қалдық: <b>{ $amount }</b>
erp-inv-detail-status = Күйі: { $status }
erp-inv-detail-overdue = ⚠️ Кешіктіру: { $days } күн
erp-inv-gone-alert = Бұл шот енді тізімде жоқ. Тізімді қайта ашыңыз.
erp-btn-back-list = « Тізімге оралу

# Экспорт
erp-btn-csv = ⬇️ CSV
erp-btn-pdf = ⬇️ PDF
erp-export-empty-alert = Экспорттайтын ештеңе жоқ: бұл сүзгіге сай шот жоқ.
erp-export-preparing-alert = Файл дайындалуда…
erp-export-caption = 🧾 { $company }: { $filter }, { $count } шот
erp-col-invoice = Шот
erp-col-partner = Клиент
erp-col-cui = CUI
erp-col-issued = Жазылған күні
erp-col-due = Мерзімі
erp-col-total = Сомасы
erp-col-paid = Төленді
erp-col-left = Қалдық
erp-col-currency = Валюта
erp-col-status = Күйі
erp-col-days-overdue = Кешіктіру күндері
erp-pdf-title = Шоттар
erp-pdf-subtitle = { $filter } · { $count } шот · { $time }
erp-pdf-totals = Жиыны
erp-pdf-totals-line = { $count } шот: жазылды { $total } · төленді { $paid } · қалдық { $left }
erp-pdf-page = { $pages } беттің { $page }-беті

# Қазынашылық
erp-treasury-title = <b>🏦 Қазынашылық: { $company }</b>
erp-treasury-cash = <b>Кассалар</b>
erp-treasury-banks = <b>Банк шоттары</b>
erp-treasury-totals = <b>Валюта бойынша жиыны</b>
erp-treasury-cash-line = { $name }: { $amount }
erp-treasury-bank-line = { $bank } · <code>{ $iban }</code>: { $amount }
erp-treasury-bank-line-no-iban = { $bank }: { $amount }
erp-treasury-total-line = <b>{ $amount }</b>
erp-treasury-none = жоқ

# Мерзімі өткен шоттардың күнделікті дайджесті
erp-digest-title = <b>🔔 Мерзімі өткен шоттардың күнделікті дайджесті</b>
erp-digest-off = Өшірулі. Оны күн сайын қай сағатта алатыныңызды таңдаңыз (сағат белдеуі { $zone }):
erp-digest-on = Күн сайын <b>{ $time }</b> ({ $zone }) сағатта, <b>{ $company }</b> компаниясы бойынша. Басқа сағатты, басқа сағат белдеуін таңдауға немесе оны өшіруге болады:
erp-digest-zones = Сағат белдеуін таңдаңыз:
erp-btn-digest-off = 🔕 Өшіру
erp-digest-set-alert = Дайджест күн сайын { $time } сағатта келеді.
erp-digest-zone-alert = Сағат белдеуі: { $zone }
erp-digest-off-alert = Дайджест өшірілді.
erp-digest-message-title = <b>🔔 Мерзімі өткен шоттар: { $company }</b>, { $date }
erp-digest-none = ✅ Мерзімі өткен шот жоқ.
erp-digest-count = { $count } шоттың мерзімі өткен.
erp-digest-total = Төленетін қалдық: <b>{ $amount }</b>
erp-digest-more = …және тағы { $count }: /facturi restante
erp-digest-stopped-link = Күнделікті дайджест тоқтады: ROA2WEB-пен байланыс аяқталды. ROA2WEB-тен жаңа кодпен қайта байланыстырып, дайджестті /digest командасымен қосыңыз.
erp-digest-stopped-company = Күнделікті дайджест тоқтады: ROA2WEB аккаунтыңыз енді ол компанияны көрмейді. Оны /digest командасымен қайта қосыңыз.
