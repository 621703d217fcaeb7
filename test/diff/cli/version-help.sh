# -v prints a version, -h prints usage; both exit 0
$NODE -v | grep -cE '^v[0-9]+\.[0-9]+\.[0-9]+$'
$NODE --version | grep -cE '^v[0-9]+'
$NODE -h | grep -c 'Usage:'
$NODE --help > /dev/null; echo "exit $?"
