#!/usr/bin/env bash
# Q9: the overlay /home/candidate/kustomize/overlays/prod renders Deployment prod-catalog in kprod with 3 replicas
# and the label env=prod, built on the base.
set -u
d=/home/candidate/kustomize/overlays/prod
[ -f "$d/kustomization.yaml" ] || [ -f "$d/kustomization.yml" ] || [ -f "$d/Kustomization" ] || { echo "No kustomization in $d."; exit 1; }
json=$(kubectl --context cluster1 apply -k "$d" --dry-run=client -o json 2>/dev/null) || { echo "The overlay $d does not build."; exit 1; }
if ! jq -e '[if .kind == "List" then .items[] else . end | select(.kind == "Deployment")] as $d
    | ($d | length) == 1 and $d[0].metadata.name == "prod-catalog" and $d[0].metadata.namespace == "kprod"
      and $d[0].spec.replicas == 3 and $d[0].metadata.labels.env == "prod" and $d[0].spec.template.metadata.labels.env == "prod"
      and $d[0].spec.template.spec.containers[0].image == "busybox:1.36"' <<<"$json" >/dev/null; then
    echo "The overlay must render one Deployment prod-catalog in kprod with 3 replicas and env=prod on it and its pods."
    exit 1
fi
echo "The overlay renders prod-catalog as asked."
