#!/usr/bin/env bash
# Reference answer for Q5.
set -eu
cat >/home/candidate/add-owner.sh <<'SH'
#!/bin/sh
# Adds owner=platform-team to every object's metadata.labels (chart objects always have top-level labels here).
exec sed 's/^  labels:$/  labels:\n    owner: platform-team/'
SH
chmod +x /home/candidate/add-owner.sh
helm --kube-context cluster1 install rendered /opt/charts/webapp -n render --create-namespace --post-renderer /home/candidate/add-owner.sh
