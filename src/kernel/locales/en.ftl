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
rbac-denied = You do not have permission to do this.
unknown-command = I don't know that command. Send /help to see what I can do.
unknown-message = I did not expect a message here. Send /help to see what I can do.
