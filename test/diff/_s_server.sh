# Sourced by the TLS interop scripts: s_server ARGS... starts `openssl s_server -accept
# 127.0.0.1:PORT ARGS...` in the background on a free random port (another one when binding
# fails) and returns once it listens, with PORT set. IPv4 on purpose: /proc/net/tcp shows it.
s_server() {
  local try i pid
  for try in 1 2 3 4 5; do
    PORT=$((20000 + RANDOM % 20000))
    openssl s_server -accept "127.0.0.1:$PORT" "$@" > /dev/null 2>&1 &
    pid=$!
    for i in $(seq 100); do
      grep -q ":$(printf '%04X' "$PORT") 00000000:0000 0A" /proc/net/tcp && return 0
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill "$pid" 2>/dev/null
  done
  echo "s_server did not start" >&2
  return 1
}
