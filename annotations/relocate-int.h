/*
 * relocate-int.h - what the files of the relocation share, and only they
 * (relocate.c, the driver and the placing of anchors; relocate-search.c,
 * the looking for words and the judging of their context): the state of
 * one relocation, the context of an annotation's words, what a search
 * found.  Callers use relocate.h.
 */
#ifndef TANDA_RELOCATE_INT_H
#define TANDA_RELOCATE_INT_H

#include <stddef.h>
#include <stdint.h>

#include "align.h"
#include "annotation.h"
#include "article.h"
#include "fuzzy.h"

/* The places with their whole context that a search keeps to choose
 * among; more are counted, and then none is chosen. */
#define FULL_KEEP 8

/* Context beside words: bytes of a text next to them inside their
 * paragraph, up to ANNOTATION_CONTEXT characters, and whether they reach
 * the paragraph's start or end (or the text's). */
struct window {
	const char *s;
	size_t len;
	int edge;
	int cut;		/* its far end cuts a word (or may: not known) */
};

/* The context of an annotation's words, on each side, and, where the old
 * text is known, the sentence they are in; not known when an imported
 * set gave none (an empty prefix and suffix). */
struct context {
	struct window before, after;
	int known;
	const char *sentence;	/* NULL: not known */
	size_t sentence_len;
	size_t para;		/* with the sentence: the old paragraph */
};

/* Where an annotation stood in the old text. */
struct origin {
	size_t para;		/* 0-based */
	size_t start, end;	/* bytes of the old text */
};

/* Words looked for, and the state their annotation takes where found. */
struct target {
	const char *words;
	size_t len;
	enum anchor_state state;
};

/* A range of bytes of the new text. */
struct range {
	size_t start, end;
};

/* What a search found. */
struct finding {
	struct range full[FULL_KEEP];	/* places whose whole context agrees */
	size_t nfull;			/* how many (counted past FULL_KEEP) */
	struct range best;		/* the place that agrees best, short of whole */
	double score, second;		/* its score, the next one's apart from it */
	double similarity;		/* of the words, at best (approximate matches) */
};

/* How a search ended. */
enum verdict {
	VERDICT_NOTHING,	/* no place good enough */
	VERDICT_FOUND,		/* one place, better than any other */
	VERDICT_AMBIGUOUS,	/* places that cannot be told apart */
};

/* Where the last code point looked up in the old text was: annotations
 * come in text order, so each lookup walks on from the one before. */
struct cursor {
	size_t para;		/* ALIGN_NONE: none yet */
	uint64_t cp;		/* code points into the paragraph */
	size_t byte;		/* of the text */
};

/* The state and scratch space of one relocation. */
struct relocation {
	struct article *old, *new;
	struct align align;
	struct fuzzy fuzzy;
	struct cursor cursor;
	uint64_t budget;	/* bytes that searching further may still read */
	int failed;		/* ran out of memory */
};

/* The budget of a relocation over texts of `bytes` bytes together, in
 * bytes searched beyond what each search reads for nothing: BUDGET_TIMES
 * the texts, BUDGET_MIN at least. */
#define BUDGET_MIN ((uint64_t)64 << 20)
#define BUDGET_TIMES 16
#define RELOCATE_BUDGET(bytes) ((uint64_t)(bytes) * BUDGET_TIMES > BUDGET_MIN \
				? (uint64_t)(bytes) * BUDGET_TIMES : BUDGET_MIN)

/* How the score of an approximate match weighs the similarity of its
 * words against the agreement of their context. */
#define WEIGHT_WORDS 0.6
#define WEIGHT_CONTEXT 0.4

/* Running out of memory while relocating in r, recorded in err. */
enum tanda_status relocate_out_of_memory(const struct relocation *r, struct tanda_error *err);

/* Put anchor on bytes at of the new text in state with score: leaving
 * the exact state it keeps its words in old_exact (when it has none yet);
 * becoming exact it forgets them. */
enum tanda_status relocate_place(struct relocation *r, struct anchor *an, const struct range *at,
				 enum anchor_state state, double score, struct tanda_error *err);

/* Leave annotation a an orphan as it stands: words, context, paragraph
 * and positions kept, old_exact its words; a resolved correction goes
 * back to its wrong words. */
enum tanda_status relocate_orphan(struct relocation *r, struct annotation *a,
				  struct tanda_error *err);

/* Nothing found yet, in f. */
void search_finding_init(struct finding *f);

/* Count a place of f with its whole context. */
void search_add_full(struct finding *f, size_t start, size_t end);

/* Rank a place of f short of the whole context, scored score (negative:
 * not good enough); one overlapping the best is not a rival of it. */
void search_add_partial(struct finding *f, size_t start, size_t end, double score,
			double similarity);

/* Whether a search may read n more bytes after already reading *read;
 * counts them, spending r's budget past what each search reads free. */
int search_may_read(struct relocation *r, size_t *read, size_t n);

/* The verdict of finding f (o: where the words stood, or NULL), its
 * place in *found: one place with the whole context; else the best one
 * short of it by a margin over any other. */
enum verdict search_decide(const struct relocation *r, const struct origin *o,
			   const struct finding *f, struct range *found);

/* The context of bytes [start, end) of text (len bytes). */
void context_in_text(const char *text, size_t len, size_t start, size_t end, struct context *c);

/* The context of the words that stood at o in the old text, with their
 * sentence. */
void context_of_origin(const struct relocation *r, const struct origin *o, struct context *c);

/* The context a stored prefix and suffix describe (their parts inside the
 * words' paragraph). */
void context_of_strings(const char *prefix, const char *suffix, struct context *c);

/* Whether the sentence the annotation that stood at o is in (unique
 * among the changed paragraphs around its own) stands, whole and once,
 * among the new paragraphs of its gap: then its words stand there, at
 * *at, whatever was done to the sentences around it. */
int search_sentence(struct relocation *r, const struct origin *o, struct range *at);

/* Whether the annotation that stood at o is in the part of its paragraph
 * that its twin keeps byte for byte (before the first difference, or
 * after the last): then its words stand there, at *at. */
int search_in_place(const struct relocation *r, const struct origin *o, struct range *at);

/*
 * Look for target with context c near where it stood (origin o): in the
 * twin of its paragraph, or in the new paragraphs not paired in its gap;
 * with approximate set, for an approximate match (then the words found
 * differ from target's).  Returns the verdict and the place in *found.
 */
enum verdict search_near(struct relocation *r, const struct origin *o, const struct target *t,
			 const struct context *c, int approximate, struct range *found,
			 struct finding *f);

/* Look for target, exactly or approximately, in paragraph j of the new
 * text alone (the one an imported set names for positions that do not
 * fit): at one place there better than any other, with enough of its
 * context when that is known. */
enum verdict search_named(struct relocation *r, size_t j, const struct target *t,
			  const struct context *c, int approximate, struct range *found,
			  struct finding *f);

/*
 * Look for target with context c where only a move could have taken it:
 * with its whole context, at one place of the new paragraphs not paired
 * outside its gap (o given) or of the whole text (o NULL, when its place
 * is not known; only the paragraphs not paired when unpaired_only), the
 * passage unique in the new text and, when o is given, in the old one;
 * for an orphan (was: its anchor, where it last stood), a passage the old
 * text did not have, at the same offset of the same paragraph: the words
 * came back where they were (an edit undone).
 */
enum verdict search_far(struct relocation *r, const struct origin *o, const struct target *t,
			const struct context *c, int unpaired_only, const struct anchor *was,
			struct range *found);

#endif
