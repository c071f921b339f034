#!/usr/bin/env bash
# Q7: the archive's manifest lists both tags.
set -u
f=/home/candidate/answers/q7-bundle.tar
[ -s "$f" ] || { echo "$f is missing or empty."; exit 1; }
manifest=$(tar -xOf "$f" manifest.json 2>/dev/null) || { echo "$f is not an image archive (no manifest.json)."; exit 1; }
for t in "vendor/$APP-tool:$VERSION" "ckx-lab/imgbase:1"; do
    grep -qF "\"$t\"" <<<"$manifest" || { echo "$f does not hold the image '$t' by name."; exit 1; }
done
echo "$f holds both images."
