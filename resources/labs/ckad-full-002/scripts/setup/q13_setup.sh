#!/usr/bin/env bash
# Q13: the properties file for the ConfigMap at /root/ckad/app.properties on the jumphost; namespace config-lab.
set -eu
kubectl --context cluster1 create namespace config-lab
mkdir -p /root/ckad
printf 'log.level=info\ncache.size=256\n' > /root/ckad/app.properties
