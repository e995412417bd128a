about-cmd-start = Начать здесь
about-cmd-help = Что умеет этот бот
about-cmd-language = Сменить язык
about-cmd-about = Об этом боте
about-welcome = Здравствуйте, { $name }! Я <b>{ $bot }</b>.
about-see-help = Отправьте /help, чтобы увидеть всё, что я умею.
about-help-title = <b>Команды</b>
about-text = <b>{ $bot }</b> работает на Switchboard { $version }.
    Модули: { $modules }.
about-language-choose = Выберите язык:
about-language-set = Язык установлен: русский.
about-language-unknown = Я не знаю язык «{ $given }». Выберите один из: { $known }.
