#!/usr/bin/env bash
# Q4: the newest revision of pay is a rollback to revision 1 and is deployed.
set -u
history=$(helm --kube-context cluster1 history pay -n pay -o json 2>/dev/null) || { echo "No Helm release 'pay' in namespace 'pay'."; exit 1; }
last=$(jq -r '.[-1] | "\(.status)|\(.description)"' <<<"$history")
case "$last" in
    "deployed|Rollback to 1") echo "Release 'pay' was rolled back to revision 1." ;;
    *) echo "The newest revision of 'pay' is '$last', expected a deployed 'Rollback to 1'."; exit 1 ;;
esac
