#!/usr/bin/env bash
# Q16: an empty namespace quota-lab without quota or limits.
set -eu
kubectl --context cluster1 create namespace quota-lab
