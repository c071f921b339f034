#!/usr/bin/env bash
# Q3: backend (ckx-lab/webapp:1) and frontend (ckx-lab/busybox:1) run attached to app-net.
set -u
check() { # name image
    local info status image nets
    info=$(docker inspect --format '{{.State.Status}} {{.Config.Image}} {{range $n, $e := .NetworkSettings.Networks}}{{$n}},{{end}}' "$1" 2>/dev/null) || {
        echo "No container named '$1' exists."
        return 1
    }
    read -r status image nets <<<"$info"
    [ "$image" = "$2" ] || { echo "'$1' was created from '$image', expected '$2'."; return 1; }
    [ "$status" = "running" ] || { echo "'$1' is '$status', expected 'running'."; return 1; }
    case ",$nets" in
        *,app-net,*) ;;
        *) echo "'$1' is not attached to 'app-net' (networks: ${nets%,})."; return 1 ;;
    esac
}
check backend ckx-lab/webapp:1 || exit 1
check frontend ckx-lab/busybox:1 || exit 1
echo "backend and frontend run on app-net."
