#!/usr/bin/env bash
# Q5: the post-renderer works on its own.
set -u
f=/home/candidate/add-owner.sh
[ -x "$f" ] || { echo "$f does not exist or is not executable."; exit 1; }
out=$(printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: probe\n  labels:\n    a: b\n' | "$f" 2>/dev/null)
grep -q 'owner: platform-team' <<<"$out" || { echo "$f does not add owner: platform-team to a manifest on stdin."; exit 1; }
echo "$f adds the owner label."
