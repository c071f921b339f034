#!/usr/bin/env bash
# Q3: ConfigMap ledger/ledger-config is back in cluster2 with the UID it had in the backup (restored, not re-created).
set -u
want=$(cat /root/.ckx-lab/cka-full-q3-uid 2>/dev/null)
[ -n "$want" ] || { echo "The lab's record of the backed-up ConfigMap is missing."; exit 1; }
got=$(kubectl --context cluster2 get configmap ledger-config -n ledger -o jsonpath='{.metadata.uid} {.data.currency}' 2>/dev/null) || {
    echo "ConfigMap ledger/ledger-config is not in cluster2."
    exit 1
}
read -r uid currency <<<"$got"
[ "$uid" = "$want" ] || { echo "ConfigMap ledger/ledger-config exists but was re-created, not restored from the snapshot."; exit 1; }
[ "$currency" = "EUR" ] || { echo "ConfigMap ledger/ledger-config does not hold the backed-up data."; exit 1; }
echo "ledger/ledger-config was restored from the snapshot."
