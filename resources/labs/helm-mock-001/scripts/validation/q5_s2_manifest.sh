#!/usr/bin/env bash
# Q5: the saved manifest equals `helm get manifest` of the current revision (whitespace aside).
set -u
f=/home/candidate/crm-manifest.yaml
[ -s "$f" ] || { echo "$f does not exist or is empty."; exit 1; }
current=$(helm --kube-context cluster1 get manifest crm -n crm 2>/dev/null) || { echo "No Helm release 'crm' in namespace 'crm'."; exit 1; }
if ! diff -q -w -B <(printf '%s\n' "$current") "$f" >/dev/null; then
    echo "$f differs from the manifest of the current revision of 'crm' (helm get manifest)."
    exit 1
fi
echo "$f holds the current manifest of 'crm'."
