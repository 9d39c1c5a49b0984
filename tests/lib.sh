# lib.sh - TAP helpers for the shell tests; sourced, not run.
#
# make check sets TANDA (the built program), FIXTURES, TOP_SRCDIR, and a
# fixed environment (LC_ALL=C.UTF-8, TZ=UTC).  Each test gets a temporary
# HOME and working directory that is removed at exit.

: "${TANDA:=$PWD/tanda}"
: "${TOP_SRCDIR:=$PWD}"
: "${FIXTURES:=$TOP_SRCDIR/tests/fixtures}"
TEST_NUMBER=0
TEST_FAILED=0
TMP=$(mktemp -d "${TMPDIR:-/tmp}/tanda-test.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
HOME=$TMP/home
mkdir -p "$HOME"
export HOME

# ok NAME COMMAND...: run COMMAND; pass when it exits 0.
ok() {
	name=$1
	shift
	TEST_NUMBER=$((TEST_NUMBER + 1))
	if "$@" >"$TMP/why" 2>&1; then
		echo "ok $TEST_NUMBER - $name"
	else
		echo "not ok $TEST_NUMBER - $name"
		sed 's/^/# /' "$TMP/why"
		TEST_FAILED=1
	fi
}

# same EXPECTED ACTUAL: compare two strings, showing both when they differ.
same() {
	[ "$1" = "$2" ] && return 0
	printf 'expected: %s\nactual:   %s\n' "$1" "$2"
	return 1
}

# exits STATUS COMMAND...: run COMMAND (output to $TMP/out, $TMP/err) and
# check its exit status.
exits() {
	want=$1
	shift
	"$@" >"$TMP/out" 2>"$TMP/err"
	got=$?
	[ "$got" -eq "$want" ] && return 0
	echo "exit status $got, expected $want; stderr:"
	cat "$TMP/err"
	return 1
}

# finish: print the plan and exit with the result.
finish() {
	echo "1..$TEST_NUMBER"
	exit $TEST_FAILED
}
