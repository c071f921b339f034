#!/usr/bin/env bash
# Reference answer for Q4.
set -eu
printf '.env\nlogs\n.git\n' > /home/candidate/q4/.dockerignore
docker build -t "$APP-site:1" /home/candidate/q4
