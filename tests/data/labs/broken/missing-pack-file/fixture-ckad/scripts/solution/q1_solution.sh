#!/bin/bash
cp -r /opt/ckx/lab/scripts/charts/webapp /tmp/
kubectl run nginx -n dev --image=nginx:1.27
