#!/bin/sh
# Builds the xtp4j test guests from src/ into OUTDIR (default: test-guests/wasm/).
#
# Needs: clang + lld with the wasm32 target, wasi-libc (for reactor.wasm and command.wasm)
#   (Debian: apt-get install clang lld wasi-libc libclang-rt-14-dev-wasm32).
# Set CLANG to use another clang (e.g. CLANG=clang-19). Output is deterministic for a given clang version.
# Validates every module with wasm-validate (apt wabt) when present, otherwise with node's WebAssembly.validate.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
out=${1:-"$here/wasm"}
clang=${CLANG:-clang}
src="$here/src"

mkdir -p "$out"

warnings="-Wall -Wextra -Werror"
includes="-I$here/../pdk/c"
freestanding="--target=wasm32-unknown-unknown -nostdlib -ffreestanding -Wl,--no-entry"
wasi="--target=wasm32-wasi"

build() {
    name=$1
    shift
    "$clang" $warnings $includes "$@" -o "$out/$name.wasm" "$src/$name.c"
    echo "built $out/$name.wasm ($(wc -c < "$out/$name.wasm") bytes)"
}

# Test guests keep their name section, so traps in the host show function names.
build kernel $freestanding -Oz
build host $freestanding -Oz
# Benchmark guests: optimised for speed, stripped.
build bench $freestanding -O2 -Wl,--strip-all
# wasi-libc guests (stripped: the libc symbol names would dominate the size).
build reactor $wasi -Oz -mexec-model=reactor -Wl,--strip-all
build command $wasi -Oz -Wl,--strip-all
build wasi_fs $wasi -Oz -mexec-model=reactor -Wl,--strip-all

for f in kernel host bench reactor command wasi_fs; do
    if command -v wasm-validate > /dev/null 2>&1; then
        wasm-validate "$out/$f.wasm"
    elif command -v node > /dev/null 2>&1; then
        node -e 'const b=require("fs").readFileSync(process.argv[1]); if(!WebAssembly.validate(b)){console.error("invalid: "+process.argv[1]);process.exit(1)}' "$out/$f.wasm"
    else
        echo "warning: neither wasm-validate nor node found; $f.wasm not validated" >&2
    fi
done
echo "all guests valid"
