/**
 * crm sign-ins on the token vault, with a manual clock and a scripted restore-session: the
 * lifetime and its sliding, JWT renewal by `exp` and after a 401, and how a session ends.
 */
import { afterEach, describe, expect, it } from "vitest";
import { BackendError } from "../../../platform/http/backendError.js";
import { createStorage } from "../../../platform/storage/createStorage.js";
import type { Storage } from "../../../platform/storage/storage.js";
import { manualClock, T0, testSecrets } from "../../../platform/tokens/vaultFixtures.js";
import type { SignedIn } from "../tabysSchemas.js";
import { SessionStore } from "./sessionStore.js";
import { SignedOutError } from "./signedOutError.js";

const DAY_MS = 86_400_000;
const USER = 4242;

/** An unsigned JWT-shaped token whose payload has `exp` (the bot only decodes it). */
function jwt(name: string, expSec: number): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "HS256", typ: "JWT" })}.${part({ sub: name, exp: expSec })}.c2lnbmF0dXJl`;
}

function signedIn(token: string, role = "administrator", name = "Нұрлан Әбенов"): SignedIn {
  return { access_token: token, admin_id: 6, admin_name: name, role, telegram_user_id: String(USER) };
}

const notFound = () =>
  new BackendError({ kind: "not_found", backend: "Tabys CRM", message: "404", status: 404 });
const unauthorized = () =>
  new BackendError({ kind: "unauthorized", backend: "Tabys CRM", message: "401", status: 401 });

const storages: Storage[] = [];
afterEach(async () => {
  for (const storage of storages.splice(0)) await storage.close();
});

async function setup() {
  const raw = await createStorage("sqlite::memory:");
  storages.push(raw);
  const writes: Array<{ key: string; ttlMs: number | undefined }> = [];
  const storage: Storage = {
    ...raw,
    kind: raw.kind,
    set: (key, value, ttlMs) => {
      writes.push({ key, ttlMs });
      return raw.set(key, value, ttlMs);
    },
  };
  const clock = manualClock();
  const restores: number[] = [];
  let answer: () => Promise<SignedIn> = async () =>
    signedIn(jwt(`restored-${restores.length}`, Math.floor(clock.now() / 1000) + 3600));
  const store = new SessionStore({
    storage,
    secrets: testSecrets(),
    keyPrefix: "crm:test:",
    restore: async (telegramUserId) => {
      restores.push(telegramUserId);
      return answer();
    },
    backend: "Tabys CRM",
    ttlMs: DAY_MS,
    leaseMs: 5_000,
    now: clock.now,
  });
  return {
    raw,
    store,
    clock,
    writes,
    restores,
    answerWith: (next: () => Promise<SignedIn>) => {
      answer = next;
    },
  };
}

describe("crm sessions: signing in", () => {
  it("records the seed's fields, with the JWT's exp, created and active now", async () => {
    const s = await setup();
    const session = await s.store.start(USER, signedIn(jwt("a", T0 / 1000 + 3600)));
    expect(session).toEqual({
      adminId: 6,
      adminName: "Нұрлан Әбенов",
      role: "administrator",
      telegramUserId: "4242",
      createdAt: T0,
      lastActivity: T0,
      jwtExpiresAt: T0 + 3_600_000,
    });
    expect(await s.store.get(USER)).toEqual(session);
    expect(s.store.endsAt(session!)).toBe(T0 + DAY_MS);
  });

  it("a client, or a role the bot does not know, gets no session", async () => {
    const s = await setup();
    expect(await s.store.start(USER, signedIn(jwt("a", T0 / 1000 + 3600), "client"))).toBeUndefined();
    expect(await s.store.start(USER, signedIn(jwt("a", T0 / 1000 + 3600), "janitor"))).toBeUndefined();
    expect(await s.store.get(USER)).toBeUndefined();
    expect(s.writes).toEqual([]);
  });

  it("the JWT is sealed at rest, and every record write carries the session lifetime", async () => {
    const s = await setup();
    const token = jwt("secret-admin", T0 / 1000 + 3600);
    await s.store.start(USER, signedIn(token));
    const stored = String(await s.raw.get(s.store.recordKey(USER)));
    expect(stored).not.toContain(token.split(".")[1]);
    expect(stored).not.toContain("Нұрлан");
    expect(s.writes).toEqual([{ key: "crm:test:cred:4242", ttlMs: DAY_MS }]);
  });
});

describe("crm sessions: lifetime", () => {
  it("ends 24 h after the last activity, to the millisecond", async () => {
    const s = await setup();
    await s.store.start(USER, signedIn(jwt("a", T0 / 1000 + 3600)));
    s.clock.advance(DAY_MS - 1);
    expect(await s.store.get(USER)).toBeDefined();
    s.clock.advance(1);
    expect(await s.store.get(USER)).toBeUndefined();
    expect(await s.raw.get(s.store.recordKey(USER))).toBeUndefined();
  });

  it("activity slides it, but is written at most once a minute", async () => {
    const s = await setup();
    await s.store.start(USER, signedIn(jwt("a", T0 / 1000 + 3600)));
    s.clock.advance(59_999);
    await s.store.touch(USER);
    expect(s.writes).toHaveLength(1);
    expect((await s.store.get(USER))?.lastActivity).toBe(T0);
    s.clock.advance(1);
    await s.store.touch(USER);
    await s.store.touch(USER);
    expect(s.writes).toHaveLength(2);
    expect(s.writes[1]).toEqual({ key: "crm:test:cred:4242", ttlMs: DAY_MS });
    const session = await s.store.get(USER);
    expect(session?.lastActivity).toBe(T0 + 60_000);
    expect(session?.createdAt).toBe(T0);
    expect(s.store.endsAt(session!)).toBe(T0 + 60_000 + DAY_MS);
    // A day after the sign-in, but less than a day after the activity: still signed in.
    s.clock.advance(DAY_MS - 1);
    expect(await s.store.get(USER)).toBeDefined();
    expect(s.restores).toEqual([]);
  });
});

describe("crm sessions: the JWT", () => {
  it("is renewed silently through restore-session once its exp nears; name and role follow the backend", async () => {
    const s = await setup();
    await s.store.start(USER, signedIn(jwt("first", T0 / 1000 + 3600)));
    const used: string[] = [];
    const call = async (token: string) => {
      used.push(token);
      return "ok";
    };
    expect(await s.store.authorized(USER, call)).toBe("ok");
    s.clock.advance(3_600_000 - 60_000); // the vault renews 60 s before exp
    s.answerWith(async () => signedIn(jwt("second", T0 / 1000 + 7200), "government", "Renamed"));
    expect(await s.store.authorized(USER, call)).toBe("ok");
    expect(s.restores).toEqual([USER]);
    expect(used.map((t) => JSON.parse(Buffer.from(t.split(".")[1]!, "base64url").toString()).sub)).toEqual([
      "first",
      "second",
    ]);
    expect(await s.store.get(USER)).toMatchObject({
      role: "government",
      adminName: "Renamed",
      createdAt: T0,
      lastActivity: T0 + 3_540_000,
      jwtExpiresAt: T0 + 7_200_000,
    });
  });

  it("a 401 restores once and retries once", async () => {
    const s = await setup();
    await s.store.start(USER, signedIn(jwt("first", T0 / 1000 + 3600)));
    let calls = 0;
    const result = await s.store.authorized(USER, async () => {
      calls++;
      if (calls === 1) throw unauthorized();
      return "second try";
    });
    expect(result).toBe("second try");
    expect(s.restores).toEqual([USER]);
  });

  it("restore-session answering 404 (revoked, logged out elsewhere) ends the session", async () => {
    const s = await setup();
    await s.store.start(USER, signedIn(jwt("first", T0 / 1000 + 3600)));
    s.answerWith(async () => {
      throw notFound();
    });
    const error = await s.store
      .authorized(USER, async () => {
        throw unauthorized();
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignedOutError);
    expect(error).toMatchObject({ reason: "ended" });
    expect(await s.store.get(USER)).toBeUndefined();
  });

  it("a second 401 after a successful restore ends the session too", async () => {
    const s = await setup();
    await s.store.start(USER, signedIn(jwt("first", T0 / 1000 + 3600)));
    await expect(
      s.store.authorized(USER, async () => {
        throw unauthorized();
      }),
    ).rejects.toMatchObject({ name: "SignedOutError", reason: "ended" });
    expect(s.restores).toEqual([USER]);
    expect(await s.store.get(USER)).toBeUndefined();
  });

  it("a restore that finds the admin demoted to client ends the session", async () => {
    const s = await setup();
    await s.store.start(USER, signedIn(jwt("first", T0 / 1000 + 3600)));
    s.clock.advance(3_600_000);
    s.answerWith(async () => signedIn(jwt("x", T0 / 1000 + 9000), "client"));
    await expect(s.store.authorized(USER, async () => "never")).rejects.toMatchObject({ reason: "ended" });
    expect(await s.store.get(USER)).toBeUndefined();
  });

  it("Tabys down during a renewal is the backend's error, and the session stays", async () => {
    const s = await setup();
    await s.store.start(USER, signedIn(jwt("first", T0 / 1000 + 3600)));
    s.clock.advance(3_600_000);
    const down = new BackendError({ kind: "unavailable", backend: "Tabys CRM", message: "503", status: 503 });
    s.answerWith(async () => {
      throw down;
    });
    await expect(s.store.authorized(USER, async () => "never")).rejects.toBe(down);
    expect(await s.store.get(USER)).toBeDefined();
  });

  it("without a sign-in, a call is never made", async () => {
    const s = await setup();
    let called = false;
    await expect(
      s.store.authorized(USER, async () => {
        called = true;
      }),
    ).rejects.toMatchObject({ reason: "signed_out" });
    expect(called).toBe(false);
  });
});
