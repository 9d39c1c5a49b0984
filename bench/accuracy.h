/*
 * accuracy.h - what the re-anchoring accuracy benchmark's files share
 * (bench-accuracy.c the report, accuracy-model.c the articles and their
 * edits, accuracy-judge.c the histories and the judging of every
 * annotation's fate).
 */
#ifndef TANDA_BENCH_ACCURACY_H
#define TANDA_BENCH_ACCURACY_H

#include <stddef.h>
#include <stdint.h>

/* Articles generated, annotations made on each, and how many times each
 * edit kind is applied to each article. */
#define ARTICLES 100
#define MARKS 120
#define ROUNDS 3

/* The kinds of edit of a revision history. */
enum edit_kind {
	EDIT_INSERT_SENTENCE,
	EDIT_DELETE_SENTENCE,
	EDIT_REPLACE_SENTENCE,
	EDIT_MOVE_SENTENCE,
	EDIT_SPLIT_SENTENCE,
	EDIT_INSERT_PARAGRAPH,
	EDIT_DELETE_PARAGRAPH,
	EDIT_MOVE_PARAGRAPH,
	EDIT_SPLIT_PARAGRAPH,
	EDIT_FIX_TYPO,
	EDIT_MAKE_CORRECTION,
	EDIT_REVERT,
	EDIT_REPEAT_WORD,
	EDIT_KINDS
};

/* Their names in the figures. */
extern const char *const edit_names[EDIT_KINDS];

/* What the judging counted for one edit kind. */
struct tally {
	size_t steps;			/* relocations */
	size_t judged, misplaced;
	size_t intact, intact_exact;	/* words and context unchanged; reported exact */
	size_t gone, gone_orphan;	/* words gone; reported orphan */
	size_t fixed, fixed_resolved;	/* a correction made in the text; resolved */
	size_t restored, restored_exact;	/* words back as they were made; exact */
};

/* part of whole in percent (100 when whole is 0). */
double tally_share(size_t part, size_t whole);

/* Add from's counts to to's. */
void tally_add(struct tally *to, const struct tally *from);

/* The random numbers: xorshift64*, from a seed that is never 0. */
uint64_t rng_next(uint64_t *seed);

/* A random number below bound (which is not 0). */
size_t rng_below(uint64_t *seed, size_t bound);

/* The ends after a token. */
#define ENDS_SENTENCE 1
#define ENDS_PARAGRAPH 3	/* a paragraph's end ends its sentence too */

/* A word with its punctuation; its identity survives edits of its text. */
struct token {
	uint32_t id;
	const char *text;	/* static, or in the model's pool */
	unsigned ends;
};

/* One revision of an article: its tokens in order. */
struct revision {
	struct token *tokens;
	size_t count, alloc;
};

/* An article being edited: its revisions so far and the texts made for it. */
struct model {
	uint64_t *seed;
	uint32_t next_id;
	struct revision *history;
	size_t nhistory, history_alloc;
	char **pool;			/* texts made by edits, freed with the model */
	size_t npool, pool_alloc;
	int failed;			/* ran out of memory */
};

/* Start a model with a generated first revision; 0 on success. */
int model_init(struct model *m, uint64_t *seed);

/* Free a model. */
void model_free(struct model *m);

/* The latest revision. */
struct revision *model_latest(struct model *m);

/* Append to the history a revision made by edit kind from the latest
 * (for a correction made in the text, the wanted words are given as
 * target: the token id to change and its new text); 0 when done, 1 when
 * the kind could not apply to this article, -1 on failure. */
int model_edit(struct model *m, enum edit_kind kind, uint32_t target_id, const char *target_text);

/* A copy of text kept by the model (NULL when out of memory). */
const char *model_keep(struct model *m, const char *text);

/* A variant of a word: one letter changed or two swapped (a typo made,
 * or fixed), kept by the model; NULL when the word is too short. */
const char *model_variant(struct model *m, const char *word);

/* The text of a revision (tokens joined by spaces, a newline after each
 * paragraph) into a new string (*len bytes), and the byte where each
 * token starts into starts[count] (new array); 0 on success. */
int model_render(const struct revision *r, char **text, size_t *len, size_t **starts);

/* Run the history of one article, judging every annotation after every
 * edit into kinds[]; *made says how many annotations it had.  0 on
 * success. */
int history_run(uint64_t *seed, struct tally kinds[EDIT_KINDS], size_t *made);

#endif
