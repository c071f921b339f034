#!/usr/bin/env bash
# Q2: an empty namespace design (shared with Q3; both only create it if missing).
set -eu
kubectl --context cluster1 create namespace design 2>/dev/null || kubectl --context cluster1 get namespace design -o name
