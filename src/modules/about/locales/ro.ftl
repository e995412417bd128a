about-cmd-start = Începeți aici
about-cmd-help = Ce poate face acest bot
about-cmd-language = Schimbați limba
about-cmd-about = Despre acest bot
about-welcome = Bună ziua, { $name }! Sunt <b>{ $bot }</b>.
about-see-help = Trimiteți /help pentru a vedea tot ce pot face.
about-help-title = <b>Comenzi</b>
about-text = <b>{ $bot }</b> rulează pe Switchboard { $version }.
    Module: { $modules }.
about-language-choose = Alegeți limba:
about-language-set = Limba setată: română.
about-language-unknown = Nu cunosc limba „{ $given }”. Alegeți una dintre: { $known }.
