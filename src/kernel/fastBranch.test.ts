import { Composer, type Context } from "grammy";
import { describe, expect, it } from "vitest";
import { installFastBranch } from "./fastBranch.js";

installFastBranch();

/** Runs a composer on a context carrying only `text`, and returns what ran. */
async function run(composer: Composer<Context & { text: string; seen: string[] }>, text: string) {
  const ctx = { text, seen: [] as string[] } as unknown as Context & { text: string; seen: string[] };
  await composer.middleware()(ctx, async () => void ctx.seen.push("next"));
  return ctx.seen;
}

describe("branch without a Composer per update", () => {
  it("filters as grammY's do: the matching side runs, the other passes on, async predicates included", async () => {
    type C = Context & { text: string; seen: string[] };
    const composer = new Composer<C>();
    const hello = composer.filter((ctx) => ctx.text === "hello");
    hello.use((ctx) => void ctx.seen.push("hello"));
    composer
      .filter(async (ctx) => ctx.text.startsWith("/"))
      .use((ctx, next) => {
        ctx.seen.push("command");
        return next();
      });
    // Registered on the branch after the branch exists: still runs (the branch is not a snapshot).
    hello.use((ctx) => void ctx.seen.push("never: hello ended the chain"));
    composer.branch(
      (ctx) => ctx.text === "x",
      [(ctx) => void ctx.seen.push("array branch")],
      (ctx, next) => {
        ctx.seen.push("else");
        return next();
      },
    );
    expect(await run(composer, "hello")).toEqual(["hello"]);
    expect(await run(composer, "/start")).toEqual(["command", "else", "next"]);
    expect(await run(composer, "x")).toEqual(["array branch"]);
    expect(await run(composer, "other")).toEqual(["else", "next"]);
  });

  it("a middleware added to a filtered composer later is seen by the next update", async () => {
    type C = Context & { text: string; seen: string[] };
    const composer = new Composer<C>();
    const later = composer.filter(() => true);
    expect(await run(composer, "a")).toEqual(["next"]);
    later.use((ctx) => void ctx.seen.push("added later"));
    expect(await run(composer, "a")).toEqual(["added later"]);
  });
});
