# IPC between node 22 and nodus in both directions: each runtime forks the other one (json and
# advanced serialization) and the echoed messages must match.
root="$(cd "$(dirname "$0")/../.." && pwd)"
nodus="$root/build/nodus"
node22="$(bash "$root/scripts/setup-node22.sh")"
if [ "$NODE" = "$node22" ]; then other="$nodus"; else other="$node22"; fi
for mode in json advanced; do
  $NODE "$root/test/fixtures/child-process/ipc-parent.js" "$other" $mode
done
