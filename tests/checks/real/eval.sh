#!/bin/sh
# eval.sh - `make eval`: tanda check on real articles, against the
# verdicts in verdicts.tsv (issue 15, "Measure on real text").
#
# usage: TANDA=./tanda TANDA_EVAL_DIR=DIR sh eval.sh [VERDICTS]
#
# DIR holds the development corpus (../shared/eval/extract.py writes it:
# id_*.txt Indonesian, en_*.txt English; the text is other people's and is
# never committed).  Every finding tanda check makes there is looked up in
# VERDICTS (tests/checks/real/verdicts.tsv by default) by file, line,
# column and kind: `error` (the article is wrong there) or `false`.  The
# table gives, per language and kind: findings, true (error), false,
# unjudged, false findings per 10,000 words, and the verdicts of `error`
# no longer found (missed).  Every finding without a verdict, and every
# missed error, is listed after the table.  Targets, in each language: at
# most 1 false finding per 10,000 words, no unjudged finding, no missed
# error; the exit status is 1 when one is not met, 77 without DIR.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
VERDICTS=${1:-$HERE/verdicts.tsv}
: "${TANDA:=./tanda}"
MAX_FALSE_PER_10K=1

if [ -z "${TANDA_EVAL_DIR:-}" ] || [ ! -d "${TANDA_EVAL_DIR:-}" ]; then
	echo "eval: skipped: set TANDA_EVAL_DIR to the folder of the development corpus"
	echo "eval: (python3 ../shared/eval/extract.py ID_GITDIR EN_GITDIR DIR writes it)"
	exit 77
fi
TMP=$(mktemp -d "${TMPDIR:-/tmp}/tanda-eval.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# Findings: FILE<TAB>LINE<TAB>COLUMN<TAB>KIND<TAB>MESSAGE; words per file.
: >"$TMP/findings"
: >"$TMP/words"
for file in "$TANDA_EVAL_DIR"/*.txt; do
	[ -f "$file" ] || continue
	name=${file##*/}
	"$TANDA" check "$file" >"$TMP/out" 2>"$TMP/err"
	case $? in
	0 | 1) ;;
	*) echo "eval: $name: tanda check failed: $(head -n 1 "$TMP/err")" >&2 ;;
	esac
	awk -v name="$name" '
		match($0, /:[0-9]+:[0-9]+: [a-z]+: /) {
			split(substr($0, RSTART + 1, RLENGTH - 3), f, ":")
			sub(/^ /, "", f[3])
			printf "%s\t%s\t%s\t%s\t%s\n", name, f[1], f[2], f[3], substr($0, RSTART + RLENGTH)
		}' "$TMP/out" >>"$TMP/findings"
	printf '%s\t%s\n' "$name" "$("$TANDA" cat "$file" | wc -w)" >>"$TMP/words"
done

# The table, the unjudged findings and the missed errors.
awk -F '\t' -v max="$MAX_FALSE_PER_10K" -v words="$TMP/words" -v verdicts="$VERDICTS" '
	function language(file) { return file ~ /^id/ ? "id" : file ~ /^en/ ? "en" : "?" }
	BEGIN {
		while ((getline line < words) > 0) {
			split(line, w, "\t")
			nwords[language(w[1])] += w[2]
		}
		while ((getline line < verdicts) > 0) {
			if (line ~ /^#/ || line == "")
				continue
			n = split(line, v, "\t")
			key = v[1] SUBSEP v[2] SUBSEP v[3] SUBSEP v[4]
			verdict[key] = v[5]
			if (v[5] == "error")
				errors[key] = 1
		}
	}
	{
		key = $1 SUBSEP $2 SUBSEP $3 SUBSEP $4
		lang = language($1)
		kinds[lang SUBSEP $4] = 1
		langs[lang] = 1
		found[lang SUBSEP $4]++
		if (verdict[key] == "error") {
			truth[lang SUBSEP $4]++
			seen[key] = 1
		} else if (verdict[key] == "false") {
			falsehood[lang SUBSEP $4]++
			falsehood[lang]++
		} else {
			unjudged[lang SUBSEP $4]++
			unjudged[lang]++
			printf "unjudged: %s:%s:%s: %s: %s\n", $1, $2, $3, $4, $5 >"/dev/stderr"
		}
	}
	END {
		for (key in errors)
			if (!(key in seen)) {
				split(key, k, SUBSEP)
				missed[language(k[1]) SUBSEP k[4]]++
				missed[language(k[1])]++
				kinds[language(k[1]) SUBSEP k[4]] = 1
				langs[language(k[1])] = 1
				printf "missed: %s:%s:%s: %s\n", k[1], k[2], k[3], k[4] >"/dev/stderr"
			}
		printf "%-4s %-6s %8s %6s %6s %9s %7s %12s\n", "lang", "kind", "findings", "true",
			"false", "unjudged", "missed", "false/10k"
		bad = 0
		split("id en", order, " ")
		for (i = 1; i <= 2; i++) {
			lang = order[i]
			if (!(lang in langs))
				continue
			for (pair in kinds) {
				split(pair, p, SUBSEP)
				if (p[1] != lang)
					continue
				printf "%-4s %-6s %8d %6d %6d %9d %7d %12.2f\n", lang, p[2], found[pair],
					truth[pair], falsehood[pair], unjudged[pair], missed[pair],
					nwords[lang] ? 10000 * falsehood[pair] / nwords[lang] : 0
			}
			rate = nwords[lang] ? 10000 * falsehood[lang] / nwords[lang] : 0
			met = rate <= max && unjudged[lang] == 0 && missed[lang] == 0
			printf "%-4s %-6s %8s %6s %6d %9d %7d %12.2f  %s (%d words)\n", lang, "all", "", "",
				falsehood[lang], unjudged[lang], missed[lang], rate,
				met ? "MET" : "MISSED", nwords[lang]
			bad = bad || !met
		}
		exit bad
	}
' "$TMP/findings"
