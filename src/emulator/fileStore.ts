/**
 * Files the bots and users sent, kept in memory: bytes plus the identifiers Telegram would give
 * them. Photo sizes are separate file_ids sharing one file_unique_id lineage, like Telegram's
 * thumbnails; they all download the original bytes, since the emulator does not resize.
 */
import { randomBytes } from "node:crypto";
import { extname } from "node:path";
import type { ApiDocument, PhotoSize } from "./apiTypes.js";
import { imageInfo } from "./imageSize.js";

export type FileKind = "photo" | "document";

export interface StoredFile {
  fileId: string;
  fileUniqueId: string;
  kind: FileKind;
  bytes: Buffer;
  /** Where getFile says the file lives: `photos/file_3.jpg`. */
  filePath: string;
  fileName?: string;
  mimeType?: string;
  width?: number;
  height?: number;
  /** The PhotoSize array this file belongs to, so resending a photo by file_id keeps all sizes. */
  sizes?: PhotoSize[];
}

/** Telegram's thumbnail edges; sizes under the original's longer edge are offered. */
const PHOTO_EDGES = [90, 320, 800, 1280];
const MAX_PHOTO_EDGE = 2560;

const token = (bytes: number): string => randomBytes(bytes).toString("base64url");

export class FileStore {
  private readonly byId = new Map<string, StoredFile>();
  private readonly byPath = new Map<string, StoredFile>();
  private counter = 0;

  get(fileId: string): StoredFile | undefined {
    return this.byId.get(fileId);
  }

  getByPath(filePath: string): StoredFile | undefined {
    return this.byPath.get(filePath);
  }

  /** Stores an image and returns its PhotoSize array, smallest first; `undefined` if not an image. */
  addPhoto(bytes: Buffer): PhotoSize[] | undefined {
    const info = imageInfo(bytes);
    if (!info || info.width === 0 || info.height === 0) return undefined;
    const longer = Math.max(info.width, info.height);
    const edges = [...PHOTO_EDGES.filter((edge) => edge < longer), Math.min(longer, MAX_PHOTO_EDGE)];
    const sizes: PhotoSize[] = [];
    const files: StoredFile[] = [];
    for (const edge of edges) {
      const scale = edge / longer;
      const file = this.add({
        kind: "photo",
        bytes,
        extension: info.extension,
        mimeType: info.mimeType,
        width: Math.max(1, Math.round(info.width * scale)),
        height: Math.max(1, Math.round(info.height * scale)),
      });
      files.push(file);
      sizes.push({
        file_id: file.fileId,
        file_unique_id: file.fileUniqueId,
        file_size: bytes.length,
        width: file.width as number,
        height: file.height as number,
      });
    }
    for (const file of files) file.sizes = sizes;
    return sizes;
  }

  /** Stores a document and returns its Document object. */
  addDocument(bytes: Buffer, fileName?: string, mimeType?: string): ApiDocument {
    const file = this.add({
      kind: "document",
      bytes,
      extension: fileName ? extname(fileName).slice(1) : "",
      fileName,
      mimeType: mimeType ?? guessMime(fileName),
    });
    return documentOf(file);
  }

  clear(): void {
    this.byId.clear();
    this.byPath.clear();
  }

  private add(input: {
    kind: FileKind;
    bytes: Buffer;
    extension: string;
    fileName?: string;
    mimeType?: string;
    width?: number;
    height?: number;
  }): StoredFile {
    this.counter += 1;
    const folder = input.kind === "photo" ? "photos" : "documents";
    const suffix = input.extension ? `.${input.extension}` : "";
    const file: StoredFile = {
      fileId: `${input.kind === "photo" ? "AgAC" : "BQAC"}${token(24)}`,
      fileUniqueId: `AQAD${token(9)}`,
      kind: input.kind,
      bytes: input.bytes,
      filePath: `${folder}/file_${this.counter}${suffix}`,
      fileName: input.fileName,
      mimeType: input.mimeType,
      width: input.width,
      height: input.height,
    };
    this.byId.set(file.fileId, file);
    this.byPath.set(file.filePath, file);
    return file;
  }
}

/** The Document object for a stored document. */
export function documentOf(file: StoredFile): ApiDocument {
  const document: ApiDocument = {
    file_id: file.fileId,
    file_unique_id: file.fileUniqueId,
    file_size: file.bytes.length,
  };
  if (file.fileName) document.file_name = file.fileName;
  if (file.mimeType) document.mime_type = file.mimeType;
  return document;
}

const MIME_BY_EXTENSION: Record<string, string> = {
  pdf: "application/pdf",
  txt: "text/plain",
  csv: "text/csv",
  json: "application/json",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  zip: "application/zip",
};

function guessMime(fileName?: string): string | undefined {
  if (!fileName) return undefined;
  return MIME_BY_EXTENSION[extname(fileName).slice(1).toLowerCase()] ?? "application/octet-stream";
}
