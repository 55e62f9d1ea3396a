// count-vowels: a sample Extism plugin for xtp4j, written with the upstream AssemblyScript PDK (@extism/as-pdk).
//
// Exports (see README.md):
//   count_vowels  input text -> {"count":N,"total":T,"vowels":"..."}; config "vowels", var "total"
//   greet         input name -> "<greeting>, <name>!"; config "greeting"
//   fail          always fails: sets an error message with error_set and returns 1
//   throw_error   always fails: throws, and the custom abort handler below turns that into an error message
import { Config, Host, Memory, Var } from "@extism/as-pdk";
import { error_set } from "@extism/as-pdk/lib/env";

const DEFAULT_VOWELS = "aeiouAEIOU";
const DEFAULT_GREETING = "Hello";

// Passed to the compiler with `--use abort=assembly/index/myAbort`, so the module does not import env.abort.
// Reports the abort as the call's error message, then traps.
function myAbort(message: string | null, fileName: string | null, lineNumber: u32, columnNumber: u32): void {
  const text =
    (message === null ? "abort" : message) +
    " (" + (fileName === null ? "?" : fileName) + ":" + lineNumber.toString() + ":" + columnNumber.toString() + ")";
  setError(text);
  unreachable();
}

// Sets the call's error message. A set error fails the call whatever the export returns.
function setError(message: string): void {
  error_set(Memory.allocateString(message).offset);
}

// Sets the call's output to the UTF-8 bytes of s. (Host.outputString in @extism/as-pdk 1.0.0 passes the UTF-16
// length to output_set, which is wrong for non-ASCII text.)
function outputUtf8(s: string): void {
  Host.output(Uint8Array.wrap(String.UTF8.encode(s)));
}

// Escapes s for use inside a JSON string literal.
function jsonEscape(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c == 0x22) {
      out += "\\\"";
    } else if (c == 0x5c) {
      out += "\\\\";
    } else if (c < 0x20) {
      out += "\\u00" + (c < 0x10 ? "0" : "") + c.toString(16);
    } else {
      out += String.fromCharCode(c);
    }
  }
  return out;
}

// Counts the code points of the input that occur in the vowel set (config "vowels", default "aeiouAEIOU") and
// adds the count to the running total kept in var "total" (decimal text).
export function count_vowels(): i32 {
  const input = Host.inputString();
  const configured = Config.get("vowels");
  const vowels = configured === null ? DEFAULT_VOWELS : configured;

  const set = new Set<i32>();
  for (let i = 0; i < vowels.length; i++) {
    const cp = vowels.codePointAt(i);
    set.add(cp);
    if (cp > 0xffff) i++;
  }

  let count: i64 = 0;
  for (let i = 0; i < input.length; i++) {
    const cp = input.codePointAt(i);
    if (set.has(cp)) count++;
    if (cp > 0xffff) i++;
  }

  const previous = Var.getString("total");
  const total: i64 = (previous === null ? 0 : I64.parseInt(previous)) + count;
  Var.set("total", Uint8Array.wrap(String.UTF8.encode(total.toString())));

  outputUtf8(
    '{"count":' + count.toString() + ',"total":' + total.toString() + ',"vowels":"' + jsonEscape(vowels) + '"}',
  );
  return 0;
}

// Greets the input name (default "World") with config "greeting" (default "Hello").
export function greet(): i32 {
  const input = Host.inputString();
  const name = input.length == 0 ? "World" : input;
  const configured = Config.get("greeting");
  const greeting = configured === null ? DEFAULT_GREETING : configured;
  outputUtf8(greeting + ", " + name + "!");
  return 0;
}

// Fails with the message "fail: <input>" through error_set and return code 1.
export function fail(): i32 {
  setError("fail: " + Host.inputString());
  return 1;
}

// Fails by throwing; myAbort sets the error message "throw_error: <input> (assembly/index.ts:<line>:<column>)"
// and traps.
export function throw_error(): i32 {
  throw new Error("throw_error: " + Host.inputString());
}
