/*
 * w3c-import.c - a JSON file of Web Annotations into the store: its
 * bounds checked (json-limits.h) before jansson parses it, its shape
 * found (a list, a collection and its pages, a page, Hypothesis's rows,
 * one annotation), each annotation read (w3c-item.c), the annotations
 * grouped by the article they name, each article settled (known with its
 * text, or pending), the annotations anchored and merged (merge.c), all in
 * one transaction.
 *
 * Unlike an annotation set, the whole file is a tree in memory (jansson
 * has no stream); its limits keep that tree to a few hundred megabytes at
 * worst.  The annotations are kept as records until their articles are
 * settled, which the limit on their number bounds too.
 */
#include <stdlib.h>
#include <string.h>

#include "anchor.h"
#include "grow.h"
#include "json-limits.h"
#include "sha256.h"
#include "strbuf.h"
#include "utf8.h"
#include "relocate.h"
#include "w3c-import.h"
#include "w3c-item.h"

/* The most skipped annotations named one by one on standard error; the
 * report counts them all. */
#define SKIPPED_NAMED 20

/* What an identity made from a URL hashes before the URL. */
#define PENDING_URL_PREFIX "urn:tanda:pending:"

/* A stored article that a URL names: its url, or the URL it was opened
 * from, with the order it was last opened in (0 the newest). */
struct known {
	char *url;
	size_t rank;
	char sha256[65];
};

/* An annotation left out, to be named once the whole file is read. */
struct skip {
	char path[W3C_PATH_MAX];
	const char *why;
};

/* One import. */
struct import {
	struct store *store;
	const struct yaml_import_options *options;
	struct yaml_import_result *result;
	struct w3c_place where;
	struct w3c_item *items;		/* the annotations of the file */
	size_t count, alloc;
	struct known *known;		/* sorted by url, then rank; loaded once */
	size_t nknown, known_alloc;
	int known_loaded;
	struct skip skips[SKIPPED_NAMED];	/* the first ones left out */
	struct yaml_import_trust trust;	/* which annotations the file may carry */
};

/* An article of the file while its annotations are imported. */
struct target_article {
	struct store_article meta;	/* sha256, url, title (borrowed) */
	struct article *doc;		/* its text, when the store has it */
	size_t length;			/* in code points */
	struct yaml_import_article report;
	struct annotation *queued;	/* to anchor by their quotes */
	size_t *queued_items;		/* which items they were */
	size_t nqueued, queued_alloc, items_alloc;
};

/* Fail: out of memory. */
static enum tanda_status no_memory(struct import *im)
{
	return tanda_fail(im->where.err, TANDA_ENOMEM, "%s: out of memory", im->where.name);
}

/* Pass a notice about item (NULL: the file) to the caller. */
static void notice(struct import *im, const struct w3c_item *item, const char *message)
{
	char line[TANDA_ERROR_MAX];

	if (im->options->notice == NULL)
		return;
	snprintf(line, sizeof line, "%s: %s%s%s", im->where.name, item ? item->path : "",
		 item && item->path[0] ? ": " : "", message);
	im->options->notice(im->options->context, line);
}

int w3c_import_sniff(const char *bytes, size_t size)
{
	size_t i = size >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;

	while (i < size && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' ||
			    bytes[i] == '\r'))
		i++;
	return i < size && (bytes[i] == '[' || bytes[i] == '{');
}

/* The identity of the pending article of url: the SHA-256 of
 * PENDING_URL_PREFIX and the URL, which no text of it has. */
static void pending_sha256(const char *url, char hex[65])
{
	struct strbuf sb = STRBUF_INIT;

	strbuf_addstr(&sb, PENDING_URL_PREFIX);
	strbuf_addstr(&sb, url);
	sha256_hex(strbuf_str(&sb), sb.len, hex);
	strbuf_release(&sb);
}

/* ---- the annotations of the file ---- */

/* Read the annotation node, at where's path, into the list (or skip it,
 * saying why). */
static enum tanda_status read_one(struct import *im, json_t *node)
{
	const char *skipped;
	enum tanda_status status;

	if (im->count + im->result->skipped >= W3C_IMPORT_MAX_ANNOTATIONS)
		return w3c_place_fail(&im->where, "more than %d annotations in one file",
				      W3C_IMPORT_MAX_ANNOTATIONS);
	if (GROW(im->items, im->alloc, im->count + 1) != 0)
		return no_memory(im);
	status = w3c_item_read(node, &im->where, &im->items[im->count], &skipped);
	if (status == TANDA_OK && skipped != NULL && im->result->skipped < SKIPPED_NAMED) {
		struct skip *s = &im->skips[im->result->skipped];

		memcpy(s->path, im->items[im->count].path, sizeof s->path);
		s->why = skipped;
	}
	if (status == TANDA_OK && skipped != NULL)
		im->result->skipped++;
	if (status != TANDA_OK || skipped != NULL)
		w3c_item_clear(&im->items[im->count]);
	else
		im->count++;
	return status;
}

/* Read each annotation of list (a JSON array), key its name in paths. */
static enum tanda_status read_list(struct import *im, json_t *list, const char *key)
{
	enum tanda_status status = TANDA_OK;
	size_t len = key ? w3c_place_push(&im->where, key, 0) : im->where.len, i;
	json_t *node;

	if (!json_is_array(list))
		status = w3c_place_fail(&im->where, "not a list of annotations");
	json_array_foreach(list, i, node) {
		size_t at = w3c_place_push(&im->where, NULL, i);

		status = read_one(im, node);
		w3c_place_pop(&im->where, at);
		if (status != TANDA_OK)
			break;
	}
	w3c_place_pop(&im->where, len);
	return status;
}

/* Read an AnnotationPage (at key, NULL: where the path is) and the pages
 * after it that the file holds. */
static enum tanda_status read_page(struct import *im, json_t *page, const char *key)
{
	size_t len = key ? w3c_place_push(&im->where, key, 0) : im->where.len;
	json_t *items = json_object_get(page, "items"), *next;
	enum tanda_status status = TANDA_OK;

	if (!json_is_object(page))
		status = w3c_place_fail(&im->where, json_is_string(page) ?
					"the page is not in the file (only an IRI)" :
					"not an AnnotationPage");
	else if (items != NULL)
		status = read_list(im, items, "items");
	next = json_object_get(page, "next");
	if (status == TANDA_OK && json_is_string(next))
		notice(im, NULL, "the pages after the first are not in the file (next is an IRI): "
		       "only those in it are read");
	else if (status == TANDA_OK && next != NULL && !json_is_null(next))
		status = read_page(im, next, "next");
	w3c_place_pop(&im->where, len);
	return status;
}

/* What the top level (an object or a list) is, its annotations read. */
static enum tanda_status read_root(struct import *im, json_t *root)
{
	json_t *type = json_object_get(root, "type");
	const char *t = json_is_string(type) ? json_string_value(type) : "";

	if (json_is_array(root))
		return read_list(im, root, NULL);
	if (!json_is_object(root))
		return w3c_place_fail(&im->where, "not Web Annotations (the top level is not an "
				      "object or a list)");
	if (json_object_get(root, "rows") != NULL)
		return read_list(im, json_object_get(root, "rows"), "rows");
	if (strcmp(t, "AnnotationCollection") == 0 || json_object_get(root, "first") != NULL)
		return json_object_get(root, "first") == NULL ? TANDA_OK
			: read_page(im, json_object_get(root, "first"), "first");
	if (strcmp(t, "AnnotationPage") == 0 || json_object_get(root, "items") != NULL)
		return read_page(im, root, NULL);
	if (json_object_get(root, "target") != NULL)
		return read_one(im, root);
	return w3c_place_fail(&im->where, "not Web Annotations (no target, items, first or rows)");
}

/* Name the annotations left out (once the file is read: a file refused
 * says only why). */
static void name_skipped(struct import *im)
{
	char line[TANDA_ERROR_MAX];
	size_t i;

	for (i = 0; i < im->result->skipped && i < SKIPPED_NAMED; i++) {
		snprintf(line, sizeof line, "%s: %s", im->skips[i].path, im->skips[i].why);
		notice(im, NULL, line);
	}
	if (im->result->skipped > SKIPPED_NAMED)
		notice(im, NULL, "more annotations skipped: the report counts them");
}

/* Order two items (pointers into one array) by id, then by place. */
static int by_id(const void *a, const void *b)
{
	const struct w3c_item *x = *(const struct w3c_item *const *)a;
	const struct w3c_item *y = *(const struct w3c_item *const *)b;
	int c = strcmp(x->a.id, y->a.id);

	return c != 0 ? c : (x > y) - (x < y);
}

/* The article an item names: its sha256 when known, else its URL. */
static const char *article_key(const struct w3c_item *item)
{
	return item->sha256[0] != '\0' ? item->sha256 : item->url;
}

/* Order two items by the article they name (sha256s before URLs), then
 * by place. */
static int by_article(const void *a, const void *b)
{
	const struct w3c_item *x = *(const struct w3c_item *const *)a;
	const struct w3c_item *y = *(const struct w3c_item *const *)b;
	int c = (x->sha256[0] == '\0') - (y->sha256[0] == '\0');

	if (c == 0)
		c = strcmp(article_key(x), article_key(y));
	return c != 0 ? c : (x > y) - (x < y);
}

/* Whether two items name the same article. */
static int same_article(const struct w3c_item *x, const struct w3c_item *y)
{
	return (x->sha256[0] == '\0') == (y->sha256[0] == '\0') &&
	       strcmp(article_key(x), article_key(y)) == 0;
}

/* Fail when two annotations of the file have one id. */
static enum tanda_status check_ids(struct import *im, struct w3c_item **order)
{
	size_t i;

	qsort(order, im->count, sizeof *order, by_id);
	for (i = 1; i < im->count; i++)
		if (strcmp(order[i]->a.id, order[i - 1]->a.id) == 0)
			return tanda_fail(im->where.err, TANDA_EDATA, "%s: %s: the same id as %s "
					  "(urn:uuid:%s)", im->where.name, order[i]->path,
					  order[i - 1]->path, order[i]->a.id);
	return TANDA_OK;
}

/* ---- the stored articles that URLs name ---- */

/* Where the stored articles are read into. */
struct loading {
	struct import *im;
	size_t rank;
	int failed;
};

/* Remember the URLs of a stored article with its text: its url, and the
 * one it was opened from (store_article_list's visitor). */
static int remember(void *context, const struct store_article *article)
{
	struct loading *l = context;
	struct import *im = l->im;
	const char *keys[2] = { article->url, article->path };
	size_t i;

	for (i = 0; i < 2 && !article->pending; i++) {
		char *url = w3c_article_url(keys[i], &l->failed);

		if (url == NULL)
			continue;
		if (GROW(im->known, im->known_alloc, im->nknown + 1) != 0) {
			free(url);
			l->failed = 1;
			break;
		}
		im->known[im->nknown].url = url;
		im->known[im->nknown].rank = l->rank;
		memcpy(im->known[im->nknown++].sha256, article->sha256, 65);
	}
	l->rank++;
	return l->failed;
}

/* Order two known URLs: by URL, the newest first. */
static int by_url(const void *a, const void *b)
{
	const struct known *x = a, *y = b;
	int c = strcmp(x->url, y->url);

	return c != 0 ? c : (x->rank > y->rank) - (x->rank < y->rank);
}

/* Read the stored articles' URLs (once). */
static enum tanda_status load_known(struct import *im)
{
	struct loading l = { im, 0, 0 };
	enum tanda_status status;

	if (im->known_loaded)
		return TANDA_OK;
	status = store_article_list(im->store, STORE_BY_LAST_OPENED, remember, &l, im->where.err);
	if (status == TANDA_OK && l.failed)
		status = no_memory(im);
	if (status == TANDA_OK && im->nknown > 0)
		qsort(im->known, im->nknown, sizeof *im->known, by_url);
	im->known_loaded = status == TANDA_OK;
	return status;
}

/* The newest stored article with text that url names, into sha256;
 * 1 when there is one. */
static int known_article(const struct import *im, const char *url, char sha256[65])
{
	size_t lo = 0, hi = im->nknown;

	while (lo < hi) {	/* the first entry not before url */
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(im->known[mid].url, url) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == im->nknown || strcmp(im->known[lo].url, url) != 0)
		return 0;
	memcpy(sha256, im->known[lo].sha256, 65);
	return 1;
}

/* ---- an article of the file ---- */

/* Make art's report (the title copied: the URL when there is none). */
static int start_report(struct target_article *art, const struct w3c_item *first)
{
	const char *title = first->title ? first->title : first->url;

	memcpy(art->report.sha256, art->meta.sha256, 65);
	return title != NULL && (art->report.title = strdup(title)) == NULL ? -1 : 0;
}

/* Its text, when the store has it: art->doc and its length. */
static enum tanda_status load_text(struct import *im, struct target_article *art)
{
	enum tanda_status status;
	char *text;
	size_t len;

	status = store_article_text(im->store, art->meta.sha256, &text, &len, im->where.err);
	if (status == TANDA_OK && text != NULL)
		status = article_from_text(im->where.name, text, len, &art->doc, im->where.err);
	free(text);
	if (status == TANDA_OK && art->doc != NULL &&
	    (art->length = article_cp_from_byte(art->doc, art->doc->text_len)) == (size_t)-1)
		status = no_memory(im);
	return status;
}

/* Find the article first (the earliest of its annotations) names: by its
 * sha256, else the stored article its URL names, else the pending one of
 * its URL; store it pending when it is not stored; know its text when
 * the store does. */
static enum tanda_status settle(struct import *im, const struct w3c_item *first,
				struct target_article *art)
{
	struct store_article found;
	enum tanda_status status = TANDA_OK;

	art->meta.url = first->url;
	art->meta.title = first->title;
	art->meta.source = first->publication;
	art->meta.published = first->published;
	art->meta.language = first->language;
	art->meta.paragraphs = first->paragraphs;
	if (first->sha256[0] != '\0')
		memcpy(art->meta.sha256, first->sha256, 65);
	else if ((status = load_known(im)) != TANDA_OK ||
		 !known_article(im, first->url, art->meta.sha256))
		pending_sha256(first->url, art->meta.sha256);
	if (status != TANDA_OK)
		return status;
	if (start_report(art, first) != 0)
		return no_memory(im);
	memset(&found, 0, sizeof found);
	status = store_article_get(im->store, art->meta.sha256, &found, im->where.err);
	if (status == TANDA_EDATA) {	/* not stored: pending from now on */
		tanda_error_clear(im->where.err);
		art->report.fate = IMPORT_ARTICLE_PENDING;
		return store_article_put(im->store, &art->meta, NULL, 0, im->where.err);
	}
	art->report.fate = IMPORT_ARTICLE_KNOWN;
	if (status == TANDA_OK && !found.pending)
		status = load_text(im, art);
	store_article_clear(&found);
	return status;
}

/* Merge a (of item) into the store under art, counting the outcome. */
static enum tanda_status merge_one(struct import *im, struct target_article *art,
				   const struct w3c_item *item, struct annotation *a)
{
	char kept_as[ANNOTATION_ID_SIZE], message[200];
	enum merge_outcome outcome;
	enum tanda_status status;

	memcpy(a->article, art->meta.sha256, sizeof a->article);
	if (yaml_import_map_authors(im->options, a) != 0)
		return no_memory(im);
	status = merge_annotation(im->store, a, im->options->speaks_for != NULL, &outcome, kept_as,
				  im->where.err);
	if (status != TANDA_OK)
		return status;
	art->report.outcomes[outcome]++;
	if ((outcome == MERGE_NEW || outcome == MERGE_UPDATED) && im->options->speaks_for == NULL &&
	    (status = yaml_import_review_as_decision(im->store, a, &art->report.decisions,
						     im->where.err)) != TANDA_OK)
		return status;
	if (outcome == MERGE_REFUSED)
		notice(im, item, "refused: its id is another author's annotation");
	if (outcome == MERGE_CONFLICT) {
		merge_describe_conflict(a, kept_as, message, sizeof message);
		notice(im, item, message);
	}
	return TANDA_OK;
}

/* Give another tool's annotation a place to start from: its quote
 * unattached (an orphan) at the start of paragraph 1, to be anchored by
 * the quote when the text is there (now, or when it comes). */
static void unplaced(struct annotation *a)
{
	struct anchor *an = &a->anchor;

	an->start = 0;
	an->end = utf8_count(an->exact, strlen(an->exact));
	an->paragraph = 1;
	an->para_start = 0;
	an->para_end = an->end;
	an->state = ANCHOR_ORPHAN;
}

/* Import item into art unless the trust rule refuses it
 * (yaml_import_refusal): merged now when its article's text is not known
 * (pending) or when it is tanda's and its positions hold, else queued to
 * be anchored by its quote. */
static enum tanda_status take(struct import *im, struct target_article *art,
			      struct w3c_item *item)
{
	struct annotation *a = &item->a;
	char why[400];

	if (yaml_import_refusal(&im->trust, a->author, a->modified,
				a->deleted ? "a deletion by" : "by", why, sizeof why) != NULL) {
		art->report.outcomes[MERGE_REFUSED]++;	/* the trust rule, as for a set */
		notice(im, item, why);
		return TANDA_OK;
	}
	if (art->doc == NULL) {		/* kept as an annotation set keeps it */
		if (!item->ours)
			unplaced(a);
		a->anchor.paragraph += a->anchor.paragraph == 0;
		a->anchor.para_start = 0;
		a->anchor.para_end = a->anchor.end - a->anchor.start;
		return merge_one(im, art, item, a);
	}
	if (item->ours && (a->anchor.state == ANCHOR_ORPHAN ||
			   (item->has_position && a->anchor.end <= art->length &&
			    anchor_at_place(art->doc, &a->anchor))))
		return merge_one(im, art, item, a);	/* where tanda put it */
	if (!item->ours)	/* a browser's positions are not tanda's */
		unplaced(a);
	if (GROW(art->queued, art->queued_alloc, art->nqueued + 1) != 0 ||
	    GROW(art->queued_items, art->items_alloc, art->nqueued + 1) != 0)
		return no_memory(im);
	art->queued_items[art->nqueued] = (size_t)(item - im->items);
	art->queued[art->nqueued++] = *a;
	annotation_init(a);	/* the queue owns its strings now */
	return TANDA_OK;
}

/* Say where an annotation anchored by its quote went, when it is not
 * plainly there (tanda's own: always, as an annotation set's). */
static void say_anchored(struct import *im, const struct w3c_item *item, const struct anchor *an)
{
	char message[200];

	if (!item->ours && an->state == ANCHOR_EXACT)
		return;
	if (an->state == ANCHOR_ORPHAN)
		snprintf(message, sizeof message, "its quote is not in the text: kept as an orphan");
	else
		snprintf(message, sizeof message, "anchored by its quote: %s at %llu..%llu",
			 anchor_state_names[an->state], (unsigned long long)an->start,
			 (unsigned long long)an->end);
	notice(im, item, message);
}

/* Anchor the queued annotations of art that are (ours set) or are not
 * tanda's own: tanda's by the relocation of the text onto itself (their
 * positions did not hold: their stored context decides), other tools' by
 * their quotes alone (relocate_by_quote), each set in place through a
 * scratch list of them. */
static enum tanda_status anchor_some(struct import *im, struct target_article *art, int ours)
{
	struct annotation *some = NULL;
	enum tanda_status status = TANDA_OK;
	size_t i, n = 0, alloc = 0;

	if (GROW(some, alloc, art->nqueued) != 0)
		return no_memory(im);
	for (i = 0; i < art->nqueued; i++)
		if (!im->items[art->queued_items[i]].ours == !ours)
			some[n++] = art->queued[i];	/* borrowed, given back below */
	if (n > 0 && ours)
		status = relocate_annotations(art->doc->text, art->doc->text_len, art->doc, some, n,
					      im->where.err);
	else if (n > 0)
		status = relocate_by_quote(art->doc, some, n, im->where.err);
	for (i = 0, n = 0; i < art->nqueued; i++)
		if (!im->items[art->queued_items[i]].ours == !ours)
			art->queued[i] = some[n++];
	free(some);
	return status;
}

/* Anchor the queued annotations of art (anchor_some), say how, and merge
 * them. */
static enum tanda_status anchor_queued(struct import *im, struct target_article *art)
{
	enum tanda_status status;
	size_t i;

	if (art->nqueued == 0)
		return TANDA_OK;
	status = anchor_some(im, art, 1);
	if (status == TANDA_OK)
		status = anchor_some(im, art, 0);
	for (i = 0; i < art->nqueued && status == TANDA_OK; i++) {
		const struct w3c_item *item = &im->items[art->queued_items[i]];

		art->report.reanchored++;
		art->report.anchored[art->queued[i].anchor.state]++;
		say_anchored(im, item, &art->queued[i].anchor);
		status = merge_one(im, art, item, &art->queued[i]);
	}
	return status;
}

/* Free what art holds (not its report, which the result takes). */
static void target_free(struct target_article *art)
{
	size_t i;

	for (i = 0; i < art->nqueued; i++)
		annotation_clear(&art->queued[i]);
	free(art->queued);
	free(art->queued_items);
	article_free(art->doc);
	free(art->report.title);
}

/* Import the n items of order, all naming one article, and report. */
static enum tanda_status import_article(struct import *im, struct w3c_item **order, size_t n)
{
	struct yaml_import_result *res = im->result;
	struct target_article art;
	enum tanda_status status;
	size_t i;

	memset(&art, 0, sizeof art);
	status = settle(im, order[0], &art);
	for (i = 0; i < n && status == TANDA_OK; i++)
		status = take(im, &art, order[i]);
	if (status == TANDA_OK)
		status = anchor_queued(im, &art);
	if (status == TANDA_OK && GROW(res->articles, res->cap, res->count + 1) != 0)
		status = no_memory(im);
	if (status == TANDA_OK) {
		res->articles[res->count++] = art.report;
		art.report.title = NULL;
	}
	target_free(&art);
	return status;
}

/* ---- the file ---- */

/* A run of items in article order that name one article. */
struct run {
	size_t start, len;
};

/* Order two runs by where their first annotation is in the file. */
static int by_first(const void *a, const void *b, struct w3c_item **order)
{
	const struct run *x = a, *y = b;

	return (order[x->start] > order[y->start]) - (order[x->start] < order[y->start]);
}

/* Import the annotations read, article by article, in the order each
 * article first comes in the file. */
static enum tanda_status import_items(struct import *im)
{
	struct w3c_item **order = malloc((im->count ? im->count : 1) * sizeof *order);
	struct run *runs = NULL;
	size_t nruns = 0, alloc = 0, i, j;
	enum tanda_status status = TANDA_OK;

	if (order == NULL)
		return no_memory(im);
	for (i = 0; i < im->count; i++)
		order[i] = &im->items[i];
	status = check_ids(im, order);
	if (status == TANDA_OK)
		qsort(order, im->count, sizeof *order, by_article);
	for (i = 0; i < im->count && status == TANDA_OK; i = j) {
		for (j = i + 1; j < im->count && same_article(order[i], order[j]); j++)
			;
		if (GROW(runs, alloc, nruns + 1) != 0)
			status = no_memory(im);
		else
			runs[nruns++] = (struct run){ i, j - i };
	}
	for (i = 1; i < nruns; i++) {	/* insertion sort: runs are few */
		struct run r = runs[i];

		for (j = i; j > 0 && by_first(&runs[j - 1], &r, order) > 0; j--)
			runs[j] = runs[j - 1];
		runs[j] = r;
	}
	for (i = 0; i < nruns && status == TANDA_OK; i++)
		status = import_article(im, order + runs[i].start, runs[i].len);
	free(runs);
	free(order);
	return status;
}

/* Parse the file into a tree, within the limits; NULL on failure. */
static json_t *parse(struct import *im, const char *bytes, size_t size)
{
	static const struct json_limits limits = {
		.max_depth = W3C_IMPORT_MAX_DEPTH, .max_values = W3C_IMPORT_MAX_VALUES,
	};
	json_error_t error;
	json_t *root;

	if (size > W3C_IMPORT_MAX_SIZE || size > im->options->max_size) {
		tanda_fail(im->where.err, TANDA_EDATA, "%s: larger than %zu bytes", im->where.name,
			   size > W3C_IMPORT_MAX_SIZE ? W3C_IMPORT_MAX_SIZE
			   : (size_t)im->options->max_size);
		return NULL;
	}
	if (json_check_limits(bytes, size, &limits, im->where.name, im->where.err) != TANDA_OK)
		return NULL;
	root = json_loadb(bytes, size, JSON_REJECT_DUPLICATES, &error);
	if (root == NULL)
		tanda_fail(im->where.err, TANDA_EDATA, "%s:%d:%d: not JSON: %s", im->where.name,
			   error.line, error.column, error.text);
	return root;
}

/* Free what an import holds. */
static void import_release(struct import *im)
{
	size_t i;

	for (i = 0; i < im->count; i++)
		w3c_item_clear(&im->items[i]);
	free(im->items);
	for (i = 0; i < im->nknown; i++)
		free(im->known[i].url);
	free(im->known);
	yaml_import_trust_release(&im->trust);
}

enum tanda_status w3c_import_bytes(struct store *store, const char *name, const char *bytes,
				   size_t size, const struct yaml_import_options *options,
				   struct yaml_import_result *result, struct tanda_error *err)
{
	struct import im;
	enum tanda_status status;
	json_t *root;

	memset(result, 0, sizeof *result);
	memset(&im, 0, sizeof im);
	im.store = store;
	im.options = options;
	im.result = result;
	w3c_place_init(&im.where, name, err);
	if ((root = parse(&im, bytes, size)) == NULL)
		return err->status;
	yaml_import_trust_init(&im.trust, options);
	status = read_root(&im, root);
	json_decref(root);
	if (status == TANDA_OK)
		name_skipped(&im);
	if (status == TANDA_OK && (status = store_begin(store, err)) == TANDA_OK) {
		status = import_items(&im);
		if (status == TANDA_OK && !options->dry_run)
			status = store_commit(store, err);
		else
			store_rollback(store);
	}
	import_release(&im);
	if (status != TANDA_OK)
		yaml_import_result_free(result);
	return status;
}

/* ---- annotations waiting for their article's text ---- */

/* The annotations of the pending article of url that filter (NULL: all,
 * the deleted too) lets through, anchored by their quotes in article's
 * text, into *list (empty when there is no such article); its sha256 in
 * sha256. */
static enum tanda_status pending_of(struct store *store, struct article *article, const char *url,
				    const struct store_query *filter, struct store_annotations *list,
				    char sha256[65], struct tanda_error *err)
{
	struct store_article found;
	struct store_query query;
	enum tanda_status status;

	memset(list, 0, sizeof *list);
	pending_sha256(url, sha256);
	memset(&found, 0, sizeof found);
	status = store_article_get(store, sha256, &found, err);
	if (status != TANDA_OK || !found.pending) {
		store_article_clear(&found);
		if (status == TANDA_EDATA)
			tanda_error_clear(err);
		return status == TANDA_EDATA ? TANDA_OK : status;
	}
	store_article_clear(&found);
	if (filter != NULL) {
		query = *filter;
	} else {
		store_query_init(&query);
		query.include_deleted = 1;
	}
	query.article = sha256;
	status = store_annotation_collect(store, &query, list, err);
	if (status == TANDA_OK && list->count > 0)
		status = relocate_by_quote(article, list->items, list->count, err);
	return status;
}

/* Count the annotations of list in report, by how they were anchored. */
static void count_anchored(const struct store_annotations *list, struct reanchor_report *report)
{
	size_t i;

	for (i = 0; i < list->count; i++)
		report->by_state[list->items[i].anchor.state]++;
	report->moved += list->count;
}

/* Move the annotations of the pending article of url (if any) to article,
 * anchored by their quotes; count them in report. */
static enum tanda_status adopt_url(struct store *store, struct article *article, const char *url,
				   struct reanchor_report *report, struct tanda_error *err)
{
	struct store_annotations list;
	char sha256[65];
	enum tanda_status status = pending_of(store, article, url, NULL, &list, sha256, err);

	if (status == TANDA_OK && list.count > 0)
		status = store_annotations_move(store, article_sha256(article), list.items,
						list.count, err);
	if (status == TANDA_OK)
		count_anchored(&list, report);
	store_annotations_free(&list);
	return status;
}

/* Show fn the annotations of the pending article of url (if any) that
 * filter lets through, anchored by their quotes in memory; count them in
 * report. */
static enum tanda_status preview_url(struct store *store, struct article *article,
				     const char *url, const struct store_query *filter,
				     store_visit_fn fn, void *context,
				     struct reanchor_report *report, struct tanda_error *err)
{
	struct store_annotations list;
	char sha256[65];
	enum tanda_status status = pending_of(store, article, url, filter, &list, sha256, err);
	size_t i;

	for (i = 0; i < list.count && status == TANDA_OK; i++) {
		memcpy(list.items[i].article, article_sha256(article), sizeof list.items[i].article);
		if (fn(context, &list.items[i]) != 0)
			status = tanda_fail(err, TANDA_EIO, "%s: could not list its annotations",
					    article->name);
	}
	if (status == TANDA_OK)
		count_anchored(&list, report);
	store_annotations_free(&list);
	return status;
}

/* The URLs article (opened from path, NULL: not a URL) is known by, into
 * urls[2] (NULL where there is none; the second NULL when it is the
 * first); -1 when out of memory. */
static int urls_of(const struct article *article, const char *path, char *urls[2])
{
	const char *keys[2] = { article->meta.url, path };
	int failed = 0;
	size_t i;

	for (i = 0; i < 2; i++)
		urls[i] = w3c_article_url(keys[i], &failed);
	if (urls[0] != NULL && urls[1] != NULL && strcmp(urls[0], urls[1]) == 0) {
		free(urls[1]);
		urls[1] = NULL;
	}
	return failed ? -1 : 0;
}

/* The annotations imported for the URLs of article (opened from path)
 * that filter lets through: adopted (fn NULL: adopt_url), else shown to
 * fn (preview_url); counted in report (zeroed first). */
static enum tanda_status for_urls(struct store *store, struct article *article, const char *path,
				  const struct store_query *filter, store_visit_fn fn,
				  void *context, struct reanchor_report *report,
				  struct tanda_error *err)
{
	enum tanda_status status = TANDA_OK;
	char *urls[2];
	size_t i;

	memset(report, 0, sizeof *report);
	if (urls_of(article, path, urls) != 0)
		status = tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", article->name);
	for (i = 0; i < 2 && status == TANDA_OK; i++)
		if (urls[i] != NULL && fn == NULL)
			status = adopt_url(store, article, urls[i], report, err);
		else if (urls[i] != NULL)
			status = preview_url(store, article, urls[i], filter, fn, context, report,
					     err);
	free(urls[0]);
	free(urls[1]);
	return status;
}

enum tanda_status w3c_import_adopt(struct store *store, struct article *article,
				   const char *path, struct reanchor_report *report,
				   struct tanda_error *err)
{
	return for_urls(store, article, path, NULL, NULL, NULL, report, err);
}

enum tanda_status w3c_import_preview(struct store *store, struct article *article,
				     const char *path, const struct store_query *filter,
				     store_visit_fn fn, void *context,
				     struct reanchor_report *report, struct tanda_error *err)
{
	return for_urls(store, article, path, filter, fn, context, report, err);
}
