/*
 * overlay.c - the open article's annotations in memory, in text order,
 * with their byte ranges and a count per paragraph.  The order (attached
 * first, then paragraph, start, end, id: no two items equal) is asserted
 * where an item goes in; overlay_para_first's binary search depends on it.
 * The detached (orphans) sit apart, after the attached, in no paragraph's
 * count: they are on no words of this text.
 */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "overlay.h"
#include "store.h"

int overlay_init(struct overlay *o, struct article *article)
{
	memset(o, 0, sizeof *o);
	o->article = article;
	o->npara = article->count;
	o->para_counts = calloc(o->npara ? o->npara : 1, sizeof *o->para_counts);
	return o->para_counts == NULL ? -1 : 0;
}

/* Forget every item. */
static void overlay_clear(struct overlay *o)
{
	size_t i;

	for (i = 0; i < o->count; i++)
		annotation_clear(&o->items[i].a);
	o->count = 0;
	o->reach_stale = 1;
	if (o->para_counts != NULL)
		memset(o->para_counts, 0, (o->npara ? o->npara : 1) * sizeof *o->para_counts);
}

void overlay_free(struct overlay *o)
{
	overlay_clear(o);
	free(o->items);
	free(o->reach);
	free(o->para_counts);
	memset(o, 0, sizeof *o);
}

/* Whether item x comes before item y in text order. */
static int item_before(const struct overlay_item *x, const struct overlay_item *y)
{
	if (x->detached != y->detached)
		return y->detached;
	if (x->para != y->para)
		return x->para < y->para;
	if (x->start != y->start)
		return x->start < y->start;
	if (x->end != y->end)
		return x->end < y->end;
	return strcmp(x->a.id, y->a.id) < 0;
}

/* Where a's anchor lies in the text of o's article: its bytes and its
 * paragraph; an orphan sits empty at its paragraph's start. */
static void place(struct overlay *o, const struct annotation *a, struct overlay_item *item)
{
	struct article *article = o->article;
	size_t para = a->anchor.paragraph > 0 ? a->anchor.paragraph - 1 : 0;
	const struct paragraph *p;

	if (para >= article->count)
		para = article->count ? article->count - 1 : 0;
	item->para = para;
	item->start = item->end = article->count ? article->paragraphs[para].start : 0;
	item->detached = 1;
	if (a->anchor.state == ANCHOR_ORPHAN || article->count == 0)
		return;
	p = &article->paragraphs[para];
	item->start = article_byte_from_cp(article, (size_t)a->anchor.start);
	item->end = article_byte_from_cp(article, (size_t)a->anchor.end);
	if (item->start < p->start || item->end > p->start + p->len || item->start > item->end)
		item->start = item->end = p->start;	/* out of step: shown as an orphan */
	else
		item->detached = 0;
}

/* Insert a copy of a at its place in text order; 0 on success. */
static int insert(struct overlay *o, const struct annotation *a)
{
	struct overlay_item item;
	size_t at;

	memset(&item, 0, sizeof item);
	if (GROW(o->items, o->cap, o->count + 1) != 0 || annotation_copy(&item.a, a) != 0)
		return -1;
	place(o, a, &item);
	at = o->count;
	while (at > 0 && item_before(&item, &o->items[at - 1]))
		at--;
	memmove(o->items + at + 1, o->items + at, (o->count - at) * sizeof *o->items);
	o->items[at] = item;
	o->count++;
	o->reach_stale = 1;	/* rebuilt once the change is done */
	assert(at == 0 || item_before(&o->items[at - 1], &o->items[at]));
	assert(at + 1 == o->count || item_before(&o->items[at], &o->items[at + 1]));
	if (!item.detached && item.para < o->npara)
		o->para_counts[item.para]++;
	return 0;
}

/* Rebuild o's reach (the furthest end of a paragraph's items so far)
 * after a change, in O(items); left stale (overlay_overlapping then gives
 * whole paragraphs) when out of memory. */
static void build_reach(struct overlay *o)
{
	size_t i;

	if (!o->reach_stale || GROW(o->reach, o->reach_cap, o->count + 1) != 0)
		return;
	for (i = 0; i < o->count; i++) {
		size_t end = o->items[i].end;

		if (i > 0 && o->items[i - 1].para == o->items[i].para && o->reach[i - 1] > end)
			end = o->reach[i - 1];
		o->reach[i] = end;
	}
	o->reach_stale = 0;
}

void overlay_remove(struct overlay *o, const char *id)
{
	size_t i = overlay_find(o, id);

	if (i == SIZE_MAX)
		return;
	if (!o->items[i].detached && o->items[i].para < o->npara)
		o->para_counts[o->items[i].para]--;
	annotation_clear(&o->items[i].a);
	memmove(o->items + i, o->items + i + 1, (o->count - i - 1) * sizeof *o->items);
	o->count--;
	o->reach_stale = 1;
	build_reach(o);
}

int overlay_put(struct overlay *o, const struct annotation *a)
{
	int rc;

	overlay_remove(o, a->id);
	rc = a->deleted ? 0 : insert(o, a);
	build_reach(o);
	return rc;
}

/* store_visit_fn: add one listed annotation. */
static int add_listed(void *context, const struct annotation *a)
{
	return insert(context, a) != 0;
}

enum tanda_status overlay_load(struct overlay *o, struct store *store, struct tanda_error *err)
{
	struct store_query query;
	enum tanda_status status;

	overlay_clear(o);
	store_query_init(&query);
	query.article = article_sha256(o->article);
	query.hidden_for = o->hidden_for;
	status = store_annotation_list(store, &query, add_listed, o, err);
	build_reach(o);
	return status;
}

size_t overlay_find(const struct overlay *o, const char *id)
{
	size_t i;

	for (i = 0; i < o->count; i++)
		if (strcmp(o->items[i].a.id, id) == 0)
			return i;
	return SIZE_MAX;
}

int overlay_attached(const struct overlay *o, size_t i)
{
	return i < o->count && !o->items[i].detached && o->items[i].start < o->items[i].end;
}

size_t overlay_next(const struct overlay *o, size_t from)
{
	size_t i;

	for (i = 0; i < o->count; i++)
		if (overlay_attached(o, i) && o->items[i].start >= from)
			return i;
	return SIZE_MAX;
}

size_t overlay_previous(const struct overlay *o, size_t before)
{
	size_t i = o->count;

	while (i-- > 0)
		if (overlay_attached(o, i) && o->items[i].start < before)
			return i;
	return SIZE_MAX;
}

size_t overlay_para_first(const struct overlay *o, size_t para)
{
	size_t low = 0, high = o->count;

	while (low < high) {
		size_t mid = low + (high - low) / 2;

		if (!o->items[mid].detached && o->items[mid].para < para)
			low = mid + 1;
		else
			high = mid;
	}
	return low;
}

int overlay_para_fuzzy(const struct overlay *o, size_t para)
{
	size_t i;

	for (i = overlay_para_first(o, para); i < o->count && o->items[i].para == para; i++)
		if (o->items[i].a.anchor.state == ANCHOR_FUZZY)
			return 1;
	return 0;
}

size_t overlay_count_state(const struct overlay *o, enum anchor_state state)
{
	size_t i, n = 0;

	for (i = 0; i < o->count; i++)
		n += o->items[i].a.anchor.state == state;
	return n;
}

/* The first index in [lo, hi) whose start is at or after byte to (hi when
 * none); the items of one paragraph are in order of start. */
static size_t first_starting_at(const struct overlay *o, size_t lo, size_t hi, size_t to)
{
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (o->items[mid].start < to)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The first index in [lo, hi) whose reach passes byte from (hi when none);
 * reach only grows along a paragraph. */
static size_t first_reaching(const struct overlay *o, size_t lo, size_t hi, size_t from)
{
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (o->reach[mid] <= from)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

int overlay_overlapping(const struct overlay *o, size_t para, size_t from, size_t to,
			size_t *first, size_t *last)
{
	size_t lo = overlay_para_first(o, para), hi = lo + overlay_para_count(o, para);

	if (hi > o->count)
		hi = o->count;
	*first = lo;
	*last = hi;
	if (o->reach_stale)
		return -1;
	*last = first_starting_at(o, lo, hi, to);
	*first = first_reaching(o, lo, *last, from);
	return 0;
}

size_t overlay_para_count(const struct overlay *o, size_t para)
{
	return para < o->npara ? o->para_counts[para] : 0;
}
