#!/usr/bin/env bash
# Q6: a clean folder for the upgrade notes on cluster3-controlplane (nothing there yet).
set -eu
ssh cluster3-controlplane 'rm -rf /root/upgrade && mkdir -p /root/upgrade'
