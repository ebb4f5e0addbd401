#!/usr/bin/env bash
# Installs what is needed, builds, starts ejournal-server on its embedded PostgreSQL with a
# demo school (created on the first run; the administrator's one-time password is printed),
# then starts the client. Stop with Ctrl+C or by closing the client.
#
# As an ordinary user the server keeps its data in ~/.local/share/ejournal-server. As root
# it runs as the system user "ejournal" (PostgreSQL refuses root), installed under
# /opt/ejournal with its data in /var/lib/ejournal — the layout of the Debian package.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

SCHOOL="${EJOURNAL_DEMO_SCHOOL:-Демонстрационная школа №1}"
PORT="${EJOURNAL_PORT:-7443}"

ej_install_packages "${EJ_PACKAGES[@]}"
ej_build

if [ "$(id -u)" -eq 0 ]; then
  id ejournal >/dev/null 2>&1 || useradd --system --home-dir /var/lib/ejournal --shell /usr/sbin/nologin ejournal
  cmake --install "$EJ_BUILD" --prefix /opt/ejournal >/dev/null
  DATA_DIR=/var/lib/ejournal
  install -d -o ejournal -g ejournal -m 0700 "$DATA_DIR"
  SERVER=(runuser -u ejournal -- /opt/ejournal/bin/ejournal-server)
else
  DATA_DIR="${EJOURNAL_DATA_DIR:-$HOME/.local/share/ejournal-server}"
  SERVER=("$EJ_BUILD/server/ejournal-server")
fi

FIRST_LOGIN="$DATA_DIR/first-login.txt"
if ! "${SERVER[@]}" init --data-dir "$DATA_DIR" --school "$SCHOOL" --admin admin >"$EJ_BUILD/init.log" 2>&1; then
  if grep -q "exists already" "$EJ_BUILD/init.log"; then
    echo "== the demo school exists already in $DATA_DIR"
  else
    cat "$EJ_BUILD/init.log" >&2
    exit 1
  fi
else
  grep -E '^(school|password:)' "$EJ_BUILD/init.log" | tee "$FIRST_LOGIN" >/dev/null
  chmod 0600 "$FIRST_LOGIN"
  echo "== filling the demo school (classes 1-11, staff, ${DEMO_STUDENTS:=600} students, curriculum, load)"
  "${SERVER[@]}" demo --data-dir "$DATA_DIR" --students "$DEMO_STUDENTS" | tee "$EJ_BUILD/demo.log"
  grep -E 'login: ' "$EJ_BUILD/demo.log" >>"$FIRST_LOGIN" || true
fi
echo "== sign-ins (one-time passwords, changed at the first login), kept in $FIRST_LOGIN:"
cat "$FIRST_LOGIN" 2>/dev/null | sed 's/^/   /' || true

echo "== starting ejournal-server on port $PORT (data in $DATA_DIR)"
"${SERVER[@]}" run --data-dir "$DATA_DIR" --port "$PORT" &
SERVER_PID=$!
trap 'kill -TERM $SERVER_PID 2>/dev/null; wait $SERVER_PID 2>/dev/null || true' EXIT INT TERM

for _ in $(seq 1 60); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then break; fi
  kill -0 $SERVER_PID 2>/dev/null || { echo "ejournal-server did not start" >&2; exit 1; }
  sleep 1
done

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "== starting the client: connect to localhost, port $PORT, login admin"
  "$EJ_BUILD/client/ejournal-client" || true
else
  echo "== no display here: run $EJ_BUILD/client/ejournal-client on a desktop and connect to this"
  echo "   machine, port $PORT, login admin. The server runs until Ctrl+C."
  wait $SERVER_PID
fi
