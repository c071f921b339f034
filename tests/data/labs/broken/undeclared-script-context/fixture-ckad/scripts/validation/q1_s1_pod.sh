#!/bin/bash
kubectl -n dev get pod nginx >/dev/null
