/**
 * Flood detection: "N messages within T seconds is a flood" (API V2's `flood.messages` and
 * `flood.seconds`), counted per (group, member) over a sliding window of each member's last N
 * message times. Once a burst was called a flood, the rest of it (messages less than T seconds
 * after) is not called again, so the group's action is taken once per burst.
 *
 * Times are the messages' own `date` (Unix seconds, Telegram's clock), not when the bot got
 * them: a backlog delivered at once after a restart is not a flood of the people who wrote it.
 *
 * Kept in this process's memory, never in storage: it is consulted for every ordinary message,
 * where a store round trip would cost more than everything else the message needs. With several
 * instances behind a load balancer each counts only the share of a member's messages it receives,
 * so a flood is seen later (or, spread thin enough, not at all); route a group to one instance
 * (Telegram's webhook sends a chat's updates in order to one URL) when that matters.
 */

export interface FloodLimit {
  /** This many messages… */
  messages: number;
  /** …within this many seconds is a flood. */
  seconds: number;
}

/** `flood`: this message makes the burst a flood; `flooded`: the burst was called already. */
export type FloodVerdict = "calm" | "flood" | "flooded";

interface Track {
  /** The member's latest message times, oldest first, at most `messages` of them. */
  dates: number[];
  /** When the current burst was called a flood. */
  floodAt: number | undefined;
  lastAt: number;
  /** The window it was last counted with (what `sweep` keeps it for). */
  seconds: number;
}

/** How often (in message time) members who went quiet are forgotten. */
const SWEEP_EVERY_SECONDS = 60;

export class FloodWindow {
  private readonly groups = new Map<number, Map<number, Track>>();
  private sweptAt = 0;

  /** Counts a message of `userId` in `chatId` sent at `at` (Unix seconds) against `limit`. */
  hit(chatId: number, userId: number, at: number, limit: FloodLimit): FloodVerdict {
    if (at - this.sweptAt >= SWEEP_EVERY_SECONDS) this.sweep(at);
    let members = this.groups.get(chatId);
    if (!members) {
      members = new Map();
      this.groups.set(chatId, members);
    }
    let track = members.get(userId);
    if (!track) {
      track = { dates: [], floodAt: undefined, lastAt: at, seconds: limit.seconds };
      members.set(userId, track);
    }
    track.lastAt = at;
    track.seconds = limit.seconds;
    if (track.floodAt !== undefined) {
      if (at - track.floodAt < limit.seconds) return "flooded";
      track.floodAt = undefined;
    }
    const { dates } = track;
    dates.push(at);
    while (dates.length > limit.messages) dates.shift();
    if (dates.length === limit.messages && at - dates[0]! < limit.seconds) {
      track.floodAt = at;
      track.dates = [];
      return "flood";
    }
    return "calm";
  }

  /** Forgets a member's count (they left, or were removed). */
  forget(chatId: number, userId: number): void {
    const members = this.groups.get(chatId);
    members?.delete(userId);
    if (members?.size === 0) this.groups.delete(chatId);
  }

  /** Members being counted, in every group. */
  get size(): number {
    let total = 0;
    for (const members of this.groups.values()) total += members.size;
    return total;
  }

  /** Drops members whose last message is older than their window: they start from nothing. */
  private sweep(at: number): void {
    this.sweptAt = at;
    for (const [chatId, members] of this.groups) {
      for (const [userId, track] of members) {
        if (at - track.lastAt >= track.seconds) members.delete(userId);
      }
      if (members.size === 0) this.groups.delete(chatId);
    }
  }
}
