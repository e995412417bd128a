/**
 * Every netmon button's data. Buttons carry what they act on (customer and location ids), so
 * they keep working after a restart and need no server-side map. Plume ids are 24 hex digits:
 * packed as base64url they take 16 characters, which is what lets a button carry a customer,
 * a location and a content hash within Telegram's 64 bytes. Any other id carries a reference the
 * store resolves (`src/kernel/idRefs.ts`), so every location can be chosen and reported on.
 */
import { bool, defineCallback, id, int, oneOf } from "../../kernel/callbackData.js";
import { REF_LENGTH, refOf, resolveRef } from "../../kernel/idRefs.js";

const HEX_ID = /^[0-9a-f]{24}$/i;
const SHORT_ID = /^[A-Za-z0-9_-]{1,16}$/;
const REF = new RegExp(`^[A-Za-z0-9_-]{${REF_LENGTH}}$`);
/** A decoded reference, before `resolve` reads the id it stands for (never a Plume id: `:`). */
const UNRESOLVED = "ref:";

/**
 * A Plume id in callback data: `h` + base64url of the 12 bytes of a hex ObjectId, `r` + an id of
 * at most 16 `[A-Za-z0-9_-]`, or `k` + the reference of any other id, which must have been
 * remembered (`rememberIds`) before the button is shown.
 */
export const plumeId = {
  maxLength: 17,
  encode(value: string): string {
    if (HEX_ID.test(value)) return `h${Buffer.from(value, "hex").toString("base64url")}`;
    if (SHORT_ID.test(value)) return `r${value}`;
    if (value.length > 0) return `k${refOf(value)}`;
    throw new RangeError("callback field: an empty Plume id");
  },
  decode(text: string): string | undefined {
    const body = text.slice(1);
    if (text.startsWith("h") && /^[A-Za-z0-9_-]{16}$/.test(body)) {
      const hex = Buffer.from(body, "base64url").toString("hex");
      return hex.length === 24 && Buffer.from(hex, "hex").toString("base64url") === body ? hex : undefined;
    }
    if (text.startsWith("r") && SHORT_ID.test(body)) return body;
    if (text.startsWith("k") && REF.test(body)) return `${UNRESOLVED}${body}`;
    return undefined;
  },
  async resolve(decoded: string, storage: Parameters<typeof resolveRef>[0]): Promise<string | undefined> {
    return decoded.startsWith(UNRESOLVED) ? resolveRef(storage, decoded.slice(UNRESOLVED.length)) : decoded;
  },
};

/** True when a button can carry `value` without a stored reference. */
export function packsWithoutRef(value: string): boolean {
  return HEX_ID.test(value) || SHORT_ID.test(value);
}

/** Report views a button can open; `w1`/`w7` = WAN 24 h / 7 d, `o3`/`o24`/`o7` = online 3 h / 24 h / 7 d. */
export const VIEWS = ["st", "w1", "w7", "o3", "o24", "o7", "nd", "wf"] as const;
export type ViewCode = (typeof VIEWS)[number];

/** No content hash: the button opens a new message rather than refreshing its own. */
export const NO_HASH = "-";

/**
 * Opens a report. With `edit`, the report replaces the message the button is on, and `hash`
 * is a digest of what that message shows now: when the new content hashes the same, nothing is
 * edited (Telegram refuses an edit that changes nothing).
 */
export const openView = defineCallback("nm.v", 1, {
  view: oneOf(VIEWS),
  edit: bool,
  customerId: plumeId,
  locationId: plumeId,
  hash: id(5),
});

/** Makes this location the user's current one. */
export const chooseLocation = defineCallback("nm.loc", 1, { customerId: plumeId, locationId: plumeId });

/** Lists a customer's locations, page `page` (edits the message). */
export const locationPage = defineCallback("nm.lp", 1, { customerId: plumeId, page: int(0, 99) });

/** Starts choosing another location (from a report or /start). */
export const changeLocation = defineCallback("nm.chg", 1, {});

/** Subscribes the chat the button is in to a location's alerts. */
export const subscribeAlerts = defineCallback("nm.as", 1, { customerId: plumeId, locationId: plumeId });

/** Removes the chat's subscription to a location. */
export const unsubscribeAlerts = defineCallback("nm.au", 1, { locationId: plumeId });
/** From the /alerts panel: lift a silence (the panel is redrawn, unlike under an alert). */
export const unsilenceFromPanel = defineCallback("nm.uns", 1, { locationId: plumeId });

export const SILENCE_CHOICES = ["1h", "4h", "24h", "off"] as const;
export type SilenceChoice = (typeof SILENCE_CHOICES)[number];

/** Silences a location's alerts in this chat for a while (`off` lifts it). */
export const silenceAlerts = defineCallback("nm.sil", 1, {
  locationId: plumeId,
  duration: oneOf(SILENCE_CHOICES),
});

/** Sets the chat's daily digest hour (UTC); -1 turns it off. */
export const setDigest = defineCallback("nm.dg", 1, { hour: int(-1, 23) });
