#!/usr/bin/env bash
# Namespace config for this task.
set -eu
kubectl --context cluster1 create namespace config --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
printf 'color=green\nlevel=3\n' >/home/candidate/settings.properties
chown candidate:candidate /home/candidate/settings.properties
