# crm (бот администрирования Tabys CRM): вход, сессия, меню, панель администратора.
# Сообщения с окончанием -alert — всплывающие уведомления кнопок: обычный текст, без HTML.

crm-cmd-login = Войти по одноразовому паролю из веб-панели Tabys
crm-cmd-menu = Главное меню
crm-cmd-status = Ваша сессия Tabys
crm-cmd-logout = Выйти

crm-role-client = клиент
crm-role-volunteer-admin = администратор волонтёров
crm-role-msb = малый и средний бизнес (МСБ)
crm-role-npo = некоммерческая организация (НКО)
crm-role-government = госорган (только просмотр)
crm-role-administrator = администратор
crm-role-super-admin = суперадминистратор

# /start
crm-hint-signed-in = Tabys CRM: вы вошли как <b>{ $name }</b> ({ $role }). Откройте меню: /menu
crm-hint-signed-out = Администраторам Tabys CRM: нажмите «Generate Telegram OTP» в веб-панели администратора и отправьте пароль сюда: <code>/login A7B9C3D5</code>
crm-link-done = ✅ Ваш Telegram привязан к аккаунту Tabys.
crm-link-expired = Срок действия ссылки истёк, или она уже использована. Создайте новую в Tabys.
crm-link-already = Этот аккаунт Tabys уже привязан к другому Telegram.
crm-link-malformed = Эта ссылка недействительна. Создайте новую в Tabys.
crm-link-unknown = Я не знаю такой ссылки. Чтобы привязать аккаунт Tabys, откройте ссылку, которую даёт Tabys; администраторы входят командой /login.
crm-bot-misconfigured = Tabys сейчас не принимает этого бота (неверный общий секрет). Сообщите администратору бота.

# /login
crm-login-usage = Чтобы войти, нажмите «Generate Telegram OTP» в веб-панели администратора Tabys и отправьте одноразовый пароль сюда: <code>/login A7B9C3D5</code>. В нём 8 букв и цифр, он действует 10 минут и только один раз.
crm-login-format = Это не похоже на одноразовый пароль: в нём 8 латинских букв и цифр, например <code>A7B9C3D5</code>. Отправьте <code>/login</code> и пароль из веб-панели.
crm-login-private-only = В целях безопасности входите в личном чате со мной. Ваше сообщение я удалил.
crm-login-delete-failed = ⚠️ Не удалось удалить ваше сообщение с одноразовым паролем. Удалите его, пожалуйста, сами.
crm-login-invalid = Одноразовый пароль неверен или уже использован. Создайте новый в веб-панели.
crm-login-expired = Срок действия одноразового пароля истёк. Создайте новый в веб-панели.
crm-login-no-admin = В Tabys нет учётной записи администратора для этого пароля. Обратитесь к суперадминистратору.
crm-login-no-access = У вашего аккаунта Tabys нет доступа к боту администрирования.
crm-login-done = ✅ Вы вошли как <b>{ $name }</b>.

# /logout, /status, без входа
crm-logout-done = Вы вышли. Чтобы войти снова, отправьте <code>/login</code> с новым одноразовым паролем.
crm-logout-done-offline = Здесь вы вышли. Tabys недоступен, поэтому сессия на его стороне завершится сама.
crm-logout-nothing = Вы не вошли в систему.
crm-status = <b>Сессия Tabys CRM</b>
    Администратор: <b>{ $name }</b>
    Роль: { $role }
    Вход выполнен: { $since }
    Без активности завершится: { $ends }
crm-status-signed-out = Вы не вошли в Tabys CRM. Нажмите «Generate Telegram OTP» в веб-панели администратора и отправьте <code>/login A7B9C3D5</code>.
crm-need-login = Сначала войдите: отправьте <code>/login</code> с одноразовым паролем из веб-панели Tabys.
crm-need-login-alert = Сначала войдите: отправьте /login с одноразовым паролем из веб-панели Tabys.
crm-session-ended = Ваша сессия Tabys завершена. Войдите снова: <code>/login</code> с новым одноразовым паролем.
crm-session-ended-alert = Ваша сессия Tabys завершена. Войдите снова: /login с новым одноразовым паролем.

# /menu и сводка
crm-menu-title = <b>Tabys CRM</b>: { $name } ({ $role }). Выберите раздел:
crm-menu-dashboard = 📊 Сводка
crm-menu-admin = 🛠 Панель администратора
crm-back-menu = « Меню
crm-dashboard-title = <b>📊 Сводка</b>
crm-dashboard-empty = Данных пока нет.
crm-dashboard-events = Мероприятия: { $count }
crm-dashboard-news = Новости: { $count }
crm-dashboard-vacancies = Вакансии: { $count }
crm-dashboard-courses = Курсы: { $count }
crm-dashboard-projects = Проекты: { $count }
crm-dashboard-leisure = Досуг: { $count }
crm-dashboard-volunteers = Волонтёры: { $count }
crm-dashboard-users = Пользователи: { $count }
crm-dashboard-certificates = Сертификаты: { $count }
crm-dashboard-experts = Эксперты: { $count }
crm-dashboard-resumes = Резюме: { $count }
crm-dashboard-tech-tasks = Технические задания: { $count }
crm-dashboard-active-sessions = Активные сессии Telegram: { $count }

# Панель администратора
crm-admin-title = <b>🛠 Панель администратора</b>
    Активные сессии Telegram, неиспользованные одноразовые пароли и журнал аудита этого бота.
crm-admin-sessions = 👥 Сессии Telegram
crm-admin-otps = 🔑 Активные пароли
crm-admin-audit = 📜 Журнал аудита
crm-admin-back = « Панель администратора
crm-page-prev = ‹ Назад
crm-page-next = Далее ›
crm-page = Страница { $page } из { $pages }.
crm-confirm-revoke = ✅ Да, отозвать
crm-confirm-cancel = ✖ Отмена
crm-sessions-title = <b>👥 Активные сессии Telegram</b>: { $count }
crm-sessions-empty = Через Telegram сейчас никто не вошёл.
crm-session-line = { $n }. <b>{ $name }</b> ({ $role }), { $username }, Telegram id <code>{ $user }</code>
    с { $since }, последняя активность { $active }
crm-session-revoke-confirm = Отозвать сессию Telegram пользователя <b>{ $name }</b> ({ $role }), Telegram id <code>{ $user }</code>? Ему придётся войти снова.
crm-session-revoked = Сессия отозвана.
crm-session-gone = Этой сессии больше нет.
crm-otps-title = <b>🔑 Активные одноразовые пароли</b>: { $count }
crm-otps-empty = Неиспользованных одноразовых паролей нет.
crm-otp-line = { $n }. <b>{ $name }</b> ({ $role }), создан { $created }, истекает { $expires }
crm-otp-revoke-confirm = Отозвать одноразовый пароль пользователя <b>{ $name }</b> ({ $role }), созданный { $created }? Войти по нему будет нельзя.
crm-otp-revoked = Одноразовый пароль отозван.
crm-otp-gone = Этого одноразового пароля больше нет.
crm-audit-title = <b>📜 Журнал аудита</b>: последние действия в этом боте ({ $count })
crm-audit-empty = Пока ничего не записано.
crm-audit-line = { $time } · { $who } · { $action } · { $target } · { $result }
crm-audit-action-login = вход
crm-audit-action-logout = выход
crm-audit-action-link = привязка аккаунта
crm-audit-action-session-revoke = отзыв сессии
crm-audit-action-otp-revoke = отзыв пароля
crm-audit-result-ok = ✅ выполнено
crm-audit-result-denied = ⛔ запрещено
crm-audit-result-failed = ❌ не удалось
