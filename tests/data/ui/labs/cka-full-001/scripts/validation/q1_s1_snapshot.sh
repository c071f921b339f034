#!/bin/bash
# test data: never run by the UI tests
exit 1
