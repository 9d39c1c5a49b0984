/*
 * overlay.h - the article's annotations as the reader shows them: a copy
 * of the store's live (not deleted) annotations on the open article, in
 * text order, each with its place in bytes of the text.  The reader draws
 * from it and keeps it in step with every write it makes to the store.
 * No curses here.
 */
#ifndef TANDA_UI_OVERLAY_H
#define TANDA_UI_OVERLAY_H

#include <stddef.h>

#include "annotation.h"
#include "article.h"
#include "error.h"

struct store;

/* One annotation shown: the record and where it is in the text. */
struct overlay_item {
	struct annotation a;	/* owned */
	size_t start, end;	/* bytes of the text; start == end for an orphan */
	size_t para;		/* 0-based paragraph (an orphan's: where it was) */
	int detached;		/* an orphan, or positions out of step with the text */
};

struct overlay {
	struct overlay_item *items;	/* sorted by paragraph, start, end, id; the
					 * detached ones apart, after the others */
	size_t count, cap;
	size_t *para_counts;		/* attached annotations starting in each
					 * paragraph (a detached one is on none) */
	size_t npara;
	size_t *reach;			/* the furthest end of the items of a
					 * paragraph up to each one (rebuilt after
					 * each change) */
	size_t reach_cap;
	int reach_stale;
	struct article *article;	/* not owned */
	const char *hidden_for;		/* not owned: what this reviewer dismissed
					 * is left out (NULL: nothing) */
};

/* An empty overlay for article; 0 on success. */
int overlay_init(struct overlay *o, struct article *article);

/* Free what o holds. */
void overlay_free(struct overlay *o);

/* Replace o's items with the store's live annotations on o's article. */
enum tanda_status overlay_load(struct overlay *o, struct store *store, struct tanda_error *err);

/* Add a copy of a, or replace the item with a's id; a deleted a is
 * removed.  0 on success. */
int overlay_put(struct overlay *o, const struct annotation *a);

/* Remove the item with id, if there is one. */
void overlay_remove(struct overlay *o, const char *id);

/* The index of the item with id, or SIZE_MAX. */
size_t overlay_find(const struct overlay *o, const char *id);

/* The first attached item that starts at or after byte from, or SIZE_MAX
 * when none. */
size_t overlay_next(const struct overlay *o, size_t from);

/* The last attached item that starts before byte `before`, or SIZE_MAX. */
size_t overlay_previous(const struct overlay *o, size_t before);

/* The index of the first attached item on paragraph para or after it
 * (the first detached one, or count, when none): the attached items of one
 * paragraph are next to each other. */
size_t overlay_para_first(const struct overlay *o, size_t para);

/*
 * The items of paragraph para that may overlap bytes [from, to): every one
 * that does is in [*first, *last), in text order (some in between may
 * not: the caller checks).  What a drawn line costs, so that a paragraph
 * of 100,000 annotations draws only those near its lines: O(log n) and
 * the items from the first that reaches `from`.  0, or -1 when memory ran
 * out at the last change (then the whole paragraph is given).
 */
int overlay_overlapping(const struct overlay *o, size_t para, size_t from, size_t to, size_t *first,
			size_t *last);

/* The number of attached annotations on paragraph para. */
size_t overlay_para_count(const struct overlay *o, size_t para);

/* Whether paragraph para has a fuzzy annotation (one to confirm). */
int overlay_para_fuzzy(const struct overlay *o, size_t para);

/* How many annotations have an anchor in state (fuzzy ones to confirm,
 * orphans to reattach): what needs attention.  O(count). */
size_t overlay_count_state(const struct overlay *o, enum anchor_state state);

/* Whether item i is attached to the text (not an orphan). */
int overlay_attached(const struct overlay *o, size_t i);

#endif
