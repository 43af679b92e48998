/**
 * Deterministic, server-shaped identifiers for the mock API.
 *
 * Real ids are `<prefix>_` + 32 hex digits laid out like a UUIDv7: a millisecond timestamp first, so
 * ids created later sort later. The mock keeps that layout and draws the random part from a seeded
 * generator, so the same seed and the same calls give the same ids.
 */

/** A seeded pseudo-random source: `next()` returns a float in [0, 1). */
export interface Random {
  /** The next number in [0, 1). */
  next(): number;
}

/**
 * Creates a small, fast, seeded generator (mulberry32). Not for cryptography: it only needs to be
 * repeatable.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return {
    next() {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/** Turns any string or number seed into a 32-bit integer seed. */
export function hashSeed(seed: string | number): number {
  if (typeof seed === "number") return seed >>> 0;
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** Makes ids with a prefix, e.g. `session_0197...`: 32 hex digits, time-ordered, repeatable per seed. */
export interface IdFactory {
  /** A new id `<prefix>_<32 hex>` stamped with `timeMs`. */
  make(prefix: string, timeMs: number): string;
}

/** Creates an id factory over a seeded random source. */
export function createIdFactory(random: Random): IdFactory {
  let lastTime = 0;
  return {
    make(prefix, timeMs) {
      // Strictly increasing stamps keep ids made in the same millisecond in creation order.
      lastTime = Math.max(lastTime + 1, Math.floor(timeMs));
      const stamp = lastTime.toString(16).padStart(12, "0").slice(-12);
      return `${prefix}_${stamp}7${hex(random, 3)}8${hex(random, 15)}`;
    },
  };
}

function hex(random: Random, digits: number): string {
  let out = "";
  for (let i = 0; i < digits; i++) out += Math.floor(random.next() * 16).toString(16);
  return out;
}
