/**
 * Searches a list is shown with. The text typed is stored under a short key derived from it, and
 * buttons carry the key (a search may be 100 characters of any script: too long for a button,
 * and not to be logged with the callback data). A search unused for a week is forgotten.
 */
import { createHash } from "node:crypto";
import type { ContentDeps } from "../deps.js";

const SEARCH_TTL_MS = 7 * 24 * 3600_000;

/** The key a button carries for `query` (8 characters of `[A-Za-z0-9_-]`). */
export const searchRef = (query: string): string =>
  createHash("sha256").update(query).digest("base64url").slice(0, 8);

export async function rememberSearch(deps: ContentDeps, query: string): Promise<string> {
  const ref = searchRef(query);
  await deps.storage.set(deps.key("search", ref), query, SEARCH_TTL_MS);
  return ref;
}

/** The search a button's key stands for; undefined once forgotten. */
export function recallSearch(deps: ContentDeps, ref: string): Promise<string | undefined> {
  return deps.storage.get<string>(deps.key("search", ref));
}
