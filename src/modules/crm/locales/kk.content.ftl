# crm контент экрандары (src/modules/crm/content): қарау, іздеу, сүзу, құру, өзгерту, жою.
# Қалқымалы хабарландырулар — HTML-сіз қарапайым мәтін: crm-content-gone, crm-content-forbidden, crm-content-search-expired.
# Батырма жазулары да қарапайым мәтін (crm-content-btn-*, crm-field-*, crm-type-*, иә/жоқ).

## Он екі бөлім
crm-type-events = Іс-шаралар
crm-type-news = Жаңалықтар
crm-type-vacancies = Бос жұмыс орындары
crm-type-courses = Курстар
crm-type-projects = Жобалар
crm-type-leisure = Бос уақыт
crm-type-volunteers = Еріктілер
crm-type-users = Пайдаланушылар
crm-type-certificates = Сертификаттар
crm-type-experts = Сарапшылар
crm-type-resumes = Түйіндемелер
crm-type-tech-tasks = Техникалық тапсырмалар

## Тізімдер мен карусельдер
crm-content-list-head = <b>{ $typeHtml }</b> · барлығы { $total }
crm-content-searching = 🔎 Іздеу: «{ $query }»
crm-content-filtered = ⚙️ { $label }: { $value }
crm-content-page = { $page }-бет
crm-content-page-of = { $page }-бет, барлығы { $pages }
crm-content-empty = Мұнда әзірге ештеңе жоқ.
crm-content-nothing-found = «{ $query }» бойынша ештеңе табылмады. Басқаша іздеп көріңіз немесе іздеуді тазалаңыз.
crm-content-nothing-filtered = Бұл сүзгіге сәйкес ештеңе жоқ.
crm-content-no-more = Мұнда басқа ештеңе жоқ: тізім қысқарды. Алдыңғы бетке оралыңыз.
crm-content-search-expired = Бұл іздеудің мерзімі өтті: бүкіл тізімді көрсетемін.
crm-content-filter-all = Барлығы

## Батырмалар
crm-content-btn-search = 🔍 Іздеу
crm-content-btn-filter = ⚙️ Сүзгі
crm-content-btn-clear-search = ✖️ Іздеуді тазалау
crm-content-btn-new = ➕ Қосу
crm-content-btn-menu = ☰ Мәзір
crm-content-btn-list = 📋 Тізімге
crm-content-btn-back = ‹ Артқа
crm-content-btn-more = 📖 Толығырақ
crm-content-btn-site = 🌐 Сайтта
crm-content-btn-edit = ✏️ Өзгерту
crm-content-btn-delete = 🗑 Жою
crm-content-btn-delete-yes = 🗑 Иә, жою
crm-content-btn-delete-no = Жоқ, қалдыру

## Мәндер
crm-content-yes = Иә
crm-content-no = Жоқ
crm-content-minutes = { $count ->
    [one] { $count } минут
   *[other] { $count } минут
}
crm-content-years = { $count ->
    [one] { $count } жыл
   *[other] { $count } жыл
}

## Құру, өзгерту, жою
crm-content-created = ✅ Құрылды.
crm-content-saved = ✅ Сақталды.
crm-content-preview = <b>Жаңа жазбаны тексеріңіз:</b>
crm-content-photo-attached = 📷 Фото тіркелді.
crm-content-photo-refused = CRM бұл суретті қабылдамады. Басқа фото жіберіңіз (JPEG, PNG немесе WebP, 5 МБ-қа дейін) немесе /cancel.
crm-content-end-before-start = «{ $field }» басталу уақытынан бұрын бола алмайды. Қайта жіберіңіз.
crm-content-write-failed = ⚠️ CRM жауап бермеді. Жауаптарыңыз сақталды: алдымен тізімді тексеріңіз (жазба сақталып қалуы мүмкін), содан кейін растауға оралу үшін осы қадамға қайта жауап беріңіз немесе /cancel.
crm-content-edit-field = Нені өзгерткіңіз келеді? Өрісті таңдаңыз немесе /cancel.
crm-content-edit-field-label = Өріс
crm-content-delete-ask = «{ $title }» жойылсын ба? Бұл әрекетті қайтару мүмкін емес.
crm-content-deleted = 🗑 «{ $title }» жойылды.
crm-content-delete-kept = Ештеңе жойылған жоқ.
crm-content-gone = Бұл жазба енді жоқ.
crm-content-forbidden = Сіздің рөліңізге бұған рұқсат жоқ.
crm-content-refused = ⚠️ CRM деректерді қабылдамады:
crm-content-refused-missing = «{ $field }»: міндетті өріс.
crm-content-refused-short = «{ $field }»: тым қысқа.
crm-content-refused-long = «{ $field }»: тым ұзын.
crm-content-refused-date = «{ $field }»: күн қате.
crm-content-refused-order = «{ $field }»: басталу уақытынан бұрын бола алмайды.
crm-content-refused-number = «{ $field }»: бүтін сан болуы керек.
crm-content-refused-small = «{ $field }»: мәні тым кіші.
crm-content-refused-large = «{ $field }»: мәні тым үлкен.
crm-content-refused-choice = «{ $field }»: рұқсат етілмеген мән.
crm-content-refused-url = «{ $field }»: сілтеме қате.
crm-content-refused-other = «{ $field }»: мәні қате.

## Өрістерді сұрау және қате енгізуге жауаптар
crm-content-ask-text = ✏️ <b>{ $field }</b>: { $min }–{ $max } таңбадан тұратын мәтін жіберіңіз.
crm-content-ask-longtext = ✏️ <b>{ $field }</b>: { $max } таңбаға дейінгі мәтін жіберіңіз.
crm-content-ask-int = 🔢 <b>{ $field }</b>: { $min } мен { $max } аралығындағы бүтін сан жіберіңіз.
crm-content-ask-int-min = 🔢 <b>{ $field }</b>: кемінде { $min } болатын бүтін сан жіберіңіз.
crm-content-ask-date = 📅 <b>{ $field }</b>: күнді КК.АА.ЖЖЖЖ пішімінде жіберіңіз, мысалы 31.12.2026.
crm-content-ask-datetime = 🕒 <b>{ $field }</b>: күн мен уақытты Астана уақытымен КК.АА.ЖЖЖЖ СС:ММ пішімінде жіберіңіз, мысалы 25.12.2026 18:00.
crm-content-ask-url = 🔗 <b>{ $field }</b>: https:// деп басталатын сілтеме жіберіңіз.
crm-content-ask-email = ✉️ <b>{ $field }</b>: электрондық пошта мекенжайын жіберіңіз.
crm-content-ask-choice = <b>{ $field }</b>: мәнді таңдаңыз.
crm-content-ask-photo = 🖼 <b>{ $field }</b>: фото немесе сурет файлын жіберіңіз (JPEG, PNG немесе WebP, { $megabytes } МБ-қа дейін).
crm-content-pair-needed = Орысша нұсқасы өткізіліп жіберілді, сондықтан бұл нұсқа міндетті.
crm-content-search-ask = 🔍 «{ $type }» бөлімінен іздеу үшін атаудың бір бөлігін жіберіңіз немесе /cancel.
crm-content-search-invalid = Іздеу сұрауы { $min }–{ $max } таңбадан тұрады. Басқасын жіберіңіз немесе /cancel.
crm-content-invalid-empty = Мәтін жіберіңіз немесе /cancel.
crm-content-invalid-short = Тым қысқа: кемінде { $min } таңба болуы керек. Қайта жіберіңіз немесе /cancel.
crm-content-invalid-long = Тым ұзын: ең көбі { $max } таңба болуы керек. Қайта жіберіңіз немесе /cancel.
crm-content-invalid-int = Бүтін сан жіберіңіз (тек цифрлар) немесе /cancel.
crm-content-invalid-min = Ең кіші рұқсат етілген мән — { $min }. Қайта жіберіңіз немесе /cancel.
crm-content-invalid-max = Ең үлкен рұқсат етілген мән — { $max }. Қайта жіберіңіз немесе /cancel.
crm-content-invalid-date = Бұл күн емес: КК.АА.ЖЖЖЖ пішімінде жіберіңіз (мысалы, 31.12.2026) немесе /cancel.
crm-content-invalid-datetime = Бұл күн мен уақыт емес: КК.АА.ЖЖЖЖ СС:ММ пішімінде жіберіңіз (мысалы, 25.12.2026 18:00) немесе /cancel.
crm-content-invalid-url = Бұл сілтеме емес: https:// деп басталатын сілтеме жіберіңіз немесе /cancel.
crm-content-invalid-email = Бұл электрондық пошта мекенжайы емес (мысалы, name@example.kz). Қайта жіберіңіз немесе /cancel.

## Өрістер
crm-field-title = Атауы
crm-field-title-ru = Атауы (орысша)
crm-field-title-kz = Атауы (қазақша)
crm-field-description = Сипаттамасы
crm-field-description-ru = Сипаттамасы (орысша)
crm-field-description-kz = Сипаттамасы (қазақша)
crm-field-content-ru = Мәтіні (орысша)
crm-field-content-kz = Мәтіні (қазақша)
crm-field-bio-ru = Өмірбаяны (орысша)
crm-field-bio-kz = Өмірбаяны (қазақша)
crm-field-location = Орны
crm-field-category = Санаты
crm-field-start-date = Басталуы
crm-field-end-date = Аяқталуы
crm-field-photo-url = Фото
crm-field-source = Дереккөзі
crm-field-published-at = Жарияланды
crm-field-url = Сілтеме
crm-field-company = Компания
crm-field-salary = Жалақы
crm-field-employment-type = Жұмыс түрі
crm-field-experience = Тәжірибе
crm-field-deadline = Мерзімі
crm-field-company-logo = Компания логотипі
crm-field-language = Тілі
crm-field-duration = Ұзақтығы
crm-field-price = Бағасы
crm-field-currency = Валюта
crm-field-level = Деңгейі
crm-field-status = Мәртебесі
crm-field-full-name = Аты-жөні
crm-field-phone = Телефон
crm-field-city = Қала
crm-field-email = Электрондық пошта
crm-field-role = Рөлі
crm-field-is-active = Белсенді
crm-field-holder-name = Иесі
crm-field-issued-at = Берілген күні
crm-field-specialization = Мамандануы
crm-field-position = Лауазымы
crm-field-experience-years = Тәжірибесі, жыл
crm-field-skills = Дағдылары
crm-field-budget = Бюджеті

## Өріс мәндері
crm-field-category-education = Білім беру
crm-field-category-culture = Мәдениет
crm-field-category-sport = Спорт
crm-field-category-volunteering = Еріктілік
crm-field-category-business = Бизнес
crm-field-category-announcement = Хабарландыру
crm-field-category-report = Репортаж
crm-field-category-interview = Сұхбат
crm-field-category-grant = Грант
crm-field-category-nature = Табиғат
crm-field-category-games = Ойындар
crm-field-employment-type-full-time = Толық жұмыс күні
crm-field-employment-type-part-time = Толық емес жұмыс күні
crm-field-employment-type-internship = Тағылымдама
crm-field-employment-type-remote = Қашықтан жұмыс
crm-field-language-ru = Орыс тілі
crm-field-language-kz = Қазақ тілі
crm-field-language-en = Ағылшын тілі
crm-field-currency-kzt = Теңге (KZT)
crm-field-level-beginner = Бастапқы
crm-field-level-intermediate = Орта
crm-field-level-advanced = Жоғары
crm-field-status-draft = Жоба нұсқасы
crm-field-status-active = Белсенді
crm-field-status-completed = Аяқталған
crm-field-status-archived = Мұрағатта
crm-field-status-pending = Қаралуда
crm-field-status-blocked = Бұғатталған
crm-field-status-issued = Берілген
crm-field-status-revoked = Кері қайтарылған
crm-field-status-new = Жаңа
crm-field-status-reviewed = Қаралған
crm-field-status-invited = Шақырылған
crm-field-status-rejected = Қабылданбаған
crm-field-status-open = Ашық
crm-field-status-in-progress = Орындалуда
crm-field-status-done = Орындалды
crm-field-role-client = Клиент
crm-field-role-volunteer-admin = Еріктілер әкімшісі
crm-field-role-msb = ШОБ
crm-field-role-npo = ҮЕҰ
crm-field-role-government = Мемлекеттік орган
crm-field-role-administrator = Әкімші
crm-field-role-super-admin = Бас әкімші
