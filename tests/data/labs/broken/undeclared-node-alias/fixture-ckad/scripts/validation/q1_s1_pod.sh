#!/bin/bash
kubectl --context kind-alpha -n dev get pod nginx >/dev/null
ssh alpha-node02 hostname
