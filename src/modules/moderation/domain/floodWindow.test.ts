import { describe, expect, it } from "vitest";
import { FloodWindow } from "./floodWindow.js";

const GROUP = -100555;
const OTHER_GROUP = -100666;
const ANN = 11;
const BOB = 12;
const T0 = 1_700_000_000;
const limit = { messages: 3, seconds: 10 };

/** Bob's messages at these offsets from T0 (seconds): the verdict of each. */
const verdicts = (window: FloodWindow, offsets: number[], userId = BOB, chatId = GROUP) =>
  offsets.map((offset) => window.hit(chatId, userId, T0 + offset, limit));

describe("flood window: N messages within T seconds is a flood", () => {
  it("the Nth message within T seconds is the flood", () => {
    expect(verdicts(new FloodWindow(), [0, 1, 2])).toEqual(["calm", "calm", "flood"]);
    expect(verdicts(new FloodWindow(), [0, 0, 9])).toEqual(["calm", "calm", "flood"]);
  });

  it("N messages spread over T seconds or more are not", () => {
    expect(verdicts(new FloodWindow(), [0, 5, 10, 15, 20, 25])).toEqual([
      "calm",
      "calm",
      "calm",
      "calm",
      "calm",
      "calm",
    ]);
  });

  it("the window slides: the last N count, not a fixed period", () => {
    // 0 and 9 are in one fixed 10 s period; 9, 12, 13 are three within 10 s.
    expect(verdicts(new FloodWindow(), [0, 9, 12, 13])).toEqual(["calm", "calm", "calm", "flood"]);
  });

  it("calls a burst a flood once; the rest of the burst is `flooded`, then counting starts again", () => {
    const window = new FloodWindow();
    expect(verdicts(window, [0, 1, 2, 3, 4, 11])).toEqual([
      "calm",
      "calm",
      "flood",
      "flooded",
      "flooded",
      "flooded",
    ]);
    // T seconds after the flood was called, a new burst is counted from nothing.
    expect(verdicts(window, [12, 13, 14])).toEqual(["calm", "calm", "flood"]);
  });

  it("counts each member of each group apart", () => {
    const window = new FloodWindow();
    expect(verdicts(window, [0, 1], BOB)).toEqual(["calm", "calm"]);
    expect(verdicts(window, [1, 2], ANN)).toEqual(["calm", "calm"]);
    expect(verdicts(window, [2], BOB, OTHER_GROUP)).toEqual(["calm"]);
    expect(verdicts(window, [3], BOB)).toEqual(["flood"]);
    expect(verdicts(window, [3], ANN)).toEqual(["flood"]);
  });

  it("follows a change of the group's limit", () => {
    const window = new FloodWindow();
    expect(verdicts(window, [0, 1])).toEqual(["calm", "calm"]);
    expect(window.hit(GROUP, BOB, T0 + 2, { messages: 5, seconds: 10 })).toBe("calm");
    expect(window.hit(GROUP, BOB, T0 + 3, { messages: 2, seconds: 10 })).toBe("flood");
  });

  it("forgets members who went quiet, and on request", () => {
    const window = new FloodWindow();
    verdicts(window, [0, 1]);
    verdicts(window, [0], ANN);
    expect(window.size).toBe(2);
    window.forget(GROUP, ANN);
    expect(window.size).toBe(1);
    // A minute later Bob's window is long over: the next message starts a new count.
    expect(window.hit(GROUP, ANN, T0 + 61, limit)).toBe("calm");
    expect(window.size).toBe(1);
    expect(verdicts(window, [62, 63])).toEqual(["calm", "calm"]);
  });

  it("keeps memory flat in a busy group: only the last N times per member", () => {
    const window = new FloodWindow();
    const busy = { messages: 5, seconds: 2 };
    let floods = 0;
    for (let i = 0; i < 100_000; i++) {
      // 1,000 members taking turns, one message per member every 10 s: never a flood.
      if (window.hit(GROUP, 1 + (i % 1000), T0 + Math.floor(i / 100), busy) !== "calm") floods++;
    }
    expect(floods).toBe(0);
    expect(window.size).toBeLessThanOrEqual(1000);
  });
});
