#!/usr/bin/env bash
# Reference answer for Q17.
set -eu
kubectl --context cluster1 -n svc-lab expose pod echo --name=echo-svc --port=8080 --target-port=80
echo echo-svc.svc-lab.svc.cluster.local > /root/ckad/echo-fqdn.txt
kubectl --context cluster1 -n svc-lab wait --for=condition=Ready pod/echo --timeout=60s
kubectl --context cluster1 -n other wait --for=condition=Ready pod/caller --timeout=60s
