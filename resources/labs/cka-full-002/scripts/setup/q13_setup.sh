#!/usr/bin/env bash
# Q13: the catalog deployment behind a ClusterIP service; no external access, no ExternalName service yet.
set -eu
kubectl --context cluster1 create namespace catalog
kubectl --context cluster1 -n catalog create deployment catalog --image=nginx:1.27-alpine --port=80
kubectl --context cluster1 -n catalog expose deployment catalog --port=80 --target-port=80
