#!/usr/bin/env node
// bench.mjs - times the bench.wasm exports (and count-vowels.wasm) on the Extism JS SDK, for orientation only.
// The JMH benchmarks in benchmarks/ own the real comparison; this gives the JS-side numbers with the same guests
// and inputs.
//
// Usage: node bench.mjs [--iterations N] [--sdk 1.0.3|2.0.0-rc13]
// Prints one JSON object per line: {"sdk","guest","export","input_bytes","iterations","us_per_call"}.
// Only plugin.call is timed. 1.0.3 never resets its kernel between calls and its handles hold a 16-bit block
// index, so after 65,535 allocations on one instance alloc wraps around; the untimed plugin.reset() after each
// call avoids that.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import createPluginV1 from '@extism/extism';
import createPluginV2 from 'extism-2';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const iterations = Number(option('--iterations', '2000'));
const onlySdk = option('--sdk', null);

const SDKS = { '1.0.3': createPluginV1, '2.0.0-rc13': createPluginV2 };
const INPUTS = {
  13: 'Hello, World!',
  1024: 'The quick brown fox '.repeat(52).slice(0, 1024),
  102400: 'The quick brown fox '.repeat(5120),
};
const RUNS = [
  ['test-guests/wasm/bench.wasm', ['echo', 'count_vowels', 'consume', 'allocations']],
  ['sample-plugins/assemblyscript/count-vowels.wasm', ['count_vowels']],
];

for (const [sdk, create] of Object.entries(SDKS)) {
  if (onlySdk && sdk !== onlySdk) continue;
  for (const [file, exportNames] of RUNS) {
    const plugin = await create({ wasm: [{ data: new Uint8Array(readFileSync(path.join(root, file))) }] }, { useWasi: false });
    try {
      for (const exportName of exportNames) {
        for (const [size, text] of Object.entries(INPUTS)) {
          const input = new TextEncoder().encode(text);
          const warmup = Math.max(1, iterations / 10);
          let nanos = 0n;
          for (let i = 0; i < warmup + iterations; i++) {
            const copy = new Uint8Array(input);
            const start = process.hrtime.bigint();
            await plugin.call(exportName, copy);
            if (i >= warmup) nanos += process.hrtime.bigint() - start;
            await plugin.reset();
          }
          const micros = Number(nanos) / 1000 / iterations;
          console.log(JSON.stringify({ sdk, guest: path.basename(file), export: exportName, input_bytes: Number(size), iterations, us_per_call: Number(micros.toFixed(2)) }));
        }
      }
    } finally {
      await plugin.close();
    }
  }
}
