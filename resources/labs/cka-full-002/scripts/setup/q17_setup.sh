#!/usr/bin/env bash
# Q17: cluster1-node02 carries disk=nvme (the only node that does); namespace sched exists, no PriorityClass yet.
set -eu
node=$(ssh cluster1-node02 hostname)
kubectl --context cluster1 label node "$node" disk=nvme --overwrite
kubectl --context cluster1 create namespace sched
