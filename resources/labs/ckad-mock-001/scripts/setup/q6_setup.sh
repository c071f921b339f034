#!/usr/bin/env bash
# Q6: the namespace to work in.
set -eu
kubectl create namespace jupiter --dry-run=client -o yaml | kubectl apply -f -
