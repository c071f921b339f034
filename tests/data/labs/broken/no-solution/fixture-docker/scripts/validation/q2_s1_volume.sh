#!/bin/bash
docker volume inspect data >/dev/null
