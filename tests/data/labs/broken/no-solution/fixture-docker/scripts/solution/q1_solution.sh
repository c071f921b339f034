#!/bin/bash
docker run -d --name web ckx-lab/busybox:1 sleep infinity
