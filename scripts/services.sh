#!/usr/bin/env bash
# Starts what the tests and benchmarks talk to and that cannot be started per test: the Docker daemon
# (when its socket is absent) and the local base image. sshd, Xtigervnc, PostgreSQL and the keychain
# are started by the test fixtures / scripts/test-env.sh themselves.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
sock=${DOCKER_HOST:-unix:///var/run/docker.sock}
if [[ "$sock" == unix://* ]] && ! docker info >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "services: Docker is not running and this user cannot start it: run 'sudo systemctl start docker'" >&2
    exit 1
  fi
  if command -v systemctl >/dev/null && systemctl is-system-running >/dev/null 2>&1; then
    systemctl start docker
  else
    echo "services: starting dockerd"
    # In its own session: a daemon must outlive the make, CI job or terminal that happened to start it (killing that
    # job's process group took dockerd down with it).
    setsid -f dockerd >/var/log/dockerd.log 2>&1 </dev/null
  fi
  for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 0.5; done
  docker info >/dev/null 2>&1 || { echo "services: dockerd did not come up; see /var/log/dockerd.log" >&2; exit 1; }
fi
"$here/base-image.sh"
