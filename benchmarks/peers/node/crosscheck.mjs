#!/usr/bin/env node
// crosscheck.mjs - runs every xtp4j test guest export and the AssemblyScript sample plugin on the Extism JS SDK
// and writes test-guests/expected.json.
//
// Usage (from this folder, after `npm ci`):  node crosscheck.mjs [--out FILE] [--check]
//   --out FILE  write somewhere else than ../../../test-guests/expected.json
//   --check     do not write; exit 1 if the file on disk differs from what this run produces
//
// Each case names a guest, plugin options and a sequence of calls made on one plugin instance. Every call carries
//   expected   the result the Extism reference runtime gives (and so xtp4j must give), written by hand from the
//              ABI reference (rc/error contract, kernel properties, lifecycle);
//   js         what each JS SDK produced: @extism/extism 1.0.3 (the npm "latest") and 2.0.0-rc13;
//   js_agrees  whether that matches "expected"; when it does not, "deviation" says why.
// Java tests assert "expected". The JS results show which expectations an independent host confirms.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import createPluginV1 from '@extism/extism';
import createPluginV2 from 'extism-2';

// Why a JS SDK result differs from the expected one, and general notes per SDK version.
import { DEVIATIONS, SDK_NOTES } from './deviations.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');

// ---------------------------------------------------------------------------------------------------------------
// Guests
// ---------------------------------------------------------------------------------------------------------------

const GUESTS = {
  kernel: 'test-guests/wasm/kernel.wasm',
  host: 'test-guests/wasm/host.wasm',
  reactor: 'test-guests/wasm/reactor.wasm',
  command: 'test-guests/wasm/command.wasm',
  bench: 'test-guests/wasm/bench.wasm',
  'count-vowels': 'sample-plugins/assemblyscript/count-vowels.wasm',
};

const guestBytes = Object.fromEntries(
  Object.entries(GUESTS).map(([name, file]) => [name, new Uint8Array(readFileSync(path.join(root, file)))]),
);

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

// ---------------------------------------------------------------------------------------------------------------
// Inputs and outputs as JSON values
//   input:  {"text": s} UTF-8 | {"base64": b} | {"repeat": s, "count": n} (s repeated n times, UTF-8)
//   output: {"text": s} when valid UTF-8 and at most 4096 bytes | {"base64": b} otherwise when at most 4096
//           bytes | {"length": n, "sha256": hex} when longer
// Texts may contain "{base}", the base URL of the HTTP test server (see "http_server").
// ---------------------------------------------------------------------------------------------------------------

const text = (s) => ({ text: s });
const base64 = (bytes) => ({ base64: Buffer.from(bytes).toString('base64') });
const repeat = (s, count) => ({ repeat: s, count });

function inputBytes(input, ctx) {
  if ('text' in input) return new TextEncoder().encode(input.text.replaceAll('{base}', ctx.base));
  if ('base64' in input) return new Uint8Array(Buffer.from(input.base64, 'base64'));
  if ('repeat' in input) return new TextEncoder().encode(input.repeat.repeat(input.count));
  throw new Error(`bad input ${JSON.stringify(input)}`);
}

function encodeOutput(bytes) {
  if (bytes.length > 4096) return { length: bytes.length, sha256: sha256(bytes) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return base64(bytes);
  }
}

const utf8 = (s) => new TextEncoder().encode(s);

// ---------------------------------------------------------------------------------------------------------------
// Expected results (what the reference runtime returns)
//   kind ok           rc 0, output (empty when the guest set none)
//   kind guest_error  the guest set an error (error_set); message = the whole error block; rc = the export's
//                     return value (-1 when it trapped after setting the error; absent = not asserted)
//   kind nonzero_rc   the export returned rc != 0 without an error ("Returned non-zero exit code: {rc}")
//   kind trap         a wasm trap in the guest, rc 134
//   kind host_error   a host function failed (trapped the guest); message_contains = a substring to expect
//   kind wasi_exit    WASI proc_exit(rc) with rc != 0
//   kind create_error plugin creation failed; message_contains = a substring to expect
//   logs (optional)   [[level, message], ...] the host must have logged during the call, in order
// ---------------------------------------------------------------------------------------------------------------

const ok = (output) => ({ kind: 'ok', rc: 0, output: typeof output === 'string' ? text(output) : output });
const okBytes = (bytes) => ok(encodeOutput(bytes));
const guestError = (message, rc) => (rc === undefined ? { kind: 'guest_error', message } : { kind: 'guest_error', rc, message });
const nonzero = (rc) => ({ kind: 'nonzero_rc', rc });
const trap = () => ({ kind: 'trap', rc: 134 });
const hostError = (contains) => ({ kind: 'host_error', rc: -1, message_contains: contains });
const wasiExit = (rc) => ({ kind: 'wasi_exit', rc });
const createError = (contains) => ({ kind: 'create_error', message_contains: contains });
const withLogs = (result, logs) => ({ ...result, logs });

const LEVELS = ['trace', 'debug', 'info', 'warn', 'error'];
const LEVEL_NUMBER = { trace: 0, debug: 1, info: 2, warn: 3, error: 4, off: 2147483647 };

// ---------------------------------------------------------------------------------------------------------------
// Host functions used by host.wasm (the Java tests implement the same ones)
// ---------------------------------------------------------------------------------------------------------------

const HOST_FUNCTIONS = {
  'extism:host/user': {
    hello: {
      signature: '(i64) -> i64',
      behaviour: 'reads the UTF-8 text of the argument handle (without freeing it) and returns a new handle holding "Hello, <text>!"',
    },
    add: { signature: '(i64, i64) -> i64', behaviour: 'returns a + b, wrapping on overflow (two\'s complement)' },
  },
  'my:ns': { twice: { signature: '(i32) -> i32', behaviour: 'returns 2 * x, wrapping on overflow' } },
};

function hostFunctionsJs() {
  const twice = (_ctx, x) => x * 2; // the JS number is converted back to i32 (wrapping) by the wasm boundary
  return {
    'extism:host/user': {
      hello: (ctx, handle) => ctx.store(`Hello, ${ctx.read(handle).text()}!`),
      add: (_ctx, a, b) => a + b, // BigInts; converted back to i64 (wrapping)
    },
    'my:ns': { twice },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// HTTP test server (runs in this process while the cases run)
// ---------------------------------------------------------------------------------------------------------------

const HTTP_ROUTES = {
  'GET /hello': '200, body "hello from the test server" (text/plain)',
  'GET /empty': '200, empty body',
  'GET /status/404': '404, body "not found"',
  'anything else': '400, body "unknown route"',
};

function startServer() {
  const server = http.createServer((req, res) => {
    if (req.url === '/hello') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('hello from the test server');
    } else if (req.url === '/empty') {
      res.writeHead(200);
      res.end();
    } else if (req.url === '/status/404') {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    } else {
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end('unknown route');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ---------------------------------------------------------------------------------------------------------------
// The cases
// ---------------------------------------------------------------------------------------------------------------

const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);
const ECHO_INPUTS = [
  ['empty', text('')],
  ['one_byte', text('a')],
  ['hello', text('Hello, World!')],
  ['eight_bytes', text('12345678')],
  ['utf8', text('Grüße, 世界! 🎉')],
  ['all_bytes', base64(ALL_BYTES)],
  ['large_100k', repeat('0123456789', 10000)],
];

function expectedForInput(input) {
  return okBytes(inputBytes(input, { base: '' }));
}

function allocManyTotal(n) {
  let total = 0;
  for (let i = 0; i < n; i++) total += 1 + ((i * 37) % 256);
  return String(total);
}

function countVowels(s) {
  return [...s].filter((c) => 'aeiouAEIOU'.includes(c)).length;
}

// Where `throw_error` throws in the AssemblyScript source, as the custom abort handler reports it.
function throwErrorPosition() {
  const source = readFileSync(path.join(root, 'sample-plugins/assemblyscript/assembly/index.ts'), 'utf8').split('\n');
  const line = source.findIndex((l) => l.includes('throw new Error("throw_error: "'));
  return `assembly/index.ts:${line + 1}:${source[line].indexOf('throw') + 1}`;
}

const LENGTH_CHECKS = (inputLength) =>
  `{"alloc0":0,"length":[1,100,65536],"length_unsafe":[1,100,65536],"length_plus_1":[0,0,0],"length_0":0,` +
  `"length_unsafe_0":0,"input_length":${inputLength},"length_input":${inputLength},"length_after_free":0}`;

const PROBES = {
  length_junk: '[0,0,0,0,0]',
  load_far: '[0,0]',
  store_far: '[1]',
  free_junk: '[4]',
  input_far: '[0,0,0,0,0]',
};

const call = (exportName, input, expected, extra = {}) => ({ export: exportName, input, expected, ...extra });

function buildCases() {
  const cases = [];
  const add = (c) => cases.push(c);

  // --- kernel.wasm: input and output paths -------------------------------------------------------------------
  for (const exportName of ['echo', 'echo_input_load']) {
    for (const [label, input] of ECHO_INPUTS) {
      add({ id: `kernel.${exportName}.${label}`, guest: 'kernel', calls: [call(exportName, input, expectedForInput(input))] });
    }
  }
  add({
    id: 'kernel.length_checks',
    guest: 'kernel',
    calls: [call('length_checks', text('abc'), ok(LENGTH_CHECKS(3))), call('length_checks', text(''), ok(LENGTH_CHECKS(0)))],
  });
  add({
    id: 'kernel.overrun',
    guest: 'kernel',
    calls: [call('overrun', text(''), ok('{"1":"01","2":"0102","3":"010203","4":"01020304","5":"0102030405","6":"010203040506","7":"01020304050607"}'))],
  });
  add({ id: 'kernel.output_partial', guest: 'kernel', calls: [call('output_partial', text(''), ok('0123'))] });
  add({ id: 'kernel.error_cleared', guest: 'kernel', calls: [call('error_cleared', text(''), ok('cleared'))] });
  add({ id: 'kernel.free_input', guest: 'kernel', calls: [call('free_input', text('hello'), ok('{"before":5,"after":0}'))] });

  // --- kernel.wasm: return codes and errors ------------------------------------------------------------------
  add({
    id: 'kernel.fail_with_error',
    guest: 'kernel',
    calls: [call('fail_with_error', text('boom'), guestError('boom', 1)), call('fail_with_error', text('Fehler: ü 🎉'), guestError('Fehler: ü 🎉', 1))],
  });
  add({ id: 'kernel.fail_rc0', guest: 'kernel', calls: [call('fail_rc0', text(''), guestError('error with return code 0', 0))] });
  add({ id: 'kernel.nonzero', guest: 'kernel', calls: [call('nonzero', text(''), nonzero(7))] });
  add({ id: 'kernel.trap', guest: 'kernel', calls: [call('trap', text(''), trap())] });
  add({
    id: 'kernel.trap_then_call',
    guest: 'kernel',
    calls: [call('trap', text(''), trap()), call('echo', text('still alive'), ok('still alive'))],
    note: 'a trap fails only that call; the plugin stays usable',
  });
  add({ id: 'kernel.void_export', guest: 'kernel', calls: [call('void_export', text(''), ok('void ok'))] });
  add({
    id: 'kernel.unknown_export',
    guest: 'kernel',
    calls: [call('no_such_export', text(''), { kind: 'host_error', rc: -1, message_contains: 'no_such_export' })],
    note: 'reference runtime: "Function not found: no_such_export", rc -1',
  });

  // --- kernel.wasm: config and vars --------------------------------------------------------------------------
  add({
    id: 'kernel.config_echo',
    guest: 'kernel',
    options: { config: { greeting: 'hi', unicode: 'ünïcödé ✓', empty: '' } },
    calls: [
      call('config_echo', text('greeting'), ok('hi')),
      call('config_echo', text('unicode'), ok('ünïcödé ✓')),
      call('config_echo', text('missing-key'), guestError('missing', 1)),
      call('config_echo', text(''), guestError('empty key', 1)),
      call('config_echo', text('empty'), guestError('missing', 1), {
        note: 'an empty config value comes back as handle 0 (alloc(0) is the null handle), so it reads as absent',
      }),
    ],
  });
  add({
    id: 'kernel.var_counter',
    guest: 'kernel',
    calls: [
      call('var_counter', text(''), ok('1')),
      call('var_counter', text(''), ok('2')),
      call('var_counter', text(''), ok('3')),
      call('var_delete', text(''), ok('{"before":true,"after":false}')),
      call('var_counter', text(''), ok('1')),
    ],
  });
  add({ id: 'kernel.var_delete_absent', guest: 'kernel', calls: [call('var_delete', text(''), ok('{"before":false,"after":false}'))] });
  add({
    id: 'kernel.consumed_handles',
    guest: 'kernel',
    options: { log_level: 'info' },
    calls: [
      call(
        'consumed_handles',
        text(''),
        withLogs(ok('{"config_get_key":0,"var_get_key":0,"var_set_key":0,"var_set_value":0,"log_message":0}'), [['info', 'consumed_handles: log message']]),
      ),
    ],
  });

  // --- kernel.wasm: logging ----------------------------------------------------------------------------------
  for (const level of ['trace', 'info', 'error', 'off']) {
    const accepted = level === 'off' ? [] : LEVELS.slice(LEVELS.indexOf(level));
    add({
      id: `kernel.log_levels.${level}`,
      guest: 'kernel',
      options: { log_level: level },
      calls: [
        call('log_levels', text(''), withLogs(ok(String(LEVEL_NUMBER[level])), accepted.map((l) => [l, `${l} message`]))),
        call('log_filtered', text(''), withLogs(ok(String(accepted.length)), accepted.map((l) => [l, `${l} filtered`]))),
      ],
    });
  }

  // --- kernel.wasm: allocator and robustness -----------------------------------------------------------------
  add({
    id: 'kernel.alloc_many',
    guest: 'kernel',
    calls: [
      call('alloc_many', text('0'), ok('0')),
      call('alloc_many', text('1'), ok(allocManyTotal(1))),
      call('alloc_many', text('1000'), ok(allocManyTotal(1000))),
      call('alloc_many', text('20000'), ok(allocManyTotal(20000))),
      call('alloc_many', text('abc'), guestError('expected a decimal count', 1)),
      call('alloc_many', text('2000000'), guestError('count too large (at most 1000000)', 1)),
    ],
  });
  add({
    id: 'kernel.alloc_many_70000',
    guest: 'kernel',
    calls: [call('alloc_many', text('70000'), ok(allocManyTotal(70000)))],
    note: 'more than 65,536 live blocks in one call',
  });
  for (const [probe, result] of Object.entries(PROBES)) {
    add({ id: `kernel.bad_handles.${probe}`, guest: 'kernel', calls: [call('bad_handles', text(probe), ok(`{"${probe}":${result}}`))] });
  }
  add({
    id: 'kernel.bad_handles.input_short',
    guest: 'kernel',
    calls: [call('bad_handles', text('input_short'), ok('{"input_short":[0]}'))],
    note: 'input_load_u64 at input_length-7 would read one byte past the input: it returns 0, never a partial word',
  });
  add({
    id: 'kernel.bad_handles.all',
    guest: 'kernel',
    calls: [
      call(
        'bad_handles',
        text(''),
        ok(`{${Object.entries(PROBES).map(([p, r]) => `"${p}":${r}`).join(',')},"input_short":[]}`),
      ),
      call('bad_handles', text('nope'), guestError('unknown probe: nope', 1)),
    ],
  });
  add({
    id: 'kernel.config_bad_handle',
    guest: 'kernel',
    calls: [call('config_bad_handle', text(''), hostError('handle'))],
    note: 'reference runtime: trap "invalid handle offset for config key: 3735928559"',
  });

  // --- kernel.wasm: HTTP -------------------------------------------------------------------------------------
  const httpOptions = { allowed_hosts: ['127.0.0.1'], http_server: true };
  add({
    id: 'kernel.http',
    guest: 'kernel',
    options: httpOptions,
    calls: [
      call('http_get', text('{base}/hello'), ok('hello from the test server')),
      call('http_status', text('{base}/hello'), ok('200')),
      call('http_get', text('{base}/status/404'), ok('not found'), { note: 'non-2xx responses return their body (Extism >= 1.12)' }),
      call('http_status', text('{base}/status/404'), ok('404')),
      call('http_get', text('{base}/empty'), guestError('http_request returned 0 (status 200)', 1)),
    ],
  });
  add({
    id: 'kernel.http_denied',
    guest: 'kernel',
    options: { allowed_hosts: ['example.com'], http_server: true },
    calls: [call('http_get', text('{base}/hello'), hostError('is not allowed'))],
  });

  // --- host.wasm ---------------------------------------------------------------------------------------------
  add({
    id: 'host.functions',
    guest: 'host',
    options: { host_functions: true },
    calls: [
      call('call_hello', text('Alice'), ok('Hello, Alice!')),
      call('call_hello', text('Jürgen'), ok('Hello, Jürgen!')),
      call('hello_keeps_arg', text('Bob'), ok('{"before":3,"after":3}')),
      call('call_add', text('40,2'), ok('42')),
      call('call_add', text('-5,3'), ok('-2')),
      call('call_add', text('9223372036854775807,1'), ok('-9223372036854775808')),
      call('call_add', text('nope'), guestError('expected two decimal integers separated by a comma', 1)),
      call('call_twice', text('21'), ok('42')),
      call('call_twice', text('-4'), ok('-8')),
      call('call_twice', text('1073741824'), ok('-2147483648')),
    ],
  });
  add({
    id: 'host.missing_functions',
    guest: 'host',
    options: {},
    calls: [call('call_hello', text('Alice'), createError('extism:host/user'))],
    note: 'without the host functions the plugin cannot be created (unknown import extism:host/user::hello)',
  });

  // --- reactor.wasm ------------------------------------------------------------------------------------------
  for (const wasi of [false, true]) {
    add({
      id: `reactor.count_calls.${wasi ? 'wasi' : 'no_wasi'}`,
      guest: 'reactor',
      options: { wasi },
      calls: [
        call('count_calls', text('a'), ok('{"constructor_runs":1,"calls":1,"greeting":"set by a constructor","history":"a"}')),
        call('count_calls', text('b'), ok('{"constructor_runs":1,"calls":2,"greeting":"set by a constructor","history":"a,b"}')),
        call('count_calls', text(''), ok('{"constructor_runs":1,"calls":3,"greeting":"set by a constructor","history":"a,b,"}')),
      ],
      note: 'reactor.wasm imports nothing from WASI; the host must call _initialize once, before the first call, with or without WASI',
    });
  }

  // --- command.wasm ------------------------------------------------------------------------------------------
  const notRun = '{"main_runs":0,"var_main_runs":null}';
  add({
    id: 'command.start',
    guest: 'command',
    options: { wasi: true },
    calls: [
      call('main_ran', text(''), ok(notRun), { note: '_start is never run automatically' }),
      call('_start', text(''), ok('main ran'), { note: 'main returns 0: no proc_exit; stdout gets "command main ran\\n"' }),
      call('main_ran', text(''), ok(notRun), { note: 'after a _start call the reference runtime recreates the instance and the vars' }),
    ],
  });
  add({
    id: 'command.exit_0',
    guest: 'command',
    options: { wasi: true, config: { exit_code: '0' } },
    calls: [call('_start', text(''), ok('main ran'), { note: 'proc_exit(0) is a success; the output set before it is kept' })],
  });
  add({
    id: 'command.exit_3',
    guest: 'command',
    options: { wasi: true, config: { exit_code: '3' } },
    calls: [call('_start', text(''), wasiExit(3))],
  });
  add({
    id: 'command.exit_invalid',
    guest: 'command',
    options: { wasi: true, config: { exit_code: 'abc' } },
    calls: [call('_start', text(''), guestError('config exit_code is not an integer in 0..255'))],
    note: 'main sets an error and returns 1, so _start calls proc_exit(1); the error message wins, rc is not asserted',
  });
  add({
    id: 'command.no_wasi',
    guest: 'command',
    options: { wasi: false },
    calls: [call('main_ran', text(''), createError('wasi'))],
    note: 'a module importing wasi_snapshot_preview1 cannot be created when WASI is off',
  });

  // --- bench.wasm --------------------------------------------------------------------------------------------
  for (const [label, input] of [['hello', text('Hello, World!')], ['empty', text('')], ['large_100k', repeat('The quick brown fox ', 5000)]]) {
    const s = input.text ?? input.repeat.repeat(input.count);
    add({
      id: `bench.${label}`,
      guest: 'bench',
      calls: [
        call('echo', input, expectedForInput(input)),
        call('count_vowels', input, ok(`{"count":${countVowels(s)}}`)),
        call('consume', input, ok('')),
        call('allocations', input, ok('')),
      ],
    });
  }

  // --- count-vowels.wasm (AssemblyScript sample plugin) ------------------------------------------------------
  add({
    id: 'count-vowels.defaults',
    guest: 'count-vowels',
    calls: [
      call('count_vowels', text('Hello, World!'), ok('{"count":3,"total":3,"vowels":"aeiouAEIOU"}')),
      call('count_vowels', text('Hello, World!'), ok('{"count":3,"total":6,"vowels":"aeiouAEIOU"}')),
      call('count_vowels', text(''), ok('{"count":0,"total":6,"vowels":"aeiouAEIOU"}')),
      call('greet', text('Jürgen'), ok('Hello, Jürgen!')),
      call('greet', text(''), ok('Hello, World!')),
    ],
  });
  add({
    id: 'count-vowels.config',
    guest: 'count-vowels',
    options: { config: { vowels: 'äöü"', greeting: 'Howdy' } },
    calls: [
      call('count_vowels', text('Grüße aus Köln "quoted" 😀ü'), ok('{"count":5,"total":5,"vowels":"äöü\\""}')),
      call('greet', text('Ada'), ok('Howdy, Ada!')),
    ],
  });
  add({
    id: 'count-vowels.errors',
    guest: 'count-vowels',
    calls: [
      call('fail', text('x'), guestError('fail: x', 1)),
      call('throw_error', text('y'), guestError(`throw_error: y (${throwErrorPosition()})`, -1), {
        note: 'the abort handler sets the error and then traps: the reference runtime reports the guest message (rc -1), not the trap',
      }),
      call('count_vowels', text('aei'), ok('{"count":3,"total":3,"vowels":"aeiouAEIOU"}')),
    ],
  });
  return cases;
}

// ---------------------------------------------------------------------------------------------------------------
// Running the cases on the JS SDKs
// ---------------------------------------------------------------------------------------------------------------

function moduleImports(bytes) {
  return WebAssembly.Module.imports(new WebAssembly.Module(bytes)).map((i) => `${i.module}::${i.name}`);
}

const SDKS = [
  {
    version: '1.0.3',
    create: createPluginV1,
    options(c, logger, imports, shimCalls) {
      const o = c.options ?? {};
      const functions = o.host_functions ? hostFunctionsJs() : {};
      // 1.0.3 predates get_log_level and log_trace (Extism 1.6.0): a guest importing them cannot be linked. We
      // add both to extism:host/env (recorded as "shimmed" in the results): get_log_level returns the level number
      // of the spec, log_trace logs unconditionally like 1.0.3's other log functions.
      const shims = {};
      if (imports.includes('extism:host/env::get_log_level')) {
        shims.get_log_level = () => {
          shimCalls.add('get_log_level');
          return LEVEL_NUMBER[o.log_level ?? 'off'];
        };
      }
      if (imports.includes('extism:host/env::log_trace')) {
        shims.log_trace = (ctx, h) => {
          shimCalls.add('log_trace');
          logger.trace(ctx.read(h)?.text() ?? '');
        };
      }
      if (Object.keys(shims).length) functions['extism:host/env'] = shims;
      return {
        options: {
          useWasi: o.wasi ?? false,
          config: o.config ?? {},
          functions,
          logger,
          allowedHosts: o.allowed_hosts ?? [],
          runInWorker: o.http_server ?? false,
        },
      };
    },
  },
  {
    version: '2.0.0-rc13',
    create: createPluginV2,
    options(c, logger) {
      const o = c.options ?? {};
      const level = o.log_level ?? 'off';
      return {
        options: {
          useWasi: o.wasi ?? false,
          config: o.config ?? {},
          functions: o.host_functions ? hostFunctionsJs() : {},
          logger,
          logLevel: level === 'off' ? 'silent' : level,
          allowedHosts: o.allowed_hosts ?? [],
          runInWorker: o.http_server ?? false,
        },
      };
    },
  },
];

function captureLogger(sink) {
  const log = (level) => (...args) => sink.push([level, args.map(String).join(' ')]);
  return { trace: log('trace'), debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error'), log: log('info') };
}

function classifyError(e, ctx) {
  const raw = e instanceof Error ? e.message : String(e);
  const message = raw.replaceAll(ctx.base, '{base}');
  if (message.startsWith('Plugin-originated error: ')) return { kind: 'guest_error', message: message.slice('Plugin-originated error: '.length) };
  if (e instanceof WebAssembly.RuntimeError || e?.name === 'RuntimeError') return { kind: 'trap', message };
  return { kind: 'host_error', message };
}

async function runCase(sdk, c, ctx) {
  const bytes = guestBytes[c.guest];
  const logs = [];
  const logger = captureLogger(logs);
  const shimCalls = new Set();
  const { options } = sdk.options(c, logger, moduleImports(bytes), shimCalls);
  let plugin;
  try {
    plugin = await sdk.create({ wasm: [{ data: bytes }] }, options);
  } catch (e) {
    const r = { kind: 'create_error', message: classifyError(e, ctx).message };
    return c.calls.map(() => ({ ...r }));
  }
  const results = [];
  try {
    for (const cl of c.calls) {
      logs.length = 0;
      shimCalls.clear();
      let r;
      try {
        const out = await plugin.call(cl.export, new Uint8Array(inputBytes(cl.input, ctx)));
        const outBytes = out === null ? new Uint8Array() : new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
        r = { kind: 'ok', output: encodeOutput(outBytes) };
      } catch (e) {
        r = classifyError(e, ctx);
      }
      if (logs.length) r.logs = logs.map(([l, m]) => [l, m.replaceAll(ctx.base, '{base}')]);
      if (shimCalls.size) r.shimmed = [...shimCalls].sort();
      results.push(r);
    }
  } finally {
    await plugin.close();
  }
  return results;
}

function sameOutput(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

function agrees(expected, actual) {
  if (expected.kind !== actual.kind) return false;
  switch (expected.kind) {
    case 'ok':
      return sameOutput(expected.output, actual.output) && (!expected.logs || JSON.stringify(expected.logs) === JSON.stringify(actual.logs ?? []));
    case 'guest_error':
      return expected.message === actual.message;
    case 'host_error':
    case 'create_error':
      return actual.message.toLowerCase().includes(expected.message_contains.toLowerCase());
    default:
      return true;
  }
}

// JSON with 2-space indentation, but any array or object that fits in 120 columns on one line stays on one line.
function formatJson(value, indent = '') {
  const flat = JSON.stringify(value);
  if (value === null || typeof value !== 'object' || indent.length + flat.length <= 120) return flat;
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    return `[\n${value.map((v) => inner + formatJson(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatJson(v, inner)}`);
  return `{\n${entries.join(',\n')}\n${indent}}`;
}

// manifests/count-vowels.yaml must name the committed plugin with its current sha256.
function checkManifestHash() {
  const file = path.join(root, 'manifests/count-vowels.yaml');
  const yaml = readFileSync(file, 'utf8');
  const wasmPath = /^\s*-?\s*path:\s*(\S+)\s*$/m.exec(yaml)?.[1];
  const hash = /^\s*hash:\s*([0-9a-f]{64})\s*$/m.exec(yaml)?.[1];
  const actual = wasmPath ? sha256(readFileSync(path.resolve(path.dirname(file), wasmPath))) : undefined;
  if (!hash || hash !== actual) {
    console.error(`${file}: hash ${hash} does not match ${wasmPath} (sha256 ${actual}); update the manifest`);
    process.exit(3);
  }
}

async function main() {
  checkManifestHash();
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const outIndex = args.indexOf('--out');
  const outFile = outIndex >= 0 ? path.resolve(args[outIndex + 1]) : path.join(root, 'test-guests/expected.json');

  const server = await startServer();
  const ctx = { base: `http://127.0.0.1:${server.address().port}` };
  const cases = buildCases();
  const disagreements = [];
  try {
    for (const c of cases) {
      const perSdk = {};
      for (const sdk of SDKS) perSdk[sdk.version] = await runCase(sdk, c, ctx);
      c.calls.forEach((cl, i) => {
        cl.js = {};
        cl.js_agrees = {};
        for (const sdk of SDKS) {
          const r = perSdk[sdk.version][i];
          cl.js[sdk.version] = r;
          cl.js_agrees[sdk.version] = agrees(cl.expected, r);
          if (!cl.js_agrees[sdk.version]) {
            const why = DEVIATIONS[`${c.id}#${i}@${sdk.version}`] ?? DEVIATIONS[`${c.id}@${sdk.version}`] ?? DEVIATIONS[`${c.id}#${i}`] ?? DEVIATIONS[c.id];
            if (why) {
              cl.deviation = { ...(cl.deviation ?? {}), [sdk.version]: why };
            } else {
              disagreements.push(`${c.id}#${i} (${cl.export}) @ ${sdk.version}: expected ${JSON.stringify(cl.expected)}, got ${JSON.stringify(r)}`);
            }
          }
        }
      });
    }
  } finally {
    server.close();
  }

  const sdkVersion = (pkg) => JSON.parse(readFileSync(path.join(here, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  const document = {
    about:
      'Results of the xtp4j test guests, generated by benchmarks/peers/node/crosscheck.mjs. "expected" is what the Extism reference runtime returns ' +
      '(and xtp4j must return); "js" is what each Extism JS SDK returned; "deviation" explains each disagreement. See test-guests/README.md.',
    forms: {
      input: '{"text": s} (UTF-8) | {"base64": b} | {"repeat": s, "count": n} (s repeated n times); "{base}" in a text is the HTTP test server base URL',
      output: '{"text": s} when valid UTF-8 and <= 4096 bytes | {"base64": b} when <= 4096 bytes | {"length": n, "sha256": hex} when longer',
      kinds: {
        ok: 'rc 0; output (empty text when the guest set none)',
        guest_error: 'the guest set an error: message is the whole error block; rc = the export return value (-1 after a trap; absent = do not assert)',
        nonzero_rc: 'the export returned rc without setting an error ("Returned non-zero exit code: {rc}")',
        trap: 'a wasm trap in the guest; rc 134',
        host_error: 'a host function or the runtime failed the call; message_contains is a substring to expect (case-insensitive)',
        wasi_exit: 'proc_exit(rc) with rc != 0',
        create_error: 'creating the plugin failed; message_contains is a substring to expect (case-insensitive)',
      },
      logs: '[[level, message], ...] logged by the host during the call, in order (only asserted when present in expected)',
      options: {
        config: 'manifest config',
        wasi: 'enable WASI (default false)',
        log_level: 'host log level: trace|debug|info|warn|error|off (default off: get_log_level returns 2147483647)',
        allowed_hosts: 'manifest allowed_hosts',
        host_functions: 'register the host functions in "host_functions"',
        http_server: 'run the HTTP test server described in "http_server" and substitute {base}',
      },
    },
    sdks: Object.fromEntries(
      SDKS.map((s) => [s.version, { package: s.version === '1.0.3' ? '@extism/extism' : 'extism-2 (npm alias of @extism/extism)', installed: sdkVersion(s.version === '1.0.3' ? '@extism/extism' : 'extism-2'), notes: SDK_NOTES[s.version] }]),
    ),
    guests: Object.fromEntries(Object.entries(GUESTS).map(([name, file]) => [name, { path: file, size: guestBytes[name].length, sha256: sha256(guestBytes[name]) }])),
    host_functions: HOST_FUNCTIONS,
    http_server: { routes: HTTP_ROUTES },
    cases,
  };
  const json = formatJson(document) + '\n';

  if (disagreements.length) {
    console.error(`${disagreements.length} unexplained disagreement(s) between expected and JS SDK results:`);
    for (const d of disagreements) console.error(`  ${d}`);
  }
  if (check) {
    let current = '';
    try {
      current = readFileSync(outFile, 'utf8');
    } catch {
      // missing file: differs
    }
    if (current !== json) {
      console.error(`${outFile} is out of date; run: node crosscheck.mjs`);
      process.exit(1);
    }
    console.log(`${outFile} is up to date`);
  } else {
    writeFileSync(outFile, json);
    const calls = cases.reduce((n, c) => n + c.calls.length, 0);
    console.log(`wrote ${outFile}: ${cases.length} cases, ${calls} calls`);
  }
  if (disagreements.length) process.exit(2);
}

await main();
