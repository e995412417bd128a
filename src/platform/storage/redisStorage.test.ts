import { afterAll, describe, expect, it } from "vitest";
import { flushKeyPrefix, uniqueKeyPrefix, useRedis } from "../../../test/support/redisServer.js";
import { createStorage } from "./createStorage.js";
import { describeStorageContract } from "./storage.contract.js";

const redis = await useRedis();

describe.skipIf(!redis.url)(`redis storage ${redis.skipReason ?? ""}`, () => {
  const url = redis.url!;
  const keyPrefix = uniqueKeyPrefix("storage");
  afterAll(() => flushKeyPrefix(url, keyPrefix));

  describeStorageContract("redis", { open: () => createStorage(url, { keyPrefix }) });

  it("reports kind redis", async () => {
    const storage = await createStorage(url, { keyPrefix });
    expect(storage.kind).toBe("redis");
    await storage.close();
  });

  it("an unreachable Redis fails at creation without printing the password", async () => {
    const attempt = createStorage("redis://:hunter2@127.0.0.1:1/0", { keyPrefix });
    await expect(attempt).rejects.toThrow(/cannot connect to Redis/);
    await expect(attempt).rejects.not.toThrow(/hunter2/);
  });
});
