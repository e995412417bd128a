import { describe, expect, it } from "vitest";
import { completePermissions, defaultChatPermissions, type MemberRecord } from "../emulator/membership.js";
import { standingOf } from "./memberStanding.js";

const UNTIL = 1_800_000_000;
const open = { type: "supergroup" as const, permissions: defaultChatPermissions() };
const locked = { type: "supergroup" as const, permissions: { can_send_messages: false } };
const channel = { type: "channel" as const, permissions: defaultChatPermissions() };
const record = (fields: Partial<MemberRecord>): MemberRecord => ({
  userId: 7,
  status: "member",
  untilDate: 0,
  ...fields,
});
const muted = record({ status: "restricted", permissions: completePermissions({}), untilDate: UNTIL });

describe("a person's standing in a group", () => {
  it("a member of an open group writes freely", () => {
    expect(standingOf(record({}), open)).toEqual({ status: "member", until: 0, limited: false });
  });

  it("a timed mute closes the box until its end; one for good, with no end", () => {
    expect(standingOf(muted, open)).toEqual({
      status: "restricted",
      block: "muted",
      until: UNTIL,
      limited: false,
    });
    expect(standingOf({ ...muted, untilDate: 0 }, open)).toMatchObject({ block: "muted", until: 0 });
  });

  it("a restriction that leaves text is no block, but says until when", () => {
    const textOnly = record({
      status: "restricted",
      permissions: completePermissions({ can_send_messages: true }, true),
      untilDate: UNTIL,
    });
    expect(standingOf(textOnly, open)).toEqual({ status: "restricted", until: UNTIL, limited: true });
  });

  it("a ban, with its end; someone out of the group (also a restricted one who left)", () => {
    expect(standingOf(record({ status: "kicked", untilDate: UNTIL }), open)).toMatchObject({
      block: "banned",
      until: UNTIL,
    });
    expect(standingOf(record({ status: "left" }), open)).toMatchObject({ block: "left", until: 0 });
    expect(standingOf({ ...muted, isMember: false }, open)).toMatchObject({ block: "left", until: 0 });
  });

  it("a group closed to members (lockdown, night mode) blocks members, never admins", () => {
    expect(standingOf(record({}), locked)).toEqual({
      status: "member",
      block: "closed",
      until: 0,
      limited: false,
    });
    // A mute says more than the closed group: it outlasts a reopening.
    expect(standingOf(muted, locked)).toMatchObject({ block: "muted", until: UNTIL });
    expect(standingOf(record({ status: "administrator" }), locked)).toEqual({
      status: "administrator",
      until: 0,
      limited: false,
    });
    expect(standingOf(record({ status: "creator" }), locked).block).toBeUndefined();
  });

  it("in a channel only its admins post", () => {
    expect(standingOf(record({}), channel)).toMatchObject({ block: "channel" });
    expect(standingOf(record({ status: "administrator" }), channel).block).toBeUndefined();
  });
});
