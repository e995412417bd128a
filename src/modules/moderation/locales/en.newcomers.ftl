# Newcomers: the welcome, the join captcha, join and leave messages (features/welcome.ts, captcha.ts, serviceMessages.ts).
mod-welcome-default = 👋 Welcome to { $chat }, { $mentionHtml }!
mod-captcha-question = 👋 { $mentionHtml }, welcome to { $chat }! Tap the button below within { $durationHtml } to show you are not a robot. Until then you cannot write here, and without an answer you will be removed from the group.
mod-captcha-button = ✅ I am not a robot
mod-captcha-not-yours = This button is for the newcomer it greets.
mod-captcha-over = This check is over.
mod-captcha-passed = ✅ Thank you! You can write in the group now.
mod-captcha-failed-reason = No answer to the join captcha within { $duration }.
mod-captcha-cannot-restrict = ⚠️ The join captcha is on, but I lack the admin right to { $right }: newcomers come in unchecked until you grant it to me.
mod-service-cannot-delete = ⚠️ Join and leave messages are to be deleted here, but I lack the admin right to { $right }. Grant it to me and I will delete them.
