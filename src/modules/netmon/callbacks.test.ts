import { describe, expect, it } from "vitest";
import { CALLBACK_DATA_LIMIT, callbackKey } from "../../kernel/callbackData.js";
import * as callbacks from "./callbacks.js";
import { openView, plumeId } from "./callbacks.js";

const key = callbackKey("1:test");

describe("netmon buttons", () => {
  it("pack a 24-hex Plume id in 17 characters and read it back", () => {
    const encoded = plumeId.encode("65c0d1e2f3a4b5c6d7e80001");
    expect(encoded).toHaveLength(17);
    expect(plumeId.decode(encoded)).toBe("65c0d1e2f3a4b5c6d7e80001");
    expect(plumeId.decode(plumeId.encode("short_id-1"))).toBe("short_id-1");
    expect(() => plumeId.encode("an id that is far too long for a button")).toThrow(RangeError);
    expect(plumeId.decode("hnot-valid")).toBeUndefined();
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
