#!/bin/sh
# Copies the module the last build produced (target/wasm/kitchen-sink.wasm) over the committed kitchen-sink.wasm.
# Run it after `mvn -pl sample-plugins/java/kitchen-sink -am verify` has failed with "kitchen-sink.wasm is stale"
# (TeaVM's output is reproducible, so the copy only changes with the code, the generator or the PDK).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
built="$here/target/wasm/kitchen-sink.wasm"
if [ ! -f "$built" ]; then
    echo "$built not found: build first (mvn -pl sample-plugins/java/kitchen-sink -am package)" >&2
    exit 1
fi
cp "$built" "$here/kitchen-sink.wasm"
echo "kitchen-sink.wasm: $(wc -c < "$here/kitchen-sink.wasm") bytes, sha256 $(sha256sum "$here/kitchen-sink.wasm" | cut -d' ' -f1)"
