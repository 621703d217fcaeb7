# --env-file loads variables (existing environment wins); a missing file is an error (exit 9)
dir=$(mktemp -d)
cat > "$dir/.env" <<'ENV'
# comment
A=1
B="two words"
export C=three
D='single'
E=with # comment
EXISTING=from-file
ENV
EXISTING=from-env $NODE --env-file="$dir/.env" -p 'JSON.stringify([process.env.A, process.env.B, process.env.C, process.env.D, process.env.E, process.env.EXISTING])'
$NODE --env-file="$dir/nope.env" -e 1 2>/dev/null; echo "exit $?"
rm -rf "$dir"
