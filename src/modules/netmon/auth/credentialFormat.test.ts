import { describe, expect, it } from "vitest";
import { parseAuthorizationHeader, parsePartnerId } from "./credentialFormat.js";

const b64 = (text: string) => Buffer.from(text).toString("base64");

describe("the Authorization header users paste", () => {
  it("accepts Basic base64(client_id:client_secret) and normalises it", () => {
    const header = `Basic ${b64("0oa1nw7demo5plume357:nw-demo-secret")}`;
    expect(parseAuthorizationHeader(`  ${header}\n`)).toEqual({
      ok: true,
      header,
      clientId: "0oa1nw7demo5plume357",
    });
  });

  it("accepts it copied with its 'Authorization:' name, in any case, or as the bare base64 part", () => {
    const value = b64("id:secret");
    expect(parseAuthorizationHeader(`Authorization: basic ${value}`)).toMatchObject({
      ok: true,
      header: `Basic ${value}`,
    });
    expect(parseAuthorizationHeader(value)).toMatchObject({ ok: true, header: `Basic ${value}` });
  });

  it("adds the padding a copy lost", () => {
    const value = b64("id:secret1"); // "aWQ6c2VjcmV0MQ=="
    expect(parseAuthorizationHeader(`Basic ${value.replace(/=+$/, "")}`)).toMatchObject({
      header: `Basic ${value}`,
    });
  });

  it("refuses other schemes, non-base64 text and pairs without a client id or secret", () => {
    expect(parseAuthorizationHeader("Bearer abc.def")).toEqual({ ok: false, problem: "not_basic" });
    expect(parseAuthorizationHeader("my secret header")).toEqual({ ok: false, problem: "not_basic" });
    expect(parseAuthorizationHeader("")).toEqual({ ok: false, problem: "not_basic" });
    expect(parseAuthorizationHeader("Basic not*base64!")).toEqual({ ok: false, problem: "not_base64" });
    expect(parseAuthorizationHeader(`Basic ${b64("no-colon-here")}`)).toEqual({
      ok: false,
      problem: "no_client_pair",
    });
    expect(parseAuthorizationHeader(`Basic ${b64(":secret")}`)).toEqual({
      ok: false,
      problem: "no_client_pair",
    });
    expect(parseAuthorizationHeader(`Basic ${b64("id:")}`)).toEqual({ ok: false, problem: "no_client_pair" });
    expect(
      parseAuthorizationHeader(`Basic ${Buffer.from([0xff, 0x3a, 0x01, 0x02]).toString("base64")}`),
    ).toEqual({
      ok: false,
      problem: "no_client_pair",
    });
  });
});

describe("the Partner ID", () => {
  it("is 24 hex digits, trimmed and lowercased", () => {
    expect(parsePartnerId(" EB0AF9D0A7AB946DCB3B8EF5 ")).toBe("eb0af9d0a7ab946dcb3b8ef5");
  });

  it("anything else is refused", () => {
    for (const bad of [
      "",
      "eb0af9d0a7ab946dcb3b8ef",
      "eb0af9d0a7ab946dcb3b8ef55",
      "zb0af9d0a7ab946dcb3b8ef5",
      "partnerId:x",
    ]) {
      expect(parsePartnerId(bad)).toBeUndefined();
    }
  });
});
