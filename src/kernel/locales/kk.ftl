# Ядро хабарламалары: оларды әр бот көрсетеді.
error-generic = Кешіріңіз, бізде бірдеңе дұрыс болмады. Қайталап көріңіз. Қате коды: <code>{ $errorId }</code>
error-backend-timeout = { $backend } уақытында жауап бермеді. Сәлден соң қайталап көріңіз. Қате коды: <code>{ $errorId }</code>
error-backend-unavailable = { $backend } қазір қолжетімсіз. Кейінірек қайталап көріңіз. Қате коды: <code>{ $errorId }</code>
error-backend-unauthorized = { $backend } кіру деректерін қабылдамады. Қате коды: <code>{ $errorId }</code>
error-backend-forbidden = { $backend } тіркелгіңізге мұны рұқсат етпейді. Қате коды: <code>{ $errorId }</code>
error-backend-not_found = { $backend } сұрағаныңызды таппады. Қате коды: <code>{ $errorId }</code>
error-backend-bad_request = { $backend } сұрауды жарамсыз деп қабылдамады. Қате коды: <code>{ $errorId }</code>
error-backend-bad_response = { $backend } біз оқи алмайтын жауап жіберді. Қате коды: <code>{ $errorId }</code>
error-backend-rate_limited = { $backend } тым жүктелген. { $seconds } секундтан кейін қайталап көріңіз. Қате коды: <code>{ $errorId }</code>
callback-stale = Бұл батырма ескірген. Команданы қайта жіберіңіз.
callback-invalid = Бұл батырма жарамсыз.
rate-limited = Тым жиі жіберіп жатырсыз. { $seconds } секундтан кейін қайталап көріңіз.
login-rate-limited = Әрекет тым көп. { $seconds } секундтан кейін қайталап көріңіз.
login-locked-out = Қате әрекет тым көп. { $minutes ->
    [one] { $minutes } минуттан
   *[other] { $minutes } минуттан
} кейін қайталап көріңіз.
rbac-denied = Мұны істеуге рұқсатыңыз жоқ.
unknown-command = Мен бұл команданы білмеймін. Не істей алатынымды көру үшін /help жіберіңіз.
unknown-message = Мұнда хабарлама күтпеген едім. Не істей алатынымды көру үшін /help жіберіңіз.

# Топтар (src/platform/groups): анонимді әкімшіні растау және әкімші құқықтарының атаулары.
# Қалқымалы жауаптар (denied, expired, used) — HTML емес, қарапайым мәтін: белгілеусіз, & < > жоқ.
group-anon-prompt = Анонимді әкімші { $command } командасын орындады. Кім екеніңізді растау үшін басыңыз.
group-anon-button = ✅ Бұл мен едім
group-anon-confirmed = { $command }: { $name } растады.
group-anon-denied = Тек «{ $right }» құқығы бар әкімші ғана растай алады.
group-anon-denied-any = Тек осы чаттың әкімшісі ғана растай алады.
group-anon-expired = Бұл растаудың мерзімі өтті. Команданы қайта орындаңыз.
group-anon-used = Бұл әлдеқашан расталған.
group-right-can_manage_chat = чатты басқару
group-right-can_delete_messages = хабарламаларды жою
group-right-can_manage_video_chats = бейнечаттарды басқару
group-right-can_restrict_members = пайдаланушыларды бұғаттау
group-right-can_promote_members = жаңа әкімшілер қосу
group-right-can_change_info = чат ақпаратын өзгерту
group-right-can_invite_users = пайдаланушыларды шақыру
group-right-can_manage_tags = тегтерді басқару
group-right-can_post_stories = сторис жариялау
group-right-can_edit_stories = сторис өңдеу
group-right-can_delete_stories = сторис жою
group-right-can_post_messages = хабарлама жариялау
group-right-can_edit_messages = хабарламаларды өңдеу
group-right-can_pin_messages = хабарламаларды бекіту
group-right-can_manage_topics = тақырыптарды басқару
group-right-can_manage_direct_messages = жеке хабарламаларды басқару
group-right-can_send_welcome_messages = сәлемдесу хабарламаларын жіберу

# Формалар (src/kernel/forms): барлық модульдердегі қадамдық енгізу. form-closed пен form-button-old —
# қалқымалы хабарландырулар: қарапайым мәтін, HTML жоқ.
form-cancelled = Бас тартылды. Ештеңе өзгертілмеді.
form-nothing-to-cancel = Бас тартатын ештеңе жоқ.
form-back = ↩ Артқа
form-skip = ⏭ Өткізіп жіберу
form-confirm = ✅ Растау
form-edit = ✏️ Өзгерту
form-cancel = ✖️ Бас тарту
form-page = { $page }-бет, барлығы { $pages }.
form-confirm-title = <b>Жауаптарыңызды тексеріңіз:</b>
form-edit-title = <b>Қай жауапты өзгерткіңіз келеді?</b>
form-secret-hidden = •••••• (жасырын)
form-skipped = — (өткізілді)
form-invalid = Бұл дұрыс емес сияқты ({ $problem }). Қайта жіберіңіз немесе /cancel.
form-not-text = Жауабыңызды мәтіндік хабарлама ретінде жіберіңіз немесе /cancel.
form-refused = Ол хабарламаны жойдым: ол чатта қалмауы керек және бұл қадамның жауабы емес. Сұралған жауапты жіберіңіз немесе /cancel.
form-use-buttons = Жоғарыдағы батырмалардың бірін таңдаңыз немесе /cancel.
form-no-choices = Бұл жауап үшін таңдайтын ештеңе жоқ. Басқасын жіберіңіз немесе /cancel.
form-no-results = Іздеуіңізге сәйкес ештеңе табылмады. Басқаша іздеп көріңіз немесе /cancel.
form-delete-failed = ⚠️ Хабарламаңызды жоя алмадым. Оны өзіңіз жойыңыз: онда құпия дерек бар.
form-expired = { $deleted ->
    [yes] ⌛ Форманың уақыты бітіп, ол жабылды. Хабарламаңызда құпия дерек болуы мүмкін, сондықтан оны жойдым. Қайта бастаңыз.
   *[no] ⌛ Форманың уақыты бітіп, ол жабылды, сондықтан хабарламаңыз пайдаланылмады. Қайта бастаңыз.
}
form-closed = Бұл форма жабылған. Қайта бастау үшін команданы қайта жіберіңіз.
form-button-old = Бұл батырма алдыңғы қадамға тиесілі. Соңғы хабарламаны пайдаланыңыз.
form-private-only = Қауіпсіздігіңіз үшін мұны менімен жеке чатта жасаңыз.
form-not-photo = Фотосурет жіберіңіз (немесе сурет файлын: JPEG, PNG не WebP), не /cancel.
form-photo-received = 📷 фотосурет алынды
form-photo-too-large = Бұл сурет тым үлкен: ең көбі { $megabytes } МБ болуы керек. Кішірегін жіберіңіз немесе /cancel.
