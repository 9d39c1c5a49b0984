/*
 * listing.h - annotations listed for people and for programs: on a
 * terminal a table as wide as the terminal, its ids as long as they must
 * be to tell every stored annotation from the others (so that each can be
 * typed back to `tanda rm`, `review` or `edit`); in a pipe tab-separated
 * values, one annotation per line, with a header.  What `tanda list` and
 * `tanda review` print; an annotation others dismissed says who and why
 * (the table after its words, TSV in its last field).
 */
#ifndef TANDA_LISTING_H
#define TANDA_LISTING_H

#include <stddef.h>
#include <stdio.h>

struct annotation;
struct store;

/* The shortest ids a table shows. */
#define LISTING_ID_MIN 8

/* A listing under way. */
struct listing {
	FILE *out;
	struct store *store;	/* who dismissed what is read there */
	int table;		/* a table (out is a terminal), else TSV */
	size_t id_width;	/* the characters of an id a table shows */
	size_t text_width;	/* the width of its TEXT column */
};

/* Start a listing of store's annotations to out and print its header:
 * a table when out is a terminal (its width from the terminal, else
 * $COLUMNS, else 80), else TSV; returns the exit status. */
int listing_start(struct listing *l, struct store *store, FILE *out);

/* Print annotation a as one row of the listing context (a
 * store_visit_fn). */
int listing_row(void *context, const struct annotation *a);

#endif
