#!/usr/bin/env bash
# Q6: package and index.
set -u
[ -f /opt/repo/webapp-1.1.0.tgz ] || { echo "/opt/repo/webapp-1.1.0.tgz does not exist."; exit 1; }
meta=$(helm show chart /opt/repo/webapp-1.1.0.tgz 2>/dev/null)
grep -qx 'version: 1.1.0' <<<"$meta" || { echo "/opt/repo/webapp-1.1.0.tgz is not chart version 1.1.0."; exit 1; }
[ -f /opt/repo/index.yaml ] || { echo "/opt/repo/index.yaml does not exist."; exit 1; }
grep -q 'webapp-1.1.0.tgz' /opt/repo/index.yaml || { echo "/opt/repo/index.yaml does not list webapp-1.1.0.tgz."; exit 1; }
echo "/opt/repo is a chart repository with webapp 1.1.0."
