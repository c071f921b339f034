#!/usr/bin/env bash
# Q8: the namespace to work in.
set -eu
kubectl create namespace pluto --dry-run=client -o yaml | kubectl apply -f -
