mod-cmd-settings = Moderation panel: a member's (reply, or id) or the group's
mod-panel-title = ⚙️ Moderation: { $targetHtml }
mod-panel-muted = 🔇 Muted until { $until }
mod-panel-muted-forever = 🔇 Muted until unmuted
mod-panel-banned = 🚫 Banned until { $until }
mod-panel-banned-forever = 🚫 Banned until unbanned
mod-panel-restricted = ✋ Text only until { $until }
mod-panel-restricted-forever = ✋ Text only until unrestricted
mod-panel-free = ✅ Not muted, banned or restricted
mod-panel-warnings = ⚠️ Warnings: { $count }/{ $limit }
mod-panel-group = { $locked ->
    [yes] 🔒 Group locked down
   *[no] 🔓 Group open
} · { $night ->
    [yes] 🌙 night mode on
   *[no] night mode off
}
mod-panel-from-telegram = ⚠️ API V2 does not answer: this is what Telegram shows; warnings and the group's state are unknown.
mod-panel-not-admin = ⛔ Only the group's admins can use this panel.
mod-panel-btn-mute = 🔇 Mute
mod-panel-btn-unmute = 🔊 Unmute
mod-panel-btn-ban = 🚫 Ban
mod-panel-btn-unban = ✅ Unban
mod-panel-btn-restrict = ✋ Restrict
mod-panel-btn-unrestrict = ✅ Unrestrict
mod-panel-btn-warn = ⚠️ Warn ({ $count }/{ $limit })
mod-panel-btn-warn-unknown = ⚠️ Warn
mod-panel-btn-clear = 🧹 Clear warnings
mod-panel-btn-lockdown = 🔒 Lock down
mod-panel-btn-unlock = 🔓 Unlock
mod-panel-btn-night-on = 🌙 Night mode on
mod-panel-btn-night-off = ☀️ Night mode off
mod-panel-btn-refresh = 🔄 Refresh
mod-panel-btn-close = ✖ Close
mod-panel-btn-back = ‹ Back
mod-panel-btn-mute-for = 🔇 { $duration }
mod-panel-btn-ban-for = 🚫 { $duration }
mod-panel-btn-restrict-for = ✋ { $duration }
mod-panel-group-title = ⚙️ Moderation: { $title }
mod-panel-group-lockdown = { $on ->
    [yes] 🔒 Locked down: only admins can write
   *[no] 🔓 Not locked down
}
mod-panel-group-night-on = 🌙 Night mode: { $start }–{ $end } ({ $zone })
mod-panel-group-night-off = 🌙 Night mode: off
mod-panel-group-flood-on = 🌊 Flood control: { $messages } messages in { $seconds } s
mod-panel-group-flood-off = 🌊 Flood control: off
mod-panel-group-locks = 🔐 Locked content: { $locksHtml }
mod-panel-group-no-locks = 🔐 Locked content: none
mod-panel-group-welcome = 👋 Welcome: { $welcome ->
    [yes] on
   *[no] off
} · 🧩 Captcha: { $captcha ->
    [yes] on
   *[no] off
}
mod-panel-group-unknown = ⚠️ API V2 does not answer: the group's settings cannot be shown now.
mod-panel-group-hint = For a member's panel, reply to their message with /settings, or give their id: /settings 123456789
