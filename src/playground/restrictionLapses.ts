/**
 * Mutes and bans that end by the clock, announced. The emulator lifts a due restriction on the
 * next read and says nothing (Telegram sends bots no update either), but the page must open a
 * muted person's message box when the mute ends. Each tick this looks at the groups' timed
 * restrictions and bans and emits `member.changed` on the emulator's event stream for each one
 * that lapsed, whoever's read lifted it — also when a test or a person moves the playground's clock.
 */
import type { Emulator, MemberStatus } from "../emulator/index.js";
import type { MemberRecord } from "../emulator/membership.js";
import type { ChatRecord } from "../emulator/state.js";
import { chatInfo } from "../emulator/transcript.js";

interface Timed {
  chat: ChatRecord;
  userId: number;
  status: MemberStatus;
  untilDate: number;
}

const isTimed = (member: MemberRecord): boolean =>
  member.untilDate > 0 && (member.status === "restricted" || member.status === "kicked");

/**
 * Starts watching; returns the function that stops it.
 * @param everyMs how often to look (real time): a lapse shows within this long
 */
export function announceRestrictionLapses(emulator: Emulator, everyMs = 1000): () => void {
  const { state, core } = emulator;
  /** By `<chat key>:<user id>`: every timed restriction or ban seen, as it was then. */
  let timed = new Map<string, Timed>();

  const remember = (chat: ChatRecord, member: MemberRecord) => {
    timed.set(`${chat.key}:${member.userId}`, {
      chat,
      userId: member.userId,
      status: member.status,
      untilDate: member.untilDate,
    });
  };

  const lapsed = (was: Timed, now: number): MemberRecord | undefined => {
    if (was.untilDate > now || state.chats.get(was.chat.key) !== was.chat) return undefined;
    const member = state.member(was.chat, was.userId); // lifts it, if no one's read has yet
    const free = member.status === "member" || member.status === "left";
    return member.untilDate === 0 && free && member.status !== was.status ? member : undefined;
  };

  const tick = () => {
    const now = state.nowSeconds();
    for (const was of timed.values()) {
      const member = lapsed(was, now);
      const user = member && (state.users.get(was.userId) ?? state.bots.get(was.userId)?.user);
      if (!member || !user) continue;
      core.events.emit({
        type: "member.changed",
        chat: chatInfo(core, was.chat),
        user,
        old_status: was.status,
        new_status: member.status,
      });
    }
    timed = new Map();
    for (const chat of state.chats.values()) {
      for (const member of chat.members.values()) if (isTimed(member)) remember(chat, member);
    }
  };

  // A restriction set between two ticks is noted at once (the clock may jump past it before the
  // next); one lifted by an announced change (an admin's unmute) is no lapse to announce.
  const unsubscribe = emulator.control.onEvent((event) => {
    if (event.type !== "member.changed") return;
    const chat = state.chats.get(event.chat.key);
    const member = chat?.members.get(event.user.id);
    if (chat && member && isTimed(member)) remember(chat, member);
    else timed.delete(`${event.chat.key}:${event.user.id}`);
  });
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    unsubscribe();
  };
}
