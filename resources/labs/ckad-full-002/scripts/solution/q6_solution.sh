#!/usr/bin/env bash
# Reference answer for Q6: install with 2 replicas, then upgrade keeping that value and changing the greeting.
set -eu
helm --kube-context cluster1 install notes /root/charts/notes-app -n notes --create-namespace --set replicaCount=2 --wait --timeout 120s
helm --kube-context cluster1 upgrade notes /root/charts/notes-app -n notes --reuse-values --set greeting=welcome --wait --timeout 120s
