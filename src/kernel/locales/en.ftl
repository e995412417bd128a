# Kernel messages: shown by every bot.
error-generic = Sorry, something went wrong on our side. Please try again. Error id: <code>{ $errorId }</code>
error-backend-timeout = { $backend } did not answer in time. Please try again in a moment. Error id: <code>{ $errorId }</code>
error-backend-unavailable = { $backend } is unavailable right now. Please try again later. Error id: <code>{ $errorId }</code>
error-backend-unauthorized = { $backend } did not accept the credentials. Error id: <code>{ $errorId }</code>
error-backend-forbidden = { $backend } does not allow this for your account. Error id: <code>{ $errorId }</code>
error-backend-not_found = { $backend } could not find what you asked for. Error id: <code>{ $errorId }</code>
error-backend-bad_request = { $backend } refused the request as invalid. Error id: <code>{ $errorId }</code>
error-backend-bad_response = { $backend } sent an answer we could not read. Error id: <code>{ $errorId }</code>
error-backend-rate_limited = { $backend } is busy. Please try again in { $seconds } s. Error id: <code>{ $errorId }</code>
callback-stale = This button is out of date. Please send the command again.
callback-invalid = This button is not valid.
rate-limited = You are sending too fast. Please try again in { $seconds } s.
login-rate-limited = Too many attempts. Please try again in { $seconds } s.
login-locked-out = Too many wrong attempts. Please try again in { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
rbac-denied = You do not have permission to do this.
unknown-command = I don't know that command. Send /help to see what I can do.
unknown-message = I did not expect a message here. Send /help to see what I can do.

# Groups (src/platform/groups): confirming an anonymous admin, and admin rights by name.
# The alerts (denied, expired, used) are plain text, not HTML: no markup, no & < >.
group-anon-prompt = An anonymous admin ran { $command }. Tap to confirm who you are.
group-anon-button = ✅ It was me
group-anon-confirmed = { $command }: confirmed by { $name }.
group-anon-denied = Only an admin with the right to { $right } can confirm.
group-anon-denied-any = Only an admin of this chat can confirm.
group-anon-expired = This confirmation has expired. Please run the command again.
group-anon-used = This has already been confirmed.
group-right-can_manage_chat = manage the chat
group-right-can_delete_messages = delete messages
group-right-can_manage_video_chats = manage video chats
group-right-can_restrict_members = ban users
group-right-can_promote_members = add new admins
group-right-can_change_info = change the chat's info
group-right-can_invite_users = invite users
group-right-can_manage_tags = manage tags
group-right-can_post_stories = post stories
group-right-can_edit_stories = edit stories
group-right-can_delete_stories = delete stories
group-right-can_post_messages = post messages
group-right-can_edit_messages = edit messages
group-right-can_pin_messages = pin messages
group-right-can_manage_topics = manage topics
group-right-can_manage_direct_messages = manage direct messages
group-right-can_send_welcome_messages = send welcome messages

# Forms (src/kernel/forms): multi-step input of every module. form-closed and form-button-old
# are alerts: plain text, no HTML.
form-cancelled = Cancelled. Nothing was changed.
form-nothing-to-cancel = There is nothing to cancel.
form-back = ↩ Back
form-skip = ⏭ Skip
form-confirm = ✅ Confirm
form-edit = ✏️ Edit
form-cancel = ✖️ Cancel
form-page = Page { $page } of { $pages }.
form-confirm-title = <b>Please check your answers:</b>
form-edit-title = <b>Which answer do you want to change?</b>
form-secret-hidden = •••••• (hidden)
form-skipped = — (skipped)
form-invalid = That does not look right ({ $problem }). Please send it again, or /cancel.
form-not-text = Please send your answer as a text message, or /cancel.
form-refused = I deleted that message: it must not stay in the chat, and it is not the answer to this step. Please send the answer asked for, or /cancel.
form-use-buttons = Please choose one of the buttons above, or /cancel.
form-no-choices = There is nothing to choose from for that answer. Please send a different one, or /cancel.
form-no-results = Nothing matches your search. Please try another one, or /cancel.
form-delete-failed = ⚠️ I could not delete your message. Please delete it yourself: it contains a secret.
form-expired = { $deleted ->
    [yes] ⌛ This form timed out and was closed. I deleted your message, as it may contain a secret. Please start again.
   *[no] ⌛ This form timed out and was closed, so your message was not used. Please start again.
}
form-closed = This form is closed. Please send the command again to start over.
form-button-old = This button belongs to an earlier step. Please use the latest message.
form-private-only = For your security, please do this in a private chat with me.
form-not-photo = Please send a photo (or an image file: JPEG, PNG or WebP), or /cancel.
form-photo-received = 📷 photo received
form-photo-too-large = This image is too large: at most { $megabytes } MB, please. Send a smaller one, or /cancel.
