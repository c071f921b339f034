#!/usr/bin/env bash
# Reference answer for Q9: the field layouts match, so the versions are all that changes (kubectl convert would do
# the same where its plugin is installed).
set -eu
sed -i 's#^apiVersion: autoscaling/v2beta2$#apiVersion: autoscaling/v2#; s#^apiVersion: policy/v1beta1$#apiVersion: policy/v1#' /root/ckad/legacy/app.yaml
kubectl --context cluster1 apply -f /root/ckad/legacy/app.yaml
