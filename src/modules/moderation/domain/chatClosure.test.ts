import type { ChatPermissions } from "grammy/types";
import { describe, expect, it } from "vitest";
import {
  type Closure,
  closedPermissions,
  closing,
  type NightWindow,
  nightModeArgument,
  nightPlan,
  opening,
} from "./chatClosure.js";
import { SEND_RIGHTS } from "./sendRights.js";

/** A group where members may not send polls nor change the group's info. */
const custom: ChatPermissions = {
  can_send_messages: true,
  can_send_audios: true,
  can_send_documents: true,
  can_send_photos: true,
  can_send_videos: true,
  can_send_video_notes: true,
  can_send_voice_notes: true,
  can_send_polls: false,
  can_send_other_messages: true,
  can_add_web_page_previews: true,
  can_react_to_messages: true,
  can_change_info: false,
  can_invite_users: true,
  can_pin_messages: false,
  can_manage_topics: false,
};

const read = () => ({ previous: custom, title: "Rust" });

describe("closedPermissions", () => {
  it("takes every send right away and keeps the rest as they were", () => {
    const closed = closedPermissions(custom);
    for (const right of SEND_RIGHTS) expect(closed[right]).toBe(false);
    expect(closed).toMatchObject({
      can_react_to_messages: true,
      can_invite_users: true,
      can_change_info: false,
    });
  });
});

describe("closing and opening", () => {
  it("an open chat is closed with the permissions read now", () => {
    expect(closing(undefined, "lockdown", read)).toEqual({
      kind: "close",
      closure: { reasons: ["lockdown"], previous: custom, title: "Rust" },
    });
  });

  it("a chat closed by the night is joined by a lockdown without reading its (closed) permissions again", () => {
    const night: Closure = { reasons: ["night"], previous: custom, nightUntil: "2030-01-08T02:00:00.000Z" };
    const step = closing(night, "lockdown", () => {
      throw new Error("must not read the closed chat's permissions");
    });
    expect(step).toEqual({ kind: "join", closure: { ...night, reasons: ["night", "lockdown"] } });
  });

  it("closing twice for one reason does nothing", () => {
    expect(closing({ reasons: ["lockdown"], previous: custom }, "lockdown", read)).toEqual({
      kind: "already",
    });
  });

  it("the chat opens only when the last reason goes, with the permissions from before the first", () => {
    const both: Closure = {
      reasons: ["night", "lockdown"],
      previous: custom,
      nightSince: "2030-01-07T18:00:00.000Z",
      nightUntil: "2030-01-08T02:00:00.000Z",
    };
    const morning = opening(both, "night");
    expect(morning).toEqual({ kind: "keep", closure: { reasons: ["lockdown"], previous: custom } });
    if (morning.kind !== "keep") throw new Error("kept");
    expect(opening(morning.closure, "lockdown")).toEqual({ kind: "open", previous: custom });
  });

  it("lifting a reason that does not hold does nothing", () => {
    expect(opening(undefined, "lockdown")).toEqual({ kind: "not-closed" });
    expect(opening({ reasons: ["night"], previous: custom }, "lockdown")).toEqual({ kind: "not-closed" });
  });
});

describe("nightPlan", () => {
  const window = (group_id: number, active_now: boolean, enabled = true): NightWindow => ({
    group_id,
    enabled,
    active_now,
    next_change_at: "2030-01-08T02:00:00.000Z",
  });
  const closedBy = (...reasons: Closure["reasons"]): Closure => ({
    reasons,
    previous: custom,
    nightUntil: "2030-01-08T02:00:00.000Z",
  });
  const now = Date.parse("2030-01-07T20:00:00.000Z");

  it("closes the groups whose window started, once", () => {
    const plan = nightPlan(
      [window(-1, true), window(-2, false), window(-3, true)],
      new Map([[-3, closedBy("night")]]),
      now,
    );
    expect(plan.close.map((w) => w.group_id)).toEqual([-1]);
    expect(plan.open).toEqual([]);
  });

  it("a group locked down when its night starts is closed for the night too (so it stays closed after the unlock)", () => {
    const plan = nightPlan([window(-1, true)], new Map([[-1, closedBy("lockdown")]]), now);
    expect(plan.close.map((w) => w.group_id)).toEqual([-1]);
  });

  it("opens the chats whose window ended, whose night mode is off, or which left the list; never a lockdown", () => {
    const closures = new Map([
      [-1, closedBy("night")],
      [-2, closedBy("night")],
      [-3, closedBy("night")],
      [-4, closedBy("lockdown")],
      [-5, closedBy("night")],
    ]);
    const plan = nightPlan([window(-1, false), window(-2, true, false), window(-5, true)], closures, now);
    expect(plan.open).toEqual([-1, -2, -3]);
    expect(plan.close).toEqual([]);
  });

  it("without API V2, closes nothing and opens the nights whose end has passed", () => {
    const closures = new Map([
      [-1, closedBy("night")],
      [-2, { ...closedBy("night"), nightUntil: "2030-01-07T19:59:59.000Z" }],
      [-3, { ...closedBy("lockdown"), nightUntil: "2030-01-01T00:00:00.000Z" }],
    ]);
    expect(nightPlan(undefined, closures, now)).toEqual({ close: [], open: [-2] });
  });
});

describe("nightModeArgument", () => {
  it.each([
    ["", "show"],
    ["  ", "show"],
    ["on", "on"],
    ["OFF", "off"],
    [" on ", "on"],
    ["maybe", "invalid"],
    ["on now", "invalid"],
  ])("%j is %s", (text, expected) => {
    expect(nightModeArgument(text)).toBe(expected);
  });
});
