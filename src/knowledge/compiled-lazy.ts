/**
 * Lazy data structures of the compiled knowledge file (compiled.ts): a start-up reads only the
 * keys and entries a question touches.
 * - Lookup tables: a map or set stored as a hash table of `key NUL json` records, read one
 *   bucket at a time, behind a `Map` / `Set` subclass that parses one key per lookup and fills
 *   itself from the whole entry list only when something iterates or changes it.
 * - Lazy arrays: an array whose elements are parsed on first access.
 */

/** FNV-1a (32-bit) over a string's UTF-16 code units: the bucket of a key. */
function bucketHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A hash table of `key → value JSON`: u32 bucket count B (a power of two), B + 1 u32 offsets
 * where each bucket's records start (records sorted by bucket), then the records, each
 * `key NUL json LF`. Null when a key holds NUL or LF (never for index words; the map is then
 * only parsed whole).
 */
export function writeLookup(entries: readonly (readonly [string, unknown])[]): Buffer | null {
  if (entries.some(([k]) => k.includes('\0') || k.includes('\n'))) return null;
  let buckets = 1;
  while (buckets < entries.length) buckets *= 2;
  const byBucket: Buffer[][] = Array.from({ length: buckets }, () => []);
  for (const [k, v] of entries) byBucket[bucketHash(k) & (buckets - 1)]!.push(Buffer.from(`${k}\0${JSON.stringify(v)}\n`, 'utf8'));
  const table = Buffer.alloc(4 * (buckets + 2));
  table.writeUInt32LE(buckets, 0);
  let at = 0;
  byBucket.forEach((records, b) => {
    table.writeUInt32LE(at, 4 * (b + 1));
    for (const r of records) at += r.length;
  });
  table.writeUInt32LE(at, 4 * (buckets + 1));
  return Buffer.concat([table, ...byBucket.flat()]);
}

/**
 * Looks keys up in a writeLookup table through `read(start, end)` (bytes of the table), reading
 * only the key's bucket: the value's JSON text, or undefined.
 */
export function readLookup(read: (start: number, end: number) => Buffer): (key: string) => string | undefined {
  let buckets = -1;
  return (key) => {
    if (buckets < 0) buckets = read(0, 4).readUInt32LE(0);
    const b = bucketHash(key) & (buckets - 1);
    const bounds = read(4 * (b + 1), 4 * (b + 3));
    const start = bounds.readUInt32LE(0);
    const end = bounds.readUInt32LE(4);
    if (start === end) return undefined;
    const base = 4 * (buckets + 2);
    for (const line of read(base + start, base + end).toString('utf8').split('\n')) {
      const nul = line.indexOf('\0');
      if (nul >= 0 && line.slice(0, nul) === key) return line.slice(nul + 1);
    }
    return undefined;
  };
}

/**
 * A Map whose `get`/`has` answer from a lookup table, one key at a time; any other use (size,
 * iteration, changes) first fills it from the whole entry list.
 */
export class LookupMap<V> extends Map<string, V> {
  private filled = false;
  private readonly seen = new Map<string, V | undefined>();

  constructor(
    private readonly lookup: (key: string) => string | undefined,
    private readonly all: () => readonly (readonly [string, V])[],
  ) {
    super();
  }

  private fill(): void {
    if (this.filled) return;
    this.filled = true;
    for (const [k, v] of this.all()) super.set(k, v);
  }

  override get(key: string): V | undefined {
    if (this.filled) return super.get(key);
    if (this.seen.has(key)) return this.seen.get(key);
    const text = this.lookup(key);
    const value = text === undefined ? undefined : (JSON.parse(text) as V);
    this.seen.set(key, value);
    return value;
  }

  override has(key: string): boolean {
    return this.filled ? super.has(key) : this.get(key) !== undefined;
  }

  override get size(): number {
    this.fill();
    return super.size;
  }

  override set(key: string, value: V): this {
    this.fill();
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    this.fill();
    return super.delete(key);
  }

  override clear(): void {
    this.fill();
    super.clear();
  }

  override forEach(fn: (value: V, key: string, map: Map<string, V>) => void, thisArg?: unknown): void {
    this.fill();
    super.forEach(fn, thisArg);
  }

  override entries(): MapIterator<[string, V]> {
    this.fill();
    return super.entries();
  }

  override keys(): MapIterator<string> {
    this.fill();
    return super.keys();
  }

  override values(): MapIterator<V> {
    this.fill();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[string, V]> {
    this.fill();
    return super[Symbol.iterator]();
  }
}

/** A Set whose `has` answers from a lookup table; any other use first fills it from the whole list. */
export class LookupSet extends Set<string> {
  private filled = false;

  constructor(
    private readonly lookup: (key: string) => string | undefined,
    private readonly all: () => readonly string[],
  ) {
    super();
  }

  private fill(): void {
    if (this.filled) return;
    this.filled = true;
    for (const k of this.all()) super.add(k);
  }

  override has(key: string): boolean {
    return this.filled ? super.has(key) : this.lookup(key) !== undefined;
  }

  override get size(): number {
    this.fill();
    return super.size;
  }

  override add(key: string): this {
    this.fill();
    return super.add(key);
  }

  override delete(key: string): boolean {
    this.fill();
    return super.delete(key);
  }

  override clear(): void {
    this.fill();
    super.clear();
  }

  override forEach(fn: (value: string, key: string, set: Set<string>) => void, thisArg?: unknown): void {
    this.fill();
    super.forEach(fn, thisArg);
  }

  override entries(): SetIterator<[string, string]> {
    this.fill();
    return super.entries();
  }

  override keys(): SetIterator<string> {
    this.fill();
    return super.keys();
  }

  override values(): SetIterator<string> {
    this.fill();
    return super.values();
  }

  override [Symbol.iterator](): SetIterator<string> {
    this.fill();
    return super[Symbol.iterator]();
  }
}

/** Proxy-backed array whose element i is `parse(i)`, computed once; read-only like a frozen array. */
export function lazyArray<T>(length: number, parse: (i: number) => T): readonly T[] {
  const values: (T | undefined)[] = new Array<T | undefined>(length);
  const done: boolean[] = new Array<boolean>(length).fill(false);
  const at = (i: number): T => {
    if (!done[i]) {
      values[i] = parse(i);
      done[i] = true;
    }
    return values[i] as T;
  };
  const index = (key: string | symbol): number => {
    if (typeof key !== 'string') return -1;
    const i = Number(key);
    return Number.isInteger(i) && i >= 0 && i < length && String(i) === key ? i : -1;
  };
  const target: T[] = new Array<T>(length).fill(undefined as T);
  return new Proxy(target, {
    get(t, key, receiver) {
      const i = index(key);
      return i >= 0 ? at(i) : Reflect.get(t, key, receiver);
    },
    getOwnPropertyDescriptor(t, key) {
      const i = index(key);
      return i >= 0 ? { value: at(i), writable: true, enumerable: true, configurable: true } : Reflect.getOwnPropertyDescriptor(t, key);
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}
