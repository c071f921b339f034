#!/bin/bash
docker volume create data
