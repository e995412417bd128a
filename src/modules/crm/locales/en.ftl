# crm (Tabys CRM administration bot): sign-in, session, menu, admin panel.
# Messages ending in -alert are button alerts: plain text, no HTML.

crm-cmd-login = Sign in with a one-time password from the Tabys web panel
crm-cmd-menu = The main menu
crm-cmd-status = Your Tabys session
crm-cmd-logout = Sign out

crm-role-client = client
crm-role-volunteer-admin = volunteer administrator
crm-role-msb = small business (MSB)
crm-role-npo = non-profit (NPO)
crm-role-government = government (read-only)
crm-role-administrator = administrator
crm-role-super-admin = super administrator

# /start
crm-hint-signed-in = Tabys CRM: you are signed in as <b>{ $name }</b> ({ $role }). Open the menu: /menu
crm-hint-signed-out = Tabys CRM administrators: press "Generate Telegram OTP" in the web admin panel, then send it here: <code>/login A7B9C3D5</code>
crm-link-done = ✅ Your Telegram account is now linked to your Tabys account.
crm-link-expired = This link has expired or was already used. Please make a new one in Tabys.
crm-link-already = This Tabys account is already linked to a Telegram account.
crm-link-malformed = This link is not valid. Please make a new one in Tabys.
crm-link-unknown = I don't know this link. To link your Tabys account, open the link Tabys gives you; administrators sign in with /login.
crm-bot-misconfigured = Tabys does not accept this bot right now (its shared secret is wrong). Please tell the administrator of the bot.

# /login
crm-login-usage = To sign in, press "Generate Telegram OTP" in the Tabys web admin panel and send the one-time password here: <code>/login A7B9C3D5</code>. It has 8 letters and digits and works once, for 10 minutes.
crm-login-format = That is not a one-time password: it has 8 Latin letters and digits, like <code>A7B9C3D5</code>. Please send <code>/login</code> followed by the password from the web panel.
crm-login-private-only = For your security, please sign in in a private chat with me. I deleted your message.
crm-login-delete-failed = ⚠️ I could not delete your message with the one-time password. Please delete it yourself.
crm-login-invalid = This one-time password is not valid or was already used. Please generate a new one in the web panel.
crm-login-expired = This one-time password has expired. Please generate a new one in the web panel.
crm-login-no-admin = Tabys has no admin account for this one-time password. Please ask a super administrator.
crm-login-no-access = Your Tabys account has no access to the administration bot.
crm-login-done = ✅ Signed in as <b>{ $name }</b>.

# /logout, /status, signed out
crm-logout-done = You are signed out. To sign in again, send <code>/login</code> with a new one-time password.
crm-logout-done-offline = You are signed out here. Tabys could not be reached, so its side of the session ends by itself.
crm-logout-nothing = You are not signed in.
crm-status = <b>Tabys CRM session</b>
    Admin: <b>{ $name }</b>
    Role: { $role }
    Signed in since: { $since }
    Ends if idle until: { $ends }
crm-status-signed-out = You are not signed in to Tabys CRM. Press "Generate Telegram OTP" in the web admin panel, then send <code>/login A7B9C3D5</code>.
crm-need-login = Please sign in first: send <code>/login</code> with a one-time password from the Tabys web panel.
crm-need-login-alert = Please sign in first: send /login with a one-time password from the Tabys web panel.
crm-session-ended = Your Tabys session has ended. Please sign in again: <code>/login</code> with a new one-time password.
crm-session-ended-alert = Your Tabys session has ended. Please sign in again with /login and a new one-time password.

# /menu and the dashboard
crm-menu-title = <b>Tabys CRM</b>: { $name } ({ $role }). Choose a section:
crm-menu-dashboard = 📊 Dashboard
crm-menu-admin = 🛠 Admin panel
crm-back-menu = « Menu
crm-dashboard-title = <b>📊 Dashboard</b>
crm-dashboard-empty = No figures yet.
crm-dashboard-events = Events: { $count }
crm-dashboard-news = News: { $count }
crm-dashboard-vacancies = Vacancies: { $count }
crm-dashboard-courses = Courses: { $count }
crm-dashboard-projects = Projects: { $count }
crm-dashboard-leisure = Leisure: { $count }
crm-dashboard-volunteers = Volunteers: { $count }
crm-dashboard-users = Users: { $count }
crm-dashboard-certificates = Certificates: { $count }
crm-dashboard-experts = Experts: { $count }
crm-dashboard-resumes = Resumes: { $count }
crm-dashboard-tech-tasks = Technical tasks: { $count }
crm-dashboard-active-sessions = Active Telegram sessions: { $count }

# Admin panel
crm-admin-title = <b>🛠 Admin panel</b>
    Active Telegram sessions, one-time passwords waiting to be used, and this bot's audit log.
crm-admin-sessions = 👥 Telegram sessions
crm-admin-otps = 🔑 Active OTPs
crm-admin-audit = 📜 Audit log
crm-admin-back = « Admin panel
crm-page-prev = ‹ Previous
crm-page-next = Next ›
crm-page = Page { $page } of { $pages }.
crm-confirm-revoke = ✅ Yes, revoke
crm-confirm-cancel = ✖ Cancel
crm-sessions-title = <b>👥 Active Telegram sessions</b>: { $count }
crm-sessions-empty = No one is signed in through Telegram.
crm-session-line = { $n }. <b>{ $name }</b> ({ $role }), { $username }, Telegram id <code>{ $user }</code>
    since { $since }, last active { $active }
crm-session-revoke-confirm = Revoke the Telegram session of <b>{ $name }</b> ({ $role }), Telegram id <code>{ $user }</code>? They will have to sign in again.
crm-session-revoked = Session revoked.
crm-session-gone = This session no longer exists.
crm-otps-title = <b>🔑 Active one-time passwords</b>: { $count }
crm-otps-empty = No one-time password is waiting to be used.
crm-otp-line = { $n }. <b>{ $name }</b> ({ $role }), created { $created }, expires { $expires }
crm-otp-revoke-confirm = Revoke the one-time password of <b>{ $name }</b> ({ $role }) created { $created }? It will no longer sign anyone in.
crm-otp-revoked = One-time password revoked.
crm-otp-gone = This one-time password no longer exists.
crm-audit-title = <b>📜 Audit log</b>: the last { $count } actions in this bot
crm-audit-empty = Nothing has been recorded yet.
crm-audit-line = { $time } · { $who } · { $action } · { $target } · { $result }
crm-audit-action-login = sign-in
crm-audit-action-logout = sign-out
crm-audit-action-link = account link
crm-audit-action-session-revoke = session revoked
crm-audit-action-otp-revoke = OTP revoked
crm-audit-result-ok = ✅ done
crm-audit-result-denied = ⛔ denied
crm-audit-result-failed = ❌ failed
