/** Photo uploads (`POST /api/v2/uploads/`) and serving them back (`GET /media/<name>`). */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { photoPng } from "./seed/demoImages.js";
import type { TabysApp } from "./tabysBackend.js";
import { call, signIn, testBackend } from "./testKit.js";
import { MAX_UPLOAD_BYTES, UPLOAD_PATH } from "./uploadRoutes.js";

let backend: TabysApp;
let jwt: string;
beforeAll(async () => {
  backend = await testBackend();
  jwt = await signIn(backend, "npo");
});
afterAll(() => backend.close());

const PNG = photoPng(3);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 1)]);
const WEBP = Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(4), Buffer.from("WEBPVP8 "), Buffer.alloc(32)]);

const upload = (body: Buffer | string, contentType: string, token: string | null = jwt) =>
  backend.app.inject({
    method: "POST",
    url: UPLOAD_PATH,
    headers: { "content-type": contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    payload: body,
  });

describe("uploads", () => {
  it("stores a PNG, JPEG or WebP (201, its URL on this origin) and serves the same bytes back", async () => {
    for (const [bytes, type, extension] of [
      [PNG, "image/png", "png"],
      [JPEG, "image/jpeg", "jpg"],
      [WEBP, "image/webp", "webp"],
    ] as const) {
      const response = await upload(bytes, type);
      expect(response.statusCode).toBe(201);
      const { url } = response.json();
      expect(url).toMatch(new RegExp(`^http://localhost:80/media/[0-9a-f]{24}\\.${extension}$`));
      const served = await backend.app.inject({ url: new URL(url).pathname });
      expect(served.statusCode).toBe(200);
      expect(served.headers["content-type"]).toBe(type);
      expect(served.rawPayload.equals(bytes)).toBe(true);
    }
  });

  it("415 for another type, before reading it", async () => {
    const response = await upload("GIF89a", "image/gif");
    expect(response.statusCode).toBe(415);
    expect(response.json().detail).toMatch(/^Unsupported media type/);
    expect((await upload('{"a":1}', "application/json")).statusCode).toBe(415);
  });

  it("413 above 5 MiB", async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(MAX_UPLOAD_BYTES)]);
    const response = await upload(big, "image/png");
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({ detail: "Request body is too large" });
  });

  it("422 for bytes that are not the declared image type", async () => {
    const response = await upload(JPEG, "image/png");
    expect(response.statusCode).toBe(422);
    expect(response.json().detail).toEqual([
      { loc: ["body"], msg: "The file is not a valid image/png image", type: "image_type" },
    ]);
    expect((await upload(Buffer.alloc(0), "image/jpeg")).statusCode).toBe(422);
  });

  it("needs a sign-in with a role that may create something: 401, then 403 for government and client", async () => {
    expect((await upload(PNG, "image/png", null)).statusCode).toBe(401);
    for (const role of ["government", "client"] as const) {
      const response = await upload(PNG, "image/png", await signIn(backend, role));
      expect(response.statusCode).toBe(403);
      expect(response.json()).toEqual({ detail: "Not enough permissions" });
    }
    expect((await upload(PNG, "image/png", await signIn(backend, "volunteer_admin"))).statusCode).toBe(201);
  });

  it("an uploaded photo is stored origin-free on an item and answered with the caller's origin", async () => {
    const { url } = (await upload(PNG, "image/png")).json();
    const event = await call(backend, "POST", "/api/v2/events/", jwt, {
      title_ru: "С фото",
      description_ru: "Описание",
      location: "Караганда",
      category: "culture",
      start_date: "2025-04-01T10:00:00Z",
      photo_url: url,
    });
    const id = event.json().id;
    const stored = await sql<{ photo_url: string }>`SELECT photo_url FROM events WHERE id = ${id}`.execute(
      backend.db,
    );
    expect(stored.rows).toEqual([{ photo_url: new URL(url).pathname }]);
    const elsewhere = await backend.app.inject({
      url: `/api/v2/events/${id}/`,
      headers: { authorization: `Bearer ${jwt}`, host: "127.0.0.1:41000" },
    });
    expect(elsewhere.json().photo_url).toBe(`http://127.0.0.1:41000${new URL(url).pathname}`);
  });
});

describe("media", () => {
  it("serves the seeded photos and logos as PNG without a sign-in", async () => {
    for (const name of ["seed-photo-01.png", "seed-photo-12.png", "seed-logo-6.png"]) {
      const response = await backend.app.inject({ url: `/media/${name}` });
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toBe("image/png");
      expect(response.rawPayload.subarray(1, 4).toString()).toBe("PNG");
      expect(response.rawPayload.length).toBeLessThan(20_000);
    }
  });

  it("404 for an unknown or odd name", async () => {
    for (const name of ["nope.png", "..%2Fetc%2Fpasswd", "seed-photo-01.gif"]) {
      const response = await backend.app.inject({ url: `/media/${name}` });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({ detail: "Not found" });
    }
  });
});
