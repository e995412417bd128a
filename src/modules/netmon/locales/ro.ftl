# netmon: botul de monitorizare Plume WiFi. Configurare, locații, acces și cuvinte comune.

netmon-cmd-setup = conectați clientul dumneavoastră Plume API
netmon-cmd-locations = alegeți locația clientului de urmărit
netmon-cmd-status = starea locației curente
netmon-cmd-wan = consumul WAN (24 h / 7 z) cu grafic
netmon-cmd-stats = istoricul disponibilității (3 h / 24 h / 7 z)
netmon-cmd-nodes = pod-uri: model, firmware, MAC, IP
netmon-cmd-wifi = rețelele WiFi și securitatea lor
netmon-cmd-alerts = alerte și rezumat zilnic pentru acest chat
netmon-cmd-logout = ștergeți datele dumneavoastră de acces Plume

netmon-hint-setup = 📡 Pentru a monitoriza locații Plume, conectați-vă clientul Plume API: /setup
netmon-hint-locations = 📡 Clientul Plume este conectat. Acum alegeți o locație: /locations
netmon-hint-status = 📡 Urmăriți <b>{ $location }</b>. Starea ei: /status; altă locație: /locations.

netmon-private-bot = Ne pare rău, acest bot este privat. Cereți proprietarului să vă adauge contul Telegram dacă aveți nevoie de acces.
netmon-private-bot-short = Ne pare rău, acest bot este privat.

# Configurare
netmon-setup-private-only = Pentru siguranța dumneavoastră, rulați /setup într-un chat privat cu mine: datele de acces nu se publică niciodată într-un grup.
netmon-setup-step1 =
    <b>Conectare Plume — pasul 1 din 2</b>
    Trimiteți <b>antetul Authorization</b> al clientului dumneavoastră Plume API. Arată așa: <code>Basic dXNlcjpzZWNyZXQ=</code> (base64 din <code>client_id:client_secret</code>).
    Vă șterg mesajul imediat ce l-am citit și păstrez antetul criptat.
    Trimiteți /cancel pentru a opri.
netmon-setup-step2 =
    <b>Conectare Plume — pasul 2 din 2</b>
    Am primit antetul. Acum trimiteți <b>Partner ID</b>-ul dumneavoastră: 24 de caractere hexazecimale, de exemplu <code>eb0af9d0a7ab946dcb3b8ef5</code>.
    Trimiteți /cancel pentru a opri.
netmon-setup-header-not-basic = Acesta nu este un antet Basic Authorization. Trimiteți-l ca <code>Basic &lt;base64&gt;</code> sau /cancel.
netmon-setup-header-not-base64 = Partea de după <code>Basic</code> nu este base64 valid. Copiați din nou tot antetul sau trimiteți /cancel.
netmon-setup-header-no-client-pair = Antetul nu se decodează în <code>client_id:client_secret</code>. Verificați dacă ați copiat antetul potrivit sau trimiteți /cancel.
netmon-setup-header-not-text = Vă rugăm să trimiteți antetul ca mesaj text sau /cancel.
netmon-setup-delete-failed = ⚠️ Nu am putut șterge mesajul dumneavoastră. Vă rugăm să îl ștergeți singur: conține secretul clientului.
netmon-setup-expired = { $deleted ->
    [yes] Timpul pentru /setup a expirat, așa că am șters acel mesaj. Rulați din nou /setup pentru a conecta Plume.
   *[no] Timpul pentru /setup a expirat. Rulați din nou /setup pentru a conecta Plume.
}
netmon-setup-stray-header = Am șters mesajul dumneavoastră: arăta ca un antet Authorization, care nu trebuie să rămână într-un chat. Pentru a conecta Plume, rulați /setup.
netmon-setup-partner-invalid = Un Partner ID are 24 de caractere hexazecimale (0-9, a-f), de exemplu <code>eb0af9d0a7ab946dcb3b8ef5</code>. Trimiteți-l din nou sau /cancel.
netmon-setup-done =
    ✅ <b>Conectat la Plume</b> ca partenerul <code>{ $partnerId }</code>.
    Acum alegeți locația de urmărit: /locations
netmon-setup-done-with-location =
    ✅ <b>Conectat la Plume</b> ca partenerul <code>{ $partnerId }</code>.
    Urmăriți în continuare <b>{ $location }</b>: /status, sau alegeți alta cu /locations.
netmon-setup-invalid-client = ❌ Serviciul de autentificare Plume a refuzat acest client (<code>invalid_client</code>): antetul Authorization este greșit sau clientul a fost revocat. Nu s-a salvat nimic. Trimiteți antetul corect (Partner ID-ul se păstrează) sau /cancel.
netmon-setup-invalid-scope = ❌ Clientul este valid, dar nu poate acționa pentru partenerul <code>{ $partnerId }</code> (<code>invalid_scope</code>). Trimiteți Partner ID-ul corect sau /cancel.
netmon-setup-sso-unreachable = ⚠️ Serviciul de autentificare Plume nu poate fi contactat, așa că datele nu au putut fi verificate. Nu s-a salvat nimic. Trimiteți din nou Partner ID-ul pentru a reîncerca sau /cancel.
netmon-setup-sso-busy = ⚠️ Serviciul de autentificare Plume este ocupat. Trimiteți din nou Partner ID-ul peste { $seconds } s sau /cancel.
netmon-setup-sso-bad-response = ⚠️ Serviciul de autentificare Plume a trimis un răspuns pe care nu l-am putut citi. Nu s-a salvat nimic. Trimiteți din nou Partner ID-ul pentru a reîncerca sau /cancel.

# Date de acces și token-uri
netmon-need-setup = Mai întâi conectați-vă clientul Plume API cu /setup.
netmon-need-setup-group = Pentru rapoartele Plume, conectați-vă mai întâi clientul Plume API într-un chat privat cu mine (/setup).
netmon-need-setup-short = Mai întâi conectați-vă clientul Plume API: trimiteți-mi /setup într-un chat privat.
netmon-credentials-refused-client = ❌ Plume nu mai acceptă datele de acces salvate ale clientului (<code>invalid_client</code>): clientul poate fi revocat sau secretul schimbat. Vă rugăm să rulați din nou /setup.
netmon-credentials-refused-scope = ❌ Plume nu mai permite clientului dumneavoastră să acționeze pentru partenerul dumneavoastră (<code>invalid_scope</code>). Vă rugăm să rulați din nou /setup cu Partner ID-ul corect.
netmon-sso-unreachable = ⚠️ Serviciul de autentificare Plume nu poate fi contactat pentru a vă reînnoi accesul. Încercați din nou peste puțin timp; configurarea rămâne.
netmon-sso-busy = ⚠️ Serviciul de autentificare Plume este ocupat. Încercați din nou peste { $seconds } s.
netmon-sso-bad-response = ⚠️ Serviciul de autentificare Plume a trimis un răspuns pe care nu l-am putut citi. Încercați din nou peste puțin timp.
netmon-location-gone = Plume nu (mai) găsește această locație pentru partenerul dumneavoastră. Alegeți alta cu /locations.

# Locații
netmon-locations-private-only = Alegeți locația într-un chat privat cu mine (/locations); alegerea se aplică apoi și aici.
netmon-need-location = Mai întâi alegeți o locație: /locations
netmon-need-location-group = Mai întâi alegeți o locație, într-un chat privat cu mine: /locations
netmon-locations-prompt =
    <b>Alegeți o locație</b>
    Trimiteți un <b>ID de client</b> (24 de caractere hexazecimale) sau o parte din <b>numele</b> ori <b>e-mailul</b> unui client.
    Trimiteți /cancel pentru a opri.
netmon-locations-prompt-remembered =
    <b>Alegeți o locație</b>
    Urmăriți <b>{ $location }</b> ({ $customer }). Apăsați-o pentru a o păstra, sau trimiteți un <b>ID de client</b> ori o parte din <b>nume</b> sau <b>e-mail</b> pentru a căuta alta.
    Trimiteți /cancel pentru a opri.
netmon-locations-query-invalid = Trimiteți un ID de client sau 2–64 de caractere dintr-un nume ori e-mail, sau /cancel.
netmon-locations-customer-not-found = Partenerul dumneavoastră nu are niciun client cu ID-ul <code>{ $id }</code>. Verificați-l și trimiteți-l din nou sau /cancel.
netmon-locations-no-match = Niciun nume sau e-mail de client nu conține „{ $query }”. Încercați altă căutare sau /cancel.
netmon-locations-matches = { $count ->
    [one] Un client corespunde căutării „{ $query }”:
    [few] { $count } clienți corespund căutării „{ $query }”. Alegeți unul:
   *[other] { $count } de clienți corespund căutării „{ $query }”. Alegeți unul:
}
netmon-locations-refine = Sunt afișați doar primii { $shown }: scrieți mai mult din nume pentru a restrânge căutarea.
netmon-locations-list = { $count ->
    [one] <b>{ $customer }</b> are o locație. Alegeți-o:
    [few] <b>{ $customer }</b> are { $count } locații. Alegeți una:
   *[other] <b>{ $customer }</b> are { $count } de locații. Alegeți una:
}
netmon-locations-page = Pagina { $page } din { $pages }.
netmon-locations-none = <b>{ $customer }</b> nu are nicio locație.
netmon-location-chosen =
    📍 Urmăriți <b>{ $location }</b> ({ $customer }).
    Mai departe: /status, /wan, /stats, /nodes, /wifi sau /alerts.
netmon-location-chosen-short = Locație aleasă.

# Deconectare
netmon-logout-private-only = Rulați /logout într-un chat privat cu mine.
netmon-logout-done = { $alerts ->
    [0] 👋 Datele dumneavoastră de acces Plume, token-ul și locația au fost uitate.
    [one] 👋 Datele dumneavoastră de acces Plume, token-ul și locația au fost uitate, iar abonamentul la alerte care le folosea a fost șters.
    [few] 👋 Datele dumneavoastră de acces Plume, token-ul și locația au fost uitate, iar cele { $alerts } abonamente la alerte care le foloseau au fost șterse.
   *[other] 👋 Datele dumneavoastră de acces Plume, token-ul și locația au fost uitate, iar cele { $alerts } de abonamente la alerte care le foloseau au fost șterse.
}
netmon-logout-nothing = Nu existau date de acces Plume de uitat.

# Cuvinte comune
netmon-up-to-date = Deja la zi.
netmon-mbps = { $value } Mbps
netmon-unit-mbps = Mbps
netmon-ms = { $value } ms
netmon-since = din { $time } ({ $duration })
netmon-duration-under-minute = sub un minut
netmon-unit-days = { $n } z
netmon-unit-hours = { $n } h
netmon-unit-minutes = { $n } min

netmon-btn-status = 📡 Stare
netmon-btn-wan = 📈 WAN
netmon-btn-stats = 📊 Statistici
netmon-btn-nodes = 🧩 Pod-uri
netmon-btn-wifi = 📶 WiFi
netmon-btn-refresh = 🔄 Actualizați
netmon-btn-change-location = 📍 Schimbați locația
netmon-btn-other-locations = 🔎 Alte locații ale acestui client
netmon-btn-3h = 3 h
netmon-btn-24h = 24 h
netmon-btn-7d = 7 z
