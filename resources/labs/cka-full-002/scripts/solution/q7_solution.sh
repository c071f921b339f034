#!/usr/bin/env bash
# Reference answer for Q7: a new token and its join command from the control plane, run on the worker.
set -eu
join=$(ssh cluster3-controlplane 'kubeadm token create --ttl 2h --print-join-command')
case $join in "kubeadm join "*) ;; *) echo "unexpected join command: $join" >&2; exit 1 ;; esac
# The worker still holds ca.crt and a stopped kubelet from its first join: preflight would refuse both.
# shellcheck disable=SC2029 # the join command is meant to expand here
ssh cluster3-node02 "$join --ignore-preflight-errors=all"
node=$(ssh cluster3-node02 hostname)
for _ in $(seq 30); do kubectl --context cluster3 get node "$node" >/dev/null 2>&1 && break; sleep 2; done
kubectl --context cluster3 wait --for=condition=Ready "node/$node" --timeout=120s
