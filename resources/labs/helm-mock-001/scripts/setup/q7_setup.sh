#!/usr/bin/env bash
# Q7: the output file must not exist yet.
set -eu
rm -f /home/candidate/preview.yaml
