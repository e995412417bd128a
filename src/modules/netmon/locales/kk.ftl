# netmon: Plume WiFi бақылау боты. Баптау, локациялар, қолжеткізу және ортақ сөздер.
# Хабарламалар — HTML; атауы "Html" деп аяқталмайтын айнымалыларды ядро экрандайды.

netmon-cmd-setup = Plume API клиентін қосу
netmon-cmd-locations = бақылайтын тұтынушы локациясын таңдау
netmon-cmd-status = ағымдағы локацияның күйі
netmon-cmd-wan = WAN тұтынуы (24 сағ / 7 күн), графигімен
netmon-cmd-stats = қолжетімділік тарихы (3 сағ / 24 сағ / 7 күн)
netmon-cmd-nodes = подтар: модель, микробағдарлама, MAC, IP
netmon-cmd-wifi = WiFi желілері және олардың қорғанысы
netmon-cmd-alerts = осы чаттың ескертулері мен күнделікті шолуы
netmon-cmd-logout = Plume кіру деректеріңізді ұмыту

netmon-hint-setup = 📡 Plume локацияларын бақылау үшін Plume API клиентіңізді қосыңыз: /setup
netmon-hint-locations = 📡 Plume клиентіңіз қосылды. Енді локацияны таңдаңыз: /locations
netmon-hint-status = 📡 Бақыланатын локация: <b>{ $location }</b>. Күйі — /status, ауыстыру — /locations.

netmon-private-bot = Кешіріңіз, бұл жеке бот. Қолжеткізу қажет болса, оның иесінен Telegram тіркелгіңізді қосуды сұраңыз.
netmon-private-bot-short = Кешіріңіз, бұл жеке бот.

# Баптау
netmon-setup-private-only = Қауіпсіздігіңіз үшін /setup командасын менімен жеке чатта орындаңыз: кіру деректерін ешқашан топқа жазуға болмайды.
netmon-setup-step1 =
    <b>Plume қосу — 1-қадам, барлығы 2</b>
    Plume API клиентіңіздің <b>Authorization тақырыбын</b> жіберіңіз. Ол <code>Basic dXNlcjpzZWNyZXQ=</code> сияқты болады (<code>client_id:client_secret</code> жолының base64 түрі).
    Хабарламаңызды оқысымен жоямын, ал тақырыпты шифрланған күйде сақтаймын.
    Тоқтату үшін /cancel жіберіңіз.
netmon-setup-step2 =
    <b>Plume қосу — 2-қадам, барлығы 2</b>
    Тақырып алынды. Енді <b>Partner ID</b> жіберіңіз: 24 он алтылық таңба, мысалы <code>eb0af9d0a7ab946dcb3b8ef5</code>.
    Тоқтату үшін /cancel жіберіңіз.
netmon-setup-header-not-basic = Бұл Basic Authorization тақырыбы емес. Оны <code>Basic &lt;base64&gt;</code> түрінде жіберіңіз немесе /cancel.
netmon-setup-header-not-base64 = <code>Basic</code> сөзінен кейінгі бөлік жарамды base64 емес. Тақырыпты толығымен қайта көшіріңіз немесе /cancel.
netmon-setup-header-no-client-pair = Тақырып <code>client_id:client_secret</code> түріне декодталмайды. Дұрыс тақырыпты көшіргеніңізді тексеріңіз немесе /cancel.
netmon-setup-header-not-text = Тақырыпты мәтіндік хабарлама ретінде жіберіңіз немесе /cancel.
netmon-setup-delete-failed = ⚠️ Хабарламаңызды жоя алмадым. Оны өзіңіз жойыңыз: онда клиент құпиясы бар.
netmon-setup-expired = { $deleted ->
    [yes] /setup уақыты бітті, сондықтан ол хабарламаны жойдым. Plume қосу үшін /setup командасын қайта орындаңыз.
   *[no] /setup уақыты бітті. Plume қосу үшін /setup командасын қайта орындаңыз.
}
netmon-setup-stray-header = Хабарламаңызды жойдым: ол Authorization тақырыбына ұқсайды, ал оған чатта орын жоқ. Plume қосу үшін /setup орындаңыз.
netmon-setup-partner-invalid = Partner ID — 24 он алтылық таңба (0-9, a-f), мысалы <code>eb0af9d0a7ab946dcb3b8ef5</code>. Қайта жіберіңіз немесе /cancel.
netmon-setup-done =
    ✅ <b>Plume қосылды</b>, серіктес <code>{ $partnerId }</code>.
    Енді бақылайтын локацияны таңдаңыз: /locations
netmon-setup-done-with-location =
    ✅ <b>Plume қосылды</b>, серіктес <code>{ $partnerId }</code>.
    Бақыланатын локация бұрынғыдай: <b>{ $location }</b>. Күйі — /status, басқасын таңдау — /locations.
netmon-setup-invalid-client = ❌ Plume кіру қызметі бұл клиентті қабылдамады (<code>invalid_client</code>): Authorization тақырыбы қате немесе клиенттің күші жойылған. Ештеңе сақталмады. Дұрыс тақырыпты жіберіңіз (Partner ID сақталады) немесе /cancel.
netmon-setup-invalid-scope = ❌ Клиент жарамды, бірақ <code>{ $partnerId }</code> серіктесі атынан әрекет ете алмайды (<code>invalid_scope</code>). Дұрыс Partner ID жіберіңіз немесе /cancel.
netmon-setup-sso-unreachable = ⚠️ Plume кіру қызметіне қосылу мүмкін болмады, сондықтан кіру деректеріңіз тексерілмеді. Ештеңе сақталмады. Қайталау үшін Partner ID қайта жіберіңіз немесе /cancel.
netmon-setup-sso-busy = ⚠️ Plume кіру қызметі тым жүктелген. Partner ID { $seconds } секундтан кейін қайта жіберіңіз немесе /cancel.
netmon-setup-sso-bad-response = ⚠️ Plume кіру қызметі мен оқи алмайтын жауап жіберді. Ештеңе сақталмады. Қайталау үшін Partner ID қайта жіберіңіз немесе /cancel.

# Кіру деректері мен токендер
netmon-need-setup = Алдымен Plume API клиентіңізді /setup арқылы қосыңыз.
netmon-need-setup-group = Plume есептерін пайдалану үшін алдымен Plume API клиентіңізді менімен жеке чатта қосыңыз (/setup).
netmon-need-setup-short = Алдымен Plume API клиентіңізді қосыңыз: маған жеке чатта /setup жіберіңіз.
netmon-credentials-refused-client = ❌ Plume сақталған клиент деректеріңізді енді қабылдамайды (<code>invalid_client</code>): клиенттің күші жойылған немесе құпиясы өзгерген болуы мүмкін. /setup командасын қайта орындаңыз.
netmon-credentials-refused-scope = ❌ Plume енді клиентіңізге серіктесіңіз атынан әрекет етуге рұқсат бермейді (<code>invalid_scope</code>). /setup командасын дұрыс Partner ID-мен қайта орындаңыз.
netmon-sso-unreachable = ⚠️ Қолжеткізуді жаңарту үшін Plume кіру қызметіне қосылу мүмкін болмады. Сәлден соң қайталап көріңіз; баптауыңыз сақталды.
netmon-sso-busy = ⚠️ Plume кіру қызметі тым жүктелген. { $seconds } секундтан кейін қайталап көріңіз.
netmon-sso-bad-response = ⚠️ Plume кіру қызметі мен оқи алмайтын жауап жіберді. Сәлден соң қайталап көріңіз.
netmon-location-gone = Plume серіктесіңіз үшін бұл локацияны (енді) таппайды. /locations арқылы басқасын таңдаңыз.

# Локациялар
netmon-locations-private-only = Локацияны менімен жеке чатта таңдаңыз (/locations); таңдауыңыз осында да қолданылады.
netmon-need-location = Алдымен локацияны таңдаңыз: /locations
netmon-need-location-group = Алдымен менімен жеке чатта локацияны таңдаңыз: /locations
netmon-locations-prompt =
    <b>Локацияны таңдаңыз</b>
    <b>Тұтынушы ID</b> (24 он алтылық таңба) немесе тұтынушының <b>аты</b> не <b>e-mail</b> мекенжайының бір бөлігін жіберіңіз.
    Тоқтату үшін /cancel жіберіңіз.
netmon-locations-prompt-remembered =
    <b>Локацияны таңдаңыз</b>
    Бақыланатын локация: <b>{ $location }</b> ({ $customer }). Оны қалдыру үшін басыңыз, ал басқасын іздеу үшін <b>тұтынушы ID</b> немесе тұтынушының <b>аты</b> не <b>e-mail</b> мекенжайының бір бөлігін жіберіңіз.
    Тоқтату үшін /cancel жіберіңіз.
netmon-locations-query-invalid = Тұтынушы ID немесе аттан не e-mail мекенжайынан 2–64 таңба жіберіңіз, не /cancel.
netmon-locations-customer-not-found = Серіктесіңізде <code>{ $id }</code> ID-лі тұтынушы жоқ. Тексеріп, қайта жіберіңіз немесе /cancel.
netmon-locations-no-match = Ешбір тұтынушының аты не e-mail мекенжайы «{ $query }» мәтінін қамтымайды. Басқаша іздеп көріңіз немесе /cancel.
netmon-locations-matches = { $count ->
    [one] «{ $query }» сұрауына бір тұтынушы сәйкес келеді:
   *[other] «{ $query }» сұрауына { $count } тұтынушы сәйкес келеді. Біреуін таңдаңыз:
}
netmon-locations-refine = Тек алғашқы { $shown } көрсетілді: іздеуді тарылту үшін аттың көбірек бөлігін теріңіз.
netmon-locations-list = { $count ->
    [one] <b>{ $customer }</b> тұтынушысының бір локациясы бар. Оны таңдаңыз:
   *[other] <b>{ $customer }</b> тұтынушысының { $count } локациясы бар. Біреуін таңдаңыз:
}
netmon-locations-page = { $page }-бет, барлығы { $pages }.
netmon-locations-none = <b>{ $customer }</b> тұтынушысының локациялары жоқ.
netmon-location-chosen =
    📍 Бақыланатын локация: <b>{ $location }</b> ({ $customer }).
    Әрі қарай: /status, /wan, /stats, /nodes, /wifi немесе /alerts.
netmon-location-chosen-short = Локация таңдалды.

# Шығу
netmon-logout-private-only = /logout командасын менімен жеке чатта орындаңыз.
netmon-logout-done = { $alerts ->
    [0] 👋 Plume кіру деректеріңіз, токеніңіз және локацияңыз ұмытылды.
    [one] 👋 Plume кіру деректеріңіз, токеніңіз және локацияңыз ұмытылды, оларды пайдаланған бір ескерту жазылымы жойылды.
   *[other] 👋 Plume кіру деректеріңіз, токеніңіз және локацияңыз ұмытылды, оларды пайдаланған { $alerts } ескерту жазылымы жойылды.
}
netmon-logout-nothing = Ұмытатын Plume кіру деректері жоқ еді.

# Ортақ сөздер
netmon-up-to-date = Деректер әлдеқашан өзекті.
netmon-mbps = { $value } Мбит/с
netmon-unit-mbps = Мбит/с
netmon-ms = { $value } мс
netmon-since = { $time } уақытынан бері ({ $duration })
netmon-duration-under-minute = бір минуттан аз
netmon-unit-days = { $n } күн
netmon-unit-hours = { $n } сағ
netmon-unit-minutes = { $n } мин

netmon-btn-status = 📡 Күйі
netmon-btn-wan = 📈 WAN
netmon-btn-stats = 📊 Статистика
netmon-btn-nodes = 🧩 Подтар
netmon-btn-wifi = 📶 WiFi
netmon-btn-refresh = 🔄 Жаңарту
netmon-btn-change-location = 📍 Локацияны ауыстыру
netmon-btn-other-locations = 🔎 Осы тұтынушының басқа локациялары
netmon-btn-3h = 3 сағ
netmon-btn-24h = 24 сағ
netmon-btn-7d = 7 күн
