#!/bin/bash
touch /tmp/ready
