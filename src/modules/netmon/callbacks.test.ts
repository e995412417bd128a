import { describe, expect, it } from "vitest";
import { CALLBACK_DATA_LIMIT, callbackKey } from "../../kernel/callbackData.js";
import { rememberIds } from "../../kernel/idRefs.js";
import { openSqliteStorage } from "../../platform/storage/sqliteStorage.js";
import * as callbacks from "./callbacks.js";
import { chooseLocation, openView, plumeId } from "./callbacks.js";

const key = callbackKey("1:test");

describe("netmon buttons", () => {
  it("pack a 24-hex Plume id in 17 characters and read it back", () => {
    const encoded = plumeId.encode("65c0d1e2f3a4b5c6d7e80001");
    expect(encoded).toHaveLength(17);
    expect(plumeId.decode(encoded)).toBe("65c0d1e2f3a4b5c6d7e80001");
    expect(plumeId.decode(plumeId.encode("short_id-1"))).toBe("short_id-1");
    expect(plumeId.decode("hnot-valid")).toBeUndefined();
  });

  it("carry any other id as a stored reference, which a press resolves, even after a restart", async () => {
    const long = "location/with a name-like id that is far too long for a button";
    const storage = openSqliteStorage(":memory:");
    const data = chooseLocation.pack({ customerId: "64b0c1a2f3e4d5c6b7a80001", locationId: long }, key);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    const unpacked = chooseLocation.unpack(data, key);
    if (!unpacked.ok) throw new Error("not unpacked");
    // Never shown through rememberIds: the press is refused rather than acting on a guess.
    expect(await chooseLocation.resolve(unpacked.value, storage)).toBeUndefined();
    await rememberIds(storage, [long]);
    expect(await chooseLocation.resolve(unpacked.value, storage)).toEqual({
      customerId: "64b0c1a2f3e4d5c6b7a80001",
      locationId: long,
    });
    expect(() => plumeId.encode("")).toThrow(RangeError);
    await storage.close();
  });

  it("carry a customer, a location and a content hash within Telegram's 64 bytes", () => {
    const codecs = Object.values(callbacks).filter(
      (v): v is typeof openView => typeof v === "object" && v !== null && "maxBytes" in v,
    );
    expect(codecs.length).toBeGreaterThanOrEqual(8);
    for (const codec of codecs) expect(codec.maxBytes).toBeLessThanOrEqual(CALLBACK_DATA_LIMIT);
    const data = openView.pack(
      {
        view: "o24",
        edit: true,
        customerId: "64b0c1a2f3e4d5c6b7a80001",
        locationId: "65c0d1e2f3a4b5c6d7e80001",
        hash: "Ab_9-",
      },
      key,
    );
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(openView.unpack(data, key)).toEqual({
      ok: true,
      value: {
        view: "o24",
        edit: true,
        customerId: "64b0c1a2f3e4d5c6b7a80001",
        locationId: "65c0d1e2f3a4b5c6d7e80001",
        hash: "Ab_9-",
      },
    });
  });
});
