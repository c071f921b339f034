#!/usr/bin/env bash
# Q3: frontend reaches backend by its name on port 8080.
set -u
docker inspect frontend >/dev/null 2>&1 || { echo "No container named 'frontend' exists."; exit 1; }
out=$(timeout 20 docker exec frontend timeout 5 wget -q -O- http://backend:8080/ 2>&1) || {
    echo "From 'frontend', http://backend:8080/ does not answer: ${out}"
    exit 1
}
echo "frontend reaches http://backend:8080/ by name."
