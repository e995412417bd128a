mod-flood-mute = { $timed ->
    [yes] 🌊 { $targetHtml } was muted for { $durationHtml } for flooding.
   *[no] 🌊 { $targetHtml } was muted for flooding, until unmuted.
}
mod-flood-ban = { $timed ->
    [yes] 🌊 { $targetHtml } was banned for { $durationHtml } for flooding.
   *[no] 🌊 { $targetHtml } was banned for flooding, until unbanned.
}
mod-flood-kick = 🌊 { $targetHtml } was removed from the group for flooding and may rejoin.
mod-flood-bot-cannot-restrict = ⚠️ Flood control is on in this group, but I cannot act on it: I need the admin right to { $right }.
mod-lock-bot-cannot-delete = ⚠️ This group locks some kinds of messages, but I cannot delete them: I need the admin right to { $right }.
mod-lock-bot-cannot-remove = ⚠️ This group locks bots, but I cannot remove the one just added: I need the admin right to { $right }.
mod-target-not-seen = I have not seen { $username } in this group. Reply to their message, or give their numeric id.
