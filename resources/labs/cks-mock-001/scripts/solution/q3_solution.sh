#!/usr/bin/env bash
# Reference answer for Q3.
set -eu
ctx=cluster1
kubectl --context "$ctx" delete clusterrolebinding monitor-admin
kubectl --context "$ctx" create clusterrole monitor-read --verb=get,list,watch --resource=pods,nodes
kubectl --context "$ctx" create clusterrolebinding monitor-read --clusterrole=monitor-read --serviceaccount=observability:monitor
