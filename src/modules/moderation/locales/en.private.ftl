mod-ps-start-hint = ⚙️ Admin of a group I moderate? Send /settings here to manage its settings.
mod-ps-groups-title = ⚙️ Which group's settings do you want to manage?
mod-ps-groups-page = Page { $page } of { $pages }
mod-ps-groups-none = I found no group where you are an admin and I am a member. Add me to your group as an admin, then send /settings here again.
mod-ps-to-groups = « My groups
mod-ps-back = « Back
mod-ps-form-back = « Back without a change
mod-ps-saved = ✅ Saved.
mod-ps-not-admin = You are not an admin of that group (any more).
mod-ps-bot-gone = I am no longer in that group.
mod-ps-api-down = ⚠️ API V2 does not answer: the settings cannot be read or changed now. Please try again later.
mod-ps-refused = ❌ API V2 did not take this value. { $hintHtml }
mod-ps-refused-press = ❌ API V2 did not take this change.
mod-ps-title = ⚙️ Settings of <b>{ $group }</b>
mod-ps-main-warn = ⚠️ Warnings: after { $limit }, { $actionHtml }
mod-ps-main-flood = 🌊 Flood control: { $messages } messages within { $secondsHtml }, then { $actionHtml }
mod-ps-main-flood-off = 🌊 Flood control: off
mod-ps-main-locks = 🔒 Locks: { $listHtml }
mod-ps-main-locks-none = 🔒 Locks: none
mod-ps-main-night = 🌙 Night mode: { $start }–{ $end } ({ $zone }), { $daysHtml }
mod-ps-main-night-off = 🌙 Night mode: off
mod-ps-main-welcome = 👋 Welcome: { $on ->
    [yes] on
   *[no] off
}
mod-ps-main-captcha = 🤖 Captcha: { $on ->
    [yes] on, { $durationHtml } to answer
   *[no] off
}
mod-ps-main-log = 📣 Log channel: { $id }
mod-ps-main-log-none = 📣 Log channel: none
mod-ps-main-autodel = 🧹 Auto-delete: { $listHtml }
mod-ps-main-autodel-none = 🧹 Auto-delete: nothing
mod-ps-sec-warn = ⚠️ Warnings
mod-ps-sec-flood = 🌊 Flood
mod-ps-sec-locks = 🔒 Locks
mod-ps-sec-night = 🌙 Night mode
mod-ps-sec-welcome = 👋 Welcome
mod-ps-sec-captcha = 🤖 Captcha
mod-ps-sec-log = 📣 Log channel
mod-ps-sec-autodel = 🧹 Auto-delete
mod-ps-then-ban = ban { $timed ->
    [yes] for { $durationHtml }
   *[no] forever
}
mod-ps-then-mute = mute { $timed ->
    [yes] for { $durationHtml }
   *[no] forever
}
mod-ps-then-kick = removal from the group
mod-ps-btn-turn = { $on ->
    [yes] Turn off
   *[no] Turn on
}
mod-ps-btn-ban = Ban
mod-ps-btn-kick = Kick
mod-ps-btn-mute = Mute
mod-ps-btn-limit = ✏️ Limit
mod-ps-btn-duration = ✏️ Duration
mod-ps-btn-forever = Forever
mod-ps-btn-expiry = ✏️ Expiry
mod-ps-btn-noexp = Never expire
mod-ps-btn-flood-rule = ✏️ Messages and time
mod-ps-btn-start = ✏️ Start
mod-ps-btn-end = ✏️ End
mod-ps-btn-zone = ✏️ Time zone
mod-ps-btn-welcome-text = ✏️ Text
mod-ps-btn-welcome-default = Default text
mod-ps-btn-captcha-time = ✏️ Time to answer
mod-ps-btn-log-set = ✏️ Set the channel
mod-ps-btn-log-clear = Remove the channel
mod-ps-warn-title = ⚠️ <b>Warnings</b> in { $group }
mod-ps-warn-limit = After { $limit } warnings: { $actionHtml }
mod-ps-warn-expiry = Each warning counts for { $durationHtml }.
mod-ps-warn-expiry-never = Warnings count until they are removed.
mod-ps-flood-title = 🌊 <b>Flood control</b> in { $group }: { $on ->
    [yes] on
   *[no] off
}
mod-ps-flood-rule = A flood: { $messages } messages within { $secondsHtml }.
mod-ps-flood-then = Then: { $actionHtml }
mod-ps-locks-title = 🔒 <b>Locks</b> in { $group }: messages of a locked kind are deleted when members send them. Tap to lock or unlock.
mod-ps-lock-audio = Audio
mod-ps-lock-bot = Bots added
mod-ps-lock-button = Buttons
mod-ps-lock-command = Commands
mod-ps-lock-contact = Contacts
mod-ps-lock-document = Files
mod-ps-lock-email = E-mail addresses
mod-ps-lock-forward = Forwards
mod-ps-lock-game = Games
mod-ps-lock-gif = GIFs
mod-ps-lock-inline = Inline bots
mod-ps-lock-invitelink = Invite links
mod-ps-lock-location = Locations
mod-ps-lock-phone = Phone numbers
mod-ps-lock-photo = Photos
mod-ps-lock-poll = Polls
mod-ps-lock-sticker = Stickers
mod-ps-lock-text = Text
mod-ps-lock-url = Links
mod-ps-lock-video = Videos
mod-ps-lock-videonote = Video messages
mod-ps-lock-voice = Voice messages
mod-ps-night-title = 🌙 <b>Night mode</b> in { $group }: { $on ->
    [yes] on
   *[no] off
}
mod-ps-night-window = The chat is closed from { $start } to { $end } ({ $zone }).
mod-ps-night-days = Starting on: { $daysHtml }
mod-ps-every-day = every day
mod-ps-day-mon = Mon
mod-ps-day-tue = Tue
mod-ps-day-wed = Wed
mod-ps-day-thu = Thu
mod-ps-day-fri = Fri
mod-ps-day-sat = Sat
mod-ps-day-sun = Sun
mod-ps-last-day = Night mode needs at least one day.
mod-ps-welcome-title = 👋 <b>Welcome</b> in { $group }: { $on ->
    [yes] on
   *[no] off
}
mod-ps-welcome-text = Text: <i>{ $text }</i>
mod-ps-welcome-default = Text: my default greeting.
mod-ps-welcome-placeholders = Placeholders: { $list }
mod-ps-captcha-title = 🤖 <b>Captcha</b> in { $group }: { $on ->
    [yes] on
   *[no] off
}
mod-ps-captcha-time = Newcomers have { $durationHtml } to press the button, or they are removed.
mod-ps-log-title = 📣 <b>Log channel</b> of { $group }
mod-ps-log-none = No log channel: my actions are not posted anywhere.
mod-ps-log-set = Every action is posted to the channel { $id }.
mod-ps-log-test = ✅ This channel now receives the moderation log of { $group }.
mod-ps-log-unknown = I cannot find that channel. Add me to it as an admin first, then try again.
mod-ps-log-not-channel = That is not a channel. Please name a channel.
mod-ps-log-not-your-channel = You are not an admin of that channel: only its admins may send a group's log there.
mod-ps-log-cannot-post = I cannot post in that channel. Make me an admin there with the right to post messages, then try again.
mod-ps-autodel-title = 🧹 <b>Auto-delete</b> in { $group }: tap to switch each on or off.
mod-ps-ad-cmd = Commands
mod-ps-ad-svc = Join and leave messages
mod-ps-ad-welc = The previous welcome
mod-ps-ask-limit = After how many warnings does the group's action follow? Send a number from 1 to 20.
mod-ps-ask-duration = How long should the { $action ->
    [mute] mute
   *[ban] ban
} last? Send a duration such as 30m, 12h or 7d (30 seconds to 366 days).
mod-ps-ask-expiry = How long should a warning count? Send a duration such as 12h, 7d or 4w (1 minute to 366 days).
mod-ps-ask-flood-messages = How many messages make a flood? Send a number from 2 to 100.
mod-ps-ask-flood-seconds = Within how much time? Send a number of seconds (1 to 3600) or a duration such as 1m.
mod-ps-ask-start = When should night mode start? Send a time as HH:MM (24-hour clock) in the group's time zone, { $zone }.
mod-ps-ask-end = When should night mode end? Send a time as HH:MM (24-hour clock) in the group's time zone, { $zone }.
mod-ps-ask-zone = Which time zone is the group in? Send its IANA name, such as Europe/Berlin, Asia/Almaty or UTC.
mod-ps-ask-welcome = Send the welcome text (up to 4096 characters). These placeholders are filled in for each newcomer: { $placeholders }
mod-ps-ask-captcha = How long do newcomers have to press the button? Send a number of seconds (15 to 3600) or a duration such as 2m.
mod-ps-ask-log = Which channel should receive the group's log? Forward any post from it here, or send its @username or id. I must be an admin there with the right to post, and you must be one of its admins too.
mod-ps-bad-number = Please send a whole number from { $min } to { $max }.
mod-ps-bad-penalty = Please send a duration from 30 seconds to 366 days, such as 30m, 12h or 7d.
mod-ps-bad-expiry = Please send a duration from 1 minute to 366 days, such as 12h, 7d or 4w.
mod-ps-bad-flood-seconds = Please send a time from 1 second to 1 hour, such as 10 or 1m.
mod-ps-bad-captcha = Please send a time from 15 seconds to 1 hour, such as 90 or 2m.
mod-ps-bad-time = Please send a time as HH:MM on a 24-hour clock, such as 23:00 or 7:30.
mod-ps-bad-zone = I do not know that time zone. Please send its IANA name, such as Europe/Berlin, Asia/Almaty or America/New_York.
mod-ps-bad-welcome = Please send a text of 1 to { $max } characters.
mod-ps-bad-channel = Please forward a post from the channel, or send its @username or its id (-100…).
mod-ps-same-time = Night mode cannot start and end at the same time ({ $time }). Please send another time.
mod-ps-kick-no-duration = A removal has no duration. Choose ban or mute first.
