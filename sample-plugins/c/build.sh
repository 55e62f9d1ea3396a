#!/bin/sh
# Builds kitchen-sink.wasm from the C sources in this folder (clang + wasi-libc, a WASI reactor that imports
# nothing from WASI unless your code uses stdio). Usage: sh build.sh [output.wasm]
#
# Toolchain (Debian/Ubuntu): apt-get install clang lld wasi-libc libclang-rt-14-dev-wasm32
# Set CLANG to use another clang, e.g. CLANG=clang-19 sh build.sh
set -eu

here=$(cd "$(dirname "$0")" && pwd)
out=${1:-"$here/kitchen-sink.wasm"}
clang=${CLANG:-clang}

"$clang" --target=wasm32-wasi -mexec-model=reactor -Oz -Wall -Wextra -Werror \
    -I"$here" -Wl,--strip-all -o "$out" "$here"/*.c
echo "built $out ($(wc -c < "$out") bytes)"
