# erp (the ROA2WEB ERP bot): linking, companies, dashboard, invoices, treasury, exports, digest.
# Messages ending in -alert are button alerts, and erp-btn-*, erp-col-*, erp-pdf-*, erp-chart-*,
# erp-age-*, erp-filter-* and erp-status-* also go into buttons, charts, CSV and PDF files: plain
# text, no HTML.

erp-cmd-link = Link your ROA2WEB account with a code
erp-cmd-companies = Your companies
erp-cmd-selectcompany = Choose the active company
erp-cmd-dashboard = Dashboard of the active company
erp-cmd-sold = Balance (same as /dashboard)
erp-cmd-facturi = Invoices: /facturi neplatite or /facturi platite
erp-cmd-trezorerie = Treasury: cash registers and bank accounts
erp-cmd-digest = Daily digest of overdue invoices
erp-cmd-clear = Forget the active company
erp-cmd-unlink = Unlink this Telegram account from ROA2WEB

# /start and linking
erp-hint-unlinked = ROA2WEB: to link your account, open Settings → Telegram in ROA2WEB and press "Generate code". Then tap "Open in Telegram", scan the QR code with your phone, or send the 8-character code here.
erp-hint-linked = ROA2WEB: linked as <b>{ $name }</b> ({ $email }). Active company: <b>{ $company }</b>. Try /dashboard or /facturi.
erp-hint-linked-no-company = ROA2WEB: linked as <b>{ $name }</b> ({ $email }). Choose a company with /selectcompany.
erp-link-usage = To link your ROA2WEB account, open Settings → Telegram in ROA2WEB and press "Generate code", then send the code here, like <code>/link ABCD2345</code> (or just the code). It has 8 letters and digits and works once, for 15 minutes.
erp-link-format = That is not a link code: a code has 8 letters and digits, like <code>ABCD2345</code>.
erp-link-private-only = For your security, please link your account in a private chat with me. I deleted your message.
erp-link-delete-failed = ⚠️ I could not delete your message with the code. Please delete it yourself.
erp-link-wrong = ❌ That code is not valid. Please check it, or generate a new one in ROA2WEB (Settings → Telegram).
erp-link-expired = ⌛ That code has expired: codes work for 15 minutes. Please generate a new one in ROA2WEB.
erp-link-used = That code has already been used: a code works once. Please generate a new one in ROA2WEB.
erp-link-used-mine = You already used that code to link this account. Try /dashboard.
erp-link-burned = ⛔ That code was blocked after too many wrong codes were tried on this bot. Please generate a new one in ROA2WEB.
erp-link-busy = That code is being used right now. Please try again in a moment.
erp-link-unknown-user = ROA2WEB does not know the account this code was made for. Please generate a new code, or ask your administrator.
erp-link-user-disabled = Your ROA2WEB account is disabled. Please ask your administrator.
erp-link-done = ✅ This Telegram account is now linked to ROA2WEB as <b>{ $name }</b> ({ $email }).
erp-link-same = This Telegram account is already linked to <b>{ $email }</b>.
erp-relink-ask = This Telegram account is linked to <b>{ $current }</b>. Link it to <b>{ $next }</b> instead? Your active company and daily digest will be reset.
erp-relink-yes = ✅ Yes, switch accounts
erp-relink-no = ✖ No, keep the current one
erp-relink-kept = Nothing changed: you are still linked to <b>{ $email }</b>.
erp-relink-cancelled = Nothing changed.
erp-relink-expired = This question has expired. Please send the code again.
erp-moved-away = Your ROA2WEB account <b>{ $email }</b> has been linked to another Telegram account, so it is no longer linked here. If that was not you, change your ROA2WEB password and tell your administrator.

# Not linked, ended, disabled
erp-need-link = Please link your ROA2WEB account first: open Settings → Telegram in ROA2WEB, press "Generate code" and send the code here.
erp-need-link-alert = Please link your ROA2WEB account first: open Settings → Telegram in ROA2WEB and send the code here.
erp-link-ended = Your link to ROA2WEB has ended (it was revoked, or your account was disabled). Please link again with a new code from ROA2WEB (Settings → Telegram).
erp-link-ended-alert = Your link to ROA2WEB has ended. Please link again with a new code from ROA2WEB.
erp-disabled = Telegram access to ROA2WEB is turned off by the administrator.
erp-disabled-alert = Telegram access to ROA2WEB is turned off by the administrator.
erp-private-only = For your privacy, I show ROA2WEB figures only in a private chat with me.
erp-private-only-alert = For your privacy, I show ROA2WEB figures only in a private chat with me.

# /unlink
erp-unlink-ask = Unlink this Telegram account from <b>{ $email }</b>? You will need a new code from ROA2WEB to link again.
erp-unlink-yes = ✅ Yes, unlink
erp-unlink-no = ✖ Cancel
erp-unlink-done = Unlinked. ROA2WEB has revoked this bot's access to your account. To link again, generate a new code in ROA2WEB.
erp-unlink-done-offline = Unlinked here. ROA2WEB could not be reached, so the access it gave this bot ends by itself when it expires.
erp-unlink-cancelled = Nothing changed: you are still linked to <b>{ $email }</b>.
erp-unlink-nothing = This Telegram account is not linked to ROA2WEB.

# Companies
erp-companies-title = <b>🏢 Your companies</b> ({ $count })
erp-companies-none = Your ROA2WEB account has no companies.
erp-btn-choose-company = 🏢 Choose a company
erp-pick-title = Choose a company:
erp-pick-needed = First choose the company to work on:
erp-pick-search = Companies matching "{ $query }":
erp-pick-no-match = No company matches "{ $query }". Here are all of them:
erp-company-gone = That company is no longer in your list. Please choose again:
erp-company-selected = ✅ Active company: <b>{ $name }</b> (CUI { $cui }).
erp-company-selected-no-cui = ✅ Active company: <b>{ $name }</b>.
erp-company-selected-alert = Company selected
erp-clear-done = The active company is cleared. Choose another with /selectcompany.
erp-clear-nothing = No company was selected.
erp-page = Page { $page } of { $pages }.
erp-page-prev = ‹ Previous
erp-page-next = Next ›

# Dashboard
erp-dash-title = <b>📊 { $company }</b>
erp-dash-balance = Balance: <b>{ $amount }</b>
erp-dash-receivables = Receivables: { $amount }
erp-dash-payables = Payables: { $amount }
erp-dash-invoices = Invoices: { $issued } issued · { $paid } paid · { $unpaid } unpaid
erp-dash-overdue = ⚠️ Overdue: { $count ->
    [one] 1 invoice
   *[other] { $count } invoices
} · { $amount }
erp-dash-no-overdue = ✅ Nothing overdue
erp-dash-month = This month: { $collections } collected · { $payments } paid out
erp-as-of = <i>As of { $time }</i>
erp-btn-aging = 📈 Receivables by age
erp-btn-unpaid = 🧾 Unpaid invoices
erp-btn-overdue = 🧾 Overdue invoices
erp-btn-treasury = 🏦 Treasury
erp-btn-refresh = 🔄 Refresh
erp-btn-dashboard = 📊 Dashboard

# Receivables by age (the chart and its caption)
erp-chart-title = Receivables by age
erp-chart-subtitle = Left to pay, by days past the due date · { $time }
erp-chart-empty = Nothing is left to pay.
erp-chart-caption-title = <b>📈 Receivables by age: { $company }</b>
erp-chart-line = { $bucket }: { $amounts }
erp-age-current = Not yet due
erp-age-d1-30 = 1–30 days
erp-age-d31-60 = 31–60 days
erp-age-d61-90 = 61–90 days
erp-age-d90-plus = Over 90 days

# Invoices
erp-filter-all = all
erp-filter-unpaid = unpaid
erp-filter-paid = paid
erp-filter-overdue = overdue
erp-filter-partial = partly paid
erp-btn-filter-all = All
erp-btn-filter-unpaid = Unpaid
erp-btn-filter-paid = Paid
erp-btn-filter-overdue = Overdue
erp-status-paid = paid
erp-status-unpaid = unpaid
erp-status-partial = partly paid
erp-inv-title = <b>🧾 Invoices: { $company }</b> ({ $filter })
erp-inv-count = { $count ->
    [one] 1 invoice
   *[other] { $count } invoices
}, page { $page } of { $pages }
erp-inv-empty = No invoice matches this filter.
erp-inv-left = { $amount } left to pay
erp-inv-paid-in-full = paid in full
erp-inv-due = due { $date }
erp-inv-overdue = ⚠️ { $days ->
    [one] 1 day
   *[other] { $days } days
} overdue
erp-inv-totals = <b>Totals</b> (every invoice of this list):
erp-inv-totals-line = { $total } invoiced · { $paid } paid · { $left } left to pay
erp-inv-unknown-filter = I don't know the filter "{ $word }". Try <code>/facturi</code>, <code>/facturi neplatite</code>, <code>/facturi platite</code> or <code>/facturi restante</code>.
erp-inv-detail-title = <b>🧾 Invoice { $name }</b>
erp-inv-detail-company = Issued by { $company }
erp-inv-detail-partner = Customer: <b>{ $partner }</b> (CUI { $cui })
erp-inv-detail-partner-no-cui = Customer: <b>{ $partner }</b>
erp-inv-detail-issued = Issued on { $date }
erp-inv-detail-due = Due on { $date }
erp-inv-detail-total = Total: <b>{ $amount }</b>
erp-inv-detail-paid = Paid: { $amount }
erp-inv-detail-left = Left to pay: <b>{ $amount }</b>
erp-inv-detail-status = Status: { $status }
erp-inv-detail-overdue = ⚠️ Overdue by { $days ->
    [one] 1 day
   *[other] { $days } days
}
erp-inv-gone-alert = This invoice is no longer on the list. Please open the list again.
erp-btn-back-list = « Back to the list

# Exports
erp-btn-csv = ⬇️ CSV
erp-btn-pdf = ⬇️ PDF
erp-export-empty-alert = There is nothing to export: no invoice matches this filter.
erp-export-preparing-alert = Preparing the file…
erp-export-caption = 🧾 { $company }: { $filter }, { $count ->
    [one] 1 invoice
   *[other] { $count } invoices
}
erp-col-invoice = Invoice
erp-col-partner = Customer
erp-col-cui = CUI
erp-col-issued = Issued
erp-col-due = Due
erp-col-total = Total
erp-col-paid = Paid
erp-col-left = Left to pay
erp-col-currency = Currency
erp-col-status = Status
erp-col-days-overdue = Days overdue
erp-pdf-title = Invoices
erp-pdf-subtitle = { $filter } · { $count ->
    [one] 1 invoice
   *[other] { $count } invoices
} · { $time }
erp-pdf-totals = Totals
erp-pdf-totals-line = { $count ->
    [one] 1 invoice
   *[other] { $count } invoices
}: { $total } invoiced · { $paid } paid · { $left } left to pay
erp-pdf-page = Page { $page } of { $pages }

# Treasury
erp-treasury-title = <b>🏦 Treasury: { $company }</b>
erp-treasury-cash = <b>Cash registers</b>
erp-treasury-banks = <b>Bank accounts</b>
erp-treasury-totals = <b>Total by currency</b>
erp-treasury-cash-line = { $name }: { $amount }
erp-treasury-bank-line = { $bank } · <code>{ $iban }</code>: { $amount }
erp-treasury-bank-line-no-iban = { $bank }: { $amount }
erp-treasury-total-line = <b>{ $amount }</b>
erp-treasury-none = none

# Daily digest of overdue invoices
erp-digest-title = <b>🔔 Daily digest of overdue invoices</b>
erp-digest-off = It is off. Choose the hour to receive it every day (time zone { $zone }):
erp-digest-on = Every day at <b>{ $time }</b> ({ $zone }) for <b>{ $company }</b>. Choose another hour, another time zone, or turn it off:
erp-digest-zones = Choose your time zone:
erp-btn-digest-off = 🔕 Turn off
erp-digest-set-alert = The digest comes every day at { $time }.
erp-digest-zone-alert = Time zone: { $zone }
erp-digest-off-alert = The digest is off.
erp-digest-message-title = <b>🔔 Overdue invoices: { $company }</b>, { $date }
erp-digest-none = ✅ Nothing is overdue.
erp-digest-count = { $count ->
    [one] 1 invoice is overdue.
   *[other] { $count } invoices are overdue.
}
erp-digest-total = Left to pay: <b>{ $amount }</b>
erp-digest-more = …and { $count } more: /facturi restante
erp-digest-stopped-link = Your daily digest has stopped: your link to ROA2WEB has ended. Link again with a new code from ROA2WEB, then turn it on with /digest.
erp-digest-stopped-company = Your daily digest has stopped: your ROA2WEB account can no longer see that company. Turn it on again with /digest.
