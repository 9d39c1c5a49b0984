/*
 * filter.h - which annotations the annotation list shows: conditions on
 * the fields (kind, tags, author, status), set by ':filter kind=claim
 * tag=needs-source author=ani status=proposed', and a text condition, set
 * by the list's '/'.  Every condition set must hold.  No curses here.
 *
 * A zeroed struct filter is an empty filter (it lets everything through);
 * what it holds is freed by filter_clear.
 */
#ifndef TANDA_UI_FILTER_H
#define TANDA_UI_FILTER_H

#include <stddef.h>

#include "annotation.h"
#include "error.h"
#include "search.h"

struct filter {
	int has_kind;			/* whether kind is a condition */
	enum annotation_kind kind;
	char **tags;			/* tags the annotation must all have (heap) */
	size_t ntags, tags_alloc;
	char *author;			/* the author it must have (heap), or NULL */
	const char *status;		/* a claim status, correction status or anchor
					 * state name (from their tables), or NULL */
	struct search text;		/* text.pattern NULL: no text condition */
};

/* The short kind names the list shows (hl, quote, claim, corr, note);
 * kind= takes them as well as the full names. */
extern const char *const filter_kind_short_names[KIND_COUNT];

/* Drop every condition and free what f holds; f stays usable. */
void filter_clear(struct filter *f);

/* Replace f's field conditions with those of text, space-separated
 * FIELD=VALUE words (fields: kind, tag, author, status; tag may repeat);
 * an empty text drops them.  The text condition is kept.  Fails with
 * TANDA_EUSAGE (a one-line message naming the bad word and what is
 * allowed) or TANDA_ENOMEM, leaving f as it was. */
enum tanda_status filter_parse(struct filter *f, const char *text, struct tanda_error *err);

/* Set the text condition to text, matched as the reader's search matches
 * (ignoring case unless text has a capital letter) in the annotation's
 * exact text, note, replacement, speaker and tags; NULL or "" drops it.
 * Fails only with TANDA_ENOMEM, leaving f as it was. */
enum tanda_status filter_set_text(struct filter *f, const char *text, struct tanda_error *err);

/* Whether f has no condition at all. */
int filter_is_empty(const struct filter *f);

/* Whether annotation a meets every condition of f. */
int filter_match(const struct filter *f, const struct annotation *a);

/* Write f's conditions into buf as they are typed ("kind=claim
 * tag=needs-source /yoon"); "" for an empty filter.  Cut to size. */
void filter_describe(const struct filter *f, char *buf, size_t size);

#endif
