#!/usr/bin/env bash
# Q5: no post-renderer yet.
set -eu
rm -f /home/candidate/add-owner.sh
