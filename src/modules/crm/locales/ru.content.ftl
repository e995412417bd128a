# Экраны контента crm (src/modules/crm/content): просмотр, поиск, фильтр, создание, изменение, удаление.
# Всплывающие уведомления — простой текст без HTML: crm-content-gone, crm-content-forbidden, crm-content-search-expired.
# Подписи кнопок — тоже простой текст (crm-content-btn-*, crm-field-*, crm-type-*, да/нет).

## Двенадцать разделов
crm-type-events = События
crm-type-news = Новости
crm-type-vacancies = Вакансии
crm-type-courses = Курсы
crm-type-projects = Проекты
crm-type-leisure = Досуг
crm-type-volunteers = Волонтёры
crm-type-users = Пользователи
crm-type-certificates = Сертификаты
crm-type-experts = Эксперты
crm-type-resumes = Резюме
crm-type-tech-tasks = Технические задания

## Списки и карусели
crm-content-list-head = <b>{ $typeHtml }</b> · всего { $total }
crm-content-searching = 🔎 Поиск: «{ $query }»
crm-content-filtered = ⚙️ { $label }: { $value }
crm-content-page = Страница { $page }
crm-content-page-of = Страница { $page } из { $pages }
crm-content-empty = Здесь пока ничего нет.
crm-content-nothing-found = По запросу «{ $query }» ничего не найдено. Попробуйте другой запрос или сбросьте поиск.
crm-content-nothing-filtered = С этим фильтром ничего не найдено.
crm-content-no-more = Здесь больше ничего нет: список стал короче. Вернитесь на страницу назад.
crm-content-search-expired = Этот поиск устарел: показываю весь список.
crm-content-filter-all = Все

## Кнопки
crm-content-btn-search = 🔍 Поиск
crm-content-btn-filter = ⚙️ Фильтр
crm-content-btn-clear-search = ✖️ Сбросить поиск
crm-content-btn-new = ➕ Добавить
crm-content-btn-menu = ☰ Меню
crm-content-btn-list = 📋 К списку
crm-content-btn-back = ‹ Назад
crm-content-btn-more = 📖 Подробнее
crm-content-btn-site = 🌐 На сайте
crm-content-btn-edit = ✏️ Изменить
crm-content-btn-delete = 🗑 Удалить
crm-content-btn-delete-yes = 🗑 Да, удалить
crm-content-btn-delete-no = Нет, оставить

## Значения
crm-content-yes = Да
crm-content-no = Нет
crm-content-minutes = { $count ->
    [one] { $count } минута
    [few] { $count } минуты
    [many] { $count } минут
   *[other] { $count } минуты
}
crm-content-years = { $count ->
    [one] { $count } год
    [few] { $count } года
    [many] { $count } лет
   *[other] { $count } года
}

## Создание, изменение, удаление
crm-content-created = ✅ Создано.
crm-content-saved = ✅ Сохранено.
crm-content-preview = <b>Проверьте новую запись:</b>
crm-content-photo-attached = 📷 Фото прикреплено.
crm-content-photo-refused = CRM не приняла это изображение. Отправьте другое фото (JPEG, PNG или WebP, до 5 МБ) или /cancel.
crm-content-end-before-start = «{ $field }» не может быть раньше начала. Отправьте ещё раз.
crm-content-write-failed = ⚠️ CRM не ответила. Ваши ответы сохранены: сначала проверьте список (запись могла сохраниться), затем ответьте на этот шаг ещё раз, чтобы вернуться к подтверждению, или /cancel.
crm-content-edit-field = Что вы хотите изменить? Выберите поле или /cancel.
crm-content-edit-field-label = Поле
crm-content-delete-ask = Удалить «{ $title }»? Это действие нельзя отменить.
crm-content-deleted = 🗑 «{ $title }» удалено.
crm-content-delete-kept = Ничего не удалено.
crm-content-gone = Этой записи больше нет.
crm-content-forbidden = Вашей роли это не разрешено.
crm-content-refused = ⚠️ CRM не приняла данные:
crm-content-refused-missing = «{ $field }»: обязательное поле.
crm-content-refused-short = «{ $field }»: слишком коротко.
crm-content-refused-long = «{ $field }»: слишком длинно.
crm-content-refused-date = «{ $field }»: неверная дата.
crm-content-refused-order = «{ $field }»: не может быть раньше начала.
crm-content-refused-number = «{ $field }»: нужно целое число.
crm-content-refused-small = «{ $field }»: слишком маленькое значение.
crm-content-refused-large = «{ $field }»: слишком большое значение.
crm-content-refused-choice = «{ $field }»: недопустимое значение.
crm-content-refused-url = «{ $field }»: неверная ссылка.
crm-content-refused-other = «{ $field }»: неверное значение.

## Вопросы о полях и ответы на неверный ввод
crm-content-ask-text = ✏️ <b>{ $field }</b>: отправьте текст от { $min } до { $max } символов.
crm-content-ask-longtext = ✏️ <b>{ $field }</b>: отправьте текст до { $max } символов.
crm-content-ask-int = 🔢 <b>{ $field }</b>: отправьте целое число от { $min } до { $max }.
crm-content-ask-int-min = 🔢 <b>{ $field }</b>: отправьте целое число не меньше { $min }.
crm-content-ask-date = 📅 <b>{ $field }</b>: отправьте дату в формате ДД.ММ.ГГГГ, например 31.12.2026.
crm-content-ask-datetime = 🕒 <b>{ $field }</b>: отправьте дату и время по Астане в формате ДД.ММ.ГГГГ ЧЧ:ММ, например 25.12.2026 18:00.
crm-content-ask-url = 🔗 <b>{ $field }</b>: отправьте ссылку, начинающуюся с https://
crm-content-ask-email = ✉️ <b>{ $field }</b>: отправьте адрес электронной почты.
crm-content-ask-choice = <b>{ $field }</b>: выберите значение.
crm-content-ask-photo = 🖼 <b>{ $field }</b>: отправьте фото или файл изображения (JPEG, PNG или WebP, до { $megabytes } МБ).
crm-content-pair-needed = Русский вариант пропущен, поэтому этот обязателен.
crm-content-search-ask = 🔍 Отправьте часть названия для поиска в разделе «{ $type }» или /cancel.
crm-content-search-invalid = Запрос — от { $min } до { $max } символов. Отправьте другой или /cancel.
crm-content-invalid-empty = Отправьте текст или /cancel.
crm-content-invalid-short = Слишком коротко: нужно не меньше { $min } символов. Отправьте ещё раз или /cancel.
crm-content-invalid-long = Слишком длинно: не больше { $max } символов. Отправьте ещё раз или /cancel.
crm-content-invalid-int = Отправьте целое число (только цифры) или /cancel.
crm-content-invalid-min = Наименьшее допустимое значение — { $min }. Отправьте ещё раз или /cancel.
crm-content-invalid-max = Наибольшее допустимое значение — { $max }. Отправьте ещё раз или /cancel.
crm-content-invalid-date = Это не дата: отправьте её в формате ДД.ММ.ГГГГ (например, 31.12.2026) или /cancel.
crm-content-invalid-datetime = Это не дата и время: отправьте их в формате ДД.ММ.ГГГГ ЧЧ:ММ (например, 25.12.2026 18:00) или /cancel.
crm-content-invalid-url = Это не ссылка: отправьте ссылку, начинающуюся с https://, или /cancel.
crm-content-invalid-email = Это не адрес электронной почты (например, name@example.kz). Отправьте ещё раз или /cancel.

## Поля
crm-field-title = Название
crm-field-title-ru = Название (рус.)
crm-field-title-kz = Название (каз.)
crm-field-description = Описание
crm-field-description-ru = Описание (рус.)
crm-field-description-kz = Описание (каз.)
crm-field-content-ru = Текст (рус.)
crm-field-content-kz = Текст (каз.)
crm-field-bio-ru = Биография (рус.)
crm-field-bio-kz = Биография (каз.)
crm-field-location = Место
crm-field-category = Категория
crm-field-start-date = Начало
crm-field-end-date = Окончание
crm-field-photo-url = Фото
crm-field-source = Источник
crm-field-published-at = Опубликовано
crm-field-url = Ссылка
crm-field-company = Компания
crm-field-salary = Зарплата
crm-field-employment-type = Занятость
crm-field-experience = Опыт
crm-field-deadline = Срок
crm-field-company-logo = Логотип компании
crm-field-language = Язык
crm-field-duration = Длительность
crm-field-price = Цена
crm-field-currency = Валюта
crm-field-level = Уровень
crm-field-status = Статус
crm-field-full-name = ФИО
crm-field-phone = Телефон
crm-field-city = Город
crm-field-email = Эл. почта
crm-field-role = Роль
crm-field-is-active = Активен
crm-field-holder-name = Владелец
crm-field-issued-at = Дата выдачи
crm-field-specialization = Специализация
crm-field-position = Должность
crm-field-experience-years = Опыт, лет
crm-field-skills = Навыки
crm-field-budget = Бюджет

## Значения полей
crm-field-category-education = Образование
crm-field-category-culture = Культура
crm-field-category-sport = Спорт
crm-field-category-volunteering = Волонтёрство
crm-field-category-business = Бизнес
crm-field-category-announcement = Объявление
crm-field-category-report = Репортаж
crm-field-category-interview = Интервью
crm-field-category-grant = Грант
crm-field-category-nature = Природа
crm-field-category-games = Игры
crm-field-employment-type-full-time = Полная занятость
crm-field-employment-type-part-time = Частичная занятость
crm-field-employment-type-internship = Стажировка
crm-field-employment-type-remote = Удалённая работа
crm-field-language-ru = Русский
crm-field-language-kz = Казахский
crm-field-language-en = Английский
crm-field-currency-kzt = Тенге (KZT)
crm-field-level-beginner = Начальный
crm-field-level-intermediate = Средний
crm-field-level-advanced = Продвинутый
crm-field-status-draft = Черновик
crm-field-status-active = Активный
crm-field-status-completed = Завершён
crm-field-status-archived = В архиве
crm-field-status-pending = На рассмотрении
crm-field-status-blocked = Заблокирован
crm-field-status-issued = Выдан
crm-field-status-revoked = Отозван
crm-field-status-new = Новое
crm-field-status-reviewed = Просмотрено
crm-field-status-invited = Приглашён
crm-field-status-rejected = Отклонено
crm-field-status-open = Открыто
crm-field-status-in-progress = В работе
crm-field-status-done = Выполнено
crm-field-role-client = Клиент
crm-field-role-volunteer-admin = Администратор волонтёров
crm-field-role-msb = МСБ
crm-field-role-npo = НКО
crm-field-role-government = Госорган
crm-field-role-administrator = Администратор
crm-field-role-super-admin = Суперадминистратор
