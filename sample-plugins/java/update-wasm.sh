#!/bin/sh
# Copies the module the last build produced (target/wasm/count-vowels.wasm) over the committed count-vowels.wasm and
# puts its sha256 into manifests/count-vowels-java.yaml. Run it after `mvn -pl sample-plugins/java -am verify` has
# failed with "count-vowels.wasm is stale" (TeaVM's output is reproducible, so the copy only changes with the code).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
built="$here/target/wasm/count-vowels.wasm"
manifest="$here/../../manifests/count-vowels-java.yaml"
if [ ! -f "$built" ]; then
    echo "$built not found: build first (mvn -pl sample-plugins/java -am package)" >&2
    exit 1
fi
cp "$built" "$here/count-vowels.wasm"
hash=$(sha256sum "$here/count-vowels.wasm" | cut -d' ' -f1)
sed -i "s/^    hash: [0-9a-f]\{64\}$/    hash: $hash/" "$manifest"
echo "count-vowels.wasm: $(wc -c < "$here/count-vowels.wasm") bytes, sha256 $hash"
