/**
 * Seeded randomness. The same seed gives the same sequence in every JavaScript engine, so a quiz is
 * identical in Node and in any browser.
 */

/** FNV-1a over UTF-16 code units: a stable 32-bit hash for strings. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A generator of numbers in [0, 1) (mulberry32). */
export type Random = () => number;

/**
 * Seeds are read as text, so `seed="42"` on the element and `--seed 42` or `{seed: 42}` elsewhere give the
 * same quiz.
 */
export function createRandom(seed: string | number): Random {
  let state = hashString(String(seed));
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, max). */
export function randomInt(random: Random, max: number): number {
  return Math.floor(random() * max);
}

/** A shuffled copy (Fisher-Yates); the input is left alone. */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
