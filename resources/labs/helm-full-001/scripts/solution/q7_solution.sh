#!/usr/bin/env bash
# Reference answer for Q7.
set -eu
helm --kube-context cluster1 rollback broken 1 -n broken --wait --timeout 50s
