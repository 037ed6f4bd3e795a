#!/usr/bin/env bash
# Builds the seed corpus in DIR (emptied first): every *.inc under tests/ and examples/ plus fuzz/seeds/,
# deduplicated by content (file name = first 16 hex digits of its SHA-256), at most 16 KB each.
#   fuzz/corpus.sh DIR
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:?usage: fuzz/corpus.sh DIR}"
rm -rf "$dir"
mkdir -p "$dir"
find tests examples fuzz/seeds \( -name bin -o -name obj -o -name node_modules \) -prune -o -name '*.inc' -type f -size -16k -print0 | sort -z | while IFS= read -r -d '' file; do
  hash=$(sha256sum "$file" | cut -c1-16)
  [ -e "$dir/$hash.inc" ] || cp "$file" "$dir/$hash.inc"
done
echo "seed corpus: $(find "$dir" -type f | wc -l) files, $(du -sk "$dir" | cut -f1) KB in $dir"
