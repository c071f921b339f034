#!/usr/bin/env bash
# Q9: legacy/legacy-web exists as a Deployment, an autoscaling/v2 HPA (2-5 replicas, 70 % CPU) and a policy/v1 PDB
# (minAvailable 1).
set -u
kubectl --context cluster1 -n legacy get deployment legacy-web -o name >/dev/null 2>&1 || { echo "No deployment legacy-web in legacy."; exit 1; }
hpa=$(kubectl --context cluster1 -n legacy get horizontalpodautoscalers.v2.autoscaling legacy-web -o json 2>/dev/null) || { echo "No HPA legacy-web in legacy."; exit 1; }
jq -e '.spec.minReplicas == 2 and .spec.maxReplicas == 5 and .spec.scaleTargetRef.name == "legacy-web" and
       any(.spec.metrics[]; .type == "Resource" and .resource.name == "cpu" and .resource.target.type == "Utilization" and .resource.target.averageUtilization == 70)' <<<"$hpa" >/dev/null ||
    { echo "HPA legacy-web is not 2-5 replicas at 70 % CPU of legacy-web."; exit 1; }
pdb=$(kubectl --context cluster1 -n legacy get poddisruptionbudgets.v1.policy legacy-web -o json 2>/dev/null) || { echo "No PDB legacy-web in legacy."; exit 1; }
jq -e '.spec.minAvailable == 1 and .spec.selector.matchLabels.app == "legacy-web"' <<<"$pdb" >/dev/null || { echo "PDB legacy-web is not minAvailable 1 for app=legacy-web."; exit 1; }
echo "legacy-web, its HPA and its PDB are applied."
