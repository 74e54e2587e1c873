import { BREAK } from './similarity-normalize.js';

/**
 * The two indexes that let 查重 scale with copying, written by hand because
 * they are small and specific: the counts must follow the rate's definition
 * exactly, which no general MinHash/LSH package does.
 *
 * 1. Shared windows (the rate). A position of a text is covered when some
 *    passage of ≥ minPassage evidence characters through it occurs in
 *    another text; equivalently, when one of the minimal windows holding
 *    minPassage evidence characters (set phrases not counted) through it
 *    occurs in another text. So every window of every text is hashed once
 *    into one table that notes the keys two texts hold: no pairs, and the
 *    work grows with the characters, not with how much is copied. Only
 *    windows starting near a fingerprint some other text keeps can be
 *    shared (winnowing keeps one in every passage of minPassage characters
 *    two texts share), so only those are hashed (activeStarts).
 * 2. Candidates (the sources). Winnowed fingerprints in a sorted posting
 *    list; a submission's candidates are the texts sharing most of its
 *    fingerprints. A fingerprint hundreds of copies share would make that
 *    quadratic, so beyond FREQUENT texts only a capped sample is counted:
 *    the submission's neighbours in the list, its first texts (so that all
 *    copies of one 范文 meet at the same few) and the 范文 (which come last).
 *    Copies of one 范文 are interchangeable as candidates; the strongest are
 *    then aligned exactly by the caller.
 */

/** Hash of every window, as a 53-bit number: two 32-bit polynomial hashes, so millions of windows do not collide by chance. */
const BASE_HIGH = 0x01000193;
const BASE_LOW = 0x5bd1e995;
const LOW_BITS = 2 ** 21;

interface WindowText {
  normalized: { codes: Int32Array };
  mask: Uint8Array;
  /** 1 where a shared window may start (near a fingerprint another text keeps too); absent: everywhere. */
  active?: Uint8Array | undefined;
}

/** Calls `visit(start, end, key)` for each minimal BREAK-free window [start, end) holding `evidence` unmasked characters. */
function forEachWindow(text: WindowText, evidence: number, visit: (start: number, end: number, key: number) => void): void {
  const { codes } = text.normalized;
  const n = codes.length;
  // Prefix hashes and powers: the hash of any [i, j) in O(1) (mod 2^32 via Math.imul).
  const high = new Uint32Array(n + 1);
  const low = new Uint32Array(n + 1);
  const powHigh = new Uint32Array(n + 1);
  const powLow = new Uint32Array(n + 1);
  powHigh[0] = powLow[0] = 1;
  for (let i = 0; i < n; i++) {
    const code = (codes[i] ?? 0) + 2;
    high[i + 1] = (Math.imul(high[i] ?? 0, BASE_HIGH) + code) >>> 0;
    low[i + 1] = (Math.imul(low[i] ?? 0, BASE_LOW) + code) >>> 0;
    powHigh[i + 1] = Math.imul(powHigh[i] ?? 0, BASE_HIGH) >>> 0;
    powLow[i + 1] = Math.imul(powLow[i] ?? 0, BASE_LOW) >>> 0;
  }
  let end = 0;
  let inside = 0;
  for (let start = 0; start < n; start++) {
    if (codes[start] === BREAK) {
      end = start + 1;
      inside = 0;
      continue;
    }
    while (inside < evidence && end < n && codes[end] !== BREAK) inside += text.mask[end++] === 0 ? 1 : 0;
    if (inside >= evidence && (text.active === undefined || text.active[start] === 1)) {
      const length = end - start;
      const h = ((high[end] ?? 0) - Math.imul(high[start] ?? 0, powHigh[length] ?? 0)) >>> 0;
      const l = ((low[end] ?? 0) - Math.imul(low[start] ?? 0, powLow[length] ?? 0)) >>> 0;
      visit(start, end, h * LOW_BITS + (l % LOW_BITS));
    }
    // The window [start + 1, end) keeps what it has, without this character.
    inside -= text.mask[start] === 0 ? 1 : 0;
  }
}

/** A growable list of numbers in a typed array (a plain array of millions costs several times the memory). */
class NumberList {
  values = new Float64Array(1 << 16);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
  sorted(): Float64Array {
    return this.values.subarray(0, this.length).sort();
  }
}

/**
 * Which window keys two or more texts hold: an open-addressing table of key
 * → the one text holding it, or SHARED. Typed arrays sized once from the
 * texts' lengths (sorting millions of keys, or a Map of them, costs several
 * times the time and memory).
 */
const EMPTY_OWNER = -1;
const SHARED = -2;

export class SharedWindows {
  private readonly keys: Float64Array;
  private readonly owners: Int32Array;
  private readonly mask: number;

  constructor(capacityFor: number) {
    let capacity = 1 << 10;
    while (capacity < capacityFor * 1.5) capacity *= 2;
    this.keys = new Float64Array(capacity);
    this.owners = new Int32Array(capacity).fill(EMPTY_OWNER);
    this.mask = capacity - 1;
  }

  private slot(key: number): number {
    // The key's low 32 bits mix both of its hashes.
    let slot = Math.imul(key >>> 0, 0x9e3779b1) & this.mask;
    while (this.owners[slot] !== EMPTY_OWNER && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    return slot;
  }

  add(key: number, text: number): void {
    const slot = this.slot(key);
    const owner = this.owners[slot];
    if (owner === EMPTY_OWNER) {
      this.keys[slot] = key;
      this.owners[slot] = text;
    } else if (owner !== text) this.owners[slot] = SHARED; // once per text: repeating one's own sentence is not copying
  }

  has(key: number): boolean {
    return this.owners[this.slot(key)] === SHARED;
  }
}

/** A text's windows that may be shared: [starts[i], ends[i]) with key keys[i], in order of start. */
export interface TextWindows {
  starts: Int32Array;
  ends: Int32Array;
  keys: Float64Array;
}

export function windowsOf(text: WindowText, evidence: number): TextWindows {
  const starts: number[] = [];
  const ends: number[] = [];
  const keys: number[] = [];
  forEachWindow(text, evidence, (start, end, key) => {
    starts.push(start);
    ends.push(end);
    keys.push(key);
  });
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends), keys: Float64Array.from(keys) };
}

/** The window keys found in two or more of the texts (undefined: a text left out). */
export function sharedWindows(windows: readonly (TextWindows | undefined)[]): SharedWindows {
  const table = new SharedWindows(windows.reduce((sum, w) => sum + (w?.keys.length ?? 0), 0));
  windows.forEach((w, text) => w?.keys.forEach((key) => table.add(key, text)));
  return table;
}

/** Characters of the text inside some window another text shares. */
export function windowCoverage(codes: Int32Array, windows: TextWindows, shared: SharedWindows): number {
  let covered = 0;
  let reach = 0;
  for (let i = 0; i < windows.keys.length; i++) {
    if (!shared.has(windows.keys[i] ?? 0)) continue;
    // Windows come in order of start with non-decreasing ends: count only what is new.
    const end = windows.ends[i] ?? 0;
    for (let p = Math.max(windows.starts[i] ?? 0, reach); p < end; p++) if (codes[p] !== BREAK) covered++;
    reach = Math.max(reach, end);
  }
  return covered;
}

/** A fingerprint in more texts than this is counted for a sample of them only. */
const FREQUENT = 48;
/** Text indexes fit below this in a posting's low part. */
const TEXT_SLOTS = 2 ** 20;

export class CandidateIndex {
  /** hash × TEXT_SLOTS + text, sorted: one posting list per hash, texts ascending, each text once. */
  private readonly postings: Float64Array;
  /** [first, end) in postings of each hash two or more texts keep (few: a hash kept once needs no entry). */
  private readonly multiple = new Map<number, [number, number]>();
  private readonly scores: Int32Array;

  constructor(
    /** Each text's fingerprint hashes (any order, repeats allowed). */
    private readonly hashesOf: readonly Uint32Array[],
    /** Texts from this index on are 范文: always among the sample. */
    private readonly firstReference: number,
  ) {
    if (hashesOf.length > TEXT_SLOTS) throw new Error(`too many texts for the candidate index: ${hashesOf.length}`);
    const list = new NumberList();
    hashesOf.forEach((hashes, text) => {
      for (const hash of hashes) list.push(hash * TEXT_SLOTS + text);
    });
    const sorted = list.sorted();
    let kept = 0;
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[kept++] = sorted[i] ?? 0;
    this.postings = sorted.slice(0, kept);
    for (let first = 0, end = 1; first < kept; first = end, end = first + 1) {
      const hash = Math.floor((this.postings[first] ?? 0) / TEXT_SLOTS);
      while (end < kept && Math.floor((this.postings[end] ?? 0) / TEXT_SLOTS) === hash) end++;
      if (end - first >= 2) this.multiple.set(hash, [first, end]);
    }
    this.scores = new Int32Array(hashesOf.length);
  }

  private lowerBound(value: number, from = 0, to = this.postings.length): number {
    while (from < to) {
      const middle = (from + to) >>> 1;
      if ((this.postings[middle] ?? 0) < value) from = middle + 1;
      else to = middle;
    }
    return from;
  }

  /** Whether another text than `self` keeps this fingerprint. */
  elsewhere(hash: number): boolean {
    return this.multiple.has(hash);
  }

  /** Up to `count` texts sharing most fingerprints with text `self`, most first. */
  candidates(self: number, count: number): number[] {
    const touched: number[] = [];
    const add = (posting: number): void => {
      const other = posting % TEXT_SLOTS;
      if (other === self) return;
      if (this.scores[other] === 0) touched.push(other);
      this.scores[other] = (this.scores[other] ?? 0) + 1;
    };
    for (const hash of new Set(this.hashesOf[self] ?? [])) {
      const range = this.multiple.get(hash);
      if (!range) continue;
      const [first, end] = range;
      if (end - first <= FREQUENT) {
        for (let i = first; i < end; i++) add(this.postings[i] ?? 0);
        continue;
      }
      // A formula or a much-copied 范文: the texts next to this one in the list, and the 范文 at its end.
      const at = this.lowerBound(hash * TEXT_SLOTS + self, first, end);
      const size = end - first;
      for (let step = 1; step <= FREQUENT / 2; step++) {
        add(this.postings[first + ((at - first + step) % size)] ?? 0);
        add(this.postings[first + ((at - first - step + size) % size)] ?? 0);
      }
      for (let i = end - 1; i >= first && i >= end - FREQUENT / 2 && (this.postings[i] ?? 0) % TEXT_SLOTS >= this.firstReference; i--) add(this.postings[i] ?? 0);
      // The first texts of the list: every copy of one 范文 weighs them, so the copies meet at them.
      for (let i = first; i < first + FREQUENT / 8; i++) add(this.postings[i] ?? 0);
    }
    const best = touched.sort((p, q) => (this.scores[q] ?? 0) - (this.scores[p] ?? 0) || p - q).slice(0, count);
    for (const other of touched) this.scores[other] = 0;
    return best;
  }
}

/**
 * 1 at each position within `reach` of a fingerprint another text keeps
 * too: a shared passage's every position is that close to one (winnowing
 * keeps a common fingerprint in every window of it), so no shared window
 * starts elsewhere.
 */
export function activeStarts(length: number, positions: Int32Array, hashes: Uint32Array, index: CandidateIndex, reach: number): Uint8Array {
  const active = new Uint8Array(length);
  for (let i = 0; i < hashes.length; i++) {
    if (!index.elsewhere(hashes[i] ?? 0)) continue;
    const position = positions[i] ?? 0;
    active.fill(1, Math.max(0, position - reach), Math.min(length, position + reach + 1));
  }
  return active;
}
