#!/usr/bin/env bash
# Reference answer for Q12.
set -eu
kubectl --context cluster1 create serviceaccount deployer -n rbac --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
kubectl --context cluster1 create role deployer-role -n rbac --verb=get,list,create,update --resource=deployments.apps \
    --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
kubectl --context cluster1 create rolebinding deployer-binding -n rbac --role=deployer-role --serviceaccount=rbac:deployer \
    --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: deploy-bot
  namespace: rbac
spec:
  serviceAccountName: deployer
  containers:
    - name: bot
      image: busybox:1.36
      command: ["sleep", "3600"]
YAML
