#!/usr/bin/env bash
# Q15: frontend, backend and db pods in netpol; no policy yet, so everything talks to everything.
set -eu
kubectl --context cluster1 create namespace netpol
for app in frontend backend db; do
    kubectl --context cluster1 -n netpol run "$app" --image=nginx:1.27-alpine --labels="app=$app" --port=80
done
