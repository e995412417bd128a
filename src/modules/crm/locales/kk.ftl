# crm (Tabys CRM әкімшілік боты): кіру, сессия, мәзір, әкімші панелі.
# -alert деп аяқталатын хабарлар — батырмалардың қалқымалы хабарлары: HTML жоқ, қарапайым мәтін.

crm-cmd-login = Tabys веб-панеліндегі бір реттік құпиясөзбен кіру
crm-cmd-menu = Басты мәзір
crm-cmd-status = Tabys сессияңыз
crm-cmd-logout = Шығу

crm-role-client = клиент
crm-role-volunteer-admin = еріктілер әкімшісі
crm-role-msb = шағын және орта бизнес (ШОБ)
crm-role-npo = коммерциялық емес ұйым (КЕҰ)
crm-role-government = мемлекеттік орган (тек қарау)
crm-role-administrator = әкімші
crm-role-super-admin = супер әкімші

# /start
crm-hint-signed-in = Tabys CRM: сіз <b>{ $name }</b> ({ $role }) ретінде кірдіңіз. Мәзірді ашу: /menu
crm-hint-signed-out = Tabys CRM әкімшілеріне: веб-панельде «Generate Telegram OTP» батырмасын басып, құпиясөзді осында жіберіңіз: <code>/login A7B9C3D5</code>
crm-link-done = ✅ Telegram аккаунтыңыз Tabys аккаунтыңызға байланыстырылды.
crm-link-expired = Сілтеменің мерзімі өтті немесе ол бұрын пайдаланылған. Tabys-та жаңасын жасаңыз.
crm-link-already = Бұл Tabys аккаунты басқа Telegram аккаунтына байланыстырылған.
crm-link-malformed = Бұл сілтеме жарамсыз. Tabys-та жаңасын жасаңыз.
crm-link-unknown = Мен бұл сілтемені танымаймын. Tabys аккаунтын байланыстыру үшін Tabys берген сілтемені ашыңыз; әкімшілер /login арқылы кіреді.
crm-bot-misconfigured = Tabys қазір бұл ботты қабылдамайды (ортақ құпия кілті қате). Бот әкімшісіне хабарлаңыз.

# /login
crm-login-usage = Кіру үшін Tabys веб-панелінде «Generate Telegram OTP» батырмасын басып, бір реттік құпиясөзді осында жіберіңіз: <code>/login A7B9C3D5</code>. Ол 8 әріп пен цифрдан тұрады, 10 минут ішінде бір рет қана жарамды.
crm-login-format = Бұл бір реттік құпиясөзге ұқсамайды: ол 8 латын әрпі мен цифрдан тұрады, мысалы <code>A7B9C3D5</code>. <code>/login</code> командасын веб-панельдегі құпиясөзбен бірге жіберіңіз.
crm-login-private-only = Қауіпсіздік үшін менімен жеке чатта кіріңіз. Хабарыңызды жойдым.
crm-login-delete-failed = ⚠️ Бір реттік құпиясөзі бар хабарыңызды жоя алмадым. Оны өзіңіз жойыңыз.
crm-login-invalid = Бұл бір реттік құпиясөз жарамсыз немесе бұрын пайдаланылған. Веб-панельде жаңасын жасаңыз.
crm-login-expired = Бір реттік құпиясөздің мерзімі өтті. Веб-панельде жаңасын жасаңыз.
crm-login-no-admin = Tabys-та бұл құпиясөзге сәйкес әкімші аккаунты жоқ. Супер әкімшіге жүгініңіз.
crm-login-no-access = Tabys аккаунтыңыздың әкімшілік ботқа қолжетімділігі жоқ.
crm-login-done = ✅ Сіз <b>{ $name }</b> ретінде кірдіңіз.

# /logout, /status, кірмеген кезде
crm-logout-done = Сіз шықтыңыз. Қайта кіру үшін жаңа бір реттік құпиясөзбен <code>/login</code> жіберіңіз.
crm-logout-done-offline = Мұнда сіз шықтыңыз. Tabys қолжетімсіз, сондықтан ондағы сессия өздігінен аяқталады.
crm-logout-nothing = Сіз жүйеге кірмегенсіз.
crm-status = <b>Tabys CRM сессиясы</b>
    Әкімші: <b>{ $name }</b>
    Рөлі: { $role }
    Кірген уақыты: { $since }
    Әрекетсіз болса, аяқталады: { $ends }
crm-status-signed-out = Сіз Tabys CRM-ге кірмегенсіз. Веб-панельде «Generate Telegram OTP» батырмасын басып, <code>/login A7B9C3D5</code> жіберіңіз.
crm-need-login = Алдымен кіріңіз: Tabys веб-панеліндегі бір реттік құпиясөзбен <code>/login</code> жіберіңіз.
crm-need-login-alert = Алдымен кіріңіз: Tabys веб-панеліндегі бір реттік құпиясөзбен /login жіберіңіз.
crm-session-ended = Tabys сессияңыз аяқталды. Қайта кіріңіз: жаңа бір реттік құпиясөзбен <code>/login</code>.
crm-session-ended-alert = Tabys сессияңыз аяқталды. Жаңа бір реттік құпиясөзбен /login арқылы қайта кіріңіз.

# /menu және жиынтық
crm-menu-title = <b>Tabys CRM</b>: { $name } ({ $role }). Бөлімді таңдаңыз:
crm-menu-dashboard = 📊 Жиынтық
crm-menu-admin = 🛠 Әкімші панелі
crm-back-menu = « Мәзір
crm-dashboard-title = <b>📊 Жиынтық</b>
crm-dashboard-empty = Әзірге деректер жоқ.
crm-dashboard-events = Іс-шаралар: { $count }
crm-dashboard-news = Жаңалықтар: { $count }
crm-dashboard-vacancies = Бос жұмыс орындары: { $count }
crm-dashboard-courses = Курстар: { $count }
crm-dashboard-projects = Жобалар: { $count }
crm-dashboard-leisure = Бос уақыт: { $count }
crm-dashboard-volunteers = Еріктілер: { $count }
crm-dashboard-users = Пайдаланушылар: { $count }
crm-dashboard-certificates = Сертификаттар: { $count }
crm-dashboard-experts = Сарапшылар: { $count }
crm-dashboard-resumes = Түйіндемелер: { $count }
crm-dashboard-tech-tasks = Техникалық тапсырмалар: { $count }
crm-dashboard-active-sessions = Белсенді Telegram сессиялары: { $count }

# Әкімші панелі
crm-admin-title = <b>🛠 Әкімші панелі</b>
    Белсенді Telegram сессиялары, әлі пайдаланылмаған бір реттік құпиясөздер және осы боттың аудит журналы.
crm-admin-sessions = 👥 Telegram сессиялары
crm-admin-otps = 🔑 Белсенді құпиясөздер
crm-admin-audit = 📜 Аудит журналы
crm-admin-back = « Әкімші панелі
crm-page-prev = ‹ Артқа
crm-page-next = Алға ›
crm-page = { $pages } беттің { $page }-беті.
crm-confirm-revoke = ✅ Иә, кері қайтару
crm-confirm-cancel = ✖ Бас тарту
crm-sessions-title = <b>👥 Белсенді Telegram сессиялары</b>: { $count }
crm-sessions-empty = Қазір Telegram арқылы ешкім кірмеген.
crm-session-line = { $n }. <b>{ $name }</b> ({ $role }), { $username }, Telegram id <code>{ $user }</code>
    { $since } бастап, соңғы белсенділік { $active }
crm-session-revoke-confirm = <b>{ $name }</b> ({ $role }), Telegram id <code>{ $user }</code> пайдаланушысының Telegram сессиясын кері қайтарасыз ба? Оған қайта кіруге тура келеді.
crm-session-revoked = Сессия кері қайтарылды.
crm-session-gone = Бұл сессия енді жоқ.
crm-otps-title = <b>🔑 Белсенді бір реттік құпиясөздер</b>: { $count }
crm-otps-empty = Пайдаланылмаған бір реттік құпиясөз жоқ.
crm-otp-line = { $n }. <b>{ $name }</b> ({ $role }), жасалған уақыты { $created }, мерзімі { $expires }
crm-otp-revoke-confirm = <b>{ $name }</b> ({ $role }) { $created } жасаған бір реттік құпиясөзді кері қайтарасыз ба? Онымен енді ешкім кіре алмайды.
crm-otp-revoked = Бір реттік құпиясөз кері қайтарылды.
crm-otp-gone = Бұл бір реттік құпиясөз енді жоқ.
crm-audit-title = <b>📜 Аудит журналы</b>: осы боттағы соңғы әрекеттер ({ $count })
crm-audit-empty = Әзірге ештеңе жазылмаған.
crm-audit-line = { $time } · { $who } · { $action } · { $target } · { $result }
crm-audit-action-login = кіру
crm-audit-action-logout = шығу
crm-audit-action-link = аккаунтты байланыстыру
crm-audit-action-session-revoke = сессияны кері қайтару
crm-audit-action-otp-revoke = құпиясөзді кері қайтару
crm-audit-result-ok = ✅ орындалды
crm-audit-result-denied = ⛔ тыйым салынды
crm-audit-result-failed = ❌ сәтсіз
