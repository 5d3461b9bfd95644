// tiktoken's npm build (OpenAI's Rust tiktoken compiled to WebAssembly) on the same file as bench_tokens:
//   NODE_PATH=DIR/node_modules node benchmarks/tiktoken-speed.cjs FILE [ROUNDS]
// (install it outside the repository: npm install --prefix DIR tiktoken)
const fs = require('fs');
const { get_encoding } = require('tiktoken');

const [file, roundsArg] = process.argv.slice(2);
const rounds = Math.max(1, Number(roundsArg || 3));
const bytes = fs.readFileSync(file);
const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
console.log(`corpus: ${bytes.length} bytes, best of ${rounds} rounds`);
for (const name of ['o200k_base', 'cl100k_base']) {
  let start = process.hrtime.bigint();
  const encoding = get_encoding(name);
  const loadMs = Number(process.hrtime.bigint() - start) / 1e6;
  let best = Infinity;
  let tokens = 0;
  for (let round = 0; round < rounds; round++) {
    start = process.hrtime.bigint();
    tokens = encoding.encode_ordinary(text).length;
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  console.log(`tiktoken ${name}: vocabulary ${loadMs.toFixed(1)} ms; ${tokens} tokens in ${best.toFixed(3)} s: ` +
              `${(bytes.length / 1e6 / best).toFixed(2)} MB/s, ${(tokens / best / 1e6).toFixed(2)} M tokens/s`);
  encoding.free();
}
