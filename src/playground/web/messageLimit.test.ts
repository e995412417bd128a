import { describe, expect, it } from "vitest";
import { COUNTER_FROM, counterText, NOTICE_LANGUAGES, TEXT_LIMIT, tooLongNotice } from "./messageLimit.js";

describe("the message length notice", () => {
  it("exists in every language a playground identity can have", () => {
    expect(NOTICE_LANGUAGES.sort()).toEqual(["en", "kk", "ro", "ru"]);
  });

  it.each([
    ["en", "Telegram allows at most 4,096 characters in one message; yours has 5,000."],
    ["ru", "В одном сообщении Telegram допускает не больше 4 096 символов, а в вашем — 5 000."],
    ["ro", "Telegram permite cel mult 4.096 de caractere într-un mesaj, iar al dumneavoastră are 5.000."],
    [
      "kk",
      "Telegram бір хабарламада ең көбі 4 096 таңбаға рұқсат етеді, ал сіздің мәтініңізде 5 000 таңба бар.",
    ],
  ])("%s: names the limit and the text's length, in that language's numbers", (language, start) => {
    const notice = tooLongNotice(language, 5000);
    expect(notice.lang).toBe(language);
    // Intl groups thousands with a no-break space in ru and kk.
    expect(notice.text.replace(/[\u00a0\u202f]/g, " ")).toContain(start);
  });

  it("falls back to English for a language it does not have", () => {
    expect(tooLongNotice("de", 4100)).toMatchObject({ lang: "en" });
    expect(tooLongNotice(undefined, 4100).text).toContain("yours has 4,100");
  });

  it("shows a counter only near the limit", () => {
    expect(counterText("en", COUNTER_FROM - 1)).toBeUndefined();
    expect(counterText("en", COUNTER_FROM)).toBe(`${COUNTER_FROM.toLocaleString("en")} / 4,096`);
    expect(counterText("en", TEXT_LIMIT + 4)).toBe("4,100 / 4,096");
  });
});
