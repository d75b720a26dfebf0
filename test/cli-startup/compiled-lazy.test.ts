/**
 * The compiled file's lazy structures (src/knowledge/compiled-lazy.ts) behave as the plain Map,
 * Set and array they stand for: every key found (and no other), the same values, and the whole
 * content once something iterates them.
 */
import { lazyArray, LookupMap, LookupSet, readLookup, writeLookup } from '../../src/knowledge/compiled-lazy';

const entries: [string, unknown][] = [
  ['refused', [{ pattern: 3, pos: 1 }]],
  ['econnrefused', [{ pattern: 0, pos: 0 }]],
  ['время', [{ pattern: 7, pos: 2 }]],
  ['拒绝', 42],
  ['', 'empty key'],
  ...Array.from({ length: 300 }, (_, i): [string, unknown] => [`word${i}`, { n: i }]),
];

/** Reads of the table, as the compiled file serves them (by byte range). */
function reader(table: Buffer): (start: number, end: number) => Buffer {
  return (start, end) => table.subarray(start, end);
}

test('a lookup table finds every key with its value, and nothing else', () => {
  const table = writeLookup(entries)!;
  const lookup = readLookup(reader(table));
  for (const [k, v] of entries) expect(JSON.parse(lookup(k)!)).toEqual(v);
  for (const k of ['refuse', 'word300', 'Refused', 'x', 'word1 ']) expect(lookup(k)).toBeUndefined();
});

test('keys that would break the record layout are refused (the section is then parsed whole)', () => {
  expect(writeLookup([['a\nb', 1]])).toBeNull();
  expect(writeLookup([['a\0b', 1]])).toBeNull();
});

test('a LookupMap answers get/has one key at a time and is the full Map once iterated', () => {
  const plain = new Map(entries);
  const map = new LookupMap(readLookup(reader(writeLookup(entries)!)), () => entries);
  expect(map.get('econnrefused')).toEqual(plain.get('econnrefused'));
  expect(map.has('время')).toBe(true);
  expect(map.has('nope')).toBe(false);
  expect(map.get('nope')).toBeUndefined();
  expect(map.size).toBe(plain.size);
  expect([...map]).toEqual([...plain]);
  expect(new Map(map)).toEqual(plain);
  map.set('new', 1);
  expect(map.get('new')).toBe(1);
});

test('a LookupSet answers has one key at a time and is the full Set once iterated', () => {
  const words = entries.map(([k]) => k);
  const set = new LookupSet(readLookup(reader(writeLookup(words.map((w) => [w, 1] as const))!)), () => words);
  expect(set.has('refused')).toBe(true);
  expect(set.has('word299')).toBe(true);
  expect(set.has('word300')).toBe(false);
  expect(set.size).toBe(words.length);
  expect([...set]).toEqual(words);
});

test('a lazy array parses each element once and is read-only', () => {
  const parsed: number[] = [];
  const list = lazyArray(5, (i) => {
    parsed.push(i);
    return { i };
  }) as { i: number }[];
  expect(list.length).toBe(5);
  expect(list[3]).toEqual({ i: 3 });
  expect(list[3]).toBe(list[3]);
  expect(parsed).toEqual([3]);
  expect(list.map((x) => x.i)).toEqual([0, 1, 2, 3, 4]);
  expect(list).toEqual([{ i: 0 }, { i: 1 }, { i: 2 }, { i: 3 }, { i: 4 }]);
  expect(() => {
    'use strict';
    list[0] = { i: 9 };
  }).toThrow(TypeError);
  expect(list[0]).toEqual({ i: 0 });
});
