#!/usr/bin/env bash
# Reference answer for Q6.
set -eu
img="$APP-legacy:0.9"
mkdir -p /home/candidate/answers
{
    docker image inspect --format '{{range $p, $v := .Config.ExposedPorts}}{{$p}}{{end}}' "$img" | cut -d/ -f1
    docker image inspect --format '{{range .Config.Env}}{{println .}}{{end}}' "$img" | sed -n 's/^BUILD_ID=//p'
    docker image inspect --format '{{.Config.User}}' "$img"
} > /home/candidate/answers/q6.txt
