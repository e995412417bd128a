mod-cmd-mute = Mute a member (reply, or id) [duration] [reason]
mod-cmd-unmute = Let a muted member write again
mod-cmd-ban = Ban a member [duration] [reason]
mod-cmd-unban = Lift a ban
mod-cmd-warn = Warn a member; at the limit the group's action follows
mod-cmd-kick = Remove a member (they may rejoin)
mod-cmd-clear = Clear a member's warnings (reply, or id)
mod-cmd-info = A member's record: mutes, bans, warnings
mod-cmd-status = The moderation bot's status in this group
mod-groups-only = This command works in groups.
mod-admins-only = ⛔ Only the group's admins can do this.
mod-admin-lacks-right = ⛔ You need the admin right to { $right } for this.
mod-bot-not-admin = ⚠️ I am not an admin here. Make me an admin with the right to { $right }.
mod-bot-lacks-right = ⚠️ I lack the admin right to { $right }. Grant it to me and try again.
mod-target-not-person = Reply to a message written by a person (not a channel, an anonymous admin or a bot).
mod-target-unknown = I cannot find the user { $id } in this group.
mod-target-missing = Who? Reply to their message with { $command }, or name them by @username or numeric id: { $command } @username 10m reason
mod-target-self = I will not do that to myself.
mod-target-owner = { $targetHtml } is the group's owner and cannot be restricted.
mod-target-admin = { $targetHtml } is an admin and cannot be restricted. Demote them first.
mod-telegram-refused = ❌ Telegram refused: { $reason }
mod-reason = Reason: { $reason }
mod-clamped-raised = ℹ️ Telegram's shortest restriction is 30 seconds: I used 30 seconds.
mod-clamped-forever = ℹ️ Telegram does not take restrictions longer than 366 days: this one is until lifted.
mod-done-mute = 🔇 { $targetHtml } is muted { $timed ->
    [yes] for { $durationHtml }.
   *[no] until unmuted.
}
mod-done-unmute = 🔊 { $targetHtml } can write again.
mod-done-ban = 🚫 { $targetHtml } is banned { $timed ->
    [yes] for { $durationHtml }.
   *[no] until unbanned.
}
mod-done-unban = ✅ { $targetHtml } is no longer banned and may rejoin.
mod-done-kick = 👢 { $targetHtml } was removed from the group and may rejoin.
mod-record-failed = ⚠️ Done on Telegram, but API V2 could not record it: it is missing from the log.
mod-record-pending = ⏳ Done on Telegram. API V2 does not answer now: the record is pending and will be written when it is back.
mod-warn-failed = ❌ { $targetHtml } was not warned: API V2, which counts warnings, does not answer. Please try again later.
mod-done-warn = ⚠️ { $targetHtml } is warned ({ $count }/{ $limit }).
mod-done-clear = 🧹 { $targetHtml } has no warnings any more.
mod-clear-failed = ❌ The warnings of { $targetHtml } were not cleared: API V2, which counts them, does not answer. Please try again later.
mod-escalation-refused = ❌ { $targetHtml } reached { $limit } warnings, but Telegram refused the group's action: { $reason }
mod-escalated-ban = 🚫 { $targetHtml } reached { $limit } warnings and is banned { $timed ->
    [yes] for { $durationHtml }.
   *[no] until unbanned.
}
mod-escalated-mute = 🔇 { $targetHtml } reached { $limit } warnings and is muted { $timed ->
    [yes] for { $durationHtml }.
   *[no] until unmuted.
}
mod-escalated-kick = 👢 { $targetHtml } reached { $limit } warnings and was removed from the group.
mod-forever = forever
mod-unit-w = { $n } wk
mod-unit-d = { $n } d
mod-unit-h = { $n } h
mod-unit-m = { $n } min
mod-unit-s = { $n } s
mod-info-title = ℹ️ { $targetHtml }
mod-info-telegram = In the group: { $status ->
    [creator] owner
    [administrator] admin
    [restricted] restricted
    [left] not a member
    [kicked] banned
   *[member] member
}
mod-info-muted = 🔇 Muted until { $until }
mod-info-banned = 🚫 Banned until { $until }
mod-info-warnings = ⚠️ Warnings: { $count }/{ $limit }
mod-info-last = Last action: { $at }
mod-api-down = ⚠️ API V2 does not answer: the records cannot be shown now.
mod-status-title = 🛡 Moderation
mod-status-bot-ok = ✅ I can restrict members here.
mod-status-policy = ⚠️ After { $limit } warnings: { $action ->
    [kick] removal from the group
    [mute] mute
   *[ban] ban
}
mod-cmd-restrict = Let a member write text only (no media, stickers, links) [duration] [reason]
mod-cmd-unrestrict = Lift a member's restriction
mod-done-restrict = ✋ { $targetHtml } may write text only { $timed ->
    [yes] for { $durationHtml }.
   *[no] until unrestricted.
}
mod-done-unrestrict = ✅ { $targetHtml } may send anything again.
mod-log-group = Group: { $title } ({ $id })
mod-log-admin = Admin: { $adminHtml }
mod-log-by-bot = Admin: the bot, on its own
mod-log-member = Member: { $targetHtml }
mod-log-duration = Duration: { $durationHtml }
