# netmon: the Plume WiFi monitoring bot. Setup, locations, access and shared words.
# Messages are HTML; variables are escaped by the kernel unless their name ends in "Html".

netmon-cmd-setup = connect your Plume API client
netmon-cmd-locations = choose the customer location to watch
netmon-cmd-status = health of the current location
netmon-cmd-wan = WAN consumption (24 h / 7 d) with a chart
netmon-cmd-stats = online history (3 h / 24 h / 7 d)
netmon-cmd-nodes = pods: model, firmware, MAC, IP
netmon-cmd-wifi = WiFi networks and their security
netmon-cmd-alerts = alerts and daily digest for this chat
netmon-cmd-logout = forget your Plume credentials

netmon-hint-setup = 📡 To monitor Plume locations, connect your Plume API client: /setup
netmon-hint-locations = 📡 Your Plume client is connected. Next, choose a location: /locations
netmon-hint-status = 📡 Watching <b>{ $location }</b>. See its health with /status, or change it with /locations.

netmon-private-bot = Sorry, this bot is private. Ask its owner to add your Telegram account if you need access.
netmon-private-bot-short = Sorry, this bot is private.

# Setup
netmon-setup-private-only = For your security, run /setup in a private chat with me: credentials must never be posted in a group.
netmon-setup-step1 =
    <b>Connect Plume — step 1 of 2</b>
    Send the <b>Authorization header</b> of your Plume API client. It looks like <code>Basic dXNlcjpzZWNyZXQ=</code> (base64 of <code>client_id:client_secret</code>).
    I delete your message as soon as I have read it, and keep the header encrypted.
    Send /cancel to stop.
netmon-setup-step2 =
    <b>Connect Plume — step 2 of 2</b>
    Header received. Now send your <b>Partner ID</b>: 24 hexadecimal characters, like <code>eb0af9d0a7ab946dcb3b8ef5</code>.
    Send /cancel to stop.
netmon-setup-header-not-basic = That is not a Basic Authorization header. Send it as <code>Basic &lt;base64&gt;</code>, or /cancel.
netmon-setup-header-not-base64 = The part after <code>Basic</code> is not valid base64. Copy the whole header again, or /cancel.
netmon-setup-header-no-client-pair = The header does not decode to <code>client_id:client_secret</code>. Check that you copied the right header, or /cancel.
netmon-setup-header-not-text = Please send the header as a text message, or /cancel.
netmon-setup-delete-failed = ⚠️ I could not delete your message. Please delete it yourself: it contains your client secret.
netmon-setup-expired = { $deleted ->
    [yes] Your /setup timed out, so I deleted that message. Run /setup again to connect Plume.
   *[no] Your /setup timed out. Run /setup again to connect Plume.
}
netmon-setup-stray-header = I deleted your message: it looked like an Authorization header, which must not stay in a chat. To connect Plume, run /setup.
netmon-setup-partner-invalid = A Partner ID is 24 hexadecimal characters (0-9, a-f), like <code>eb0af9d0a7ab946dcb3b8ef5</code>. Send it again, or /cancel.
netmon-setup-done =
    ✅ <b>Connected to Plume</b> as partner <code>{ $partnerId }</code>.
    Next, choose the location to watch: /locations
netmon-setup-done-with-location =
    ✅ <b>Connected to Plume</b> as partner <code>{ $partnerId }</code>.
    You are still watching <b>{ $location }</b>: /status, or choose another with /locations.
netmon-setup-invalid-client = ❌ Plume's sign-in service refused this client (<code>invalid_client</code>): the Authorization header is wrong, or the client was revoked. Nothing was saved. Send the right header (the Partner ID is kept), or /cancel.
netmon-setup-invalid-scope = ❌ The client is valid, but it may not act for partner <code>{ $partnerId }</code> (<code>invalid_scope</code>). Send the right Partner ID, or /cancel.
netmon-setup-sso-unreachable = ⚠️ Plume's sign-in service could not be reached, so your credentials could not be checked. Nothing was saved. Send the Partner ID again to retry, or /cancel.
netmon-setup-sso-busy = ⚠️ Plume's sign-in service is busy. Send the Partner ID again in { $seconds } s, or /cancel.
netmon-setup-sso-bad-response = ⚠️ Plume's sign-in service sent an answer I could not read. Nothing was saved. Send the Partner ID again to retry, or /cancel.

# Credentials and tokens
netmon-need-setup = First connect your Plume API client with /setup.
netmon-need-setup-group = To use Plume reports, first connect your Plume API client in a private chat with me (/setup).
netmon-need-setup-short = First connect your Plume API client: send /setup to me in a private chat.
netmon-credentials-refused-client = ❌ Plume no longer accepts your stored client credentials (<code>invalid_client</code>): the client may have been revoked or its secret changed. Please run /setup again.
netmon-credentials-refused-scope = ❌ Plume no longer lets your client act for your partner (<code>invalid_scope</code>). Please run /setup again with the right Partner ID.
netmon-sso-unreachable = ⚠️ Plume's sign-in service cannot be reached to renew your access. Please try again in a moment; your setup is kept.
netmon-sso-busy = ⚠️ Plume's sign-in service is busy. Please try again in { $seconds } s.
netmon-sso-bad-response = ⚠️ Plume's sign-in service sent an answer I could not read. Please try again in a moment.
netmon-location-gone = Plume does not find this location (any more) for your partner. Choose another one with /locations.

# Locations
netmon-locations-private-only = Choose your location in a private chat with me (/locations); your choice then applies here too.
netmon-need-location = Choose a location first: /locations
netmon-need-location-group = Choose a location first, in a private chat with me: /locations
netmon-locations-prompt =
    <b>Choose a location</b>
    Send a <b>customer ID</b> (24 hexadecimal characters) or part of a customer's <b>name</b> or <b>e-mail</b>.
    Send /cancel to stop.
netmon-locations-prompt-remembered =
    <b>Choose a location</b>
    You are watching <b>{ $location }</b> ({ $customer }). Tap it to keep it, or send a <b>customer ID</b> or part of a customer's <b>name</b> or <b>e-mail</b> to look for another one.
    Send /cancel to stop.
netmon-locations-query-invalid = Send a customer ID, or 2 to 64 characters of a name or e-mail, or /cancel.
netmon-locations-customer-not-found = No customer with ID <code>{ $id }</code> for your partner. Check it and send it again, or /cancel.
netmon-locations-no-match = No customer's name or e-mail contains “{ $query }”. Try another search, or /cancel.
netmon-locations-matches = { $count ->
    [one] One customer matches “{ $query }”:
   *[other] { $count } customers match “{ $query }”. Choose one:
}
netmon-locations-refine = Only the first { $shown } are shown: type more of the name to narrow the search.
netmon-locations-list = { $count ->
    [one] <b>{ $customer }</b> has one location. Choose it:
   *[other] <b>{ $customer }</b> has { $count } locations. Choose one:
}
netmon-locations-page = Page { $page } of { $pages }.
netmon-locations-none = <b>{ $customer }</b> has no locations.
netmon-location-chosen =
    📍 Watching <b>{ $location }</b> ({ $customer }).
    Next: /status, /wan, /stats, /nodes, /wifi or /alerts.
netmon-location-chosen-short = Location chosen.

# Logout
netmon-logout-private-only = Run /logout in a private chat with me.
netmon-logout-done = { $alerts ->
    [0] 👋 Your Plume credentials, token and location are forgotten.
    [one] 👋 Your Plume credentials, token and location are forgotten, and the one alert subscription that used them is removed.
   *[other] 👋 Your Plume credentials, token and location are forgotten, and the { $alerts } alert subscriptions that used them are removed.
}
netmon-logout-nothing = There were no Plume credentials to forget.

# Shared words
netmon-up-to-date = Already up to date.
netmon-mbps = { $value } Mbps
netmon-unit-mbps = Mbps
netmon-ms = { $value } ms
netmon-since = since { $time } ({ $duration })
netmon-duration-under-minute = less than a minute
netmon-unit-days = { $n } d
netmon-unit-hours = { $n } h
netmon-unit-minutes = { $n } min

netmon-btn-status = 📡 Status
netmon-btn-wan = 📈 WAN
netmon-btn-stats = 📊 Stats
netmon-btn-nodes = 🧩 Nodes
netmon-btn-wifi = 📶 WiFi
netmon-btn-refresh = 🔄 Refresh
netmon-btn-change-location = 📍 Change location
netmon-btn-other-locations = 🔎 This customer's other locations
netmon-btn-3h = 3 h
netmon-btn-24h = 24 h
netmon-btn-7d = 7 d
