#!/usr/bin/env bash
# Q4: the named volume app-data exists.
set -u
driver=$(docker volume inspect --format '{{.Driver}}' app-data 2>/dev/null) || {
    echo "No volume named 'app-data' exists."
    exit 1
}
echo "Volume 'app-data' exists (driver ${driver})."
