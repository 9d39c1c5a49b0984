#!/bin/sh
# hostile-sets.sh - write the hostile annotation sets of issue 14 (what
# `make check`'s tests/bounds.test and `make bench` both run):
#
#   hostile-sets.sh paragraph N OUT.yaml OUT.txt
#       N highlights, one word each, spread over one paragraph of about
#       1.5 MB (OUT.txt is the article, OUT.yaml the set with its text)
#   hostile-sets.sh tags N OUT.yaml
#       one highlight with N tags, in reverse order
#   hostile-sets.sh exact N OUT.yaml
#       one highlight whose exact text is N characters of its article,
#       every 997th changed, so that it is found nowhere as it is
#
# Deterministic, made with awk; sha256sum gives the article's identity.
set -eu

# The text of an article of about $1 bytes in one paragraph: words of a
# fixed cycle, to standard output.
paragraph() {
	awk -v size="$1" 'BEGIN {
		split("kata dan yang ini itu untuk dengan pada dari akan tidak ada juga sudah", w, " ")
		n = 0; line = ""
		for (i = 0; n < size; i++) {
			word = w[(i * 7 + int(i / 13)) % 14 + 1]
			printf "%s%s", (i ? " " : ""), word
			n += length(word) + 1
		}
		print ""
	}'
}

# The head of a set for the article in file $1 (its text as a block).
head_of() {
	sha=$(sha256sum "$1" | cut -c1-64)
	printf 'tanda: 1\narticles:\n- sha256: %s\n  text: |\n' "$sha"
	sed 's/^/    /' "$1"
	printf '  annotations:\n'
}

# What every annotation ends with.
TAIL='    author: hostile
    created: 2026-11-26T07:00:00Z
    modified: 2026-11-26T07:00:00Z'

case ${1:-} in
paragraph)
	paragraph 1500000 >"$4"
	{
		head_of "$4"
		awk -v n="$2" -v tail="$TAIL" '{
			words = split($0, w, " "); step = int(words / n); at = 0; k = 0
			for (i = 1; i <= words && k < n; i++) {
				if ((i - 1) % step == 0) {
					printf "  - id: %08x-0000-4000-8000-%012x\n", k, k
					printf "    kind: highlight\n    paragraph: 1\n    exact: %s\n", w[i]
					printf "    start: %d\n    end: %d\n%s\n", at, at + length(w[i]), tail
					k++
				}
				at += length(w[i]) + 1
			}
		}' "$4"
	} >"$3"
	;;
tags)
	printf 'Satu paragraf pendek.\n' >"$3.txt"
	{
		head_of "$3.txt"
		printf '  - id: 00000001-0000-4000-8000-000000000001\n    kind: highlight\n'
		printf '    paragraph: 1\n    exact: Satu\n    start: 0\n    end: 4\n    tags:\n'
		awk -v n="$2" 'BEGIN { for (i = n; i > 0; i--) printf "    - tag%07d\n", i }'
		printf '%s\n' "$TAIL"
	} >"$3"
	rm -f "$3.txt"
	;;
exact)
	paragraph $(($2 + 1000)) >"$3.txt"
	{
		head_of "$3.txt"
		printf '  - id: 00000001-0000-4000-8000-000000000001\n    kind: highlight\n'
		printf '    paragraph: 1\n    exact: '
		awk -v n="$2" '{
			s = substr($0, 1, n); out = ""
			for (i = 1; i <= n; i += 997)
				out = out substr(s, i, 996) (i + 996 <= n ? "Q" : "")
			print substr(out, 1, n)
		}' "$3.txt"
		printf '    start: 0\n    end: %d\n%s\n' "$2" "$TAIL"
	} >"$3"
	rm -f "$3.txt"
	;;
*)
	echo "usage: hostile-sets.sh paragraph|tags|exact N OUT.yaml [OUT.txt]" >&2
	exit 64
	;;
esac
