#!/bin/bash
test -e /tmp/ready
