import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { secretBoxFromKeys } from "./secretBox.js";
import { SecretBoxError } from "./secretBoxError.js";
import { parseSecretKeys } from "./secretKeys.js";

describe("SWITCHBOARD_SECRET_KEY forms", () => {
  it("accepts 64 hex digits (`openssl rand -hex 32`), either case, with or without an id", () => {
    const raw = randomBytes(32);
    const [bare] = parseSecretKeys(raw.toString("hex"));
    expect(bare?.key.equals(raw)).toBe(true);
    const [named] = parseSecretKeys(`main:${raw.toString("hex").toUpperCase()}`);
    expect(named).toEqual({ id: "main", key: raw });
  });

  it("reads the same key the same way in hex and base64: same bytes, same derived id", () => {
    const raw = randomBytes(32);
    const [hex] = parseSecretKeys(raw.toString("hex"));
    const [base64] = parseSecretKeys(raw.toString("base64"));
    const [base64url] = parseSecretKeys(raw.toString("base64url"));
    expect(hex).toEqual(base64);
    expect(base64url).toEqual(base64);
    // So a box keyed in hex opens what the base64 form sealed.
    expect(secretBoxFromKeys([hex!]).open(secretBoxFromKeys([base64!]).seal("x"))).toBe("x");
  });

  it("mixes forms in a rotation list: the first seals, all open", () => {
    const oldKey = randomBytes(32).toString("base64");
    const newKey = randomBytes(32).toString("hex");
    const keys = parseSecretKeys(`v2:${newKey}, ${oldKey}`);
    expect(keys.map((k) => k.id)[0]).toBe("v2");
    expect(keys).toHaveLength(2);
    const sealedOld = secretBoxFromKeys(parseSecretKeys(oldKey)).seal("old");
    expect(secretBoxFromKeys(keys).open(sealedOld)).toBe("old");
    expect(secretBoxFromKeys(keys).keyId).toBe("v2");
  });

  it("refuses what is neither, in one clear sentence naming the entry, never its content", () => {
    const hex63 = randomBytes(32).toString("hex").slice(1);
    const notHex = `${"g".repeat(64)}`;
    const shortBase64 = randomBytes(16).toString("base64");
    for (const spec of [hex63, notHex, shortBase64, `a:${randomBytes(32).toString("hex")},b:${hex63}`]) {
      let error: unknown;
      try {
        parseSecretKeys(spec);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SecretBoxError);
      expect((error as Error).message).toMatch(
        /^key #[12]: expected 32 bytes as 64 hex digits or as base64$/,
      );
      expect((error as Error).message).not.toContain(spec.slice(-20));
    }
  });
});
