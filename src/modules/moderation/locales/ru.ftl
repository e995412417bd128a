mod-cmd-mute = Заглушить участника (ответом или по id) [срок] [причина]
mod-cmd-unmute = Снова разрешить участнику писать
mod-cmd-ban = Забанить участника [срок] [причина]
mod-cmd-unban = Снять бан
mod-cmd-warn = Предупредить участника; на пределе сработает действие группы
mod-cmd-kick = Удалить участника (он сможет вернуться)
mod-cmd-clear = Снять все предупреждения участника (ответом или по id)
mod-cmd-info = Записи об участнике: муты, баны, предупреждения
mod-cmd-status = Состояние бота модерации в этой группе
mod-groups-only = Эта команда работает в группах.
mod-admins-only = ⛔ Это могут только администраторы группы.
mod-admin-lacks-right = ⛔ Для этого нужно право администратора «{ $right }».
mod-bot-not-admin = ⚠️ Я здесь не администратор. Назначьте меня администратором с правом «{ $right }».
mod-bot-lacks-right = ⚠️ У меня нет права администратора «{ $right }». Выдайте его и повторите.
mod-target-not-person = Ответьте на сообщение человека (не канала, не анонимного администратора и не бота).
mod-target-unknown = Не нахожу пользователя { $id } в этой группе.
mod-target-missing = Кого? Ответьте на сообщение командой { $command } или укажите @username или числовой id: { $command } @username 10m причина
mod-target-self = С собой я этого делать не стану.
mod-target-owner = { $targetHtml } — владелец группы, его нельзя ограничить.
mod-target-admin = { $targetHtml } — администратор, его нельзя ограничить. Сначала снимите с него права.
mod-telegram-refused = ❌ Telegram отказал: { $reason }
mod-reason = Причина: { $reason }
mod-clamped-raised = ℹ️ Самое короткое ограничение в Telegram — 30 секунд: поставил 30 секунд.
mod-clamped-forever = ℹ️ Telegram не принимает ограничения длиннее 366 дней: это — бессрочно, до снятия.
mod-done-mute = 🔇 { $targetHtml } заглушён { $timed ->
    [yes] на { $durationHtml }.
   *[no] до снятия.
}
mod-done-unmute = 🔊 { $targetHtml } снова может писать.
mod-done-ban = 🚫 { $targetHtml } забанен { $timed ->
    [yes] на { $durationHtml }.
   *[no] до разбана.
}
mod-done-unban = ✅ { $targetHtml } разбанен и может вернуться.
mod-done-kick = 👢 { $targetHtml } удалён из группы и может вернуться.
mod-record-failed = ⚠️ В Telegram сделано, но API V2 не смог это записать: в журнале этого нет.
mod-record-pending = ⏳ В Telegram сделано. API V2 сейчас не отвечает: запись ожидает и будет сделана, когда он вернётся.
mod-warn-failed = ❌ { $targetHtml } не предупреждён: API V2, который считает предупреждения, не отвечает. Повторите позже.
mod-done-warn = ⚠️ { $targetHtml } получил предупреждение ({ $count }/{ $limit }).
mod-done-clear = 🧹 У { $targetHtml } больше нет предупреждений.
mod-clear-failed = ❌ Предупреждения { $targetHtml } не сняты: API V2, который их считает, не отвечает. Повторите позже.
mod-escalation-refused = ❌ У { $targetHtml } { $limit } предупреждений, но Telegram отказал в действии группы: { $reason }
mod-escalated-ban = 🚫 У { $targetHtml } { $limit } предупреждений: бан { $timed ->
    [yes] на { $durationHtml }.
   *[no] до разбана.
}
mod-escalated-mute = 🔇 У { $targetHtml } { $limit } предупреждений: мут { $timed ->
    [yes] на { $durationHtml }.
   *[no] до снятия.
}
mod-escalated-kick = 👢 У { $targetHtml } { $limit } предупреждений: удалён из группы.
mod-forever = навсегда
mod-unit-w = { $n } нед
mod-unit-d = { $n } дн
mod-unit-h = { $n } ч
mod-unit-m = { $n } мин
mod-unit-s = { $n } с
mod-info-title = ℹ️ { $targetHtml }
mod-info-telegram = В группе: { $status ->
    [creator] владелец
    [administrator] администратор
    [restricted] ограничен
    [left] не участник
    [kicked] забанен
   *[member] участник
}
mod-info-muted = 🔇 Заглушён до { $until }
mod-info-banned = 🚫 Забанен до { $until }
mod-info-warnings = ⚠️ Предупреждения: { $count }/{ $limit }
mod-info-last = Последнее действие: { $at }
mod-api-down = ⚠️ API V2 не отвечает: записи сейчас не показать.
mod-status-title = 🛡 Модерация
mod-status-bot-ok = ✅ Я могу ограничивать участников здесь.
mod-status-policy = ⚠️ После { $limit } предупреждений: { $action ->
    [kick] удаление из группы
    [mute] мут
   *[ban] бан
}
mod-cmd-restrict = Разрешить участнику только текст (без медиа, стикеров, ссылок) [срок] [причина]
mod-cmd-unrestrict = Снять ограничение с участника
mod-done-restrict = ✋ { $targetHtml } может писать только текст { $timed ->
    [yes] на { $durationHtml }.
   *[no] до снятия ограничения.
}
mod-done-unrestrict = ✅ { $targetHtml } снова может отправлять всё.
mod-log-group = Группа: { $title } ({ $id })
mod-log-admin = Админ: { $adminHtml }
mod-log-by-bot = Админ: бот, автоматически
mod-log-member = Участник: { $targetHtml }
mod-log-duration = Срок: { $durationHtml }
