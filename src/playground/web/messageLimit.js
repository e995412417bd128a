/**
 * Telegram's limit on one message's text, and what the person is told about it. The notice is in
 * the chosen identity's language (the playground's own texts are English): it is about what they
 * typed, as their Telegram app would tell them.
 */

/** Characters in one message's text, counted as Telegram and the emulator count (UTF-16 units). */
export const TEXT_LIMIT = 4096;

/** The counter shows from this many characters on. */
export const COUNTER_FROM = TEXT_LIMIT - 296;

/** By `language_code`; `limit` and `length` come formatted for that language. */
const TOO_LONG = {
  en: (limit, length) =>
    `Telegram allows at most ${limit} characters in one message; yours has ${length}. ` +
    "Shorten it or send it in parts: your text is still in the message box.",
  ru: (limit, length) =>
    `В одном сообщении Telegram допускает не больше ${limit} символов, а в вашем — ${length}. ` +
    "Сократите текст или отправьте его частями: он остался в поле ввода.",
  ro: (limit, length) =>
    `Telegram permite cel mult ${limit} de caractere într-un mesaj, iar al dumneavoastră are ${length}. ` +
    "Scurtați textul sau trimiteți-l în mai multe părți: a rămas în caseta de mesaj.",
  kk: (limit, length) =>
    `Telegram бір хабарламада ең көбі ${limit} таңбаға рұқсат етеді, ал сіздің мәтініңізде ${length} таңба бар. ` +
    "Мәтінді қысқартыңыз немесе бөліп жіберіңіз: ол хабарлама өрісінде қалды.",
};

/** The languages with a notice; any other falls back to English. */
export const NOTICE_LANGUAGES = Object.keys(TOO_LONG);

const languageOf = (code) => (Object.hasOwn(TOO_LONG, code ?? "") ? code : "en");

/** `4096` as that language writes it: "4,096", "4 096", "4.096". */
export const formatCount = (count, language) => new Intl.NumberFormat(languageOf(language)).format(count);

/**
 * The notice for a text of `length` characters, over the limit.
 * @returns {{ lang: string, text: string }} `lang` for the element's `lang` attribute
 */
export function tooLongNotice(language, length) {
  const lang = languageOf(language);
  return { lang, text: TOO_LONG[lang](formatCount(TEXT_LIMIT, lang), formatCount(length, lang)) };
}

/** "3,850 / 4,096" near the limit, undefined below it. */
export function counterText(language, length) {
  if (length < COUNTER_FROM) return undefined;
  return `${formatCount(length, language)} / ${formatCount(TEXT_LIMIT, language)}`;
}
