#!/usr/bin/env bash
# Reference answer for Q1.
set -eu
helm --kube-context cluster1 install shop /opt/charts/webapp -n shop --create-namespace --wait --timeout 50s
