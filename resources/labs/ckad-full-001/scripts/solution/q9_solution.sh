#!/usr/bin/env bash
# Reference answer for Q9.
set -eu
kubectl --context cluster1 wait --for=condition=Ready pod/logger -n obs --timeout=50s
kubectl --context cluster1 logs logger -n obs -c app | grep ERROR >/home/candidate/logger-errors.txt
