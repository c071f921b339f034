#!/usr/bin/env bash
# Reference answer for Q5.
set -eu
cd /home/candidate/q5
sed -i 's/^ENV GREETING=.*/ENV GREETING="ready to ship"/' Dockerfile
docker build -t greeter:1.0 .
docker tag greeter:1.0 greeter:stable
docker rm -f greeter-run >/dev/null 2>&1 || true
mkdir -p /home/candidate/answers
docker run --name greeter-run greeter:1.0 > /home/candidate/answers/q5.txt
