#!/usr/bin/env bash
# Reference answer for Q8.
set -eu
ssh cluster1-controlplane 'set -e
mkdir -p /opt/join
kubeadm token create --ttl 2h --description "rejoin node02" --print-join-command > /opt/join/join.sh
cat /opt/join/join.sh'
