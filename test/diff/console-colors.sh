# Global console colour decision from the environment (stdout is a pipe here):
# FORCE_COLOR forces colours (its value picks the depth); stderr likewise.
script='console.log({ n: 1, s: "x" }, [null, undefined], 2n); console.error(new Map([[1, true]])); console.table([{ a: 1 }])'
for setting in "" "FORCE_COLOR=1" "FORCE_COLOR=2" "FORCE_COLOR=3" "FORCE_COLOR=0" "FORCE_COLOR=true" "FORCE_COLOR=false" "FORCE_COLOR="; do
  echo "# $setting"
  env -u NO_COLOR -u FORCE_COLOR $setting "$NODE" -e "$script" 2>&1 | od -An -c
done
