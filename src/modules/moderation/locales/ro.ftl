mod-cmd-mute = Reduce la tăcere un membru (răspuns sau id) [durată] [motiv]
mod-cmd-unmute = Permite din nou unui membru să scrie
mod-cmd-ban = Blochează un membru [durată] [motiv]
mod-cmd-unban = Ridică blocarea
mod-cmd-warn = Avertizează un membru; la limită urmează acțiunea grupului
mod-cmd-kick = Elimină un membru (poate reveni)
mod-cmd-clear = Ștergerea avertismentelor unui membru (răspuns sau id)
mod-cmd-info = Evidența unui membru: restricții, blocări, avertismente
mod-cmd-status = Starea botului de moderare în acest grup
mod-groups-only = Această comandă funcționează în grupuri.
mod-admins-only = ⛔ Doar administratorii grupului pot face acest lucru.
mod-admin-lacks-right = ⛔ Pentru aceasta aveți nevoie de dreptul de administrator „{ $right }”.
mod-bot-not-admin = ⚠️ Nu sunt administrator aici. Vă rog să mă numiți administrator cu dreptul „{ $right }”.
mod-bot-lacks-right = ⚠️ Nu am dreptul de administrator „{ $right }”. Vă rog să mi-l acordați și să reîncercați.
mod-target-not-person = Vă rog să răspundeți la mesajul unei persoane (nu al unui canal, al unui administrator anonim sau al unui bot).
mod-target-unknown = Nu găsesc utilizatorul { $id } în acest grup.
mod-target-missing = Cine? Vă rog să răspundeți la mesajul persoanei cu { $command } sau să indicați @username ori id-ul numeric: { $command } @username 10m motiv
mod-target-self = Nu îmi voi face asta mie însumi.
mod-target-owner = { $targetHtml } este proprietarul grupului și nu poate fi restricționat.
mod-target-admin = { $targetHtml } este administrator și nu poate fi restricționat. Retrageți-i mai întâi drepturile.
mod-telegram-refused = ❌ Telegram a refuzat: { $reason }
mod-reason = Motiv: { $reason }
mod-clamped-raised = ℹ️ Cea mai scurtă restricție în Telegram este de 30 de secunde: am folosit 30 de secunde.
mod-clamped-forever = ℹ️ Telegram nu acceptă restricții mai lungi de 366 de zile: aceasta este până la ridicare.
mod-done-mute = 🔇 { $targetHtml } nu mai poate scrie { $timed ->
    [yes] timp de { $durationHtml }.
   *[no] până la ridicarea restricției.
}
mod-done-unmute = 🔊 { $targetHtml } poate scrie din nou.
mod-done-ban = 🚫 { $targetHtml } este blocat { $timed ->
    [yes] timp de { $durationHtml }.
   *[no] până la deblocare.
}
mod-done-unban = ✅ { $targetHtml } nu mai este blocat și poate reveni.
mod-done-kick = 👢 { $targetHtml } a fost eliminat din grup și poate reveni.
mod-record-failed = ⚠️ Efectuat în Telegram, dar API V2 nu a putut înregistra acțiunea: lipsește din jurnal.
mod-record-pending = ⏳ Efectuat în Telegram. API V2 nu răspunde acum: înregistrarea este în așteptare și va fi scrisă când serviciul revine.
mod-warn-failed = ❌ { $targetHtml } nu a fost avertizat: API V2, care numără avertismentele, nu răspunde. Vă rog să reîncercați mai târziu.
mod-done-warn = ⚠️ { $targetHtml } a fost avertizat ({ $count }/{ $limit }).
mod-done-clear = 🧹 { $targetHtml } nu mai are avertismente.
mod-clear-failed = ❌ Avertismentele lui { $targetHtml } nu au fost șterse: API V2, care le numără, nu răspunde. Vă rog să reîncercați mai târziu.
mod-escalation-refused = ❌ { $targetHtml } a atins { $limit } avertismente, dar Telegram a refuzat acțiunea grupului: { $reason }
mod-escalated-ban = 🚫 { $targetHtml } a atins { $limit } avertismente și este blocat { $timed ->
    [yes] timp de { $durationHtml }.
   *[no] până la deblocare.
}
mod-escalated-mute = 🔇 { $targetHtml } a atins { $limit } avertismente și nu mai poate scrie { $timed ->
    [yes] timp de { $durationHtml }.
   *[no] până la ridicarea restricției.
}
mod-escalated-kick = 👢 { $targetHtml } a atins { $limit } avertismente și a fost eliminat din grup.
mod-forever = pentru totdeauna
mod-unit-w = { $n } săpt.
mod-unit-d = { $n } z
mod-unit-h = { $n } h
mod-unit-m = { $n } min
mod-unit-s = { $n } s
mod-info-title = ℹ️ { $targetHtml }
mod-info-telegram = În grup: { $status ->
    [creator] proprietar
    [administrator] administrator
    [restricted] restricționat
    [left] nu este membru
    [kicked] blocat
   *[member] membru
}
mod-info-muted = 🔇 Fără drept de scriere până la { $until }
mod-info-banned = 🚫 Blocat până la { $until }
mod-info-warnings = ⚠️ Avertismente: { $count }/{ $limit }
mod-info-last = Ultima acțiune: { $at }
mod-api-down = ⚠️ API V2 nu răspunde: evidența nu poate fi afișată acum.
mod-status-title = 🛡 Moderare
mod-status-bot-ok = ✅ Pot restricționa membri aici.
mod-status-policy = ⚠️ După { $limit } avertismente: { $action ->
    [kick] eliminare din grup
    [mute] restricție de scriere
   *[ban] blocare
}
mod-cmd-restrict = Permiteți unui membru doar text (fără media, stickere, linkuri) [durată] [motiv]
mod-cmd-unrestrict = Ridicați restricția unui membru
mod-done-restrict = ✋ { $targetHtml } poate scrie doar text { $timed ->
    [yes] timp de { $durationHtml }.
   *[no] până la ridicarea restricției.
}
mod-done-unrestrict = ✅ { $targetHtml } poate trimite din nou orice.
mod-log-group = Grup: { $title } ({ $id })
mod-log-admin = Administrator: { $adminHtml }
mod-log-by-bot = Administrator: botul, automat
mod-log-member = Membru: { $targetHtml }
mod-log-duration = Durată: { $durationHtml }
