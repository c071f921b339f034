#!/usr/bin/env bash
# Q1: an empty namespace batch.
set -eu
kubectl --context cluster1 create namespace batch
