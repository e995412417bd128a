# crm (botul de administrare Tabys CRM): autentificare, sesiune, meniu, panou de administrare.
# Mesajele care se termină în -alert sunt alerte ale butoanelor: text simplu, fără HTML.

crm-cmd-login = Autentificare cu o parolă unică din panoul web Tabys
crm-cmd-menu = Meniul principal
crm-cmd-status = Sesiunea dumneavoastră Tabys
crm-cmd-logout = Deconectare

crm-role-client = client
crm-role-volunteer-admin = administrator de voluntari
crm-role-msb = întreprindere mică sau mijlocie (IMM)
crm-role-npo = organizație non-profit (ONG)
crm-role-government = instituție publică (doar citire)
crm-role-administrator = administrator
crm-role-super-admin = super-administrator

# /start
crm-hint-signed-in = Tabys CRM: sunteți autentificat ca <b>{ $name }</b> ({ $role }). Deschideți meniul: /menu
crm-hint-signed-out = Administratori Tabys CRM: apăsați „Generate Telegram OTP” în panoul web de administrare, apoi trimiteți parola aici: <code>/login A7B9C3D5</code>
crm-link-done = ✅ Contul dumneavoastră de Telegram este acum legat de contul Tabys.
crm-link-expired = Acest link a expirat sau a fost deja folosit. Vă rugăm să creați unul nou în Tabys.
crm-link-already = Acest cont Tabys este deja legat de un cont de Telegram.
crm-link-malformed = Acest link nu este valid. Vă rugăm să creați unul nou în Tabys.
crm-link-unknown = Nu cunosc acest link. Pentru a vă lega contul Tabys, deschideți linkul primit de la Tabys; administratorii se autentifică cu /login.
crm-bot-misconfigured = Tabys nu acceptă acum acest bot (secretul comun este greșit). Vă rugăm să anunțați administratorul botului.

# /login
crm-login-usage = Pentru autentificare, apăsați „Generate Telegram OTP” în panoul web de administrare Tabys și trimiteți parola unică aici: <code>/login A7B9C3D5</code>. Are 8 litere și cifre și funcționează o singură dată, timp de 10 minute.
crm-login-format = Aceasta nu este o parolă unică: are 8 litere latine și cifre, de exemplu <code>A7B9C3D5</code>. Vă rugăm să trimiteți <code>/login</code> urmat de parola din panoul web.
crm-login-private-only = Pentru siguranța dumneavoastră, autentificați-vă într-un chat privat cu mine. V-am șters mesajul.
crm-login-delete-failed = ⚠️ Nu am putut șterge mesajul dumneavoastră cu parola unică. Vă rugăm să-l ștergeți dumneavoastră.
crm-login-invalid = Această parolă unică nu este validă sau a fost deja folosită. Vă rugăm să generați una nouă în panoul web.
crm-login-expired = Această parolă unică a expirat. Vă rugăm să generați una nouă în panoul web.
crm-login-no-admin = Tabys nu are niciun cont de administrator pentru această parolă unică. Vă rugăm să cereți ajutorul unui super-administrator.
crm-login-no-access = Contul dumneavoastră Tabys nu are acces la botul de administrare.
crm-login-done = ✅ V-ați autentificat ca <b>{ $name }</b>.

# /logout, /status, neautentificat
crm-logout-done = V-ați deconectat. Pentru a vă autentifica din nou, trimiteți <code>/login</code> cu o parolă unică nouă.
crm-logout-done-offline = V-ați deconectat aici. Tabys nu a putut fi contactat, așa că sesiunea de acolo se va încheia de la sine.
crm-logout-nothing = Nu sunteți autentificat.
crm-status = <b>Sesiunea Tabys CRM</b>
    Administrator: <b>{ $name }</b>
    Rol: { $role }
    Autentificat din: { $since }
    Se încheie, fără activitate, la: { $ends }
crm-status-signed-out = Nu sunteți autentificat în Tabys CRM. Apăsați „Generate Telegram OTP” în panoul web de administrare, apoi trimiteți <code>/login A7B9C3D5</code>.
crm-need-login = Vă rugăm să vă autentificați mai întâi: trimiteți <code>/login</code> cu o parolă unică din panoul web Tabys.
crm-need-login-alert = Vă rugăm să vă autentificați mai întâi: trimiteți /login cu o parolă unică din panoul web Tabys.
crm-session-ended = Sesiunea dumneavoastră Tabys s-a încheiat. Vă rugăm să vă autentificați din nou: <code>/login</code> cu o parolă unică nouă.
crm-session-ended-alert = Sesiunea dumneavoastră Tabys s-a încheiat. Vă rugăm să vă autentificați din nou cu /login și o parolă unică nouă.

# /menu și tabloul de bord
crm-menu-title = <b>Tabys CRM</b>: { $name } ({ $role }). Alegeți o secțiune:
crm-menu-dashboard = 📊 Tablou de bord
crm-menu-admin = 🛠 Panou de administrare
crm-back-menu = « Meniu
crm-dashboard-title = <b>📊 Tablou de bord</b>
crm-dashboard-empty = Încă nu există cifre.
crm-dashboard-events = Evenimente: { $count }
crm-dashboard-news = Știri: { $count }
crm-dashboard-vacancies = Locuri de muncă: { $count }
crm-dashboard-courses = Cursuri: { $count }
crm-dashboard-projects = Proiecte: { $count }
crm-dashboard-leisure = Timp liber: { $count }
crm-dashboard-volunteers = Voluntari: { $count }
crm-dashboard-users = Utilizatori: { $count }
crm-dashboard-certificates = Certificate: { $count }
crm-dashboard-experts = Experți: { $count }
crm-dashboard-resumes = CV-uri: { $count }
crm-dashboard-tech-tasks = Sarcini tehnice: { $count }
crm-dashboard-active-sessions = Sesiuni Telegram active: { $count }

# Panoul de administrare
crm-admin-title = <b>🛠 Panou de administrare</b>
    Sesiunile Telegram active, parolele unice încă nefolosite și jurnalul de audit al acestui bot.
crm-admin-sessions = 👥 Sesiuni Telegram
crm-admin-otps = 🔑 Parole active
crm-admin-audit = 📜 Jurnal de audit
crm-admin-back = « Panou de administrare
crm-page-prev = ‹ Înapoi
crm-page-next = Înainte ›
crm-page = Pagina { $page } din { $pages }.
crm-confirm-revoke = ✅ Da, revocați
crm-confirm-cancel = ✖ Renunțați
crm-sessions-title = <b>👥 Sesiuni Telegram active</b>: { $count }
crm-sessions-empty = Nimeni nu este autentificat prin Telegram.
crm-session-line = { $n }. <b>{ $name }</b> ({ $role }), { $username }, id Telegram <code>{ $user }</code>
    din { $since }, ultima activitate { $active }
crm-session-revoke-confirm = Revocați sesiunea Telegram a lui <b>{ $name }</b> ({ $role }), id Telegram <code>{ $user }</code>? Va trebui să se autentifice din nou.
crm-session-revoked = Sesiune revocată.
crm-session-gone = Această sesiune nu mai există.
crm-otps-title = <b>🔑 Parole unice active</b>: { $count }
crm-otps-empty = Nicio parolă unică nu așteaptă să fie folosită.
crm-otp-line = { $n }. <b>{ $name }</b> ({ $role }), creată { $created }, expiră { $expires }
crm-otp-revoke-confirm = Revocați parola unică a lui <b>{ $name }</b> ({ $role }), creată { $created }? Nu va mai putea fi folosită pentru autentificare.
crm-otp-revoked = Parolă unică revocată.
crm-otp-gone = Această parolă unică nu mai există.
crm-audit-title = <b>📜 Jurnal de audit</b>: ultimele acțiuni din acest bot ({ $count })
crm-audit-empty = Încă nu s-a înregistrat nimic.
crm-audit-line = { $time } · { $who } · { $action } · { $target } · { $result }
crm-audit-action-login = autentificare
crm-audit-action-logout = deconectare
crm-audit-action-link = legare de cont
crm-audit-action-session-revoke = sesiune revocată
crm-audit-action-otp-revoke = parolă unică revocată
crm-audit-result-ok = ✅ efectuat
crm-audit-result-denied = ⛔ refuzat
crm-audit-result-failed = ❌ eșuat
