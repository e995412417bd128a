/**
 * /lockdown and /unlock end to end: the emulator (Telegram), the real API V2 and the app, in a
 * supergroup whose members may not send polls nor pin messages. What a member notices: they cannot
 * write during a lockdown, and afterwards the chat has exactly the permissions it had.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MOD_BOT, ModerationStack } from "./moderationStack.js";

let stack: ModerationStack;
beforeAll(async () => {
  stack = await ModerationStack.start();
}, 30_000);
afterAll(async () => {
  await stack?.close();
});

/** A group with custom default permissions (no polls, no pinning); the bot holds `botRights`. */
async function customGroup(botRights: Record<string, boolean> = { can_restrict_members: true }) {
  const user = async (first_name: string) =>
    (await stack.control.createUser({ first_name, language_code: "en" })).id;
  const [owner, admin, ann] = [await user("Olga"), await user("Adam"), await user("Ann")];
  const { id } = await stack.control.createGroup({
    title: "Night owls",
    ownerId: owner,
    members: [ann],
    admins: [{ userId: admin, rights: { can_restrict_members: true } }],
    bots: [{ bot: MOD_BOT.username, admin: true, rights: botRights }],
    permissions: { can_send_polls: false, can_pin_messages: false, can_change_info: false },
  });
  return { id, owner, admin, ann };
}

describe("lockdown", () => {
  it("closes the chat to members (admins still write) and /unlock restores the exact previous permissions", async () => {
    const g = await customGroup();
    const before = await stack.chatPermissions(g.id);
    expect(before).toMatchObject({ can_send_messages: true, can_send_polls: false, can_pin_messages: false });

    const locked = await stack.ask(g.id, g.admin, "/lockdown", /locked down/);
    expect(locked.text).toBe("🔒 The chat is locked down: only admins can write. /unlock opens it again.");
    await expect(stack.send(g.id, g.ann, "hello?")).rejects.toThrow(/can_send_messages is false/);
    await stack.send(g.id, g.admin, "admins still talk");
    expect(await stack.chatPermissions(g.id)).toMatchObject({
      can_send_messages: false,
      can_send_photos: false,
      can_invite_users: before.can_invite_users,
    });

    const again = await stack.ask(g.id, g.owner, "/lockdown", /already locked down/);
    expect(again.text).toBe("🔒 The chat is already locked down. /unlock opens it again.");

    const unlocked = await stack.ask(g.id, g.admin, "/unlock", /open again/);
    expect(unlocked.text).toBe("🔓 The chat is open again, with the permissions it had before.");
    expect(await stack.chatPermissions(g.id)).toEqual(before);
    await stack.send(g.id, g.ann, "back to normal");

    const nothing = await stack.ask(g.id, g.admin, "/unlock", /not locked down/);
    expect(nothing.text).toBe("The chat is not locked down.");
    const recorded = (await stack.actionLog(g.id)).filter(
      (e) => e.action === "lockdown" || e.action === "unlock",
    );
    expect(recorded).toEqual([
      expect.objectContaining({ action: "unlock", admin_id: g.admin, user_id: null }),
      expect.objectContaining({ action: "lockdown", admin_id: g.admin, user_id: null }),
    ]);
  });

  it("refuses a member's /lockdown and leaves the chat open", async () => {
    const g = await customGroup();
    const answer = await stack.ask(g.id, g.ann, "/lockdown", /admins/);
    expect(answer.text).toBe("⛔ Only the group's admins can do this.");
    expect(await stack.chatPermissions(g.id)).toMatchObject({ can_send_messages: true });
    await stack.send(g.id, g.ann, "still open");
  });

  it("says which right the bot lacks, and changes nothing", async () => {
    const g = await customGroup({ can_delete_messages: true });
    const answer = await stack.ask(g.id, g.admin, "/lockdown", /right/);
    expect(answer.text).toBe("⚠️ I lack the admin right to ban users. Grant it to me and try again.");
    expect(await stack.chatPermissions(g.id)).toMatchObject({ can_send_messages: true });
  });

  it("an anonymous admin's /lockdown runs once they confirm with the button", async () => {
    const g = await customGroup();
    await stack.control.setAdmin(g.id, g.admin, { can_restrict_members: true }, { anonymous: true });
    const prompt = await stack.ask(g.id, g.admin, "/lockdown", /anonymous admin/);
    expect(prompt.text).toBe("An anonymous admin ran /lockdown. Tap to confirm who you are.");
    expect(await stack.chatPermissions(g.id)).toMatchObject({ can_send_messages: true });
    await stack.control.pressButton(g.admin, g.id, prompt.message_id, { text: "✅ It was me" });
    await stack.answer(g.id, prompt.message_id, /locked down/);
    await expect(stack.send(g.id, g.ann, "hello?")).rejects.toThrow(/can_send_messages is false/);
    const [entry] = (await stack.actionLog(g.id)).filter((e) => e.action === "lockdown");
    expect(entry).toMatchObject({ admin_id: g.admin });
  });
});
