#!/bin/bash
docker rm -f web >/dev/null 2>&1 || true
