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
rbac-denied = У вас нет прав на это действие.
unknown-command = Я не знаю такой команды. Отправьте /help, чтобы увидеть, что я умею.
unknown-message = Я не ждал здесь сообщения. Отправьте /help, чтобы увидеть, что я умею.
