#!/usr/bin/env bash
# Q1: the Dockerfile is a multi-stage build as asked.
set -u
f=/home/candidate/q1/Dockerfile
grep -Eiq '^FROM[[:space:]]+ckx-lab/toolchain:1[[:space:]]+AS[[:space:]]+build[[:space:]]*$' "$f" || { echo "$f has no stage 'FROM ckx-lab/toolchain:1 AS build'."; exit 1; }
last=$(grep -Ei '^FROM[[:space:]]' "$f" | tail -n 1 | awk '{ print $2 }')
[ "$last" = "ckx-lab/imgbase:1" ] || { echo "The final stage of $f starts from '$last', expected ckx-lab/imgbase:1."; exit 1; }
grep -Eiq '^COPY[[:space:]]+--from=build' "$f" || { echo "$f copies nothing out of the build stage."; exit 1; }
echo "$f is a two-stage build."
