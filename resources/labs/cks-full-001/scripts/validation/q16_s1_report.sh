#!/usr/bin/env bash
# Q16: /home/candidate/incident/pod.txt names the pod of the deployment bravo (workloads/bravo-...).
set -u
f=/home/candidate/incident/pod.txt
[ -f "$f" ] || { echo "No file $f."; exit 1; }
got=$(grep -v '^[[:space:]]*$' "$f" | tr -d ' \t\r' | head -n 1)
[[ $got =~ ^workloads/bravo-[a-z0-9]+-[a-z0-9]+$ ]] || { echo "$f names '$got', which is not the pod that reads /etc/shadow."; exit 1; }
echo "$f names $got."
