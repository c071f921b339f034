#!/usr/bin/env bash
# Reference answer for Q6.
set -eu
helm --kube-context cluster1 uninstall legacy -n legacy --keep-history
