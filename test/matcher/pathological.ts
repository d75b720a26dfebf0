/** Inputs that would make a non-linear matcher slow: shared by the matcher tests and the bench. */
export const PATHOLOGICAL_TEXTS: readonly string[] = [
  'a'.repeat(10000),
  '('.repeat(4000),
  'errno '.repeat(800),
  'connection '.repeat(400),
  'curl: ('.repeat(600),
  '1.'.repeat(2000),
  'x:'.repeat(2000),
  'aaaa.'.repeat(800),
  Array.from({ length: 600 }, (_v, i) => `word${i}x`).join(' '),
  '连接'.repeat(2000),
  '\u0000\uffff\ud83d'.repeat(1000),
];
