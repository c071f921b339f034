#!/bin/bash
# the pod must be running
kubectl get pod nginx -n dev | grep -q Running
