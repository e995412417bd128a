# erp (botul ERP ROA2WEB): legarea contului, firme, tablou de bord, facturi, trezorerie, exporturi, rezumat.
# Mesajele care se termină în -alert sunt alerte ale butoanelor, iar erp-btn-*, erp-col-*, erp-pdf-*,
# erp-chart-*, erp-age-*, erp-filter-* și erp-status-* ajung și în butoane, grafice, fișiere CSV și PDF:
# text simplu, fără HTML.

erp-cmd-link = Legarea contului ROA2WEB cu un cod
erp-cmd-companies = Firmele dumneavoastră
erp-cmd-selectcompany = Alegerea firmei active
erp-cmd-dashboard = Tabloul de bord al firmei active
erp-cmd-sold = Soldul (la fel ca /dashboard)
erp-cmd-facturi = Facturi: /facturi neplatite sau /facturi platite
erp-cmd-trezorerie = Trezorerie: case și conturi bancare
erp-cmd-digest = Rezumatul zilnic al facturilor restante
erp-cmd-clear = Renunțarea la firma activă
erp-cmd-unlink = Dezlegarea acestui cont de Telegram de ROA2WEB

# /start și legarea contului
erp-hint-unlinked = ROA2WEB: pentru a vă lega contul, deschideți Setări → Telegram în ROA2WEB și apăsați „Generează cod”. Apoi apăsați „Deschide în Telegram”, scanați codul QR cu telefonul sau trimiteți aici codul de 8 caractere.
erp-hint-linked = ROA2WEB: sunteți legat ca <b>{ $name }</b> ({ $email }). Firma activă: <b>{ $company }</b>. Încercați /dashboard sau /facturi.
erp-hint-linked-no-company = ROA2WEB: sunteți legat ca <b>{ $name }</b> ({ $email }). Alegeți o firmă cu /selectcompany.
erp-link-usage = Pentru a vă lega contul ROA2WEB, deschideți Setări → Telegram în ROA2WEB și apăsați „Generează cod”, apoi trimiteți codul aici, de exemplu <code>/link ABCD2345</code> (sau doar codul). Are 8 litere și cifre și funcționează o singură dată, timp de 15 minute.
erp-link-format = Acesta nu este un cod de legare: un cod are 8 litere și cifre, de exemplu <code>ABCD2345</code>.
erp-link-private-only = Pentru siguranța dumneavoastră, legați contul într-un chat privat cu mine. V-am șters mesajul.
erp-link-delete-failed = ⚠️ Nu am putut șterge mesajul dumneavoastră cu codul. Vă rugăm să-l ștergeți dumneavoastră.
erp-link-wrong = ❌ Codul nu este valid. Vă rugăm să-l verificați sau să generați unul nou în ROA2WEB (Setări → Telegram).
erp-link-expired = ⌛ Codul a expirat: un cod funcționează 15 minute. Vă rugăm să generați unul nou în ROA2WEB.
erp-link-used = Codul a fost deja folosit: un cod funcționează o singură dată. Vă rugăm să generați unul nou în ROA2WEB.
erp-link-used-mine = Ați folosit deja acest cod pentru a lega acest cont. Încercați /dashboard.
erp-link-burned = ⛔ Codul a fost blocat după prea multe coduri greșite încercate la acest bot. Vă rugăm să generați unul nou în ROA2WEB.
erp-link-busy = Codul este folosit chiar acum. Vă rugăm să încercați din nou peste câteva momente.
erp-link-unknown-user = ROA2WEB nu cunoaște contul pentru care a fost generat codul. Vă rugăm să generați un cod nou sau să cereți ajutorul administratorului.
erp-link-user-disabled = Contul dumneavoastră ROA2WEB este dezactivat. Vă rugăm să cereți ajutorul administratorului.
erp-link-done = ✅ Acest cont de Telegram este acum legat de ROA2WEB ca <b>{ $name }</b> ({ $email }).
erp-link-same = Acest cont de Telegram este deja legat de <b>{ $email }</b>.
erp-relink-ask = Acest cont de Telegram este legat de <b>{ $current }</b>. Doriți să-l legați în schimb de <b>{ $next }</b>? Firma activă și rezumatul zilnic vor fi resetate.
erp-relink-yes = ✅ Da, schimbați contul
erp-relink-no = ✖ Nu, păstrați contul actual
erp-relink-kept = Nu s-a schimbat nimic: sunteți în continuare legat de <b>{ $email }</b>.
erp-relink-cancelled = Nu s-a schimbat nimic.
erp-relink-expired = Această întrebare a expirat. Vă rugăm să trimiteți din nou codul.
erp-moved-away = Contul dumneavoastră ROA2WEB <b>{ $email }</b> a fost legat de alt cont de Telegram, așa că nu mai este legat aici. Dacă nu ați fost dumneavoastră, schimbați parola ROA2WEB și anunțați administratorul.

# Cont nelegat, legătură încheiată, acces oprit
erp-need-link = Vă rugăm să vă legați mai întâi contul ROA2WEB: deschideți Setări → Telegram în ROA2WEB, apăsați „Generează cod” și trimiteți codul aici.
erp-need-link-alert = Vă rugăm să vă legați mai întâi contul ROA2WEB: deschideți Setări → Telegram în ROA2WEB și trimiteți codul aici.
erp-link-ended = Legătura cu ROA2WEB s-a încheiat (a fost revocată sau contul a fost dezactivat). Vă rugăm să legați din nou contul cu un cod nou din ROA2WEB (Setări → Telegram).
erp-link-ended-alert = Legătura cu ROA2WEB s-a încheiat. Vă rugăm să legați din nou contul cu un cod nou din ROA2WEB.
erp-disabled = Accesul prin Telegram la ROA2WEB este oprit de administrator.
erp-disabled-alert = Accesul prin Telegram la ROA2WEB este oprit de administrator.
erp-private-only = Pentru confidențialitate, afișez cifrele ROA2WEB doar într-un chat privat cu mine.
erp-private-only-alert = Pentru confidențialitate, afișez cifrele ROA2WEB doar într-un chat privat cu mine.

# /unlink
erp-unlink-ask = Dezlegați acest cont de Telegram de <b>{ $email }</b>? Pentru a-l lega din nou veți avea nevoie de un cod nou din ROA2WEB.
erp-unlink-yes = ✅ Da, dezlegați
erp-unlink-no = ✖ Anulare
erp-unlink-done = Contul a fost dezlegat. ROA2WEB a revocat accesul acestui bot la contul dumneavoastră. Pentru a-l lega din nou, generați un cod nou în ROA2WEB.
erp-unlink-done-offline = Contul a fost dezlegat aici. ROA2WEB nu a putut fi contactat, așa că accesul dat acestui bot se încheie de la sine când expiră.
erp-unlink-cancelled = Nu s-a schimbat nimic: sunteți în continuare legat de <b>{ $email }</b>.
erp-unlink-nothing = Acest cont de Telegram nu este legat de ROA2WEB.

# Firme
erp-companies-title = <b>🏢 Firmele dumneavoastră</b> ({ $count })
erp-companies-none = Contul dumneavoastră ROA2WEB nu are nicio firmă.
erp-btn-choose-company = 🏢 Alegeți o firmă
erp-pick-title = Alegeți o firmă:
erp-pick-needed = Alegeți mai întâi firma cu care lucrați:
erp-pick-search = Firme care conțin „{ $query }”:
erp-pick-no-match = Nicio firmă nu conține „{ $query }”. Iată toate firmele:
erp-company-gone = Firma nu mai este în lista dumneavoastră. Vă rugăm să alegeți din nou:
erp-company-selected = ✅ Firma activă: <b>{ $name }</b> (CUI { $cui }).
erp-company-selected-no-cui = ✅ Firma activă: <b>{ $name }</b>.
erp-company-selected-alert = Firma a fost aleasă
erp-clear-done = Firma activă a fost ștearsă. Puteți alege alta cu /selectcompany.
erp-clear-nothing = Nu era aleasă nicio firmă.
erp-page = Pagina { $page } din { $pages }.
erp-page-prev = ‹ Înapoi
erp-page-next = Înainte ›

# Tablou de bord
erp-dash-title = <b>📊 { $company }</b>
erp-dash-balance = Sold: <b>{ $amount }</b>
erp-dash-receivables = Creanțe: { $amount }
erp-dash-payables = Datorii: { $amount }
erp-dash-invoices = Facturi: { $issued } emise · { $paid } încasate · { $unpaid } neîncasate
erp-dash-overdue = ⚠️ Restante: { $count ->
    [one] o factură
    [few] { $count } facturi
   *[other] { $count } de facturi
} · { $amount }
erp-dash-no-overdue = ✅ Nicio restanță
erp-dash-month = Luna aceasta: încasări { $collections } · plăți { $payments }
erp-as-of = <i>Situația la { $time }</i>
erp-btn-aging = 📈 Creanțe după vechime
erp-btn-unpaid = 🧾 Facturi neîncasate
erp-btn-overdue = 🧾 Facturi restante
erp-btn-treasury = 🏦 Trezorerie
erp-btn-refresh = 🔄 Actualizare
erp-btn-dashboard = 📊 Tablou de bord

# Creanțe după vechime (graficul și textul lui)
erp-chart-title = Creanțe după vechime
erp-chart-subtitle = Rest de încasat, după zilele trecute de la scadență · { $time }
erp-chart-empty = Nu mai este nimic de încasat.
erp-chart-caption-title = <b>📈 Creanțe după vechime: { $company }</b>
erp-chart-line = { $bucket }: { $amounts }
erp-age-current = În termen
erp-age-d1-30 = 1–30 de zile
erp-age-d31-60 = 31–60 de zile
erp-age-d61-90 = 61–90 de zile
erp-age-d90-plus = Peste 90 de zile

# Facturi
erp-filter-all = toate
erp-filter-unpaid = neîncasate
erp-filter-paid = încasate
erp-filter-overdue = restante
erp-filter-partial = încasate parțial
erp-btn-filter-all = Toate
erp-btn-filter-unpaid = Neîncasate
erp-btn-filter-paid = Încasate
erp-btn-filter-overdue = Restante
erp-status-paid = încasată
erp-status-unpaid = neîncasată
erp-status-partial = încasată parțial
erp-inv-title = <b>🧾 Facturi: { $company }</b> ({ $filter })
erp-inv-count = { $count ->
    [one] o factură
    [few] { $count } facturi
   *[other] { $count } de facturi
}, pagina { $page } din { $pages }
erp-inv-empty = Nicio factură nu corespunde acestui filtru.
erp-inv-left = rest de încasat { $amount }
erp-inv-paid-in-full = încasată integral
erp-inv-due = scadentă la { $date }
erp-inv-overdue = ⚠️ { $days ->
    [one] o zi
    [few] { $days } zile
   *[other] { $days } de zile
} de întârziere
erp-inv-totals = <b>Totaluri</b> (toate facturile acestei liste):
erp-inv-totals-line = facturat { $total } · încasat { $paid } · rest de încasat { $left }
erp-inv-unknown-filter = Nu cunosc filtrul „{ $word }”. Încercați <code>/facturi</code>, <code>/facturi neplatite</code>, <code>/facturi platite</code> sau <code>/facturi restante</code>.
erp-inv-detail-title = <b>🧾 Factura { $name }</b>
erp-inv-detail-company = Emisă de { $company }
erp-inv-detail-partner = Client: <b>{ $partner }</b> (CUI { $cui })
erp-inv-detail-partner-no-cui = Client: <b>{ $partner }</b>
erp-inv-detail-issued = Emisă la { $date }
erp-inv-detail-due = Scadentă la { $date }
erp-inv-detail-total = Total: <b>{ $amount }</b>
erp-inv-detail-paid = Încasat: { $amount }
erp-inv-detail-left = Rest de încasat: <b>{ $amount }</b>
erp-inv-detail-status = Stare: { $status }
erp-inv-detail-overdue = ⚠️ Întârziere: { $days ->
    [one] o zi
    [few] { $days } zile
   *[other] { $days } de zile
}
erp-inv-gone-alert = Factura nu mai este în listă. Vă rugăm să deschideți din nou lista.
erp-btn-back-list = « Înapoi la listă

# Exporturi
erp-btn-csv = ⬇️ CSV
erp-btn-pdf = ⬇️ PDF
erp-export-empty-alert = Nu este nimic de exportat: nicio factură nu corespunde acestui filtru.
erp-export-preparing-alert = Se pregătește fișierul…
erp-export-caption = 🧾 { $company }: { $filter }, { $count ->
    [one] o factură
    [few] { $count } facturi
   *[other] { $count } de facturi
}
erp-col-invoice = Factura
erp-col-partner = Client
erp-col-cui = CUI
erp-col-issued = Emisă
erp-col-due = Scadentă
erp-col-total = Total
erp-col-paid = Încasat
erp-col-left = Rest de încasat
erp-col-currency = Moneda
erp-col-status = Stare
erp-col-days-overdue = Zile de întârziere
erp-pdf-title = Facturi
erp-pdf-subtitle = { $filter } · { $count ->
    [one] o factură
    [few] { $count } facturi
   *[other] { $count } de facturi
} · { $time }
erp-pdf-totals = Totaluri
erp-pdf-totals-line = { $count ->
    [one] o factură
    [few] { $count } facturi
   *[other] { $count } de facturi
}: facturat { $total } · încasat { $paid } · rest de încasat { $left }
erp-pdf-page = Pagina { $page } din { $pages }

# Trezorerie
erp-treasury-title = <b>🏦 Trezorerie: { $company }</b>
erp-treasury-cash = <b>Case</b>
erp-treasury-banks = <b>Conturi bancare</b>
erp-treasury-totals = <b>Total pe monede</b>
erp-treasury-cash-line = { $name }: { $amount }
erp-treasury-bank-line = { $bank } · <code>{ $iban }</code>: { $amount }
erp-treasury-bank-line-no-iban = { $bank }: { $amount }
erp-treasury-total-line = <b>{ $amount }</b>
erp-treasury-none = niciuna

# Rezumatul zilnic al facturilor restante
erp-digest-title = <b>🔔 Rezumatul zilnic al facturilor restante</b>
erp-digest-off = Este oprit. Alegeți ora la care să-l primiți zilnic (fusul orar { $zone }):
erp-digest-on = Zilnic la ora <b>{ $time }</b> ({ $zone }) pentru <b>{ $company }</b>. Puteți alege altă oră, alt fus orar sau îl puteți opri:
erp-digest-zones = Alegeți fusul orar:
erp-btn-digest-off = 🔕 Oprire
erp-digest-set-alert = Rezumatul vine zilnic la ora { $time }.
erp-digest-zone-alert = Fusul orar: { $zone }
erp-digest-off-alert = Rezumatul este oprit.
erp-digest-message-title = <b>🔔 Facturi restante: { $company }</b>, { $date }
erp-digest-none = ✅ Nicio factură restantă.
erp-digest-count = { $count ->
    [one] O factură este restantă.
    [few] { $count } facturi sunt restante.
   *[other] { $count } de facturi sunt restante.
}
erp-digest-total = Rest de încasat: <b>{ $amount }</b>
erp-digest-more = …și încă { $count }: /facturi restante
erp-digest-stopped-link = Rezumatul zilnic s-a oprit: legătura cu ROA2WEB s-a încheiat. Legați din nou contul cu un cod nou din ROA2WEB, apoi porniți rezumatul cu /digest.
erp-digest-stopped-company = Rezumatul zilnic s-a oprit: contul dumneavoastră ROA2WEB nu mai are acces la acea firmă. Îl puteți porni din nou cu /digest.
