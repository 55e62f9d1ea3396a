#!/bin/sh
# Builds the count-vowels AssemblyScript plugin into OUTDIR/count-vowels.wasm (default: this folder).
# Run `npm ci` in this folder first (pinned: assemblyscript 0.28.20, @extism/as-pdk 1.0.0).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
out=${1:-"$here"}
mkdir -p "$out"
out=$(cd "$out" && pwd)
cd "$here"

if [ ! -x node_modules/.bin/asc ]; then
    echo "node_modules/.bin/asc not found: run 'npm ci' in $here first" >&2
    exit 1
fi

# --use abort=...: route AssemblyScript aborts to our handler, so the module does not import env.abort
# (Extism hosts do not provide it).
node_modules/.bin/asc assembly/index.ts \
    --outFile "$out/count-vowels.wasm" \
    --optimize \
    --use abort=assembly/index/myAbort

# Fail if anything other than extism:host/env is imported.
node -e '
const bytes = require("fs").readFileSync(process.argv[1]);
if (!WebAssembly.validate(bytes)) { console.error("invalid module: " + process.argv[1]); process.exit(1); }
const imports = WebAssembly.Module.imports(new WebAssembly.Module(bytes));
const foreign = imports.filter((i) => i.module !== "extism:host/env");
if (foreign.length) { console.error("unexpected imports: " + JSON.stringify(foreign)); process.exit(1); }
' "$out/count-vowels.wasm"
echo "built $out/count-vowels.wasm ($(wc -c < "$out/count-vowels.wasm") bytes)"
