#!/usr/bin/env bash
# Q5: the namespace to work in.
set -eu
kubectl create namespace mars --dry-run=client -o yaml | kubectl apply -f -
