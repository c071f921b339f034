#!/usr/bin/env bash
# Q3: an empty namespace design (shared with Q2; both only create it if missing).
set -eu
kubectl --context cluster1 create namespace design 2>/dev/null || kubectl --context cluster1 get namespace design -o name
