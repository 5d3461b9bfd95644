// Writes expected.json: each corpus file's token ids by tiktoken (npm, the WASM build of OpenAI's Rust
// tiktoken). Files are decoded as UTF-8 with replacement (WHATWG TextDecoder, byte order mark kept). See README.md.
const fs = require('fs');
const path = require('path');
const { get_encoding } = require('tiktoken');
const dir = process.argv[2];
const version = JSON.parse(fs.readFileSync(require.resolve('tiktoken').replace(/tiktoken.cjs$/, 'package.json'))).version;
const encs = ['o200k_base', 'cl100k_base'].map((n) => [n, get_encoding(n)]);
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const cases = files.map((file) => {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(fs.readFileSync(path.join(dir, file)));
  const row = { file, characters: [...text].length };
  for (const [name, enc] of encs) row[name] = Array.from(enc.encode_ordinary(text));
  return row;
});
const lines = ['{', `  "generator": "tiktoken ${version} (npm), encode_ordinary; regenerate with tests/data/tokens/README.md",`, '  "cases": ['];
cases.forEach((c, i) => {
  lines.push('    {');
  lines.push(`      "file": ${JSON.stringify(c.file)},`);
  lines.push(`      "o200k_base": ${JSON.stringify(c.o200k_base)},`);
  lines.push(`      "cl100k_base": ${JSON.stringify(c.cl100k_base)}`);
  lines.push('    }' + (i + 1 < cases.length ? ',' : ''));
});
lines.push('  ]', '}');
fs.writeFileSync(path.join(dir, 'expected.json'), lines.join('\n') + '\n');
for (const c of cases) console.log(c.file, c.o200k_base.length, c.cl100k_base.length);
