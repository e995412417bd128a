import { describe, expect, it } from "vitest";
import { imageType } from "./imageType.js";

describe("image type by signature", () => {
  it("tells JPEG, PNG and WebP apart from their first bytes", () => {
    expect(imageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe("image/jpeg");
    expect(imageType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe("image/png");
    expect(
      imageType(Buffer.concat([Buffer.from("RIFF"), Buffer.from([1, 2, 3, 4]), Buffer.from("WEBPVP8 ")])),
    ).toBe("image/webp");
  });

  it("anything else (a GIF, a PDF, text, too few bytes) is none", () => {
    for (const bytes of [
      Buffer.from("GIF89a"),
      Buffer.from("%PDF-1.7"),
      Buffer.from("hello"),
      Buffer.from([0xff, 0xd8]),
    ]) {
      expect(imageType(bytes)).toBeUndefined();
    }
    expect(
      imageType(Buffer.concat([Buffer.from("RIFF"), Buffer.from([1, 2, 3, 4]), Buffer.from("WAVE")])),
    ).toBeUndefined();
  });
});
