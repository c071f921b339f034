#!/usr/bin/env bash
# Q10: an empty namespace secure.
set -eu
kubectl --context cluster1 create namespace secure
