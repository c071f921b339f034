#!/usr/bin/env bash
# Q4: the exclusions are in .dockerignore, not in an edited Dockerfile.
set -u
[ -s /home/candidate/q4/.dockerignore ] || { echo "/home/candidate/q4/.dockerignore is missing or empty."; exit 1; }
sha256sum -c --quiet /root/.ckx/q4-dockerfile.sha256 >/dev/null 2>&1 || { echo "/home/candidate/q4/Dockerfile was changed."; exit 1; }
echo ".dockerignore exists and the Dockerfile is unchanged."
