#!/usr/bin/env bash
# Throwaway RabbitMQ node with its own epmd, ports, cookie and data, bound to 127.0.0.1.
#   rabbitmq.sh start DIR   -> prints the amqp:// URI; creates vhosts test1..test120 for isolation;
#                              the management API listens on 127.0.0.1 too, its URL in DIR/management
#   rabbitmq.sh stop DIR
#   rabbitmq.sh ctl DIR ARGS...  (e.g. stop_app / start_app)
set -euo pipefail
cmd=${1:?start|stop|ctl}; dir=${2:?data folder}; shift 2
server=/usr/lib/rabbitmq/bin/rabbitmq-server
ctl=/usr/lib/rabbitmq/bin/rabbitmqctl

node_env() {
  # shellcheck disable=SC1091
  source "$dir/env"
  export HOME="$dir/home" RABBITMQ_NODENAME ERL_EPMD_PORT RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT \
    RABBITMQ_DIST_PORT RABBITMQ_MNESIA_BASE="$dir/mnesia" RABBITMQ_LOG_BASE="$dir/log" \
    RABBITMQ_CONFIG_FILE="$dir/rabbitmq" RABBITMQ_ENABLED_PLUGINS_FILE="$dir/enabled_plugins" \
    RABBITMQ_PID_FILE="$dir/rabbit.pid"
}

free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }

case "$cmd" in
start)
  if [ ! -x "$server" ]; then
    echo "RabbitMQ is not installed. Install it: apt-get install -y rabbitmq-server" >&2
    exit 3
  fi
  mkdir -p "$dir/home" "$dir/mnesia" "$dir/log"
  cat >"$dir/env" <<ENV
RABBITMQ_NODENAME=test$$@localhost
ERL_EPMD_PORT=$(free_port)
RABBITMQ_NODE_PORT=$(free_port)
RABBITMQ_DIST_PORT=$(free_port)
MANAGEMENT_PORT=$(free_port)
ENV
  node_env
  cat >"$dir/rabbitmq.conf" <<CONF
listeners.tcp.default = 127.0.0.1:$RABBITMQ_NODE_PORT
management.tcp.ip = 127.0.0.1
management.tcp.port = $MANAGEMENT_PORT
CONF
  # The management API: tools/Replay top reads queue rates and unacknowledged counts from it.
  echo "[rabbitmq_management]." >"$dir/enabled_plugins"
  epmd -address 127.0.0.1 -port "$ERL_EPMD_PORT" -daemon
  nohup "$server" >"$dir/log/console.log" 2>&1 &
  # "wait" first waits for the pid file, so it also covers the moments before the node registers.
  "$ctl" -n "$RABBITMQ_NODENAME" wait "$RABBITMQ_PID_FILE" --timeout 120 >/dev/null
  defs="$dir/definitions.json"
  python3 - "$defs" <<'PY'
import json, sys
vhosts = [{"name": f"test{i}"} for i in range(1, 121)]
perms = [{"user": "guest", "vhost": v["name"], "configure": ".*", "write": ".*", "read": ".*"} for v in vhosts]
json.dump({"vhosts": vhosts, "permissions": perms}, open(sys.argv[1], "w"))
PY
  "$ctl" -n "$RABBITMQ_NODENAME" import_definitions "$defs" >/dev/null
  echo "http://127.0.0.1:$MANAGEMENT_PORT/" >"$dir/management"
  echo "amqp://guest:guest@127.0.0.1:$RABBITMQ_NODE_PORT/"
  ;;
ctl)
  node_env
  "$ctl" -n "$RABBITMQ_NODENAME" "$@"
  ;;
stop)
  if [ -f "$dir/env" ]; then
    node_env
    # With the pid file, stop waits until the Erlang VM has exited; epmd refuses -kill while a node is registered.
    "$ctl" -n "$RABBITMQ_NODENAME" stop "$RABBITMQ_PID_FILE" >/dev/null 2>&1 || true
    epmd -port "$ERL_EPMD_PORT" -kill >/dev/null 2>&1 || true
    pkill -f "^epmd -address 127.0.0.1 -port $ERL_EPMD_PORT -daemon\$" 2>/dev/null || true
  fi
  ;;
*) echo "usage: rabbitmq.sh start|stop|ctl DIR" >&2; exit 2 ;;
esac
