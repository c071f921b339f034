#!/usr/bin/env bash
# Q5: rebuilding a copy of the context after editing run.sh reuses the install-deps layer.
set -u
src=/home/candidate/q5
[ -f "$src/Dockerfile" ] || { echo "$src/Dockerfile is missing."; exit 1; }
work=$(mktemp -d)
tag="ckx-check-q5-$$"
trap 'docker rmi -f "$tag:a" "$tag:b" >/dev/null 2>&1; rm -rf "$work"' EXIT
cp -a "$src/." "$work/"
timeout 60 docker build -t "$tag:a" "$work" >/dev/null 2>&1 || { echo "$src does not build."; exit 1; }
echo "# edited" >> "$work/run.sh"
log=$(timeout 60 docker build -t "$tag:b" "$work" 2>&1) || { echo "$src does not build after editing run.sh."; exit 1; }
cached=$(awk '/^Step [0-9]+\/[0-9]+ : RUN .*install-deps/ { getline; print; exit }' <<<"$log")
grep -q 'Using cache' <<<"$cached" || { echo "After editing run.sh the install-deps step ran again (not from the cache)."; exit 1; }
echo "Editing run.sh keeps the dependency layer cached."
