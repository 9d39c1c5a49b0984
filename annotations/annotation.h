/*
 * annotation.h - the record of one annotation: what it says about which
 * words of which article, who made it and when.
 *
 * The anchor follows the W3C Web Annotation model: the exact text with up
 * to ANNOTATION_CONTEXT characters before (prefix) and after (suffix) it
 * (a TextQuoteSelector), and its code point offsets start/end, end
 * exclusive, in the article's normalized text (a TextPositionSelector).
 * Strings are heap-owned by the record (annotation_clear frees them); a
 * NULL string is "no value".
 */
#ifndef TANDA_ANNOTATION_H
#define TANDA_ANNOTATION_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"

/* The most characters of context kept on each side of the exact text. */
#define ANNOTATION_CONTEXT 32

/* A UUID in text: 36 characters and a NUL. */
#define ANNOTATION_ID_SIZE 37

/* An ISO 8601 UTC time stamp, 2026-11-26T07:42:26Z, and a NUL. */
#define ANNOTATION_TIME_SIZE 21

enum annotation_kind {
	KIND_HIGHLIGHT,
	KIND_QUOTE,
	KIND_CLAIM,
	KIND_CORRECTION,
	KIND_NOTE,
	KIND_COUNT
};

enum claim_status {
	CLAIM_NONE,
	CLAIM_UNVERIFIED,
	CLAIM_SUPPORTED,
	CLAIM_DISPUTED,
	CLAIM_FALSE,
	CLAIM_MISLEADING,
	CLAIM_NEEDS_SOURCE,
	CLAIM_COUNT
};

enum correction_kind {
	CORRECTION_KIND_NONE,
	CORRECTION_DATE,
	CORRECTION_NAME,
	CORRECTION_TITLE,
	CORRECTION_NUMBER,
	CORRECTION_SPELLING,
	CORRECTION_ATTRIBUTION,
	CORRECTION_OTHER,
	CORRECTION_KIND_COUNT
};

enum correction_status {
	CORRECTION_STATUS_NONE,
	CORRECTION_PROPOSED,
	CORRECTION_ACCEPTED,
	CORRECTION_REJECTED,
	CORRECTION_PUBLISHED,
	CORRECTION_STATUS_COUNT
};

/* How an annotation's anchor fared when its article's text changed. */
enum anchor_state {
	ANCHOR_EXACT,		/* the exact text, where it was or found again */
	ANCHOR_FUZZY,		/* an approximate match, to be confirmed */
	ANCHOR_ORPHAN,		/* nothing good enough: kept, not attached */
	ANCHOR_RESOLVED,	/* a correction whose replacement now stands there */
	ANCHOR_STATE_COUNT
};

struct anchor {
	char *exact, *prefix, *suffix;
	uint64_t start, end;		/* code points in the whole text */
	uint32_t paragraph;		/* 1-based */
	uint64_t para_start, para_end;	/* code points inside the paragraph */
	enum anchor_state state;
	double score;			/* for a fuzzy anchor, 0..1 */
	char *old_exact;		/* for a fuzzy or orphan anchor: what it was */
};

struct annotation {
	char id[ANNOTATION_ID_SIZE];	/* a random (version 4) UUID */
	char article[65];		/* the article's sha256 */
	enum annotation_kind kind;
	struct anchor anchor;
	char *note;
	char *color;
	char **tags;			/* tag names, sorted */
	size_t ntags;
	size_t tags_alloc;		/* room in tags (annotation_add_tag's) */
	char *speaker;			/* for a quote */
	enum claim_status claim;	/* for a claim */
	char *replacement;		/* for a correction: the words that stand */
	char *proposed;			/* its author's words while a reviewer's
					 * decision gives it other ones (then in
					 * replacement); NULL otherwise */
	enum correction_kind correction_kind;
	enum correction_status correction_status;
	char *reviewed_by;
	char reviewed_at[ANNOTATION_TIME_SIZE];	/* "" when not reviewed */
	char *author;
	char created[ANNOTATION_TIME_SIZE];
	char modified[ANNOTATION_TIME_SIZE];
	int deleted;			/* a tombstone, kept for merging */
	int64_t revision;		/* the store's revision of the record it was
					 * read from (1 when added, one more with
					 * every write); 0 when not read from one */
};

/* The names of the enums, as stored and as typed on the command line;
 * index 0 of the optional ones is NULL ("none"). */
extern const char *const annotation_kind_names[KIND_COUNT];
extern const char *const claim_status_names[CLAIM_COUNT];
extern const char *const correction_kind_names[CORRECTION_KIND_COUNT];
extern const char *const correction_status_names[CORRECTION_STATUS_COUNT];
extern const char *const anchor_state_names[ANCHOR_STATE_COUNT];

/* The tags every store offers, ending with NULL. */
extern const char *const annotation_default_tags[];

/* The index of name in names[count] (index 0 may be NULL), or -1. */
int annotation_lookup(const char *const *names, int count, const char *name);

/* The highlight colors the reader draws, chosen by 1h to 6h there and
 * taken by tanda annotate --color. */
#define ANNOTATION_COLORS 6
extern const char *const annotation_color_names[ANNOTATION_COLORS];

/* Set *field (a name: a speaker) to value with its whitespace normalized,
 * each run one space and none at either end (NULL or only spaces: NULL);
 * 0 on success, -1 when out of memory. */
int annotation_set_name(char **field, const char *value);

/* Zero a record. */
void annotation_init(struct annotation *a);

/* Free a record's strings and zero it. */
void annotation_clear(struct annotation *a);

/* Copy src into dst (which is cleared first); 0 on success. */
int annotation_copy(struct annotation *dst, const struct annotation *src);

/* Set *field to a copy of value (NULL allowed), freeing the old one;
 * 0 on success. */
int annotation_set(char **field, const char *value);

/* Whether a has the tag name, in any case and either normalization form
 * ("Ekonomi", "EKONOMI"; "é" in one code point or two). */
int annotation_has_tag(const struct annotation *a, const char *name);

/* Add tag name (if not there), keeping the tags sorted; 0 on success. */
int annotation_add_tag(struct annotation *a, const char *name);

/* Add the n tag names (repeats and those already there left out), keeping
 * the tags sorted, in O((ntags + n) log): how many tags at once are
 * added; 0 on success (on failure a is as it was). */
int annotation_add_tags(struct annotation *a, const char *const *names, size_t n);

/* Take the tag name off a (keeping the others sorted); 1 when a had it,
 * else 0. */
int annotation_remove_tag(struct annotation *a, const char *name);

/* Fill id with a new random UUID (version 4) from getrandom(2). */
enum tanda_status annotation_new_id(char id[ANNOTATION_ID_SIZE], struct tanda_error *err);

/* Write the 16 bytes b (changed in place) as a UUID of version (4 for
 * random, 8 for one made from other data) into id. */
void annotation_format_id(unsigned char b[16], int version, char id[ANNOTATION_ID_SIZE]);

/* Fill stamp with the current UTC time, ISO 8601 with a Z. */
void annotation_now(char stamp[ANNOTATION_TIME_SIZE]);

/* The words a correction was made on, its wrong words: what its anchor
 * said before it was carried over to a text where it is not exact
 * (old_exact: a resolved correction's anchor is on its replacement), else
 * its exact words.  Shown everywhere as WRONG -> REPLACEMENT. */
const char *annotation_wrong_words(const struct annotation *a);

/* Check that the fields fit the kind (a speaker only on a quote, a status
 * of the right sort...); fails with TANDA_EUSAGE saying what is wrong. */
enum tanda_status annotation_validate(const struct annotation *a, struct tanda_error *err);

#endif
