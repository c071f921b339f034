#!/usr/bin/env bash
# Reference answer for Q14: a hosts block before the kubernetes plugin; the reload plugin picks it up (a restart
# makes it immediate).
set -eu
kubectl --context cluster1 -n kube-system get configmap coredns -o json |
    jq '.data.Corefile |= (if test("registry\\.corp\\.internal") then . else
          sub("(?<i>[ \t]*)kubernetes cluster\\.local"; "\(.i)hosts {\n\(.i)   10.96.200.10 registry.corp.internal\n\(.i)   fallthrough\n\(.i)}\n\(.i)kubernetes cluster.local") end)' |
    kubectl --context cluster1 replace -f -
kubectl --context cluster1 -n kube-system rollout restart deployment coredns
kubectl --context cluster1 -n kube-system rollout status deployment coredns --timeout=120s
kubectl --context cluster1 -n dns-hosts wait --for=condition=Ready pod/resolver --timeout=60s
