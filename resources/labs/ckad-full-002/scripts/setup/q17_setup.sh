#!/usr/bin/env bash
# Q17: pod echo in svc-lab and a caller pod in the namespace other; no Service yet.
set -eu
kubectl --context cluster1 create namespace svc-lab
kubectl --context cluster1 create namespace other
kubectl --context cluster1 -n svc-lab run echo --image=nginx:1.27-alpine --labels=app=echo,tier=edge --port=80
kubectl --context cluster1 -n other run caller --image=busybox:1.36 --restart=Never -- sleep 86400
mkdir -p /root/ckad && rm -f /root/ckad/echo-fqdn.txt
