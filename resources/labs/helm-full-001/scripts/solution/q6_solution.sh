#!/usr/bin/env bash
# Reference answer for Q6.
set -eu
helm package /opt/charts/webapp --version 1.1.0 -d /opt/repo
helm repo index /opt/repo
helm --kube-context cluster1 install packaged /opt/repo/webapp-1.1.0.tgz -n repo --create-namespace
