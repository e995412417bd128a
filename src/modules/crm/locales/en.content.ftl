# crm's content screens (src/modules/crm/content): browse, search, filter, create, edit, delete.
# Alerts are plain text (no HTML): crm-content-gone, crm-content-forbidden, crm-content-search-expired.
# Button labels are plain text too (crm-content-btn-*, crm-field-*, crm-type-*, yes/no).

## The twelve types
crm-type-events = Events
crm-type-news = News
crm-type-vacancies = Vacancies
crm-type-courses = Courses
crm-type-projects = Projects
crm-type-leisure = Leisure
crm-type-volunteers = Volunteers
crm-type-users = Users
crm-type-certificates = Certificates
crm-type-experts = Experts
crm-type-resumes = Resumes
crm-type-tech-tasks = Technical tasks

## Lists and carousels
crm-content-list-head = <b>{ $typeHtml }</b> · { $total } in all
crm-content-searching = 🔎 Search: «{ $query }»
crm-content-filtered = ⚙️ { $label }: { $value }
crm-content-page = Page { $page }
crm-content-page-of = Page { $page } of { $pages }
crm-content-empty = Nothing here yet.
crm-content-nothing-found = Nothing found for «{ $query }». Try another search, or clear it.
crm-content-nothing-filtered = Nothing matches this filter.
crm-content-no-more = There is nothing more here: the list got shorter. Go back a page.
crm-content-search-expired = This search has expired: here is the whole list.
crm-content-filter-all = All

## Buttons
crm-content-btn-search = 🔍 Search
crm-content-btn-filter = ⚙️ Filter
crm-content-btn-clear-search = ✖️ Clear search
crm-content-btn-new = ➕ New
crm-content-btn-menu = ☰ Menu
crm-content-btn-list = 📋 To the list
crm-content-btn-back = ‹ Back
crm-content-btn-more = 📖 More
crm-content-btn-site = 🌐 On the site
crm-content-btn-edit = ✏️ Edit
crm-content-btn-delete = 🗑 Delete
crm-content-btn-delete-yes = 🗑 Yes, delete
crm-content-btn-delete-no = No, keep it

## Values
crm-content-yes = Yes
crm-content-no = No
crm-content-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
crm-content-years = { $count ->
    [one] { $count } year
   *[other] { $count } years
}

## Creating, changing, deleting
crm-content-created = ✅ Created.
crm-content-saved = ✅ Saved.
crm-content-preview = <b>Please check the new item:</b>
crm-content-photo-attached = 📷 Photo attached.
crm-content-photo-refused = The CRM did not accept this image. Please send another photo (JPEG, PNG or WebP, up to 5 MB), or /cancel.
crm-content-end-before-start = «{ $field }» cannot be before the start. Please send it again.
crm-content-write-failed = ⚠️ The CRM did not answer. Your answers are kept: check the list first (it may have been saved), then answer this step again to get back to the confirmation, or /cancel.
crm-content-edit-field = What do you want to change? Choose a field, or /cancel.
crm-content-edit-field-label = Field
crm-content-delete-ask = Delete «{ $title }»? This cannot be undone.
crm-content-deleted = 🗑 «{ $title }» was deleted.
crm-content-delete-kept = Nothing was deleted.
crm-content-gone = This item no longer exists.
crm-content-forbidden = Your role is not allowed to do this.
crm-content-refused = ⚠️ The CRM did not accept this:
crm-content-refused-missing = «{ $field }» is required.
crm-content-refused-short = «{ $field }» is too short.
crm-content-refused-long = «{ $field }» is too long.
crm-content-refused-date = «{ $field }» is not a valid date.
crm-content-refused-order = «{ $field }» cannot be before the start.
crm-content-refused-number = «{ $field }» must be a whole number.
crm-content-refused-small = «{ $field }» is too small.
crm-content-refused-large = «{ $field }» is too large.
crm-content-refused-choice = «{ $field }» is not one of the allowed values.
crm-content-refused-url = «{ $field }» is not a valid link.
crm-content-refused-other = «{ $field }» is not valid.

## Asking for a field, and refusing what was typed
crm-content-ask-text = ✏️ <b>{ $field }</b>: send a text of { $min } to { $max } characters.
crm-content-ask-longtext = ✏️ <b>{ $field }</b>: send a text of up to { $max } characters.
crm-content-ask-int = 🔢 <b>{ $field }</b>: send a whole number from { $min } to { $max }.
crm-content-ask-int-min = 🔢 <b>{ $field }</b>: send a whole number of at least { $min }.
crm-content-ask-date = 📅 <b>{ $field }</b>: send the date as DD.MM.YYYY, e.g. 31.12.2026.
crm-content-ask-datetime = 🕒 <b>{ $field }</b>: send the date and time as DD.MM.YYYY HH:MM, Astana time, e.g. 25.12.2026 18:00.
crm-content-ask-url = 🔗 <b>{ $field }</b>: send a link starting with https://
crm-content-ask-email = ✉️ <b>{ $field }</b>: send an e-mail address.
crm-content-ask-choice = <b>{ $field }</b>: choose a value.
crm-content-ask-photo = 🖼 <b>{ $field }</b>: send a photo or an image file (JPEG, PNG or WebP, up to { $megabytes } MB).
crm-content-pair-needed = The Russian version was skipped, so this one is needed.
crm-content-search-ask = 🔍 Send a part of the title to search { $type } for, or /cancel.
crm-content-search-invalid = A search is { $min } to { $max } characters. Please send another one, or /cancel.
crm-content-invalid-empty = Please send some text, or /cancel.
crm-content-invalid-short = Too short: at least { $min } characters, please. Send it again, or /cancel.
crm-content-invalid-long = Too long: at most { $max } characters, please. Send it again, or /cancel.
crm-content-invalid-int = Please send a whole number (digits only), or /cancel.
crm-content-invalid-min = The smallest value allowed is { $min }. Send it again, or /cancel.
crm-content-invalid-max = The largest value allowed is { $max }. Send it again, or /cancel.
crm-content-invalid-date = That is not a date: send it as DD.MM.YYYY (e.g. 31.12.2026), or /cancel.
crm-content-invalid-datetime = That is not a date and time: send it as DD.MM.YYYY HH:MM (e.g. 25.12.2026 18:00), or /cancel.
crm-content-invalid-url = That is not a link: send one starting with https://, or /cancel.
crm-content-invalid-email = That is not an e-mail address (like name@example.kz). Send it again, or /cancel.

## Fields
crm-field-title = Title
crm-field-title-ru = Title (Russian)
crm-field-title-kz = Title (Kazakh)
crm-field-description = Description
crm-field-description-ru = Description (Russian)
crm-field-description-kz = Description (Kazakh)
crm-field-content-ru = Text (Russian)
crm-field-content-kz = Text (Kazakh)
crm-field-bio-ru = Biography (Russian)
crm-field-bio-kz = Biography (Kazakh)
crm-field-location = Location
crm-field-category = Category
crm-field-start-date = Starts
crm-field-end-date = Ends
crm-field-photo-url = Photo
crm-field-source = Source
crm-field-published-at = Published
crm-field-url = Link
crm-field-company = Company
crm-field-salary = Salary
crm-field-employment-type = Employment
crm-field-experience = Experience
crm-field-deadline = Deadline
crm-field-company-logo = Company logo
crm-field-language = Language
crm-field-duration = Duration
crm-field-price = Price
crm-field-currency = Currency
crm-field-level = Level
crm-field-status = Status
crm-field-full-name = Full name
crm-field-phone = Phone
crm-field-city = City
crm-field-email = E-mail
crm-field-role = Role
crm-field-is-active = Active
crm-field-holder-name = Holder
crm-field-issued-at = Issued on
crm-field-specialization = Specialization
crm-field-position = Position
crm-field-experience-years = Experience, years
crm-field-skills = Skills
crm-field-budget = Budget

## Field values
crm-field-category-education = Education
crm-field-category-culture = Culture
crm-field-category-sport = Sport
crm-field-category-volunteering = Volunteering
crm-field-category-business = Business
crm-field-category-announcement = Announcement
crm-field-category-report = Report
crm-field-category-interview = Interview
crm-field-category-grant = Grant
crm-field-category-nature = Nature
crm-field-category-games = Games
crm-field-employment-type-full-time = Full time
crm-field-employment-type-part-time = Part time
crm-field-employment-type-internship = Internship
crm-field-employment-type-remote = Remote
crm-field-language-ru = Russian
crm-field-language-kz = Kazakh
crm-field-language-en = English
crm-field-currency-kzt = Tenge (KZT)
crm-field-level-beginner = Beginner
crm-field-level-intermediate = Intermediate
crm-field-level-advanced = Advanced
crm-field-status-draft = Draft
crm-field-status-active = Active
crm-field-status-completed = Completed
crm-field-status-archived = Archived
crm-field-status-pending = Pending
crm-field-status-blocked = Blocked
crm-field-status-issued = Issued
crm-field-status-revoked = Revoked
crm-field-status-new = New
crm-field-status-reviewed = Reviewed
crm-field-status-invited = Invited
crm-field-status-rejected = Rejected
crm-field-status-open = Open
crm-field-status-in-progress = In progress
crm-field-status-done = Done
crm-field-role-client = Client
crm-field-role-volunteer-admin = Volunteer admin
crm-field-role-msb = Small business (MSB)
crm-field-role-npo = Non-profit (NPO)
crm-field-role-government = Government
crm-field-role-administrator = Administrator
crm-field-role-super-admin = Super admin
