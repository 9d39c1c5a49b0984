/*
 * reanchor.c - carry annotations from an article's previous text to its
 * new one: read them from the store, relocate them (anchor.c), write them
 * back under the new article.
 */
#include <stdlib.h>
#include <string.h>

#include "anchor.h"
#include "relocate.h"
#include "reanchor.h"

/* Carry the annotations of the stored article old (whose text is
 * old_text) over to article. */
static enum tanda_status carry(struct store *store, const struct store_article *old,
			       const char *old_text, size_t old_len, struct article *article,
			       struct reanchor_report *report, struct tanda_error *err)
{
	struct store_annotations c;
	struct store_query query;
	enum tanda_status status;
	size_t i;

	store_query_init(&query);
	query.article = old->sha256;
	query.include_deleted = 1;
	status = store_annotation_collect(store, &query, &c, err);
	if (status == TANDA_OK)
		status = relocate_annotations(old_text, old_len, article, c.items, c.count, err);
	if (status == TANDA_OK)
		status = store_annotations_move(store, article_sha256(article), c.items, c.count, err);
	if (status == TANDA_OK && report != NULL) {
		report->moved = c.count;
		for (i = 0; i < c.count; i++)
			report->by_state[c.items[i].anchor.state]++;
	}
	store_annotations_free(&c);
	return status;
}

/* Whether article is stored, its text known, last opened from path. */
static int stored_at(struct store *store, struct article *article, const char *path)
{
	struct store_article known;
	struct tanda_error ignored;
	int same;

	if (store_article_get(store, article_sha256(article), &known, &ignored) != TANDA_OK)
		return 0;
	same = !known.pending && (path == NULL || (known.path && strcmp(known.path, path) == 0));
	store_article_clear(&known);
	return same;
}

/* Record the article and carry over its previous version's annotations,
 * inside the open transaction. */
static enum tanda_status record(struct store *store, struct article *article, const char *path,
				struct reanchor_report *report, struct tanda_error *err)
{
	enum tanda_status status = store_article_upsert(store, article, path, err);
	struct store_article old;
	char *old_text = NULL;
	size_t old_len = 0;
	int found;

	if (status != TANDA_OK)
		return status;
	found = store_article_previous(store, article_sha256(article), path, article->meta.title,
				       article->meta.source, &old, &old_text, &old_len, err);
	if (found < 0)
		return err->status;
	if (found > 0) {
		status = carry(store, &old, old_text, old_len, article, report, err);
		store_article_clear(&old);
	}
	free(old_text);
	return status;
}

/* Whether opening article from path has anything to write. */
static int needs_writing(struct store *store, struct article *article, const char *path,
			 struct tanda_error *err)
{
	struct store_article old;
	char *old_text = NULL;
	size_t old_len = 0;
	int found;

	if (!stored_at(store, article, path))
		return 1;
	found = store_article_previous(store, article_sha256(article), path, article->meta.title,
				       article->meta.source, &old, &old_text, &old_len, err);
	if (found > 0)
		store_article_clear(&old);
	free(old_text);
	return found != 0;	/* something to carry, or a failure to report */
}

enum tanda_status reanchor_open(struct store *store, struct article *article, const char *path,
				enum reanchor_mode mode, struct reanchor_report *report,
				struct tanda_error *err)
{
	enum tanda_status status;

	if (report != NULL)
		memset(report, 0, sizeof *report);
	if (mode == REANCHOR_IF_NEEDED && !needs_writing(store, article, path, err))
		return TANDA_OK;
	if ((status = store_begin(store, err)) != TANDA_OK)
		return status;
	status = record(store, article, path, report, err);
	if (status != TANDA_OK) {
		store_rollback(store);
		return status;
	}
	return store_commit(store, err);
}
