#!/bin/bash
kubectl run nginx -n dev --image=nginx:1.27
