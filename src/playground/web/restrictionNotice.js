/**
 * Why a person's message box is closed in a group, in their language (`language_code`), as their
 * Telegram app would say it: muted or banned (until when), out of the group, the group closed to
 * members (a lockdown, night mode), a channel only admins post to; and, without closing it, a
 * restriction that leaves them text only. Times are the reader's clock time, with the day when it
 * is not today.
 */

/** By language, then by reason; `until` is the formatted time, or undefined when it never ends. */
const TEXTS = {
  en: {
    muted: (until) => (until ? `You are muted until ${until}.` : "You are muted in this group."),
    banned: (until) =>
      until ? `You are banned from this group until ${until}.` : "You are banned from this group.",
    left: () => "You are not a member of this group.",
    closed: () => "Only admins can write in this group right now.",
    channel: () => "Only the channel's admins post here.",
    limited: (until) => (until ? `You can send text only, until ${until}.` : "You can send text only."),
  },
  ru: {
    muted: (until) =>
      until ? `Вы не можете писать в этой группе до ${until}.` : "Вы не можете писать в этой группе.",
    banned: (until) =>
      until ? `Вы заблокированы в этой группе до ${until}.` : "Вы заблокированы в этой группе.",
    left: () => "Вы не состоите в этой группе.",
    closed: () => "Сейчас писать в группе могут только администраторы.",
    channel: () => "Публиковать в канале могут только его администраторы.",
    limited: (until) =>
      until ? `До ${until} вы можете отправлять только текст.` : "Вы можете отправлять только текст.",
  },
  ro: {
    muted: (until) =>
      until ? `Nu puteți scrie în acest grup până la ${until}.` : "Nu puteți scrie în acest grup.",
    banned: (until) =>
      until
        ? `Accesul dumneavoastră în acest grup este blocat până la ${until}.`
        : "Accesul dumneavoastră în acest grup este blocat.",
    left: () => "Nu faceți parte din acest grup.",
    closed: () => "Acum doar administratorii pot scrie în acest grup.",
    channel: () => "Doar administratorii canalului publică aici.",
    limited: (until) => (until ? `Până la ${until} puteți trimite doar text.` : "Puteți trimite doar text."),
  },
  kk: {
    muted: (until) =>
      until ? `Сіз бұл топқа ${until} дейін жаза алмайсыз.` : "Сіз бұл топқа жаза алмайсыз.",
    banned: (until) =>
      until ? `Сіз бұл топта ${until} дейін бұғатталдыңыз.` : "Сіз бұл топта бұғатталдыңыз.",
    left: () => "Сіз бұл топтың мүшесі емессіз.",
    closed: () => "Қазір бұл топқа тек әкімшілер жаза алады.",
    channel: () => "Бұл арнаға тек оның әкімшілері жаза алады.",
    limited: (until) => (until ? `${until} дейін тек мәтін жібере аласыз.` : "Сіз тек мәтін жібере аласыз."),
  },
};

/** The languages with these notices; any other falls back to English. */
export const RESTRICTION_LANGUAGES = Object.keys(TEXTS);

const languageOf = (code) => (Object.hasOwn(TEXTS, code ?? "") ? code : "en");

const dayOf = (seconds, language, timeZone) =>
  new Intl.DateTimeFormat(language, { dateStyle: "short", timeZone }).format(new Date(seconds * 1000));

/**
 * "14:05" when `until` falls on the same day as `now`, else with the day ("Jan 2, 14:05").
 * @param {number} until Unix seconds
 * @param {number} now Unix seconds, on the same clock (the emulator's)
 * @param {string | undefined} timeZone an IANA zone; the reader's own when undefined
 */
export function untilText(until, now, language, timeZone) {
  const lang = languageOf(language);
  const time = { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone };
  const sameDay = dayOf(until, lang, timeZone) === dayOf(now, lang, timeZone);
  const format = sameDay ? time : { ...time, day: "numeric", month: "short" };
  return new Intl.DateTimeFormat(lang, format).format(new Date(until * 1000));
}

/**
 * The notice for a standing (the playground's `GET /playground/api/groups/{id}/standings`), or
 * undefined when nothing is in the way.
 * @param {{ block?: string, until: number, limited: boolean }} standing
 * @returns {{ lang: string, text: string, closes: boolean, block: string } | undefined} `closes`:
 *   the message box is closed (false for a text-only restriction)
 */
export function restrictionNotice(language, standing, now, timeZone) {
  const reason = standing.block ?? (standing.limited ? "limited" : undefined);
  if (!reason) return undefined;
  const lang = languageOf(language);
  const until = standing.until > 0 ? untilText(standing.until, now, lang, timeZone) : undefined;
  const text = (TEXTS[lang][reason] ?? TEXTS[lang].closed)(until);
  return { lang, text, closes: reason !== "limited", block: reason };
}
