mod-cmd-settings = Панель модерации: участника (ответом или id) или группы
mod-panel-title = ⚙️ Модерация: { $targetHtml }
mod-panel-muted = 🔇 Заглушён до { $until }
mod-panel-muted-forever = 🔇 Заглушён до снятия
mod-panel-banned = 🚫 Заблокирован до { $until }
mod-panel-banned-forever = 🚫 Заблокирован до разблокировки
mod-panel-restricted = ✋ Только текст до { $until }
mod-panel-restricted-forever = ✋ Только текст до снятия ограничения
mod-panel-free = ✅ Без мута, бана и ограничений
mod-panel-warnings = ⚠️ Предупреждения: { $count }/{ $limit }
mod-panel-group = { $locked ->
    [yes] 🔒 Группа закрыта
   *[no] 🔓 Группа открыта
} · { $night ->
    [yes] 🌙 ночной режим включён
   *[no] ночной режим выключен
}
mod-panel-from-telegram = ⚠️ API V2 не отвечает: это данные Telegram; предупреждения и состояние группы неизвестны.
mod-panel-not-admin = ⛔ Этой панелью могут пользоваться только администраторы группы.
mod-panel-btn-mute = 🔇 Заглушить
mod-panel-btn-unmute = 🔊 Снять мут
mod-panel-btn-ban = 🚫 Забанить
mod-panel-btn-unban = ✅ Разбанить
mod-panel-btn-restrict = ✋ Ограничить
mod-panel-btn-unrestrict = ✅ Снять ограничение
mod-panel-btn-warn = ⚠️ Предупредить ({ $count }/{ $limit })
mod-panel-btn-warn-unknown = ⚠️ Предупредить
mod-panel-btn-clear = 🧹 Снять предупреждения
mod-panel-btn-lockdown = 🔒 Закрыть группу
mod-panel-btn-unlock = 🔓 Открыть группу
mod-panel-btn-night-on = 🌙 Включить ночной режим
mod-panel-btn-night-off = ☀️ Выключить ночной режим
mod-panel-btn-refresh = 🔄 Обновить
mod-panel-btn-close = ✖ Закрыть
mod-panel-btn-back = ‹ Назад
mod-panel-btn-mute-for = 🔇 { $duration }
mod-panel-btn-ban-for = 🚫 { $duration }
mod-panel-btn-restrict-for = ✋ { $duration }
mod-panel-group-title = ⚙️ Модерация: { $title }
mod-panel-group-lockdown = { $on ->
    [yes] 🔒 Группа закрыта: писать могут только администраторы
   *[no] 🔓 Группа открыта
}
mod-panel-group-night-on = 🌙 Ночной режим: { $start }–{ $end } ({ $zone })
mod-panel-group-night-off = 🌙 Ночной режим: выключен
mod-panel-group-flood-on = 🌊 Антифлуд: { $messages } сообщ. за { $seconds } с
mod-panel-group-flood-off = 🌊 Антифлуд: выключен
mod-panel-group-locks = 🔐 Запрещено: { $locksHtml }
mod-panel-group-no-locks = 🔐 Запрещено: ничего
mod-panel-group-welcome = 👋 Приветствие: { $welcome ->
    [yes] включено
   *[no] выключено
} · 🧩 Капча: { $captcha ->
    [yes] включена
   *[no] выключена
}
mod-panel-group-unknown = ⚠️ API V2 не отвечает: настройки группы сейчас показать нельзя.
mod-panel-group-hint = Панель участника: ответьте на его сообщение командой /settings или укажите его id: /settings 123456789
