#!/usr/bin/env bash
# Reference answer for Q6.
set -eu
helm --kube-context cluster1 install metrics /opt/charts/webapp -n monitoring --create-namespace --set replicaCount=2
