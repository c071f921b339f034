#!/usr/bin/env bash
# Reference answer for Q12: label the namespace, then one ingress rule with namespace AND pod selector.
set -eu
kubectl --context cluster1 label namespace monitoring team=monitoring --overwrite
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-monitoring, namespace: payments}
spec:
  podSelector: {matchLabels: {app: payments}}
  policyTypes: [Ingress]
  ingress:
  - from:
    - namespaceSelector: {matchLabels: {team: monitoring}}
      podSelector: {matchLabels: {app: prometheus}}
    ports: [{protocol: TCP, port: 9090}]
YAML
