about-cmd-start = Осы жерден бастаңыз
about-cmd-help = Бот не істей алады
about-cmd-language = Тілді өзгерту
about-cmd-about = Бот туралы
about-welcome = Сәлеметсіз бе, { $name }! Мен — <b>{ $bot }</b>.
about-see-help = Не істей алатынымның бәрін көру үшін /help жіберіңіз.
about-help-title = <b>Командалар</b>
about-text = <b>{ $bot }</b> Switchboard { $version } негізінде жұмыс істейді.
    Модульдер: { $modules }.
about-language-choose = Тілді таңдаңыз:
about-language-set = Тіл орнатылды: қазақша.
about-language-unknown = Мен «{ $given }» тілін білмеймін. Мыналардың бірін таңдаңыз: { $known }.
