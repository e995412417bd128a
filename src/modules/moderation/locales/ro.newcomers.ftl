# Membri noi: mesajul de bun venit, verificarea la intrare, mesajele de intrare și ieșire.
mod-welcome-default = 👋 Bine ați venit în { $chat }, { $mentionHtml }!
mod-captcha-question = 👋 { $mentionHtml }, bine ați venit în { $chat }! Vă rugăm să apăsați butonul de mai jos în { $durationHtml } pentru a arăta că nu sunteți un robot. Până atunci nu puteți scrie aici, iar fără răspuns veți fi eliminat din grup.
mod-captcha-button = ✅ Nu sunt un robot
mod-captcha-not-yours = Acest buton este pentru noul membru pe care îl salută.
mod-captcha-over = Această verificare s-a încheiat.
mod-captcha-passed = ✅ Vă mulțumim! Acum puteți scrie în grup.
mod-captcha-failed-reason = Niciun răspuns la verificarea de la intrare în { $duration }.
mod-captcha-cannot-restrict = ⚠️ Verificarea la intrare este activă, dar nu am dreptul de administrator „{ $right }”: membrii noi intră neverificați până când mi-l acordați.
mod-service-cannot-delete = ⚠️ Mesajele de intrare și de ieșire trebuie eliminate aici, dar nu am dreptul de administrator „{ $right }”. Vă rog să mi-l acordați și le voi elimina.
