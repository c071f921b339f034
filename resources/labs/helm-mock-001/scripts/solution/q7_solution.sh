#!/usr/bin/env bash
# Reference answer for Q7.
set -eu
helm template preview /opt/charts/webapp --set replicaCount=5 >/home/candidate/preview.yaml
