/**
 * The person's standing in the open group, kept current: read from the playground
 * (`/playground/api/groups/{id}/standings`) when the group opens, and again after anything that
 * may change it — a member change there (a mute, a ban, one ending by the clock), a bot's message
 * (a lockdown or night mode comes with one), the event stream coming back; a burst of events
 * reads it once. The same answer says who in the group is muted or banned, for the chat header.
 */
import { displayName } from "./render.js";
import { api } from "./ui.js";

/** Events closer together than this are read as one. */
const SETTLE_MS = 120;

/**
 * @param {{ onStanding: (standings: object, target: { groupId: number, userId: number }) => void }} options
 *   `onStanding` gets the route's `result` for the group being watched (never a stale one)
 */
export function createStandingWatch({ onStanding }) {
  let target;
  let timer;
  let asked = 0;

  const read = async () => {
    const wanted = target;
    if (!wanted) return;
    const ask = ++asked;
    try {
      const standings = await api("GET", `/playground/api/groups/${wanted.groupId}/standings`);
      if (ask === asked && target === wanted) onStanding(standings, wanted);
    } catch {
      // The next event, or the stream reconnecting, reads it again.
    }
  };

  return {
    /** Watches `userId` in the group `groupId` (the open chat), reading at once. */
    watch(groupId, userId) {
      target = { groupId, userId };
      clearTimeout(timer);
      void read();
    },
    /** No group open: answers still on their way are dropped. */
    stop() {
      target = undefined;
      asked++;
      clearTimeout(timer);
    },
    /** Something may have changed: reads again shortly. */
    recheck() {
      if (!target) return;
      clearTimeout(timer);
      timer = setTimeout(() => void read(), SETTLE_MS);
    },
  };
}

/** The person's own standing; someone with no record there is not in it. */
export const standingOf = (standings, userId) =>
  standings.members.find((m) => m.user.id === userId) ?? {
    status: "left",
    block: "left",
    until: 0,
    limited: false,
  };

/**
 * For the chat header: "closed to members · 1 muted · 1 banned", and who, for its tooltip.
 * @returns {{ text: string, names: string }}
 */
export function restrictionSummary(standings) {
  const muted = standings.members.filter((m) => m.block === "muted");
  const banned = standings.members.filter((m) => m.block === "banned");
  const text = [
    standings.membersMayWrite ? undefined : "closed to members",
    muted.length ? `${muted.length} muted` : undefined,
    banned.length ? `${banned.length} banned` : undefined,
  ].filter(Boolean);
  const names = [
    ...muted.map((m) => `${displayName(m.user)}: muted`),
    ...banned.map((m) => `${displayName(m.user)}: banned`),
  ];
  return { text: text.join(" · "), names: names.join("\n") };
}
