/**
 * Reads an image's dimensions from its header, so sendPhoto can answer with real PhotoSize
 * widths and heights and refuse what is not an image, without an image library.
 */

export interface ImageInfo {
  width: number;
  height: number;
  mimeType: "image/png" | "image/jpeg" | "image/gif" | "image/webp";
  extension: "png" | "jpg" | "gif" | "webp";
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** PNG, JPEG, GIF or WebP dimensions; `undefined` for anything else. */
export function imageInfo(bytes: Buffer): ImageInfo | undefined {
  if (bytes.length >= 24 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    return {
      width: bytes.readUInt32BE(16),
      height: bytes.readUInt32BE(20),
      mimeType: "image/png",
      extension: "png",
    };
  }
  if (bytes.length >= 10 && bytes.toString("latin1", 0, 4) === "GIF8") {
    return {
      width: bytes.readUInt16LE(6),
      height: bytes.readUInt16LE(8),
      mimeType: "image/gif",
      extension: "gif",
    };
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) return jpegInfo(bytes);
  if (
    bytes.length >= 30 &&
    bytes.toString("latin1", 0, 4) === "RIFF" &&
    bytes.toString("latin1", 8, 12) === "WEBP"
  ) {
    return webpInfo(bytes);
  }
  return undefined;
}

function jpegInfo(bytes: Buffer): ImageInfo | undefined {
  let pos = 2;
  while (pos + 9 < bytes.length) {
    if (bytes[pos] !== 0xff) return undefined;
    const marker = bytes[pos + 1] as number;
    const length = bytes.readUInt16BE(pos + 2);
    // SOF0..SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return {
        height: bytes.readUInt16BE(pos + 5),
        width: bytes.readUInt16BE(pos + 7),
        mimeType: "image/jpeg",
        extension: "jpg",
      };
    }
    pos += 2 + length;
  }
  return undefined;
}

function webpInfo(bytes: Buffer): ImageInfo | undefined {
  const chunk = bytes.toString("latin1", 12, 16);
  const base = { mimeType: "image/webp" as const, extension: "webp" as const };
  if (chunk === "VP8 ") {
    return { ...base, width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff };
  }
  if (chunk === "VP8L") {
    const bits = bytes.readUInt32LE(21);
    return { ...base, width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === "VP8X") {
    return { ...base, width: bytes.readUIntLE(24, 3) + 1, height: bytes.readUIntLE(27, 3) + 1 };
  }
  return undefined;
}
