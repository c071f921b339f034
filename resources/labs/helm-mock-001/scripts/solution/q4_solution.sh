#!/usr/bin/env bash
# Reference answer for Q4.
set -eu
helm --kube-context cluster1 rollback pay 1 -n pay --wait --timeout 50s
