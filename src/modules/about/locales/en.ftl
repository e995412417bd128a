about-cmd-start = Start here
about-cmd-help = What this bot can do
about-cmd-language = Change the language
about-cmd-about = About this bot
about-welcome = Hello, { $name }! I am <b>{ $bot }</b>.
about-see-help = Send /help to see everything I can do.
about-help-title = <b>Commands</b>
about-text = <b>{ $bot }</b> runs on Switchboard { $version }.
    Modules: { $modules }.
about-language-choose = Choose your language:
about-language-set = Language set: English.
about-language-unknown = I don't know the language "{ $given }". Choose one of: { $known }.
