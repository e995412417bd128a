mod-flood-mute = { $timed ->
    [yes] 🌊 { $targetHtml } заглушён на { $durationHtml } за флуд.
   *[no] 🌊 { $targetHtml } заглушён за флуд до снятия.
}
mod-flood-ban = { $timed ->
    [yes] 🌊 { $targetHtml } забанен на { $durationHtml } за флуд.
   *[no] 🌊 { $targetHtml } забанен за флуд до разбана.
}
mod-flood-kick = 🌊 { $targetHtml } удалён из группы за флуд и может вернуться.
mod-flood-bot-cannot-restrict = ⚠️ В группе включён антифлуд, но применять его я не могу: мне нужно право администратора «{ $right }».
mod-lock-bot-cannot-delete = ⚠️ В группе запрещены некоторые виды сообщений, но удалять их я не могу: мне нужно право администратора «{ $right }».
mod-lock-bot-cannot-remove = ⚠️ В группе запрещено добавлять ботов, но удалить добавленного я не могу: мне нужно право администратора «{ $right }».
mod-target-not-seen = В этой группе мне не встречался { $username }. Ответьте на его сообщение или укажите числовой id.
