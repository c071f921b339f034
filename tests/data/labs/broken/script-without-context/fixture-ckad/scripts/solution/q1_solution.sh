#!/bin/bash
kubectl --context cluster1 run nginx -n dev --image=nginx:1.27
