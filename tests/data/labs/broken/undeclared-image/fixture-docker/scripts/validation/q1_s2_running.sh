#!/bin/bash
[ "$(docker inspect -f {{.State.Running}} web)" = true ]
