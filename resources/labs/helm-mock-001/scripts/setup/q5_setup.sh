#!/usr/bin/env bash
# Q5: three revisions: 1 replica, then 4, then 2. The files the candidate writes must not exist yet.
set -eu
chart=/opt/ckx/lab/scripts/charts/webapp
helm --kube-context cluster1 upgrade --install crm "$chart" -n crm --create-namespace --set replicaCount=1
helm --kube-context cluster1 upgrade crm "$chart" -n crm --set replicaCount=4
helm --kube-context cluster1 upgrade crm "$chart" -n crm --set replicaCount=2
rm -f /home/candidate/crm-revision.txt /home/candidate/crm-manifest.yaml
