#!/usr/bin/env bash
# Q16: the egress rules, in any order: app=db on TCP 5432, and port 53 over UDP and TCP; nothing else.
set -u
rules=$(kubectl --context cluster1 get networkpolicy backend-policy -n secure-net -o jsonpath='{range .spec.egress[*]}R{.to[*].podSelector.matchLabels.app}|{range .ports[*]}{.protocol}/{.port} {end}{"\n"}{end}' 2>/dev/null) || { echo "No NetworkPolicy 'backend-policy' in namespace 'secure-net'."; exit 1; }
db=no; udp=no; tcp=no; bad=""
while IFS='|' read -r to ports; do
    case "$to" in R*) to=${to#R} ;; *) continue ;; esac # one line per rule, each starts with R
    if [ -z "$ports" ]; then
        bad="$bad ${to:-any}:all-ports"
    elif [ "$to" = "db" ]; then
        for p in $ports; do
            case "$p" in TCP/5432 | /5432) db=yes ;; *) bad="$bad db:$p" ;; esac
        done
    elif [ -z "$to" ]; then
        for p in $ports; do
            case "$p" in UDP/53) udp=yes ;; TCP/53 | /53) tcp=yes ;; *) bad="$bad any:$p" ;; esac
        done
    else
        bad="$bad ${to:-any}:all-ports"
    fi
done <<<"$rules"
{ [ "$db" = yes ] && [ "$udp" = yes ] && [ "$tcp" = yes ] && [ -z "$bad" ]; } || {
    echo "backend-policy egress is '${rules//$'
'/ ; }', expected app=db on TCP 5432 and DNS on 53/UDP and 53/TCP only."
    exit 1
}
echo "Egress goes only to app=db on 5432 and to DNS."
