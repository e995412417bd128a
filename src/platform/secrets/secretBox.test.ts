import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../logger.js";
import { createSecretBox, SecretBoxError } from "./secretBox.js";
import { parseSecretKeys } from "./secretKeys.js";

const key = () => randomBytes(32).toString("base64");
const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "secretbox-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function flipByte(sealed: string, part: number, index = 0): string {
  const parts = sealed.split(".");
  const bytes = Buffer.from(parts[part]!, "base64url");
  bytes[index] = bytes[index]! ^ 0x01;
  parts[part] = bytes.toString("base64url");
  return parts.join(".");
}

describe("secret box", () => {
  it("round-trips ASCII, unicode and empty strings; the same plaintext seals differently each time", () => {
    const box = createSecretBox({ keys: key(), dataDir: tempDir() });
    for (const text of ["hunter2", "пароль 🔑 ключ — ț", ""]) {
      expect(box.open(box.seal(text))).toBe(text);
    }
    expect(box.seal("same")).not.toBe(box.seal("same"));
  });

  it("seals as sb1.<keyId>.<iv>.<data> and never contains the plaintext", () => {
    const box = createSecretBox({ keys: `main:${key()}`, dataDir: tempDir() });
    const sealed = box.seal("plain-credential");
    expect(sealed).toMatch(/^sb1\.main\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain("plain-credential");
    expect(box.keyId).toBe("main");
  });

  it("rotation: after a new key is put first, old seals still open and new seals use the new id", () => {
    const oldKey = key();
    const before = createSecretBox({ keys: oldKey, dataDir: tempDir() });
    const oldSealed = before.seal("old secret");
    const after = createSecretBox({ keys: `v2:${key()},${oldKey}`, dataDir: tempDir() });
    expect(after.open(oldSealed)).toBe("old secret");
    expect(after.keyId).toBe("v2");
    expect(after.seal("new secret").split(".")[1]).toBe("v2");
    expect(after.keyId).not.toBe(before.keyId);
  });

  it("tampering with the data, the iv or the key id throws SecretBoxError", () => {
    const box = createSecretBox({ keys: `a:${key()},b:${key()}`, dataDir: tempDir() });
    const sealed = box.seal("do not touch");
    expect(() => box.open(flipByte(sealed, 3))).toThrow(SecretBoxError);
    expect(() =>
      box.open(flipByte(sealed, 3, Buffer.from(sealed.split(".")[3]!, "base64url").length - 1)),
    ).toThrow(SecretBoxError);
    expect(() => box.open(flipByte(sealed, 2))).toThrow(SecretBoxError);
    expect(() => box.open(sealed.replace("sb1.a.", "sb1.b."))).toThrow(SecretBoxError);
    expect(() => box.open("not sealed")).toThrow(SecretBoxError);
    expect(() => box.open(sealed.slice(0, 30))).toThrow(SecretBoxError);
  });

  it("a box with another key under the same id, or without the id, cannot open", () => {
    const sealed = createSecretBox({ keys: `main:${key()}`, dataDir: tempDir() }).seal("x");
    expect(() => createSecretBox({ keys: `main:${key()}`, dataDir: tempDir() }).open(sealed)).toThrow(
      SecretBoxError,
    );
    expect(() => createSecretBox({ keys: `other:${key()}`, dataDir: tempDir() }).open(sealed)).toThrow(
      /unknown key id/,
    );
  });

  it("malformed key specs are refused without echoing the key", () => {
    expect(() => parseSecretKeys("c2hvcnQ=")).toThrow(/32 bytes/);
    expect(() => parseSecretKeys("bad id!:c2hvcnQ=")).toThrow(SecretBoxError);
    const k = key();
    expect(() => parseSecretKeys(`a:${k},a:${key()}`)).toThrow(/twice/);
    const short = k.slice(0, 20);
    expect(() => parseSecretKeys(`id:${short}`)).toThrow(SecretBoxError);
    expect(() => parseSecretKeys(`id:${short}`)).not.toThrow(short);
  });

  it("without a key: generates <dataDir>/secret.key with mode 0600, logs once without the key, reuses it", () => {
    const lines: string[] = [];
    const logger = createLogger({ destination: { write: (s: string) => lines.push(s) } });
    const dataDir = join(tempDir(), "nested", "data");
    const first = createSecretBox({ dataDir, logger });
    const path = join(dataDir, "secret.key");
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const fileKey = readFileSync(path, "utf8").trim();
    expect(Buffer.from(fileKey, "base64")).toHaveLength(32);

    const second = createSecretBox({ dataDir, logger, keys: "" });
    expect(second.keyId).toBe(first.keyId);
    expect(second.open(first.seal("survives restart"))).toBe("survives restart");

    expect(lines).toHaveLength(1);
    writeFileSync(path, "garbage\n");
    expect(() => createSecretBox({ dataDir })).toThrow(/secret\.key: key #1/);
    expect(lines[0]).toContain("secret.key");
    const raw = Buffer.from(fileKey, "base64");
    for (const form of [fileKey, raw.toString("base64url"), raw.toString("hex")]) {
      expect(lines.join("")).not.toContain(form);
    }
  });
});
