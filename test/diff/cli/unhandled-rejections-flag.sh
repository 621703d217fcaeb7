$NODE --unhandled-rejections=bogus -e 1 2>/dev/null; echo "exit $?"
$NODE --unhandled-rejections=none -e 'Promise.reject(1)'; echo "exit $?"
$NODE -e 'Promise.reject(1)' 2>/dev/null; echo "exit $?"
