#!/bin/bash
docker run -d --name web -e MODE=prod \
    --restart unless-stopped ckx-lab/busybox:2 sleep infinity
