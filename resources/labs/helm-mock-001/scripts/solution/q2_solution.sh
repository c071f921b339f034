#!/usr/bin/env bash
# Reference answer for Q2.
set -eu
helm --kube-context cluster1 install blog /opt/charts/webapp -n blog --create-namespace --set replicaCount=3 --set service.type=NodePort
