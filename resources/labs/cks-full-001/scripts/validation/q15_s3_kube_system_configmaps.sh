#!/usr/bin/env bash
# Q15: requests on configmaps in kube-system are audited at Request level, secrets at Metadata. The check reads
# both itself.
set -u
kubectl --context cluster1 get configmaps -n kube-system -o name >/dev/null 2>&1
kubectl --context cluster1 get secrets -n kube-system -o name >/dev/null 2>&1
sleep 2
ev=$(ssh cluster1-controlplane 'tail -n 3000 /var/log/kubernetes/audit/cks.log' 2>/dev/null | jq -R -r 'fromjson? | "\(.objectRef.resource // "-") \(.objectRef.namespace // "-") \(.level)"' 2>/dev/null)
cm=$(grep '^configmaps kube-system ' <<<"$ev" | awk '{print $3}' | sort -u | tr '\n' ' ')
[ "$cm" = "Request " ] || { echo "configmaps in kube-system are audited at '${cm% }', expected Request only."; exit 1; }
sec=$(grep '^secrets ' <<<"$ev" | awk '{print $3}' | sort -u | tr '\n' ' ')
[ "$sec" = "Metadata " ] || { echo "secrets are audited at '${sec% }', expected Metadata only."; exit 1; }
echo "kube-system configmaps at Request, secrets at Metadata."
