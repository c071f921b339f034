#!/bin/bash
kubectl --context kind-alpha run nginx -n dev --image=nginx:1.27
