/*
 * store-annotation.c - the annotations in the store: inserting, updating,
 * putting (an import's write), tombstones, moving to another article
 * (re-anchoring), and reading them back one by one or as a listing
 * through a visitor (store_visit_fn) or into copies.
 *
 * A listing (store_annotation_list) reads each row in place, its strings
 * the statement's, and the links to its tags alongside (store-tag.c):
 * nothing is allocated row by row (`make bench`: load-100k, export-100k).
 */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "grow.h"
#include "store-int.h"

void store_query_init(struct store_query *query)
{
	memset(query, 0, sizeof *query);
	query->kind = -1;
	query->anchor = -1;
}

/*
 * The parameters of the annotation columns in a statement that writes
 * them (ANNOTATION_COLUMNS, or a move's ANCHOR_COLUMNS).  SQLite numbers
 * named parameters in the order they first appear, and these appear once
 * each, in the columns' order: the place of the first gives the others'
 * without looking thirty names up for every record written, a tenth of an
 * import (`make bench`, hostile-paragraph-100k).  Each place is checked
 * against its name (assert).
 */
struct column_params {
	sqlite3_stmt *stmt;
	int first;			/* the parameter of column `from` */
	enum annotation_column from;
};

/* The parameter names of the columns (":kind"). */
static const char *const column_names[COLUMN_tags + 1] = {
#define COLUMN_NAME(name) [COLUMN_##name] = ":" #name,
	ANNOTATION_COLUMNS(COLUMN_NAME)
#undef COLUMN_NAME
};

/* The column parameters of stmt, the first of them column from's. */
static struct column_params column_params(sqlite3_stmt *stmt, enum annotation_column from)
{
	struct column_params p = { stmt, store_param(stmt, column_names[from]), from };

	return p;
}

/* The index of column c's parameter in p's statement. */
static int column_param(const struct column_params *p, enum annotation_column c)
{
	int i = p->first + (int)c - (int)p->from;

	assert(c >= p->from && sqlite3_bind_parameter_name(p->stmt, i) != NULL &&
	       strcmp(sqlite3_bind_parameter_name(p->stmt, i), column_names[c]) == 0);
	return i;
}

/* Bind text (NULL: NULL) to the parameter of column c. */
static void bind_column(const struct column_params *p, enum annotation_column c,
			const char *text)
{
	bind_text_at(p->stmt, column_param(p, c), text);
}

/* Bind an integer to the parameter of column c. */
static void bind_column_int(const struct column_params *p, enum annotation_column c,
			    sqlite3_int64 value)
{
	sqlite3_bind_int64(p->stmt, column_param(p, c), value);
}

/* Bind the anchor of an annotation (ANCHOR_COLUMNS). */
static void bind_anchor(const struct column_params *p, const struct anchor *an)
{
	bind_column(p, COLUMN_exact, an->exact);
	bind_column(p, COLUMN_prefix, an->prefix ? an->prefix : "");
	bind_column(p, COLUMN_suffix, an->suffix ? an->suffix : "");
	bind_column_int(p, COLUMN_start, (sqlite3_int64)an->start);
	bind_column_int(p, COLUMN_end, (sqlite3_int64)an->end);
	bind_column_int(p, COLUMN_paragraph, an->paragraph);
	bind_column_int(p, COLUMN_para_start, (sqlite3_int64)an->para_start);
	bind_column_int(p, COLUMN_para_end, (sqlite3_int64)an->para_end);
	bind_column(p, COLUMN_anchor, anchor_state_names[an->state]);
	if (an->state == ANCHOR_FUZZY)
		sqlite3_bind_double(p->stmt, column_param(p, COLUMN_anchor_score), an->score);
	bind_column(p, COLUMN_old_exact, an->old_exact);
}

/* Bind the fields of a (ANNOTATION_COLUMNS, its uuid and its article) to
 * the insert or the update. */
static void bind_annotation(sqlite3_stmt *stmt, const struct annotation *a)
{
	struct column_params p = column_params(stmt, COLUMN_kind);

	bind_text(stmt, ":uuid", a->id);
	bind_text(stmt, ":article", a->article);
	bind_column(&p, COLUMN_kind, annotation_kind_names[a->kind]);
	bind_anchor(&p, &a->anchor);
	bind_column(&p, COLUMN_note, a->note);
	bind_column(&p, COLUMN_color, a->color);
	bind_column(&p, COLUMN_speaker, a->speaker);
	bind_column(&p, COLUMN_claim_status, claim_status_names[a->claim]);
	bind_column(&p, COLUMN_replacement, a->replacement);
	bind_column(&p, COLUMN_correction_kind, correction_kind_names[a->correction_kind]);
	bind_column(&p, COLUMN_correction_status, correction_status_names[a->correction_status]);
	bind_column(&p, COLUMN_reviewed_by, a->reviewed_by);
	bind_column(&p, COLUMN_reviewed_at, a->reviewed_at[0] ? a->reviewed_at : NULL);
	bind_column(&p, COLUMN_author, a->author);
	bind_column(&p, COLUMN_created, a->created);
	bind_column(&p, COLUMN_modified, a->modified);
	bind_column_int(&p, COLUMN_deleted, a->deleted != 0);
	bind_column(&p, COLUMN_proposed, a->kind == KIND_CORRECTION ? a->proposed : NULL);
}

/* The stored revision of annotation id in *revision (0 when there is no
 * such annotation). */
static enum tanda_status stored_revision(struct store *store, const char *id, int64_t *revision,
					 struct tanda_error *err)
{
	sqlite3_stmt *stmt = store_statement(store, ST_ANNOTATION_REVISION, err);
	int rc;

	*revision = 0;
	if (stmt == NULL)
		return err->status;
	bind_text(stmt, ":uuid", id);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		*revision = sqlite3_column_int64(stmt, 0);
	sqlite3_reset(stmt);
	if (rc == SQLITE_ROW || rc == SQLITE_DONE)
		return TANDA_OK;
	return store_fail(store, rc, "cannot read the annotations", err);
}

/* Bind the revision an update of annotation is made from: its own, or
 * NULL (whatever is stored) when it was not read from the store. */
static void bind_revision(sqlite3_stmt *stmt, int64_t revision)
{
	if (revision > 0)
		bind_int64(stmt, ":revision", revision);
	else
		bind_text(stmt, ":revision", NULL);
}

/*
 * After an update (WHERE_REVISION) of annotation id made from revision
 * *revision (0: any) has run: its new revision in *revision; TANDA_ESTALE
 * when it changed no row because another process changed (or deleted)
 * the annotation since it was read, TANDA_EDATA when there is none.
 */
static enum tanda_status updated(struct store *store, const char *id, int64_t *revision,
				 struct tanda_error *err)
{
	int changed = sqlite3_changes(store->db) > 0;
	int64_t now;
	enum tanda_status status = changed && *revision > 0 ? TANDA_OK
				   : stored_revision(store, id, &now, err);

	if (status != TANDA_OK)
		return status;
	if (changed) {
		*revision = *revision > 0 ? *revision + 1 : now;
		return TANDA_OK;
	}
	if (now == 0)
		return tanda_fail(err, TANDA_EDATA, "%s: no annotation %s", store->path, id);
	return tanda_fail(err, TANDA_ESTALE, "%s: annotation %.8s was changed elsewhere since it "
			  "was read (revision %lld, now %lld): nothing was overwritten",
			  store->path, id, (long long)*revision, (long long)now);
}

/* The version (store_decision_version) the stored correction a->id has,
 * into version; "" when a is not a correction.  For an edit made here
 * (local) that gives a new words, a reviewer's stand no longer: they are
 * its author's (a->proposed let go). */
static enum tanda_status version_of(struct store *store, struct annotation *a, int local,
				    char version[DECISION_VERSION_SIZE], struct tanda_error *err)
{
	struct annotation stored;
	enum tanda_status status;

	version[0] = '\0';
	if (a->kind != KIND_CORRECTION)
		return TANDA_OK;
	annotation_init(&stored);
	status = store_annotation_get(store, a->id, &stored, err);
	if (status == TANDA_OK)
		store_decision_version(&stored, version);
	if (status == TANDA_OK && local && a->proposed != NULL &&
	    (a->replacement == NULL || stored.replacement == NULL ||
	     strcmp(a->replacement, stored.replacement) != 0))
		annotation_set(&a->proposed, NULL);
	annotation_clear(&stored);
	return status == TANDA_EDATA ? TANDA_OK : status;	/* none: the update says so */
}

/* Write a with statement id (insert or update) and its tags; local for
 * an edit made here (store_annotation_update), not a record from a set;
 * a's revision becomes the stored one. */
static enum tanda_status write_annotation(struct store *store, enum statement id,
					  struct annotation *a, int local,
					  struct tanda_error *err)
{
	sqlite3_stmt *stmt;
	enum tanda_status status;
	int inserting = id == ST_ANNOTATION_INSERT;
	char was[DECISION_VERSION_SIZE] = "";

	if ((status = store_tags_check(a, err)) != TANDA_OK ||
	    (status = annotation_validate(a, err)) != TANDA_OK)
		return status;
	if ((status = store_begin(store, err)) != TANDA_OK)
		return status;
	if (id == ST_ANNOTATION_UPDATE &&
	    (status = version_of(store, a, local, was, err)) != TANDA_OK)
		return store_write_end(store, status, err);
	if ((stmt = store_statement(store, id, err)) == NULL)
		return store_write_end(store, err->status, err);
	bind_annotation(stmt, a);
	if (!inserting)
		bind_revision(stmt, a->revision);
	status = store_run(store, stmt, "cannot save the annotation", err);
	if (status == TANDA_OK && inserting)
		a->revision = 1;
	else if (status == TANDA_OK)
		status = updated(store, a->id, &a->revision, err);
	if (status == TANDA_OK)
		status = store_tags_write(store, a,
					  inserting ? sqlite3_last_insert_rowid(store->db) : 0,
					  inserting, err);
	if (status == TANDA_OK && inserting && local)
		status = store_decision_made_here(store, a, err);
	else if (status == TANDA_OK && !inserting && local)
		status = store_decision_after_edit(store, a, was[0] ? was : NULL, err);
	else if (status == TANDA_OK)	/* from a set: its status is its decisions' */
		status = store_decision_derive(store, a, was[0] ? was : NULL, err);
	return store_write_end(store, status, err);
}

enum tanda_status store_annotation_insert(struct store *store, struct annotation *annotation,
					  struct tanda_error *err)
{
	enum tanda_status status;

	if (annotation->id[0] == '\0' &&
	    (status = annotation_new_id(annotation->id, err)) != TANDA_OK)
		return status;
	if (annotation->created[0] == '\0')
		annotation_now(annotation->created);
	if (annotation->modified[0] == '\0')
		memcpy(annotation->modified, annotation->created, sizeof annotation->modified);
	return write_annotation(store, ST_ANNOTATION_INSERT, annotation, 1, err);
}

enum tanda_status store_annotation_update(struct store *store, struct annotation *annotation,
					  struct tanda_error *err)
{
	annotation_now(annotation->modified);
	return write_annotation(store, ST_ANNOTATION_UPDATE, annotation, 1, err);
}

/* Whether annotation id is stored: 1, 0, or -1 on failure (err filled). */
static int annotation_exists(struct store *store, const char *id, struct tanda_error *err)
{
	sqlite3_stmt *stmt = store_statement(store, ST_ANNOTATION_EXISTS, err);
	int rc;

	if (stmt == NULL)
		return -1;
	bind_text(stmt, ":uuid", id);
	rc = sqlite3_step(stmt);
	sqlite3_reset(stmt);
	if (rc == SQLITE_ROW || rc == SQLITE_DONE)
		return rc == SQLITE_ROW;
	store_fail(store, rc, "cannot read the annotations", err);
	return -1;
}

/* An import's write replaces whatever revision is stored: the merge read
 * it in the same transaction. */
enum tanda_status store_annotation_put(struct store *store, const struct annotation *annotation,
				       struct tanda_error *err)
{
	int exists = annotation_exists(store, annotation->id, err);
	struct annotation written = *annotation;	/* its strings borrowed */

	if (exists < 0)
		return err->status;
	written.revision = 0;
	return write_annotation(store, exists ? ST_ANNOTATION_UPDATE : ST_ANNOTATION_INSERT,
				&written, 0, err);
}

enum tanda_status store_annotation_delete_revision(struct store *store, const char *id,
						   int64_t *revision, int deleted,
						   struct tanda_error *err)
{
	char now[ANNOTATION_TIME_SIZE];
	sqlite3_stmt *stmt;
	enum tanda_status status;

	if ((status = store_begin(store, err)) != TANDA_OK)
		return status;
	if ((stmt = store_statement(store, ST_ANNOTATION_DELETED, err)) == NULL)
		return store_write_end(store, err->status, err);
	annotation_now(now);
	bind_text(stmt, ":uuid", id);
	bind_int64(stmt, ":deleted", deleted != 0);
	bind_text(stmt, ":modified", now);
	bind_revision(stmt, *revision);
	status = store_run(store, stmt, "cannot save the annotation", err);
	if (status == TANDA_OK)
		status = updated(store, id, revision, err);
	return store_write_end(store, status, err);
}

enum tanda_status store_annotation_set_deleted(struct store *store, const char *id,
					       int deleted, struct tanda_error *err)
{
	int64_t any = 0;

	return store_annotation_delete_revision(store, id, &any, deleted, err);
}

/* The index of name in names (0 for NULL or unknown). */
static int column_enum(sqlite3_stmt *stmt, int i, const char *const *names, int count)
{
	const unsigned char *text = sqlite3_column_text(stmt, i);
	int index = text ? annotation_lookup(names, count, (const char *)text) : 0;

	return index < 0 ? 0 : index;
}

/* Text column i of stmt, borrowed from it (NULL for NULL): valid until the
 * statement steps again or is reset. */
static char *column_view(sqlite3_stmt *stmt, int i)
{
	return (char *)sqlite3_column_text(stmt, i);
}

/*
 * Read an annotation row (SELECT_ANNOTATION's columns) but its tags into a
 * without copying its text: the strings of a are the statement's, valid
 * until it steps again or is reset, and a must not be cleared.
 */
static void read_annotation(sqlite3_stmt *stmt, struct annotation *a)
{
	struct anchor *an = &a->anchor;

	column_fixed(stmt, COLUMN_uuid, a->id, sizeof a->id);
	column_fixed(stmt, COLUMN_article, a->article, sizeof a->article);
	a->kind = (enum annotation_kind)column_enum(stmt, COLUMN_kind, annotation_kind_names,
						    KIND_COUNT);
	an->exact = column_view(stmt, COLUMN_exact);
	an->prefix = column_view(stmt, COLUMN_prefix);
	an->suffix = column_view(stmt, COLUMN_suffix);
	an->start = (uint64_t)sqlite3_column_int64(stmt, COLUMN_start);
	an->end = (uint64_t)sqlite3_column_int64(stmt, COLUMN_end);
	an->paragraph = (uint32_t)sqlite3_column_int64(stmt, COLUMN_paragraph);
	an->para_start = (uint64_t)sqlite3_column_int64(stmt, COLUMN_para_start);
	an->para_end = (uint64_t)sqlite3_column_int64(stmt, COLUMN_para_end);
	an->state = (enum anchor_state)column_enum(stmt, COLUMN_anchor, anchor_state_names,
						   ANCHOR_STATE_COUNT);
	an->score = sqlite3_column_double(stmt, COLUMN_anchor_score);
	an->old_exact = column_view(stmt, COLUMN_old_exact);
	a->note = column_view(stmt, COLUMN_note);
	a->color = column_view(stmt, COLUMN_color);
	a->speaker = column_view(stmt, COLUMN_speaker);
	a->claim = (enum claim_status)column_enum(stmt, COLUMN_claim_status, claim_status_names,
						  CLAIM_COUNT);
	a->replacement = column_view(stmt, COLUMN_replacement);
	a->correction_kind = (enum correction_kind)column_enum(stmt, COLUMN_correction_kind,
			correction_kind_names, CORRECTION_KIND_COUNT);
	a->correction_status = (enum correction_status)column_enum(stmt, COLUMN_correction_status,
			correction_status_names, CORRECTION_STATUS_COUNT);
	a->reviewed_by = column_view(stmt, COLUMN_reviewed_by);
	column_fixed(stmt, COLUMN_reviewed_at, a->reviewed_at, sizeof a->reviewed_at);
	a->author = column_view(stmt, COLUMN_author);
	column_fixed(stmt, COLUMN_created, a->created, sizeof a->created);
	column_fixed(stmt, COLUMN_modified, a->modified, sizeof a->modified);
	a->deleted = sqlite3_column_int(stmt, COLUMN_deleted);
	a->proposed = column_view(stmt, COLUMN_proposed);
	a->revision = sqlite3_column_int64(stmt, COLUMN_revision);
}

/* Step statement id (ST_ANNOTATION_GET or ST_ANNOTATION_SAYS) for the
 * annotation uuid, its row read in place into *row (without its tags) when
 * there is one: the step's result code; *stmt NULL (err filled) when the
 * statement cannot be prepared.  The caller resets *stmt. */
static int step_by_uuid(struct store *store, enum statement id, const char *uuid,
			sqlite3_stmt **stmt, struct annotation *row, struct tanda_error *err)
{
	int rc;

	if ((*stmt = store_statement(store, id, err)) == NULL)
		return SQLITE_MISUSE;
	bind_text(*stmt, ":uuid", uuid);
	rc = sqlite3_step(*stmt);
	if (rc == SQLITE_ROW) {
		read_annotation(*stmt, row);
		row->tags = NULL;
		row->ntags = row->tags_alloc = 0;
	}
	return rc;
}

enum tanda_status store_annotation_get(struct store *store, const char *id,
				       struct annotation *out, struct tanda_error *err)
{
	struct annotation row;
	sqlite3_stmt *stmt;
	int rc, copied = 0;

	annotation_clear(out);
	rc = step_by_uuid(store, ST_ANNOTATION_GET, id, &stmt, &row, err);
	if (stmt == NULL)
		return err->status;
	if (rc == SQLITE_ROW)
		copied = annotation_copy(out, &row) == 0 && store_tags_read(stmt, COLUMN_tags, out) == 0;
	sqlite3_reset(stmt);
	if (copied)
		return TANDA_OK;
	annotation_clear(out);
	if (rc == SQLITE_DONE)
		return tanda_fail(err, TANDA_EDATA, "%s: no annotation %s", store->path, id);
	if (rc == SQLITE_ROW)
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", store->path);
	return store_fail(store, rc, "cannot read the annotations", err);
}

enum tanda_status store_annotation_says(struct store *store, const char *id,
					store_says_fn fn, void *context, int *found,
					struct tanda_error *err)
{
	struct annotation row;
	sqlite3_stmt *stmt;
	int rc = step_by_uuid(store, ST_ANNOTATION_SAYS, id, &stmt, &row, err);

	*found = rc == SQLITE_ROW;
	if (stmt == NULL)
		return err->status;
	if (rc == SQLITE_ROW)
		fn(context, &row, (const char *)sqlite3_column_text(stmt, COLUMN_tags));
	sqlite3_reset(stmt);
	if (rc == SQLITE_ROW || rc == SQLITE_DONE)
		return TANDA_OK;
	return store_fail(store, rc, "cannot read the annotations", err);
}

/* Bind a query's article and filters (QUERY_FILTERS). */
static void bind_query(sqlite3_stmt *stmt, const struct store_query *q)
{
	bind_text(stmt, ":article", q->article);
	if (q->kind >= 0 && q->kind < KIND_COUNT)
		bind_text(stmt, ":kind", annotation_kind_names[q->kind]);
	bind_text(stmt, ":tag", q->tag);
	bind_text(stmt, ":author", q->author);
	bind_text(stmt, ":status", q->status);
	if (q->anchor >= 0 && q->anchor < ANCHOR_STATE_COUNT)
		bind_text(stmt, ":anchor", anchor_state_names[q->anchor]);
	bind_text(stmt, ":grep", q->grep);
	bind_int64(stmt, ":include_deleted", q->include_deleted != 0);
	bind_text(stmt, ":hidden_for", q->hidden_for);
}

enum tanda_status store_annotation_list(struct store *store, const struct store_query *query,
					store_visit_fn fn, void *context, struct tanda_error *err)
{
	sqlite3_stmt *stmt = store_statement(store, query->article ? ST_LIST_ARTICLE : ST_LIST_ALL, err);
	struct tag_cursor links = { NULL, 0, 0, 0, 0, 0 };
	struct tag_room tags;
	struct annotation row;
	int rc, tag_rc = SQLITE_OK;

	if (stmt == NULL)
		return err->status;
	bind_query(stmt, query);
	annotation_init(&row);
	memset(&tags, 0, sizeof tags);
	/* each row is read in place, its strings the statement's, and its
	 * tags' links alongside: nothing is allocated row by row */
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		read_annotation(stmt, &row);
		tag_rc = store_tag_links_read(store, &links, sqlite3_column_int64(stmt, COLUMN_tags), &tags, &row);
		if (tag_rc != SQLITE_OK || fn(context, &row))
			break;
	}
	sqlite3_reset(stmt);
	sqlite3_finalize(links.stmt);
	store_tag_room_free(&tags);
	if (tag_rc == SQLITE_NOMEM)
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", store->path);
	if (tag_rc != SQLITE_OK)
		return store_fail(store, tag_rc, "cannot read the tags", err);
	if (rc == SQLITE_ROW || rc == SQLITE_DONE)
		return TANDA_OK;
	return store_fail(store, rc, "cannot read the annotations", err);
}

/* Keep a copy of one listed annotation (store_visit_fn); stops when out
 * of memory. */
static int collect(void *context, const struct annotation *annotation)
{
	struct store_annotations *c = context;

	if (GROW(c->items, c->cap, c->count + 1) != 0) {
		c->failed = 1;
		return 1;
	}
	annotation_init(&c->items[c->count]);
	if (annotation_copy(&c->items[c->count], annotation) != 0) {
		annotation_clear(&c->items[c->count]);
		c->failed = 1;
		return 1;
	}
	c->count++;
	return 0;
}

enum tanda_status store_annotation_collect(struct store *store, const struct store_query *query,
					   struct store_annotations *out, struct tanda_error *err)
{
	enum tanda_status status;

	memset(out, 0, sizeof *out);
	status = store_annotation_list(store, query, collect, out, err);
	if (status == TANDA_OK && out->failed)
		status = tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", store->path);
	return status;
}

void store_annotations_free(struct store_annotations *list)
{
	size_t i;

	for (i = 0; i < list->count; i++)
		annotation_clear(&list->items[i]);
	free(list->items);
	memset(list, 0, sizeof *list);
}

/* Write the new article and anchor of a (ST_ANNOTATION_MOVE): nothing else
 * of it changes, so nothing else is written or checked again. */
static enum tanda_status move_one(struct store *store, const char *to_sha256,
				  const struct annotation *a, struct tanda_error *err)
{
	sqlite3_stmt *stmt = store_statement(store, ST_ANNOTATION_MOVE, err);
	struct column_params p;

	if (stmt == NULL)
		return err->status;
	p = column_params(stmt, COLUMN_exact);
	bind_text(stmt, ":uuid", a->id);
	bind_text(stmt, ":article", to_sha256);
	bind_anchor(&p, &a->anchor);
	bind_revision(stmt, 0);	/* inside the transaction that read it */
	return store_run(store, stmt, "cannot save the annotation", err);
}

enum tanda_status store_annotations_move(struct store *store, const char *to_sha256,
					 const struct annotation *annotations, size_t count,
					 struct tanda_error *err)
{
	enum tanda_status status;
	size_t i;

	if ((status = store_begin(store, err)) != TANDA_OK)
		return status;
	for (i = 0; i < count && status == TANDA_OK; i++)
		status = move_one(store, to_sha256, &annotations[i], err);
	return store_write_end(store, status, err);
}
