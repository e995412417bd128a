import { describe, expect, it } from "vitest";
import { createStorage } from "../../../platform/storage/createStorage.js";
import { netmonKeys } from "../storageKeys.js";
import { type Subscription, SubscriptionStore } from "./subscriptionStore.js";

const subscription = (chatId: number, locationId: string): Subscription => ({
  chatId,
  customerId: "c1",
  locationId,
  locationName: `Location ${locationId}`,
  ownerUserId: 7,
  language: "en",
  createdAt: 0,
});

describe("subscription store", () => {
  it("lists subscriptions and digests through its indexes, per chat and for the whole bot", async () => {
    const storage = await createStorage("sqlite::memory:");
    const store = new SubscriptionStore(storage, netmonKeys("bot"));
    await store.save(subscription(-100, "a"));
    await store.save(subscription(-100, "b"));
    await store.save(subscription(42, "a"));
    await store.setDigest({ chatId: 42, hour: 8, language: "en" });
    expect((await store.ofChat(-100)).map((s) => s.locationId)).toEqual(["a", "b"]);
    expect(await store.all()).toHaveLength(3);
    expect(await store.remove(-100, "a")).toBe(true);
    expect((await store.all()).map((s) => `${s.chatId}:${s.locationId}`)).toEqual(["-100:b", "42:a"]);
    expect((await store.allDigests()).map((d) => d.chatId)).toEqual([42]);
    // Another bot on the same store sees none of it.
    expect(await new SubscriptionStore(storage, netmonKeys("other")).all()).toEqual([]);
    await storage.close();
  });

  it("subscriptions stored before the index existed are still polled after an upgrade", async () => {
    const storage = await createStorage("sqlite::memory:");
    const keys = netmonKeys("bot");
    await storage.set(keys.subscription(-100, "a"), subscription(-100, "a"));
    await storage.set(keys.digest(-100), { chatId: -100, hour: 7, language: "ru" });
    const store = new SubscriptionStore(storage, keys);
    expect((await store.all()).map((s) => s.locationId)).toEqual(["a"]);
    expect((await store.allDigests()).map((d) => d.hour)).toEqual([7]);
    expect(await storage.members(keys.subscriptionIndex())).toEqual(["-100:a"]);
    await storage.close();
  });
});
