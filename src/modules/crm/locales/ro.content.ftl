# Ecranele de conținut ale crm (src/modules/crm/content): răsfoire, căutare, filtrare, creare, modificare, ștergere.
# Alertele sunt text simplu, fără HTML: crm-content-gone, crm-content-forbidden, crm-content-search-expired.
# Etichetele butoanelor sunt tot text simplu (crm-content-btn-*, crm-field-*, crm-type-*, da/nu).

## Cele douăsprezece secțiuni
crm-type-events = Evenimente
crm-type-news = Știri
crm-type-vacancies = Locuri de muncă
crm-type-courses = Cursuri
crm-type-projects = Proiecte
crm-type-leisure = Timp liber
crm-type-volunteers = Voluntari
crm-type-users = Utilizatori
crm-type-certificates = Certificate
crm-type-experts = Experți
crm-type-resumes = CV-uri
crm-type-tech-tasks = Sarcini tehnice

## Liste și caruseluri
crm-content-list-head = <b>{ $typeHtml }</b> · { $total } în total
crm-content-searching = 🔎 Căutare: „{ $query }”
crm-content-filtered = ⚙️ { $label }: { $value }
crm-content-page = Pagina { $page }
crm-content-page-of = Pagina { $page } din { $pages }
crm-content-empty = Încă nu este nimic aici.
crm-content-nothing-found = Nu s-a găsit nimic pentru „{ $query }”. Încercați altă căutare sau ștergeți-o.
crm-content-nothing-filtered = Nimic nu corespunde acestui filtru.
crm-content-no-more = Nu mai este nimic aici: lista s-a scurtat. Întoarceți-vă cu o pagină.
crm-content-search-expired = Această căutare a expirat: iată toată lista.
crm-content-filter-all = Toate

## Butoane
crm-content-btn-search = 🔍 Căutare
crm-content-btn-filter = ⚙️ Filtru
crm-content-btn-clear-search = ✖️ Ștergeți căutarea
crm-content-btn-new = ➕ Adăugați
crm-content-btn-menu = ☰ Meniu
crm-content-btn-list = 📋 La listă
crm-content-btn-back = ‹ Înapoi
crm-content-btn-more = 📖 Mai mult
crm-content-btn-site = 🌐 Pe site
crm-content-btn-edit = ✏️ Modificați
crm-content-btn-delete = 🗑 Ștergeți
crm-content-btn-delete-yes = 🗑 Da, ștergeți
crm-content-btn-delete-no = Nu, păstrați

## Valori
crm-content-yes = Da
crm-content-no = Nu
crm-content-minutes = { $count ->
    [one] { $count } minut
    [few] { $count } minute
   *[other] { $count } de minute
}
crm-content-years = { $count ->
    [one] { $count } an
    [few] { $count } ani
   *[other] { $count } de ani
}

## Creare, modificare, ștergere
crm-content-created = ✅ Creat.
crm-content-saved = ✅ Salvat.
crm-content-preview = <b>Verificați noua înregistrare:</b>
crm-content-photo-attached = 📷 Fotografie atașată.
crm-content-photo-refused = CRM-ul nu a acceptat această imagine. Trimiteți altă fotografie (JPEG, PNG sau WebP, până la 5 MB) sau /cancel.
crm-content-end-before-start = „{ $field }” nu poate fi înainte de început. Trimiteți din nou.
crm-content-write-failed = ⚠️ CRM-ul nu a răspuns. Răspunsurile dumneavoastră sunt păstrate: verificați mai întâi lista (poate a fost salvat), apoi răspundeți din nou la acest pas pentru a reveni la confirmare, sau /cancel.
crm-content-edit-field = Ce doriți să modificați? Alegeți un câmp sau /cancel.
crm-content-edit-field-label = Câmp
crm-content-delete-ask = Ștergeți „{ $title }”? Acțiunea nu poate fi anulată.
crm-content-deleted = 🗑 „{ $title }” a fost șters.
crm-content-delete-kept = Nu s-a șters nimic.
crm-content-gone = Această înregistrare nu mai există.
crm-content-forbidden = Rolul dumneavoastră nu are voie să facă acest lucru.
crm-content-refused = ⚠️ CRM-ul nu a acceptat datele:
crm-content-refused-missing = „{ $field }”: câmp obligatoriu.
crm-content-refused-short = „{ $field }”: prea scurt.
crm-content-refused-long = „{ $field }”: prea lung.
crm-content-refused-date = „{ $field }”: dată nevalidă.
crm-content-refused-order = „{ $field }”: nu poate fi înainte de început.
crm-content-refused-number = „{ $field }”: trebuie să fie un număr întreg.
crm-content-refused-small = „{ $field }”: valoare prea mică.
crm-content-refused-large = „{ $field }”: valoare prea mare.
crm-content-refused-choice = „{ $field }”: valoare nepermisă.
crm-content-refused-url = „{ $field }”: link nevalid.
crm-content-refused-other = „{ $field }”: valoare nevalidă.

## Cererea câmpurilor și răspunsuri la ce nu e valid
crm-content-ask-text = ✏️ <b>{ $field }</b>: trimiteți un text între { $min } și { $max } de caractere.
crm-content-ask-longtext = ✏️ <b>{ $field }</b>: trimiteți un text de cel mult { $max } de caractere.
crm-content-ask-int = 🔢 <b>{ $field }</b>: trimiteți un număr întreg între { $min } și { $max }.
crm-content-ask-int-min = 🔢 <b>{ $field }</b>: trimiteți un număr întreg de cel puțin { $min }.
crm-content-ask-date = 📅 <b>{ $field }</b>: trimiteți data ca ZZ.LL.AAAA, de exemplu 31.12.2026.
crm-content-ask-datetime = 🕒 <b>{ $field }</b>: trimiteți data și ora ca ZZ.LL.AAAA HH:MM, ora Astanei, de exemplu 25.12.2026 18:00.
crm-content-ask-url = 🔗 <b>{ $field }</b>: trimiteți un link care începe cu https://
crm-content-ask-email = ✉️ <b>{ $field }</b>: trimiteți o adresă de e-mail.
crm-content-ask-choice = <b>{ $field }</b>: alegeți o valoare.
crm-content-ask-photo = 🖼 <b>{ $field }</b>: trimiteți o fotografie sau un fișier imagine (JPEG, PNG sau WebP, până la { $megabytes } MB).
crm-content-pair-needed = Varianta în rusă a fost omisă, așa că aceasta este obligatorie.
crm-content-search-ask = 🔍 Trimiteți o parte din titlu pentru a căuta în „{ $type }” sau /cancel.
crm-content-search-invalid = O căutare are între { $min } și { $max } de caractere. Trimiteți alta sau /cancel.
crm-content-invalid-empty = Trimiteți un text sau /cancel.
crm-content-invalid-short = Prea scurt: cel puțin { $min } caractere, vă rog. Trimiteți din nou sau /cancel.
crm-content-invalid-long = Prea lung: cel mult { $max } de caractere, vă rog. Trimiteți din nou sau /cancel.
crm-content-invalid-int = Trimiteți un număr întreg (doar cifre) sau /cancel.
crm-content-invalid-min = Cea mai mică valoare permisă este { $min }. Trimiteți din nou sau /cancel.
crm-content-invalid-max = Cea mai mare valoare permisă este { $max }. Trimiteți din nou sau /cancel.
crm-content-invalid-date = Aceasta nu este o dată: trimiteți-o ca ZZ.LL.AAAA (de exemplu 31.12.2026) sau /cancel.
crm-content-invalid-datetime = Aceasta nu este o dată cu oră: trimiteți-o ca ZZ.LL.AAAA HH:MM (de exemplu 25.12.2026 18:00) sau /cancel.
crm-content-invalid-url = Acesta nu este un link: trimiteți unul care începe cu https:// sau /cancel.
crm-content-invalid-email = Aceasta nu este o adresă de e-mail (de exemplu nume@example.kz). Trimiteți din nou sau /cancel.

## Câmpuri
crm-field-title = Titlu
crm-field-title-ru = Titlu (rusă)
crm-field-title-kz = Titlu (kazahă)
crm-field-description = Descriere
crm-field-description-ru = Descriere (rusă)
crm-field-description-kz = Descriere (kazahă)
crm-field-content-ru = Text (rusă)
crm-field-content-kz = Text (kazahă)
crm-field-bio-ru = Biografie (rusă)
crm-field-bio-kz = Biografie (kazahă)
crm-field-location = Loc
crm-field-category = Categorie
crm-field-start-date = Începe
crm-field-end-date = Se termină
crm-field-photo-url = Fotografie
crm-field-source = Sursă
crm-field-published-at = Publicat
crm-field-url = Link
crm-field-company = Companie
crm-field-salary = Salariu
crm-field-employment-type = Tip de angajare
crm-field-experience = Experiență
crm-field-deadline = Termen
crm-field-company-logo = Sigla companiei
crm-field-language = Limbă
crm-field-duration = Durată
crm-field-price = Preț
crm-field-currency = Monedă
crm-field-level = Nivel
crm-field-status = Stare
crm-field-full-name = Nume complet
crm-field-phone = Telefon
crm-field-city = Oraș
crm-field-email = E-mail
crm-field-role = Rol
crm-field-is-active = Activ
crm-field-holder-name = Titular
crm-field-issued-at = Emis la
crm-field-specialization = Specializare
crm-field-position = Funcție
crm-field-experience-years = Experiență, ani
crm-field-skills = Competențe
crm-field-budget = Buget

## Valorile câmpurilor
crm-field-category-education = Educație
crm-field-category-culture = Cultură
crm-field-category-sport = Sport
crm-field-category-volunteering = Voluntariat
crm-field-category-business = Afaceri
crm-field-category-announcement = Anunț
crm-field-category-report = Reportaj
crm-field-category-interview = Interviu
crm-field-category-grant = Grant
crm-field-category-nature = Natură
crm-field-category-games = Jocuri
crm-field-employment-type-full-time = Normă întreagă
crm-field-employment-type-part-time = Normă parțială
crm-field-employment-type-internship = Stagiu
crm-field-employment-type-remote = La distanță
crm-field-language-ru = Rusă
crm-field-language-kz = Kazahă
crm-field-language-en = Engleză
crm-field-currency-kzt = Tenge (KZT)
crm-field-level-beginner = Începător
crm-field-level-intermediate = Intermediar
crm-field-level-advanced = Avansat
crm-field-status-draft = Ciornă
crm-field-status-active = Activ
crm-field-status-completed = Finalizat
crm-field-status-archived = Arhivat
crm-field-status-pending = În așteptare
crm-field-status-blocked = Blocat
crm-field-status-issued = Emis
crm-field-status-revoked = Revocat
crm-field-status-new = Nou
crm-field-status-reviewed = Analizat
crm-field-status-invited = Invitat
crm-field-status-rejected = Respins
crm-field-status-open = Deschis
crm-field-status-in-progress = În lucru
crm-field-status-done = Gata
crm-field-role-client = Client
crm-field-role-volunteer-admin = Administrator de voluntari
crm-field-role-msb = IMM
crm-field-role-npo = ONG
crm-field-role-government = Instituție de stat
crm-field-role-administrator = Administrator
crm-field-role-super-admin = Super administrator
