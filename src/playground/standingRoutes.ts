/**
 * What the page asks about people's standing in groups (memberStanding.ts), read from the
 * in-process emulator with due restrictions lifted first:
 *
 * - `GET /playground/api/groups/{chatId}/standings` → `{now, membersMayWrite, members: [{user,
 *   status, block?, until, limited}]}`: every person with a record in the group or channel (bots
 *   left out), whether the group is open to members, and the emulator's clock, so the page can
 *   say "muted until 14:05" and who is restricted;
 * - `GET /playground/api/users/{userId}/groups` → the groups and channels the person is in, is
 *   banned from or has left (`ChatInfo` and their standing): a banned person still sees the group,
 *   with the reason their message box is closed, as Telegram shows it.
 *
 * Answers are the control API's `{ok, result}` / `{ok: false, error}` (400 a bad id, 404 an
 * unknown chat or user).
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import { z } from "zod";
import { type ApiUser, publicUser } from "../emulator/apiTypes.js";
import type { ChatInfo, Emulator } from "../emulator/index.js";
import type { ChatRecord } from "../emulator/state.js";
import { chatInfo } from "../emulator/transcript.js";
import { type Standing, standingOf } from "./memberStanding.js";

export interface MemberStandingView extends Standing {
  user: ApiUser;
}

export interface GroupStandings {
  /** The emulator's clock, Unix seconds (`until` is on it). */
  now: number;
  /** The chat's permissions let members write (a lockdown or night mode takes that away). */
  membersMayWrite: boolean;
  members: MemberStandingView[];
}

export type PersonGroup = ChatInfo & { standing: Standing };

const chatIdParams = z.object({ chatId: z.coerce.number().int() });
const userIdParams = z.object({ userId: z.coerce.number().int().positive() });

const standingIn = (emulator: Emulator, chat: ChatRecord, userId: number): Standing =>
  standingOf(emulator.state.member(chat, userId), chat);

export function registerStandingRoutes(http: FastifyInstance, emulator: Emulator): void {
  const { state } = emulator;
  const fail = (reply: FastifyReply, status: number, error: string) =>
    reply.code(status).send({ ok: false, error });

  http.get("/playground/api/groups/:chatId/standings", async (request, reply) => {
    const params = chatIdParams.safeParse(request.params);
    if (!params.success) return fail(reply, 400, "chatId must be a whole number");
    const chat = state.group(params.data.chatId);
    if (!chat) return fail(reply, 404, "chat not found");
    const members = [...chat.members.keys()].flatMap((userId) => {
      const user = state.users.get(userId);
      return user && !user.is_bot ? [{ user: publicUser(user), ...standingIn(emulator, chat, userId) }] : [];
    });
    const result: GroupStandings = {
      now: state.nowSeconds(),
      membersMayWrite: chat.permissions.can_send_messages,
      members,
    };
    return { ok: true, result };
  });

  http.get("/playground/api/users/:userId/groups", async (request, reply) => {
    const params = userIdParams.safeParse(request.params);
    if (!params.success) return fail(reply, 400, "userId must be a positive whole number");
    const { userId } = params.data;
    if (!state.users.has(userId)) return fail(reply, 404, "user not found");
    const result: PersonGroup[] = [...state.chats.values()].flatMap((chat) =>
      chat.type !== "private" && chat.members.has(userId)
        ? [{ ...chatInfo(emulator.core, chat), standing: standingIn(emulator, chat, userId) }]
        : [],
    );
    return { ok: true, result };
  });
}
