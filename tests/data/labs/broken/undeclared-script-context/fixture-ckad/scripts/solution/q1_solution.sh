#!/bin/bash
kubectl config use-context cluster1
kubectl --context=cluster2 run nginx -n dev --image=nginx:1.27
