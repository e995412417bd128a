import { describe, expect, it } from "vitest";
import { photoSource } from "./photoSource.js";

describe("photo source", () => {
  it("the backend's own photos, absolute or relative, are fetched through its client by path", () => {
    const api = "http://127.0.0.1:4100";
    expect(photoSource("http://127.0.0.1:4100/media/a1.jpg", api)).toEqual({
      kind: "own",
      path: "/media/a1.jpg",
      url: "http://127.0.0.1:4100/media/a1.jpg",
    });
    expect(photoSource("/media/a1.jpg", `${api}/`)).toMatchObject({ kind: "own", path: "/media/a1.jpg" });
    expect(photoSource("http://127.0.0.1:4100/tabys/media/b.png?v=2", `${api}/tabys/`)).toMatchObject({
      kind: "own",
      path: "/media/b.png?v=2",
    });
  });

  it("another origin (or a path outside the API's base) is sent to Telegram by URL", () => {
    expect(photoSource("https://cdn.tabys.kz/p/1.jpg", "http://127.0.0.1:4100")).toEqual({
      kind: "remote",
      url: "https://cdn.tabys.kz/p/1.jpg",
    });
    expect(photoSource("http://127.0.0.1:4101/media/a.jpg", "http://127.0.0.1:4100")!.kind).toBe("remote");
    expect(photoSource("http://127.0.0.1:4100/media/a.jpg", "http://127.0.0.1:4100/tabys")!.kind).toBe(
      "remote",
    );
  });

  it("no photo, a blank one or one that is not http(s) is none", () => {
    for (const value of [undefined, null, "", "  ", "ftp://x.kz/a.jpg", "javascript:alert(1)", 7]) {
      expect(photoSource(value, "http://127.0.0.1:4100")).toBeUndefined();
    }
  });
});
