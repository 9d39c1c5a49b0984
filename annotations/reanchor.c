/*
 * reanchor.c - which stored article an opened one is, and carrying
 * annotations from a previous version's text to its new one: read them
 * from the store, relocate them (relocate.c), and write them back under
 * the new article (reanchor_open) or keep them in memory
 * (reanchor_preview).
 */
#include <stdlib.h>
#include <string.h>

#include "align.h"
#include "anchor.h"
#include "fetch.h"
#include "grow.h"
#include "reanchor.h"
#include "relocate.h"

/* The least share of a stored article's paragraphs that a file at its
 * path must keep to be a revision of it. */
#define KINSHIP_MIN 0.5

char *reanchor_canonical_path(const char *path)
{
	char *canonical;

	if (path == NULL || strcmp(path, "-") == 0)
		return NULL;
	if (fetch_is_url(path))		/* a page's place is its URL, not a file */
		return strdup(path);
	if ((canonical = realpath(path, NULL)) != NULL)
		return canonical;
	return path[0] == '/' ? strdup(path) : NULL;
}

enum tanda_status reanchor_stored_layout(struct store *store, struct article *article,
					 const char *path, enum article_layout *layout,
					 struct tanda_error *err)
{
	char *canonical;
	enum tanda_status status;

	*layout = ARTICLE_LAYOUT_AUTO;
	if (!article->layout_guessed)
		return TANDA_OK;
	canonical = reanchor_canonical_path(path);
	status = store_article_layout(store, article_sha256(article), canonical,
				      article->meta.url, article->meta.id, layout, err);
	free(canonical);
	if (*layout == article->layout)
		*layout = ARTICLE_LAYOUT_AUTO;
	return status;
}

void reanchor_report_clear(struct reanchor_report *report)
{
	store_article_clear(&report->previous);
	memset(report, 0, sizeof *report);
}

/* Count what the relocated annotations c became in report. */
static void count_states(const struct store_annotations *c, struct reanchor_report *report)
{
	size_t i;

	report->moved = c->count;
	for (i = 0; i < c->count; i++)
		report->by_state[c->items[i].anchor.state]++;
}

/* The share of the paragraphs of old_text that article keeps, or -1 when
 * out of memory. */
static double kinship(const char *old_text, size_t old_len, struct article *article)
{
	struct article *old;
	struct tanda_error ignored;
	double share;

	if (article_from_text("the stored text", old_text, old_len, &old, &ignored) != TANDA_OK)
		return -1;
	share = align_kinship(old, article);
	article_free(old);
	return share;
}

/*
 * Find the stored article that article, at path (canonical), is a
 * revision of, into report->previous with its text in *old_text; the
 * relation, or -1 on failure (err filled).  One at its path that kept too
 * little of it was replaced: its text is not kept.
 */
static int find_revision(struct store *store, struct article *article, const char *path,
			 struct reanchor_report *report, char **old_text, size_t *old_len,
			 struct tanda_error *err)
{
	int found = store_article_revision_of(store, article_sha256(article), path,
					      article->meta.url, article->meta.id,
					      &report->previous, &report->key, old_text, old_len,
					      err);

	if (found <= 0)
		return found < 0 ? -1 : REANCHOR_SAME;
	if (report->key != STORE_KEY_PATH)
		return REANCHOR_REVISION;
	report->kinship = kinship(*old_text, *old_len, article);
	if (report->kinship < 0) {
		tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", article->name);
		return -1;
	}
	if (report->kinship >= KINSHIP_MIN)
		return REANCHOR_REVISION;
	free(*old_text);
	*old_text = NULL;
	return REANCHOR_REPLACED;
}

/* Copy the annotations of the stored article sha256 that filter matches
 * (NULL: all, deleted ones too) into *c. */
static enum tanda_status collect(struct store *store, const char *sha256,
				 const struct store_query *filter, struct store_annotations *c,
				 struct tanda_error *err)
{
	struct store_query query;

	if (filter != NULL) {
		query = *filter;
	} else {
		store_query_init(&query);
		query.include_deleted = 1;
	}
	query.article = sha256;
	return store_annotation_collect(store, &query, c, err);
}

/* Name the annotations of c made orphans (unfit[n]) in report. */
static void note_unfit(const struct store_annotations *c, const size_t *unfit, size_t n,
		       struct reanchor_report *report)
{
	size_t i;

	for (i = 0; i < n && report->unfit + i < REANCHOR_UNFIT_NAMED; i++)
		memcpy(report->unfit_ids[report->unfit + i], c->items[unfit[i]].id,
		       ANNOTATION_ID_SIZE);
	report->unfit += n;
}

/* Make the annotations of c whose positions do not fit article orphans
 * (and give the others their offsets inside their paragraphs); with store
 * set, write them all. */
static enum tanda_status orphan_unfit(struct store *store, struct article *article,
				      struct store_annotations *c, struct reanchor_report *report,
				      struct tanda_error *err)
{
	size_t *unfit = calloc(c->count ? c->count : 1, sizeof *unfit), n = 0;
	enum tanda_status status = unfit == NULL
				   ? tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", article->name)
				   : anchor_orphan_unfit(article, c->items, c->count, unfit, &n, err);

	if (status == TANDA_OK && store != NULL)
		status = store_annotations_move(store, article_sha256(article), c->items, c->count,
						err);
	if (status == TANDA_OK)
		note_unfit(c, unfit, n, report);
	free(unfit);
	return status;
}

enum tanda_status reanchor_check_pending(struct store *store, struct article *article,
					 struct reanchor_report *report, struct tanda_error *err)
{
	struct store_annotations c;
	enum tanda_status status = collect(store, article_sha256(article), NULL, &c, err);

	if (status == TANDA_OK)
		status = orphan_unfit(store, article, &c, report, err);
	store_annotations_free(&c);
	return status;
}

/* Carry the annotations of report->previous (whose text is old_text)
 * over to article in the store. */
static enum tanda_status carry(struct store *store, const char *old_text, size_t old_len,
			       struct article *article, struct reanchor_report *report,
			       struct tanda_error *err)
{
	struct store_annotations c;
	enum tanda_status status = collect(store, report->previous.sha256, NULL, &c, err);

	if (status == TANDA_OK)
		status = relocate_annotations(old_text, old_len, article, c.items, c.count, err);
	if (status == TANDA_OK)
		status = store_annotations_move(store, article_sha256(article), c.items, c.count, err);
	if (status == TANDA_OK)
		count_states(&c, report);
	store_annotations_free(&c);
	return status;
}

/* Whether article is stored, and pending (*pending), and last opened from
 * path (*at_path). */
static int stored(struct store *store, struct article *article, const char *path, int *pending,
		  int *at_path)
{
	struct store_article known;
	struct tanda_error ignored;

	*pending = *at_path = 0;
	memset(&known, 0, sizeof known);
	if (store_article_get(store, article_sha256(article), &known, &ignored) != TANDA_OK)
		return 0;
	*pending = known.pending;
	*at_path = path == NULL || (known.path != NULL && strcmp(known.path, path) == 0);
	store_article_clear(&known);
	return 1;
}

/* Record the article, check a pending one's positions, and carry over
 * the annotations of the article it is a revision of, inside the open
 * transaction. */
static enum tanda_status record(struct store *store, struct article *article, const char *path,
				struct reanchor_report *report, struct tanda_error *err)
{
	int pending, at_path, was = stored(store, article, path, &pending, &at_path), relation;
	enum tanda_status status = store_article_upsert(store, article, path, err);
	char *old_text = NULL;
	size_t old_len = 0;

	if (status == TANDA_OK && was && pending)
		status = reanchor_check_pending(store, article, report, err);
	if (status != TANDA_OK)
		return status;
	relation = find_revision(store, article, path, report, &old_text, &old_len, err);
	if (relation < 0)
		return err->status;
	report->relation = (enum reanchor_relation)relation;
	if (relation == REANCHOR_REVISION)
		status = carry(store, old_text, old_len, article, report, err);
	else if (relation == REANCHOR_REPLACED)
		status = store_article_forget_path(store, report->previous.sha256, path, err);
	free(old_text);
	return status;
}

/* Whether opening article from path has anything to write. */
static int needs_writing(struct store *store, struct article *article, const char *path,
			 struct tanda_error *err)
{
	struct store_article old;
	enum store_revision_key key;
	char *old_text = NULL;
	size_t old_len = 0;
	int pending, at_path, found;

	if (!stored(store, article, path, &pending, &at_path) || pending || !at_path)
		return 1;
	memset(&old, 0, sizeof old);
	found = store_article_revision_of(store, article_sha256(article), path, article->meta.url,
					  article->meta.id, &old, &key, &old_text, &old_len, err);
	store_article_clear(&old);
	free(old_text);
	return found != 0;	/* something to carry or forget, or a failure to report */
}

enum tanda_status reanchor_open(struct store *store, struct article *article, const char *path,
				enum reanchor_mode mode, struct reanchor_report *report,
				struct tanda_error *err)
{
	struct reanchor_report ignored;
	char *canonical = reanchor_canonical_path(path);
	enum tanda_status status = TANDA_OK;

	if (report == NULL)
		report = &ignored;
	memset(report, 0, sizeof *report);
	if (mode == REANCHOR_VISIT || needs_writing(store, article, canonical, err)) {
		status = store_begin(store, err);
		if (status == TANDA_OK && (status = record(store, article, canonical, report, err)) !=
					  TANDA_OK)
			store_rollback(store);
		else if (status == TANDA_OK)
			status = store_commit(store, err);
	}
	free(canonical);
	if (report == &ignored || status != TANDA_OK)
		reanchor_report_clear(report);
	return status;
}

/* The preview of a pending article: its own annotations, those that do
 * not fit made orphans, in memory. */
static enum tanda_status preview_pending(struct store *store, struct article *article,
					 const struct store_query *filter,
					 struct store_annotations *out,
					 struct reanchor_report *report, struct tanda_error *err)
{
	enum tanda_status status = collect(store, article_sha256(article), filter, out, err);

	if (status == TANDA_OK)
		status = orphan_unfit(NULL, article, out, report, err);
	report->in_memory = status == TANDA_OK;
	return status;
}

/* Append the stored annotations of article that filter matches to out
 * (an article that is a revision may have some of its own). */
static enum tanda_status append_own(struct store *store, struct article *article,
				    const struct store_query *filter,
				    struct store_annotations *out, struct tanda_error *err)
{
	struct store_annotations own;
	enum tanda_status status = collect(store, article_sha256(article), filter, &own, err);

	if (status == TANDA_OK && own.count > 0 && GROW(out->items, out->cap, out->count + own.count))
		status = tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", article->name);
	if (status == TANDA_OK && own.count > 0) {
		memcpy(out->items + out->count, own.items, own.count * sizeof *own.items);
		out->count += own.count;
		own.count = 0;	/* out owns their strings now */
	}
	store_annotations_free(&own);
	return status;
}

/* Order two annotations as a listing does: by start, then id. */
static int text_order(const void *a, const void *b)
{
	const struct annotation *x = a, *y = b;

	if (x->anchor.start != y->anchor.start)
		return x->anchor.start < y->anchor.start ? -1 : 1;
	return strcmp(x->id, y->id);
}

/* The preview of a revision: the previous article's annotations carried
 * over in memory, with the article's own, in text order. */
static enum tanda_status preview_revision(struct store *store, struct article *article,
					  const char *old_text, size_t old_len,
					  const struct store_query *filter,
					  struct store_annotations *out,
					  struct reanchor_report *report, struct tanda_error *err)
{
	enum tanda_status status = collect(store, report->previous.sha256, filter, out, err);

	if (status == TANDA_OK)
		status = relocate_annotations(old_text, old_len, article, out->items, out->count,
					      err);
	if (status == TANDA_OK)
		count_states(out, report);
	if (status == TANDA_OK)
		status = append_own(store, article, filter, out, err);
	if (status == TANDA_OK)
		qsort(out->items, out->count, sizeof *out->items, text_order);
	report->in_memory = status == TANDA_OK;
	return status;
}

/* What article (loaded from path) is to the store, into a zeroed report
 * (relation set), with the text of the article it is a revision of in
 * *old_text (*old_len bytes); the relation, or -1 with err filled. */
static int relation_of(struct store *store, struct article *article, const char *path,
		       struct reanchor_report *report, char **old_text, size_t *old_len,
		       struct tanda_error *err)
{
	char *canonical = reanchor_canonical_path(path);
	int relation;

	memset(report, 0, sizeof *report);
	relation = find_revision(store, article, canonical, report, old_text, old_len, err);
	free(canonical);
	if (relation < 0)
		reanchor_report_clear(report);
	else
		report->relation = (enum reanchor_relation)relation;
	return relation;
}

enum tanda_status reanchor_preview(struct store *store, struct article *article,
				   const char *path, const struct store_query *filter,
				   struct store_annotations *out, struct reanchor_report *report,
				   struct tanda_error *err)
{
	char *old_text = NULL;
	size_t old_len = 0;
	int pending, at_path, relation;
	enum tanda_status status = TANDA_OK;

	memset(out, 0, sizeof *out);
	relation = relation_of(store, article, path, report, &old_text, &old_len, err);
	if (relation < 0)
		return err->status;
	if (relation == REANCHOR_REVISION)
		status = preview_revision(store, article, old_text, old_len, filter, out, report,
					  err);
	else if (stored(store, article, NULL, &pending, &at_path) && pending) {
		status = preview_pending(store, article, filter, out, report, err);
	}
	free(old_text);
	if (status != TANDA_OK)
		reanchor_report_clear(report);
	return status;
}

/* A preview streamed through a visitor: the relocation, the visitor, what
 * is counted, how it went. */
struct streaming {
	struct relocation *relocation;
	store_visit_fn fn;
	void *context;
	struct reanchor_report *report;
	enum tanda_status status;
	struct tanda_error *err;
};

/* A copy of s (NULL for NULL) into *copy; 0, or -1 when out of memory. */
static int copy_or_null(const char *s, char **copy)
{
	*copy = s != NULL ? strdup(s) : NULL;
	return s != NULL && *copy == NULL ? -1 : 0;
}

/* Carry one listed annotation over in memory and hand it on
 * (store_visit_fn); its anchor's strings are copied (the relocation may
 * replace them), the rest are the listing's. */
static int carry_listed(void *context, const struct annotation *row)
{
	struct streaming *s = context;
	struct annotation a = *row;
	struct anchor *an = &a.anchor;
	int stop = 1;

	if (copy_or_null(row->anchor.exact, &an->exact) | copy_or_null(row->anchor.prefix, &an->prefix) |
	    copy_or_null(row->anchor.suffix, &an->suffix) |
	    copy_or_null(row->anchor.old_exact, &an->old_exact))
		s->status = tanda_fail(s->err, TANDA_ENOMEM, "out of memory");
	else
		s->status = relocation_carry(s->relocation, &a, s->err);
	if (s->status == TANDA_OK) {
		s->report->moved++;
		s->report->by_state[an->state]++;
		stop = s->fn(s->context, &a);
	}
	free(an->exact);
	free(an->prefix);
	free(an->suffix);
	free(an->old_exact);
	return stop;
}

/* Stream the annotations of report->previous that filter matches,
 * carried over to article in memory, then article's own, to fn. */
static enum tanda_status stream_revision(struct store *store, struct article *article,
					 const char *old_text, size_t old_len,
					 const struct store_query *filter, store_visit_fn fn,
					 void *context, struct reanchor_report *report,
					 struct tanda_error *err)
{
	struct streaming s = { NULL, fn, context, report, TANDA_OK, err };
	struct store_query query = *filter;
	enum tanda_status status = relocation_start(old_text, old_len, article, &s.relocation,
						    err);

	query.article = report->previous.sha256;
	if (status == TANDA_OK)
		status = store_annotation_list(store, &query, carry_listed, &s, err);
	if (status == TANDA_OK)
		status = s.status;
	relocation_end(s.relocation);
	query.article = article_sha256(article);
	if (status == TANDA_OK)
		status = store_annotation_list(store, &query, fn, context, err);
	report->in_memory = status == TANDA_OK;
	return status;
}

/* Hand the annotations of list to fn, in order, until it says stop. */
static void hand_on(const struct store_annotations *list, store_visit_fn fn, void *context)
{
	size_t i;

	for (i = 0; i < list->count; i++)
		if (fn(context, &list->items[i]))
			break;
}

enum tanda_status reanchor_preview_visit(struct store *store, struct article *article,
					 const char *path, const struct store_query *filter,
					 store_visit_fn fn, void *context,
					 struct reanchor_report *report, struct tanda_error *err)
{
	char *old_text = NULL;
	struct store_annotations pending;
	size_t old_len = 0;
	int relation, is_pending, at_path;
	enum tanda_status status = TANDA_OK;

	memset(&pending, 0, sizeof pending);
	relation = relation_of(store, article, path, report, &old_text, &old_len, err);
	if (relation < 0)
		return err->status;
	if (relation == REANCHOR_REVISION) {
		status = stream_revision(store, article, old_text, old_len, filter, fn, context,
					 report, err);
	} else if (stored(store, article, NULL, &is_pending, &at_path) && is_pending) {
		status = preview_pending(store, article, filter, &pending, report, err);
		if (status == TANDA_OK)
			hand_on(&pending, fn, context);
	}
	store_annotations_free(&pending);
	free(old_text);
	if (status != TANDA_OK)
		reanchor_report_clear(report);
	return status;
}
