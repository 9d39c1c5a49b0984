/*
 * bench-accuracy.c - how right re-anchoring is, measured (`make bench`):
 * revision histories of generated news articles, with annotations whose
 * true fate is known at every step.
 *
 * An article is a list of tokens (words with their punctuation), each
 * with an identity that an edit keeps (a typo fixed in it, a sentence
 * moved with it) and the paragraph and sentence ends after it.  Its text
 * is the tokens joined by spaces, a newline after each paragraph: the
 * normalized text tanda reads.  An annotation is made on a run of tokens
 * of one sentence; after each edit its true place is where those tokens
 * stand (in a row, in one paragraph), or nowhere.  Every edit is carried
 * over by relocate_annotations, and each annotation is judged:
 *
 *   misplaced            reported exact, fuzzy or resolved-by-edit on words
 *                        that are not its own (exact and resolved must be
 *                        exactly them, fuzzy must overlap them): target 0,
 *                        and any misplaced one fails the run;
 *   exact when intact    an exact one whose words and 32 characters on each
 *                        side are unchanged is reported exact on them:
 *                        target 99% or more;
 *   orphan when gone     one whose words are gone is reported an orphan:
 *                        target 100%;
 *   resolved when fixed  a correction whose words became its replacement
 *                        (the fix made in the file) is resolved there;
 *   exact when restored  a revert that brings an annotation's words back
 *                        with the context it was made in puts it back on
 *                        them, exact (an orphan, a resolved correction).
 *
 * The edits, each applied ROUNDS times to each of ARTICLES articles in a
 * shuffled order: insert, delete, replace, move and split sentences;
 * insert, delete, move and split paragraphs; fix a typo; make a
 * correction in the text; revert to an earlier revision; repeat an
 * annotated word elsewhere.  The generator is deterministic: the same
 * build prints the same figures.
 *
 * Usage: bench-accuracy [SEED].  Prints one line per edit kind and a
 * total, and exits 1 when anything is misplaced.  SEED generates other
 * histories (the figures of `make bench` use the default one).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "accuracy.h"
#include "bench.h"

const char bench_program[] = "bench-accuracy";

/* Print the figures of one edit kind. */
static void report_kind(const char *name, const struct tally *t)
{
	printf("reanchor-accuracy-%s: %zu misplaced of %zu; exact when intact %.1f%% (%zu of %zu); "
	       "orphan when gone %.1f%% (%zu of %zu)", name, t->misplaced, t->judged,
	       tally_share(t->intact_exact, t->intact), t->intact_exact, t->intact,
	       tally_share(t->gone_orphan, t->gone), t->gone_orphan, t->gone);
	if (t->fixed > 0)
		printf("; resolved when fixed %.1f%% (%zu of %zu)",
		       tally_share(t->fixed_resolved, t->fixed), t->fixed_resolved, t->fixed);
	if (t->restored > 0)
		printf("; exact when restored %.1f%% (%zu of %zu)",
		       tally_share(t->restored_exact, t->restored), t->restored_exact, t->restored);
	putchar('\n');
}

/* Print every kind's figures, the total, and the targets; 0 when nothing
 * was misplaced. */
static int report(const struct tally *kinds, size_t annotations)
{
	struct tally total;
	size_t i;

	memset(&total, 0, sizeof total);
	for (i = 0; i < EDIT_KINDS; i++) {
		report_kind(edit_names[i], &kinds[i]);
		tally_add(&total, &kinds[i]);
	}
	report_kind("all", &total);
	printf("reanchor-accuracy: %zu annotations over %d articles, %zu relocations; "
	       "misplaced 0: %s; exact when intact >= 99%%: %s; orphan when gone 100%%: %s\n",
	       annotations, ARTICLES, total.steps, total.misplaced == 0 ? "MET" : "MISSED",
	       tally_share(total.intact_exact, total.intact) >= 99.0 ? "MET" : "MISSED",
	       total.gone_orphan == total.gone ? "MET" : "MISSED");
	if (total.misplaced > 0)
		return bench_complain("%zu annotations were misplaced", total.misplaced);
	return 0;
}

int main(int argc, char **argv)
{
	struct tally kinds[EDIT_KINDS];
	uint64_t seed = UINT64_C(0x72656C6F636174);	/* "relocat" */
	size_t annotations = 0;
	int i;

	if (argc > 1)	/* another history, to explore; the figures use the default */
		seed = strtoull(argv[1], NULL, 0) | 1;
	memset(kinds, 0, sizeof kinds);
	for (i = 0; i < ARTICLES; i++) {
		size_t made = 0;

		if (history_run(&seed, kinds, &made) != 0)
			return 1;
		annotations += made;
	}
	return report(kinds, annotations) != 0;
}
