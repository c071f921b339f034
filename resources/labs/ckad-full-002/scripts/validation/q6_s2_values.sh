#!/usr/bin/env bash
# Q6: after the upgrade the release runs 2 ready replicas (notes-app) and its ConfigMap notes-config says
# greeting "welcome".
set -u
got=$(kubectl --context cluster1 -n notes get deployment notes-app -o jsonpath='{.spec.replicas} {.status.readyReplicas}' 2>/dev/null)
[ "$got" = "2 2" ] || { echo "notes/notes-app has replicas/ready '${got}', expected 2 2."; exit 1; }
g=$(kubectl --context cluster1 -n notes get configmap notes-config -o jsonpath='{.data.greeting}' 2>/dev/null)
[ "$g" = welcome ] || { echo "notes/notes-config has greeting '${g}', expected welcome."; exit 1; }
echo "Release notes runs 2 replicas with greeting welcome."
