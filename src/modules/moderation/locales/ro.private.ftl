mod-ps-start-hint = ⚙️ Sunteți administratorul unui grup pe care îl moderez? Trimiteți /settings aici pentru a-i gestiona setările.
mod-ps-groups-title = ⚙️ Setările cărui grup doriți să le gestionați?
mod-ps-groups-page = Pagina { $page } din { $pages }
mod-ps-groups-none = Nu am găsit niciun grup în care sunteți administrator și eu sunt membru. Adăugați-mă în grupul dumneavoastră ca administrator, apoi trimiteți din nou /settings aici.
mod-ps-to-groups = « Grupurile mele
mod-ps-back = « Înapoi
mod-ps-form-back = « Înapoi fără modificări
mod-ps-saved = ✅ Salvat.
mod-ps-not-admin = Nu (mai) sunteți administrator al acelui grup.
mod-ps-bot-gone = Nu mai sunt în acel grup.
mod-ps-api-down = ⚠️ API V2 nu răspunde: setările nu pot fi citite sau modificate acum. Vă rugăm să reîncercați mai târziu.
mod-ps-refused = ❌ API V2 nu a acceptat această valoare. { $hintHtml }
mod-ps-refused-press = ❌ API V2 nu a acceptat această modificare.
mod-ps-title = ⚙️ Setările grupului <b>{ $group }</b>
mod-ps-main-warn = ⚠️ Avertismente: după { $limit }, { $actionHtml }
mod-ps-main-flood = 🌊 Anti-flood: { $messages } mesaje în { $secondsHtml }, apoi { $actionHtml }
mod-ps-main-flood-off = 🌊 Anti-flood: oprit
mod-ps-main-locks = 🔒 Blocări: { $listHtml }
mod-ps-main-locks-none = 🔒 Blocări: niciuna
mod-ps-main-night = 🌙 Modul de noapte: { $start }–{ $end } ({ $zone }), { $daysHtml }
mod-ps-main-night-off = 🌙 Modul de noapte: oprit
mod-ps-main-welcome = 👋 Mesaj de bun venit: { $on ->
    [yes] pornit
   *[no] oprit
}
mod-ps-main-captcha = 🤖 Captcha: { $on ->
    [yes] pornit, { $durationHtml } pentru răspuns
   *[no] oprit
}
mod-ps-main-log = 📣 Canal de jurnal: { $id }
mod-ps-main-log-none = 📣 Canal de jurnal: niciunul
mod-ps-main-autodel = 🧹 Ștergere automată: { $listHtml }
mod-ps-main-autodel-none = 🧹 Ștergere automată: nimic
mod-ps-sec-warn = ⚠️ Avertismente
mod-ps-sec-flood = 🌊 Anti-flood
mod-ps-sec-locks = 🔒 Blocări
mod-ps-sec-night = 🌙 Modul de noapte
mod-ps-sec-welcome = 👋 Bun venit
mod-ps-sec-captcha = 🤖 Captcha
mod-ps-sec-log = 📣 Canal de jurnal
mod-ps-sec-autodel = 🧹 Ștergere automată
mod-ps-then-ban = blocare { $timed ->
    [yes] pentru { $durationHtml }
   *[no] pentru totdeauna
}
mod-ps-then-mute = amuțire { $timed ->
    [yes] pentru { $durationHtml }
   *[no] pentru totdeauna
}
mod-ps-then-kick = eliminare din grup
mod-ps-btn-turn = { $on ->
    [yes] Opriți
   *[no] Porniți
}
mod-ps-btn-ban = Blocare
mod-ps-btn-kick = Eliminare
mod-ps-btn-mute = Amuțire
mod-ps-btn-limit = ✏️ Limită
mod-ps-btn-duration = ✏️ Durată
mod-ps-btn-forever = Pentru totdeauna
mod-ps-btn-expiry = ✏️ Valabilitate
mod-ps-btn-noexp = Fără expirare
mod-ps-btn-flood-rule = ✏️ Mesaje și timp
mod-ps-btn-start = ✏️ Început
mod-ps-btn-end = ✏️ Sfârșit
mod-ps-btn-zone = ✏️ Fus orar
mod-ps-btn-welcome-text = ✏️ Text
mod-ps-btn-welcome-default = Textul implicit
mod-ps-btn-captcha-time = ✏️ Timp de răspuns
mod-ps-btn-log-set = ✏️ Alegeți canalul
mod-ps-btn-log-clear = Eliminați canalul
mod-ps-warn-title = ⚠️ <b>Avertismente</b> în { $group }
mod-ps-warn-limit = După { $limit } avertismente: { $actionHtml }
mod-ps-warn-expiry = Fiecare avertisment este valabil { $durationHtml }.
mod-ps-warn-expiry-never = Avertismentele sunt valabile până la eliminarea lor.
mod-ps-flood-title = 🌊 <b>Anti-flood</b> în { $group }: { $on ->
    [yes] pornit
   *[no] oprit
}
mod-ps-flood-rule = Flood înseamnă { $messages } mesaje în { $secondsHtml }.
mod-ps-flood-then = Apoi: { $actionHtml }
mod-ps-locks-title = 🔒 <b>Blocări</b> în { $group }: mesajele de un tip blocat trimise de membri sunt șterse. Apăsați pentru a bloca sau debloca.
mod-ps-lock-audio = Audio
mod-ps-lock-bot = Boți adăugați
mod-ps-lock-button = Butoane
mod-ps-lock-command = Comenzi
mod-ps-lock-contact = Contacte
mod-ps-lock-document = Fișiere
mod-ps-lock-email = Adrese de e-mail
mod-ps-lock-forward = Redirecționări
mod-ps-lock-game = Jocuri
mod-ps-lock-gif = GIF-uri
mod-ps-lock-inline = Boți inline
mod-ps-lock-invitelink = Linkuri de invitație
mod-ps-lock-location = Locații
mod-ps-lock-phone = Numere de telefon
mod-ps-lock-photo = Fotografii
mod-ps-lock-poll = Sondaje
mod-ps-lock-sticker = Stickere
mod-ps-lock-text = Text
mod-ps-lock-url = Linkuri
mod-ps-lock-video = Videoclipuri
mod-ps-lock-videonote = Mesaje video
mod-ps-lock-voice = Mesaje vocale
mod-ps-night-title = 🌙 <b>Modul de noapte</b> în { $group }: { $on ->
    [yes] pornit
   *[no] oprit
}
mod-ps-night-window = Chatul este închis de la { $start } până la { $end } ({ $zone }).
mod-ps-night-days = Începe în zilele: { $daysHtml }
mod-ps-every-day = în fiecare zi
mod-ps-day-mon = Lu
mod-ps-day-tue = Ma
mod-ps-day-wed = Mi
mod-ps-day-thu = Jo
mod-ps-day-fri = Vi
mod-ps-day-sat = Sâ
mod-ps-day-sun = Du
mod-ps-last-day = Modul de noapte are nevoie de cel puțin o zi.
mod-ps-welcome-title = 👋 <b>Bun venit</b> în { $group }: { $on ->
    [yes] pornit
   *[no] oprit
}
mod-ps-welcome-text = Text: <i>{ $text }</i>
mod-ps-welcome-default = Text: mesajul meu implicit de bun venit.
mod-ps-welcome-placeholders = Substituții: { $list }
mod-ps-captcha-title = 🤖 <b>Captcha</b> în { $group }: { $on ->
    [yes] pornit
   *[no] oprit
}
mod-ps-captcha-time = Noii membri au { $durationHtml } pentru a apăsa butonul, altfel sunt eliminați.
mod-ps-log-title = 📣 <b>Canalul de jurnal</b> al grupului { $group }
mod-ps-log-none = Niciun canal de jurnal: acțiunile mele nu sunt publicate nicăieri.
mod-ps-log-set = Fiecare acțiune este publicată în canalul { $id }.
mod-ps-log-test = ✅ Acest canal primește de acum jurnalul de moderare al grupului { $group }.
mod-ps-log-unknown = Nu găsesc acel canal. Adăugați-mă mai întâi în el ca administrator, apoi reîncercați.
mod-ps-log-not-channel = Acesta nu este un canal. Vă rugăm să indicați un canal.
mod-ps-log-not-your-channel = Nu sunteți administrator al acelui canal: doar administratorii săi pot trimite acolo jurnalul unui grup.
mod-ps-log-cannot-post = Nu pot publica în acel canal. Faceți-mă administrator acolo, cu dreptul de a publica mesaje, apoi reîncercați.
mod-ps-autodel-title = 🧹 <b>Ștergere automată</b> în { $group }: apăsați pentru a porni sau opri fiecare opțiune.
mod-ps-ad-cmd = Comenzi
mod-ps-ad-svc = Mesaje de intrare și ieșire
mod-ps-ad-welc = Mesajul de bun venit anterior
mod-ps-ask-limit = După câte avertismente urmează acțiunea grupului? Trimiteți un număr de la 1 la 20.
mod-ps-ask-duration = Cât să dureze { $action ->
    [mute] amuțirea
   *[ban] blocarea
}? Trimiteți o durată, de exemplu 30m, 12h sau 7d (de la 30 de secunde la 366 de zile).
mod-ps-ask-expiry = Cât timp să fie valabil un avertisment? Trimiteți o durată, de exemplu 12h, 7d sau 4w (de la 1 minut la 366 de zile).
mod-ps-ask-flood-messages = Câte mesaje înseamnă flood? Trimiteți un număr de la 2 la 100.
mod-ps-ask-flood-seconds = În cât timp? Trimiteți un număr de secunde (de la 1 la 3600) sau o durată, de exemplu 1m.
mod-ps-ask-start = Când să înceapă modul de noapte? Trimiteți o oră ca HH:MM (format de 24 de ore), în fusul orar al grupului, { $zone }.
mod-ps-ask-end = Când să se încheie modul de noapte? Trimiteți o oră ca HH:MM (format de 24 de ore), în fusul orar al grupului, { $zone }.
mod-ps-ask-zone = În ce fus orar este grupul? Trimiteți numele IANA al acestuia, de exemplu Europe/Bucharest, Asia/Almaty sau UTC.
mod-ps-ask-welcome = Trimiteți textul de bun venit (cel mult 4096 de caractere). Aceste substituții se completează pentru fiecare membru nou: { $placeholders }
mod-ps-ask-captcha = Cât timp au noii membri pentru a apăsa butonul? Trimiteți un număr de secunde (de la 15 la 3600) sau o durată, de exemplu 2m.
mod-ps-ask-log = Ce canal să primească jurnalul grupului? Redirecționați aici orice postare din el sau trimiteți @username-ul ori id-ul său. Trebuie să fiu administrator acolo, cu dreptul de a publica, iar dumneavoastră trebuie să fiți și unul dintre administratorii săi.
mod-ps-bad-number = Vă rugăm să trimiteți un număr întreg de la { $min } la { $max }.
mod-ps-bad-penalty = Vă rugăm să trimiteți o durată de la 30 de secunde la 366 de zile, de exemplu 30m, 12h sau 7d.
mod-ps-bad-expiry = Vă rugăm să trimiteți o durată de la 1 minut la 366 de zile, de exemplu 12h, 7d sau 4w.
mod-ps-bad-flood-seconds = Vă rugăm să trimiteți un timp de la 1 secundă la 1 oră, de exemplu 10 sau 1m.
mod-ps-bad-captcha = Vă rugăm să trimiteți un timp de la 15 secunde la 1 oră, de exemplu 90 sau 2m.
mod-ps-bad-time = Vă rugăm să trimiteți o oră ca HH:MM, în format de 24 de ore, de exemplu 23:00 sau 7:30.
mod-ps-bad-zone = Nu cunosc acest fus orar. Vă rugăm să trimiteți numele său IANA, de exemplu Europe/Bucharest, Asia/Almaty sau America/New_York.
mod-ps-bad-welcome = Vă rugăm să trimiteți un text de la 1 la { $max } caractere.
mod-ps-bad-channel = Vă rugăm să redirecționați o postare din canal sau să trimiteți @username-ul ori id-ul său (-100…).
mod-ps-same-time = Modul de noapte nu poate începe și se încheia la aceeași oră ({ $time }). Vă rugăm să trimiteți o altă oră.
mod-ps-kick-no-duration = O eliminare nu are durată. Alegeți mai întâi blocarea sau amuțirea.
