import { describe, expect, it } from "vitest";
import { deepLinkFrom } from "./deepLink.js";

describe("playground deep links", () => {
  it("reads a bot and a start payload within Telegram's limits, nothing else", () => {
    expect(deepLinkFrom("?bot=roa2web_bot&start=K7M2Q9XA")).toEqual({
      bot: "roa2web_bot",
      payload: "K7M2Q9XA",
    });
    expect(deepLinkFrom("?bot=roa2web_bot")).toBeUndefined();
    expect(deepLinkFrom("?start=K7M2Q9XA")).toBeUndefined();
    expect(deepLinkFrom("?bot=bad&start=X")).toBeUndefined(); // a username has at least 5 characters
    expect(deepLinkFrom("?bot=roa2web_bot&start=<script>")).toBeUndefined();
    expect(deepLinkFrom(`?bot=roa2web_bot&start=${"A".repeat(65)}`)).toBeUndefined();
  });
});
