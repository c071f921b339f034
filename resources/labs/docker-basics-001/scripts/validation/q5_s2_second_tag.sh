#!/usr/bin/env bash
# Q5: greeter:stable is another tag of the very same image as greeter:1.0.
set -u
a=$(docker image inspect --format '{{.Id}}' greeter:1.0 2>/dev/null) || { echo "No image 'greeter:1.0' exists."; exit 1; }
b=$(docker image inspect --format '{{.Id}}' greeter:stable 2>/dev/null) || { echo "No image 'greeter:stable' exists."; exit 1; }
[ "$a" = "$b" ] || { echo "'greeter:stable' ($b) is not the same image as 'greeter:1.0' ($a)."; exit 1; }
echo "greeter:stable and greeter:1.0 are the same image."
