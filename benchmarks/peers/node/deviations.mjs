// Where the Extism JS SDK differs from the reference runtime (and so from what xtp4j must do), as observed by
// crosscheck.mjs and explained from the SDK sources (src/call-context.ts, src/foreground-plugin.ts,
// src/background-plugin.ts, src/http-context.ts of each version, read from the source maps in node_modules).
//
// DEVIATIONS keys: "<case id>" (every call, both SDKs), "<case id>@<version>", "<case id>#<call index>" or
// "<case id>#<call index>@<version>". crosscheck.mjs fails (exit 2) on any disagreement without an explanation.

const V1 = '1.0.3';
const V2 = '2.0.0-rc13';

const BLOCK_ZERO =
  'handles are blockIndex << 48 | offset and block 0 is a reserved 1-byte block, so 0 and any value below 2^48 ' +
  'resolve to it';

export const DEVIATIONS = {
  'kernel.length_checks':
    'alloc(0) returns a handle to an empty block instead of 0; length(handle + 1) returns the whole block length ' +
    '(the offset part of a handle is ignored); length(0) and length_unsafe(0) return 1 (' + BLOCK_ZERO + ')',
  'kernel.overrun':
    'load_u64/store_u64 use a DataView per block: an 8-byte access at offset 0 of a 1..7-byte block throws ' +
    'RangeError ("Offset is outside the bounds of the DataView"), which fails the call instead of being tolerated',
  'kernel.output_partial': 'output_set ignores its length argument and outputs the whole block',
  'kernel.error_cleared':
    'error_set(0) does not clear the error: it sets block 0 (a single NUL byte) as the error, so the call fails ' +
    'with the message "\\u0000"',
  'kernel.nonzero': 'the return value of the export is ignored: a non-zero rc without an error counts as success',
  'kernel.config_echo#4@1.0.3':
    'an empty config value makes config_get throw "failed to store output" (store() refuses empty values), ' +
    'failing the call',
  'kernel.config_echo#4@2.0.0-rc13':
    'an empty config value comes back as a handle to an empty block instead of 0, so the guest outputs ""',
  'kernel.consumed_handles@1.0.3': 'config_get, var_get, var_set and log_* do not free their argument handles',
  'kernel.consumed_handles@2.0.0-rc13':
    'config_get, var_get and log_* free their key/message handles, but var_set frees neither the key nor the value',
  'kernel.log_levels.info#0@1.0.3':
    '1.0.3 has no log level: log_info/log_debug/log_warn/log_error always log (trace comes from the shim)',
  'kernel.log_levels.error#0@1.0.3':
    '1.0.3 has no log level: log_info/log_debug/log_warn/log_error always log (trace comes from the shim)',
  'kernel.log_levels.off#0@1.0.3':
    '1.0.3 has no log level: log_info/log_debug/log_warn/log_error always log (trace comes from the shim)',
  'kernel.alloc_many_70000':
    'a handle holds the block index in its top 16 bits, so the 65,536th block wraps around: alloc returns 0 or ' +
    'an alias of an older block and the call fails ("cannot assign … to this block")',
  'kernel.bad_handles.length_junk': 'length of junk below 2^48 returns 1: ' + BLOCK_ZERO,
  'kernel.bad_handles.load_far':
    'load_u8/load_u64 at an offset beyond the block throw RangeError instead of returning 0, failing the call',
  'kernel.bad_handles.store_far':
    'store_u8/store_u64 at an offset beyond the block throw RangeError instead of being ignored, failing the call',
  'kernel.bad_handles.input_far':
    'input_load_u8/input_load_u64 beyond the input throw RangeError instead of returning 0, failing the call',
  'kernel.bad_handles.input_short':
    'input_load_u64 of a word that extends past the input throws RangeError instead of returning 0',
  'kernel.bad_handles.all#0': 'the first out-of-range access throws RangeError (see the single-probe cases)',
  'kernel.config_bad_handle':
    'config_get does not validate its handle: ' + BLOCK_ZERO + ', so it reads the key "\\u0000", finds nothing and ' +
    'returns 0 instead of trapping',
  'kernel.http#4':
    'an empty response body fails the call (the worker reports "[object Object]") instead of http_request ' +
    'returning 0',
  'reactor.count_calls.no_wasi@1.0.3':
    '1.0.3 calls _initialize only when useWasi is true (through node:wasi initialize), so without WASI the ' +
    'constructors never run',
  'command.start#2':
    'calling _start does not recreate the instance or the vars, so main_ran sees the state main left behind',
  'command.exit_0':
    'WASI proc_exit is not translated into an exit code: node:wasi throws its internal kExitCode symbol, which ' +
    'fails the call even for proc_exit(0)',
  'command.exit_3':
    'WASI proc_exit is not translated into an exit code: the call fails with "Symbol(kExitCode)" and no rc',
  'command.exit_invalid':
    'WASI proc_exit fails the call with "Symbol(kExitCode)"; the error message the guest set is lost',
  'count-vowels.errors#1':
    'when the export traps, the error message the guest set before trapping is ignored and the trap is reported',
};

export const SDK_NOTES = {
  [V1]: [
    'The kernel is re-implemented in TypeScript: handles are blockIndex << 48 | offset, each block is its own ' +
      'ArrayBuffer, and block 0 is a reserved 1-byte block that 0 and small junk values resolve to.',
    'Missing imports: get_log_level, log_trace, http_headers, error_get, memory_bytes, input_set, output_length, ' +
      'output_offset, reset. A guest importing any of them cannot be created; crosscheck.mjs shims get_log_level ' +
      'and log_trace (results say "shimmed" when a shim was called).',
    'The export return code is ignored; output_set ignores its length; error_set(0) sets block 0 as the error.',
    'Out-of-range load/store/input_load calls throw RangeError (8-byte overruns of short blocks included).',
    'No log level: every log_* call is logged. config_get/var_get/var_set/log_* never free their arguments; ' +
      'var_get returns the var\'s own block rather than a copy.',
    'The kernel is not reset between calls: blocks accumulate until plugin.reset(). As a handle holds the block ' +
      'index in 16 bits, a plugin that is never reset breaks after 65,535 allocations in total (alloc wraps ' +
      'around to 0 or to aliases of older blocks); one call cannot use more than 65,535 blocks.',
    '_initialize is only called with useWasi: true. _start is not special: no instance re-creation afterwards.',
    'http_request only works with runInWorker: true; in the foreground it logs "http_request is not enabled" and ' +
      'returns 0.',
    'WASI proc_exit (even 0) fails the call with "Symbol(kExitCode)". A trap after error_set reports the trap.',
  ],
  [V2]: [
    'Same handle scheme as 1.0.3 (block 0 reserved), same RangeError on out-of-range accesses, return code ' +
      'ignored, output_set length ignored, error_set(0) not clearing, _start not recreating the instance, ' +
      'proc_exit failing the call, trap after error_set reported as a trap.',
    'Has get_log_level (2147483647 when the level is "silent", the default; the ABI reference describes ' +
      '0xffffffff for an infinite level, which this version never returns), log_trace, http_headers and ' +
      'error_get, and filters log_* by level on the host side.',
    'config_get, var_get and log_* free their key/message handles; var_set frees neither handle.',
    'The kernel is reset at the start of every call, but one call still cannot use more than 65,535 blocks. ' +
      '_initialize is called with or without WASI.',
    'An empty config value is returned as a handle to an empty block instead of 0.',
    'http_request works only with runInWorker: true in node 20 (no JSPI on the main thread).',
  ],
};
