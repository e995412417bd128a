# Сообщения ядра: их показывает каждый бот.
error-generic = Извините, у нас что-то пошло не так. Попробуйте ещё раз. Код ошибки: <code>{ $errorId }</code>
error-backend-timeout = { $backend } не ответил вовремя. Попробуйте ещё раз чуть позже. Код ошибки: <code>{ $errorId }</code>
error-backend-unavailable = { $backend } сейчас недоступен. Попробуйте позже. Код ошибки: <code>{ $errorId }</code>
error-backend-unauthorized = { $backend } не принял учётные данные. Код ошибки: <code>{ $errorId }</code>
error-backend-forbidden = { $backend } не разрешает это вашей учётной записи. Код ошибки: <code>{ $errorId }</code>
error-backend-not_found = { $backend } не нашёл запрошенное. Код ошибки: <code>{ $errorId }</code>
error-backend-bad_request = { $backend } отклонил запрос как неверный. Код ошибки: <code>{ $errorId }</code>
error-backend-bad_response = { $backend } прислал ответ, который мы не смогли прочитать. Код ошибки: <code>{ $errorId }</code>
error-backend-rate_limited = { $backend } перегружен. Попробуйте через { $seconds } с. Код ошибки: <code>{ $errorId }</code>
callback-stale = Эта кнопка устарела. Отправьте команду ещё раз.
callback-invalid = Эта кнопка недействительна.
rate-limited = Слишком много сообщений. Попробуйте через { $seconds } с.
login-rate-limited = Слишком много попыток. Попробуйте через { $seconds } с.
login-locked-out = Слишком много неверных попыток. Попробуйте через { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
   *[many] { $minutes } минут
}.
rbac-denied = У вас нет прав на это действие.
unknown-command = Я не знаю такой команды. Отправьте /help, чтобы увидеть, что я умею.
unknown-message = Я не ждал здесь сообщения. Отправьте /help, чтобы увидеть, что я умею.

# Группы (src/platform/groups): подтверждение анонимного администратора и названия прав.
# Всплывающие ответы (denied, expired, used) — обычный текст, не HTML: без разметки и & < >.
group-anon-prompt = Анонимный администратор выполнил { $command }. Нажмите кнопку, чтобы подтвердить, кто вы.
group-anon-button = ✅ Это я
group-anon-confirmed = { $command }: подтверждено администратором { $name }.
group-anon-denied = Подтвердить может только администратор с правом «{ $right }».
group-anon-denied-any = Подтвердить может только администратор этого чата.
group-anon-expired = Срок подтверждения истёк. Выполните команду ещё раз.
group-anon-used = Это уже подтверждено.
group-right-can_manage_chat = управление чатом
group-right-can_delete_messages = удаление сообщений
group-right-can_manage_video_chats = управление видеочатами
group-right-can_restrict_members = блокировка пользователей
group-right-can_promote_members = добавление администраторов
group-right-can_change_info = изменение профиля чата
group-right-can_invite_users = приглашение пользователей
group-right-can_manage_tags = управление тегами
group-right-can_post_stories = публикация историй
group-right-can_edit_stories = изменение историй
group-right-can_delete_stories = удаление историй
group-right-can_post_messages = публикация сообщений
group-right-can_edit_messages = изменение сообщений
group-right-can_pin_messages = закрепление сообщений
group-right-can_manage_topics = управление темами
group-right-can_manage_direct_messages = управление личными сообщениями
group-right-can_send_welcome_messages = отправка приветственных сообщений

# Формы (src/kernel/forms): пошаговый ввод во всех модулях. form-closed и form-button-old —
# всплывающие уведомления: простой текст, без HTML.
form-cancelled = Отменено. Ничего не изменилось.
form-nothing-to-cancel = Отменять нечего.
form-back = ↩ Назад
form-skip = ⏭ Пропустить
form-confirm = ✅ Подтвердить
form-edit = ✏️ Изменить
form-cancel = ✖️ Отмена
form-page = Страница { $page } из { $pages }.
form-confirm-title = <b>Проверьте ваши ответы:</b>
form-edit-title = <b>Какой ответ вы хотите изменить?</b>
form-secret-hidden = •••••• (скрыто)
form-skipped = — (пропущено)
form-invalid = Похоже, это неверно ({ $problem }). Отправьте ещё раз или /cancel.
form-not-text = Пожалуйста, отправьте ответ текстовым сообщением или /cancel.
form-refused = Я удалил это сообщение: ему не место в чате, и это не ответ на этот шаг. Отправьте то, что требуется, или /cancel.
form-use-buttons = Пожалуйста, выберите одну из кнопок выше или отправьте /cancel.
form-no-choices = Для этого ответа выбирать не из чего. Отправьте другой ответ или /cancel.
form-no-results = По вашему запросу ничего не найдено. Попробуйте другой запрос или /cancel.
form-delete-failed = ⚠️ Не удалось удалить ваше сообщение. Пожалуйста, удалите его сами: в нём секрет.
form-expired = { $deleted ->
    [yes] ⌛ Время заполнения формы истекло, и она закрыта. Я удалил ваше сообщение, так как в нём может быть секрет. Начните заново.
   *[no] ⌛ Время заполнения формы истекло, и она закрыта, поэтому ваше сообщение не использовано. Начните заново.
}
form-closed = Эта форма закрыта. Отправьте команду ещё раз, чтобы начать заново.
form-button-old = Эта кнопка относится к предыдущему шагу. Используйте последнее сообщение.
form-private-only = В целях безопасности сделайте это в личном чате со мной.
form-not-photo = Пожалуйста, отправьте фотографию (или файл изображения: JPEG, PNG или WebP) или /cancel.
form-photo-received = 📷 фото получено
form-photo-too-large = Это изображение слишком большое: допускается не более { $megabytes } МБ. Отправьте изображение поменьше или /cancel.
