#!/usr/bin/env node
// bench.mjs - runs the xtp4j benchmark workloads on the Extism JS SDK (node) and prints the figures beside xtp4j's
// JMH results, as ratios.
//
// Same wasm files, same inputs, same definitions as benchmarks/src/main/java/dev/xtp4j/benchmarks/plugins:
//   echoSmall      bench.wasm echo of 8 bytes                      ns/call
//   echoLarge      bench.wasm echo of 640 KiB                      MB/s (input bytes per second)
//   countVowels    bench.wasm count_vowels of 4 KiB                µs/call
//   consumeLarge   bench.wasm consume of 640 KiB                   MB/s
//   allocations    bench.wasm allocations (1000 x alloc + free)    µs/call
//   countVowelsAssemblyScript  count-vowels.wasm count_vowels of 4 KiB   µs/call
//   newInstance    createPlugin from a compiled WebAssembly.Module + first echo of 8 bytes + close   µs
// Inputs are "The quick brown fox " repeated and cut to size. Every output is checked before timing.
//
// Usage: node bench.mjs [--jmh jmh.json] [--out node.json | --from node.json] [--sdk 1.0.3|2.0.0-rc13] [--warmup N]
//                       [--rounds N] [--round-ms MS]
//   --jmh     a JMH JSON result file (java -jar benchmarks.jar ... -rf json -rff FILE); prints the ratio table
//   --out     writes this run's figures as JSON
//   --from    reads the JS SDK figures from such a file instead of measuring (to compare another JMH run with them)
// Timing: per workload, N warmup rounds then N measured rounds of about MS each (defaults 3, 5, 1000: V8 tiers up
// in well under a second); a round's figure is its mean time per call; the result is the mean of the rounds, with
// their min and max.
// Calls are timed in batches. JS SDK 1.0.3 never resets its kernel between calls (and its handles wrap after 65,535
// blocks), so plugin.reset() runs between batches, untimed, on both versions; xtp4j's time includes its per-call reset.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import createPluginV1 from '@extism/extism';
import createPluginV2 from 'extism-2';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const jmhFile = option('--jmh', null);
const outFile = option('--out', null);
const fromFile = option('--from', null);
const onlySdk = option('--sdk', null);
const warmupRounds = Number(option('--warmup', '3'));
const measuredRounds = Number(option('--rounds', '5'));
const roundMs = Number(option('--round-ms', '1000'));

const SDKS = { '1.0.3': createPluginV1, '2.0.0-rc13': createPluginV2 };
const BENCH_WASM = 'test-guests/wasm/bench.wasm';
const AS_WASM = 'sample-plugins/assemblyscript/count-vowels.wasm';
const PATTERN = 'The quick brown fox ';
const SMALL = 8;
const MEDIUM = 4 * 1024;
const LARGE = 640 * 1024;

const text = (size) => new TextEncoder().encode(PATTERN.repeat(Math.ceil(size / PATTERN.length)).slice(0, size));
const vowels = (bytes) => bytes.reduce((n, b) => n + ('aeiouAEIOU'.includes(String.fromCharCode(b)) ? 1 : 0), 0);
const decoder = new TextDecoder();

// The workloads; `unit` says how a mean time per call (ns) is shown; `batch` is the number of calls between resets.
const WORKLOADS = [
  { name: 'echoSmall', label: 'trivial call: echo 8 B', guest: BENCH_WASM, fn: 'echo', input: text(SMALL), unit: 'ns/call', batch: 1000 },
  { name: 'echoLarge', label: 'echo 640 KiB', guest: BENCH_WASM, fn: 'echo', input: text(LARGE), unit: 'MB/s', batch: 4 },
  { name: 'countVowels', label: 'count_vowels 4 KiB', guest: BENCH_WASM, fn: 'count_vowels', input: text(MEDIUM), unit: 'µs/call', batch: 200 },
  { name: 'newInstance', label: 'new instance + first echo 8 B', guest: BENCH_WASM, fn: 'echo', input: text(SMALL), unit: 'µs', batch: 1, fresh: true },
  { name: 'consumeLarge', label: 'consume 640 KiB', guest: BENCH_WASM, fn: 'consume', input: text(LARGE), unit: 'MB/s', batch: 4 },
  { name: 'allocations', label: 'allocations: 1000 × alloc(64)+free', guest: BENCH_WASM, fn: 'allocations', input: new Uint8Array(0), unit: 'µs/call', batch: 32 },
  { name: 'countVowelsAssemblyScript', label: 'count_vowels 4 KiB, AssemblyScript PDK', guest: AS_WASM, fn: 'count_vowels', input: text(MEDIUM), unit: 'µs/call', batch: 100 },
];

// The output each call must produce; throws on anything else, so that a broken run cannot report a number.
function check(sdk, w, output) {
  const bytes = output === null || output === undefined ? new Uint8Array(0) : output.bytes();
  const got = decoder.decode(bytes);
  let ok;
  if (w.guest === AS_WASM) {
    const m = /"count":(\d+)/.exec(got);
    ok = m !== null && Number(m[1]) === vowels(w.input) && got.includes('"vowels":"aeiouAEIOU"');
  } else if (w.fn === 'echo') {
    ok = bytes.length === w.input.length && bytes.every((b, i) => b === w.input[i]);
  } else if (w.fn === 'count_vowels') {
    ok = got === `{"count":${vowels(w.input)}}`;
  } else {
    ok = bytes.length === 0;
  }
  if (!ok) {
    throw new Error(`JS SDK ${sdk}: ${w.fn} of ${w.input.length} bytes returned ${bytes.length} bytes: ${got.slice(0, 64)}`);
  }
}

// Mean nanoseconds per call of one round of about roundMs.
async function round(sdk, w, plugin, modules) {
  let calls = 0;
  let nanos = 0n;
  const deadline = process.hrtime.bigint() + BigInt(roundMs) * 1_000_000n;
  while (process.hrtime.bigint() < deadline) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < w.batch; i++) {
      if (w.fresh) {
        const p = await SDKS[sdk]({ wasm: [{ module: modules[w.guest] }] }, { useWasi: false });
        await p.call(w.fn, w.input);
        await p.close();
      } else {
        await plugin.call(w.fn, w.input);
      }
    }
    nanos += process.hrtime.bigint() - start;
    calls += w.batch;
    if (!w.fresh) await plugin.reset();
  }
  return Number(nanos) / calls;
}

const display = (w, nsPerCall) => (w.unit === 'MB/s' ? (w.input.length / 1e6) / (nsPerCall / 1e9)
  : w.unit === 'ns/call' ? nsPerCall : nsPerCall / 1000);

const results = fromFile ? JSON.parse(readFileSync(fromFile, 'utf8'))
  : { node: process.version, v8: process.versions.v8, warmupRounds, measuredRounds, roundMs, sdks: {} };
const modules = {};
for (const file of [BENCH_WASM, AS_WASM]) modules[file] = await WebAssembly.compile(readFileSync(path.join(root, file)));

for (const sdk of fromFile ? [] : Object.keys(SDKS)) {
  if (onlySdk && sdk !== onlySdk) continue;
  results.sdks[sdk] = {};
  for (const w of WORKLOADS) {
    const plugin = await SDKS[sdk]({ wasm: [{ module: modules[w.guest] }] }, { useWasi: false });
    try {
      for (let i = 0; i < 2; i++) check(sdk, w, await plugin.call(w.fn, w.input));
      await plugin.reset();
      for (let i = 0; i < warmupRounds; i++) await round(sdk, w, plugin, modules);
      const rounds = [];
      for (let i = 0; i < measuredRounds; i++) rounds.push(display(w, await round(sdk, w, plugin, modules)));
      const mean = rounds.reduce((a, b) => a + b, 0) / rounds.length;
      results.sdks[sdk][w.name] = { unit: w.unit, mean, min: Math.min(...rounds), max: Math.max(...rounds), rounds };
      console.error(`# JS SDK ${sdk} ${w.name}: ${fmt(mean)} ${w.unit} (rounds ${rounds.map(fmt).join(', ')})`);
    } finally {
      await plugin.close();
    }
  }
}
if (outFile) writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');

function fmt(v) {
  if (!Number.isFinite(v)) return '∞';
  if (v >= 100) return Math.round(v).toLocaleString('en-US');
  return v >= 10 ? v.toFixed(1) : v.toFixed(2);
}

// xtp4j's figure from JMH, converted to the workload's unit; the 99.9% confidence interval as [low, high].
function ours(jmh, w) {
  const cls = w.name === 'newInstance' ? 'InstantiationBenchmark' : 'PluginCallBenchmark';
  const r = jmh.find((x) => x.benchmark === `dev.xtp4j.benchmarks.plugins.${cls}.${w.name}` && x.params?.runtime === 'xtp4j');
  if (!r) return null;
  const scale = { 'ns/op': 1, 'us/op': 1e3, 'ms/op': 1e6, 's/op': 1e9 }[r.primaryMetric.scoreUnit];
  const ns = r.primaryMetric.score * scale;
  const err = (Number.isFinite(r.primaryMetric.scoreError) ? r.primaryMetric.scoreError : 0) * scale;
  // A time interval reaching 0 means an unbounded throughput, or a time bound of 0.
  const bound = ns > err ? display(w, ns - err) : (w.unit === 'MB/s' ? Infinity : 0);
  const values = [display(w, ns), display(w, ns + err), bound];
  return { value: values[0], low: Math.min(values[1], values[2]), high: Math.max(values[1], values[2]) };
}

if (jmhFile) {
  const jmh = JSON.parse(readFileSync(jmhFile, 'utf8'));
  const sdks = Object.keys(results.sdks);
  const first = jmh[0] ?? {};
  console.log(`xtp4j: JMH on ${first.vmName} ${first.vmVersion}; Extism JS SDK on node ${results.node} (V8 ${results.v8}),`
    + ` ${results.warmupRounds} warmup + ${results.measuredRounds} measured rounds of ${results.roundMs} ms`
    + (fromFile ? ` (figures from ${path.basename(fromFile)})` : ''));
  console.log('');
  console.log(`| benchmark | unit | xtp4j | ${sdks.map((s) => `JS SDK ${s} | xtp4j faster by`).join(' | ')} |`);
  console.log(`| --- | --- | ---: | ${sdks.map(() => '---: | ---:').join(' | ')} |`);
  for (const w of WORKLOADS) {
    const o = ours(jmh, w);
    if (!o) continue;
    const cells = sdks.map((s) => {
      const r = results.sdks[s][w.name];
      const ratio = w.unit === 'MB/s' ? o.value / r.mean : r.mean / o.value;
      return `${fmt(r.mean)} [${fmt(r.min)}–${fmt(r.max)}] | ${fmt(ratio)}×`;
    });
    console.log(`| ${w.label} | ${w.unit} | ${fmt(o.value)} [${fmt(o.low)}–${fmt(o.high)}] | ${cells.join(' | ')} |`);
  }
} else {
  for (const [sdk, figures] of Object.entries(results.sdks)) {
    for (const [name, r] of Object.entries(figures)) console.log(`${sdk}\t${name}\t${fmt(r.mean)} ${r.unit}`);
  }
}
