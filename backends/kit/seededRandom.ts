/**
 * Deterministic pseudo-randomness for reference backends: demo data and random faults.
 *
 * Every generated value is a pure function of a few stable parts (an id, a time slot, a
 * purpose), so two backends built with the same clock answer byte-for-byte the same, and a
 * series "moves" with the clock instead of being re-rolled on every request.
 */

/** FNV-1a over the parts joined with a separator: a stable 32-bit seed from ids and numbers. */
export function hashSeed(...parts: Array<string | number>): number {
  let hash = 0x811c9dc5;
  const text = parts.join("\u001f");
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: small, fast and good enough for demo data; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One deterministic float in [0, 1) for the given parts. */
export function randomAt(...parts: Array<string | number>): number {
  return mulberry32(hashSeed(...parts))();
}
