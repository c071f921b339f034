#!/usr/bin/env bash
# Q11: dangling images, stopped CI containers and things to keep (ids recorded).
set -eu
install -d -m 700 /root/.ckx
for c in ci-1 ci-2 ci-3 ci-runner keep-me; do docker rm -f "$APP-$c" >/dev/null 2>&1 || true; done
# Building the same tag twice leaves the first image dangling (untagged).
printf 'FROM ckx-lab/imgbase:1\nLABEL build=1\n' | docker build -q -t "$APP-nightly:latest" - > /root/.ckx/q11-dangling-id
printf 'FROM ckx-lab/imgbase:1\nLABEL build=2\n' | docker build -q -t "$APP-nightly:latest" - >/dev/null
pids=()
docker run --name "$APP-ci-1" --label stage=ci ckx-lab/imgbase:1 true >/dev/null & pids+=($!)
docker run --name "$APP-ci-2" --label stage=ci ckx-lab/imgbase:1 sh -c 'exit 1' >/dev/null & pids+=($!)
docker create --name "$APP-ci-3" --label stage=ci ckx-lab/imgbase:1 true >/dev/null & pids+=($!)
docker run -d --name "$APP-ci-runner" --label stage=ci ckx-lab/imgbase:1 sleep 86400 >/dev/null & pids+=($!)
docker create --name "$APP-keep-me" ckx-lab/imgbase:1 true >/dev/null & pids+=($!)
for pid in "${pids[@]}"; do wait "$pid" || true; done
for c in ci-1 ci-2 ci-3 ci-runner keep-me; do
    docker inspect "$APP-$c" >/dev/null || { echo "Q11 setup: $APP-$c was not created" >&2; exit 1; }
done
