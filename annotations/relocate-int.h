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
