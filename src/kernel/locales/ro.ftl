# Mesajele nucleului: le afișează fiecare bot.
error-generic = Ne pare rău, ceva nu a mers bine la noi. Vă rugăm să încercați din nou. Codul erorii: <code>{ $errorId }</code>
error-backend-timeout = { $backend } nu a răspuns la timp. Încercați din nou peste puțin timp. Codul erorii: <code>{ $errorId }</code>
error-backend-unavailable = { $backend } nu este disponibil acum. Încercați mai târziu. Codul erorii: <code>{ $errorId }</code>
error-backend-unauthorized = { $backend } nu a acceptat datele de autentificare. Codul erorii: <code>{ $errorId }</code>
error-backend-forbidden = { $backend } nu permite acest lucru contului dumneavoastră. Codul erorii: <code>{ $errorId }</code>
error-backend-not_found = { $backend } nu a găsit ce ați cerut. Codul erorii: <code>{ $errorId }</code>
error-backend-bad_request = { $backend } a respins cererea ca nevalidă. Codul erorii: <code>{ $errorId }</code>
error-backend-bad_response = { $backend } a trimis un răspuns pe care nu l-am putut citi. Codul erorii: <code>{ $errorId }</code>
error-backend-rate_limited = { $backend } este ocupat. Încercați din nou peste { $seconds } s. Codul erorii: <code>{ $errorId }</code>
callback-stale = Acest buton este expirat. Trimiteți comanda din nou.
callback-invalid = Acest buton nu este valid.
rate-limited = Trimiteți prea repede. Încercați din nou peste { $seconds } s.
login-rate-limited = Prea multe încercări. Încercați din nou peste { $seconds } s.
login-locked-out = Prea multe încercări greșite. Încercați din nou peste { $minutes ->
    [one] { $minutes } minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
}.
rbac-denied = Nu aveți permisiunea pentru această acțiune.
unknown-command = Nu cunosc această comandă. Trimiteți /help pentru a vedea ce pot face.
unknown-message = Nu mă așteptam la un mesaj aici. Trimiteți /help pentru a vedea ce pot face.

# Grupuri (src/platform/groups): confirmarea unui administrator anonim și numele drepturilor.
# Alertele (denied, expired, used) sunt text simplu, nu HTML: fără marcaje, fără & < >.
group-anon-prompt = Un administrator anonim a executat { $command }. Apăsați butonul pentru a confirma cine sunteți.
group-anon-button = ✅ Eu am fost
group-anon-confirmed = { $command }: confirmat de { $name }.
group-anon-denied = Doar un administrator cu dreptul „{ $right }” poate confirma.
group-anon-denied-any = Doar un administrator al acestui chat poate confirma.
group-anon-expired = Această confirmare a expirat. Vă rugăm să executați comanda din nou.
group-anon-used = Acțiunea a fost deja confirmată.
group-right-can_manage_chat = gestionarea chatului
group-right-can_delete_messages = ștergerea mesajelor
group-right-can_manage_video_chats = gestionarea chaturilor video
group-right-can_restrict_members = blocarea utilizatorilor
group-right-can_promote_members = adăugarea de administratori
group-right-can_change_info = modificarea informațiilor chatului
group-right-can_invite_users = invitarea utilizatorilor
group-right-can_manage_tags = gestionarea etichetelor
group-right-can_post_stories = publicarea poveștilor
group-right-can_edit_stories = editarea poveștilor
group-right-can_delete_stories = ștergerea poveștilor
group-right-can_post_messages = publicarea mesajelor
group-right-can_edit_messages = editarea mesajelor
group-right-can_pin_messages = fixarea mesajelor
group-right-can_manage_topics = gestionarea subiectelor
group-right-can_manage_direct_messages = gestionarea mesajelor directe
group-right-can_send_welcome_messages = trimiterea mesajelor de bun venit

# Formulare (src/kernel/forms): introducerea în mai mulți pași a fiecărui modul. form-closed și
# form-button-old sunt alerte: text simplu, fără HTML.
form-cancelled = Anulat. Nu s-a schimbat nimic.
form-nothing-to-cancel = Nu este nimic de anulat.
form-back = ↩ Înapoi
form-skip = ⏭ Omiteți
form-confirm = ✅ Confirmați
form-edit = ✏️ Modificați
form-cancel = ✖️ Anulați
form-page = Pagina { $page } din { $pages }.
form-confirm-title = <b>Vă rugăm să verificați răspunsurile:</b>
form-edit-title = <b>Ce răspuns doriți să modificați?</b>
form-secret-hidden = •••••• (ascuns)
form-skipped = — (omis)
form-invalid = Răspunsul nu pare corect ({ $problem }). Trimiteți-l din nou sau trimiteți /cancel.
form-not-text = Vă rugăm să trimiteți răspunsul ca mesaj text sau să trimiteți /cancel.
form-refused = Am șters acel mesaj: nu trebuie să rămână în chat și nu este răspunsul la acest pas. Trimiteți răspunsul cerut sau /cancel.
form-use-buttons = Vă rugăm să alegeți unul dintre butoanele de mai sus sau să trimiteți /cancel.
form-no-choices = Nu există nimic de ales pentru acest răspuns. Trimiteți alt răspuns sau /cancel.
form-no-results = Nimic nu corespunde căutării dumneavoastră. Încercați alta sau trimiteți /cancel.
form-delete-failed = ⚠️ Nu am putut șterge mesajul dumneavoastră. Vă rugăm să îl ștergeți singur: conține un secret.
form-expired = { $deleted ->
    [yes] ⌛ Timpul pentru acest formular a expirat, iar formularul a fost închis. Am șters mesajul dumneavoastră, deoarece poate conține un secret. Vă rugăm să începeți din nou.
   *[no] ⌛ Timpul pentru acest formular a expirat, iar formularul a fost închis, așa că mesajul dumneavoastră nu a fost folosit. Vă rugăm să începeți din nou.
}
form-closed = Acest formular este închis. Trimiteți din nou comanda pentru a începe de la capăt.
form-button-old = Acest buton ține de un pas anterior. Vă rugăm să folosiți ultimul mesaj.
form-private-only = Pentru siguranța dumneavoastră, vă rugăm să faceți acest lucru într-un chat privat cu mine.
form-not-photo = Vă rugăm să trimiteți o fotografie (sau un fișier imagine: JPEG, PNG ori WebP) sau /cancel.
form-photo-received = 📷 fotografie primită
form-photo-too-large = Imaginea este prea mare: cel mult { $megabytes } MB, vă rog. Trimiteți una mai mică sau /cancel.
