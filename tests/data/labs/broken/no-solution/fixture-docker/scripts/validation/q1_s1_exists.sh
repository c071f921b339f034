#!/bin/bash
docker inspect web >/dev/null
