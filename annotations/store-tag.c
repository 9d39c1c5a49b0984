/*
 * store-tag.c - the tags in the store: their names, checking and writing an
 * annotation's tags, and reading them back, for one annotation (a column
 * of names) or alongside a listing, where the links to the tags are read
 * with a cursor of their own and their names looked up in memory (struct
 * tag_cursor, struct tag_room): nothing is allocated row by row
 * (`make bench`: load-100k, export-100k).
 */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "grow.h"
#include "store-int.h"

/* The links to tags of the annotations from :from on, in the order of their
 * primary key (read alongside a listing, struct tag_cursor). */
#define TAG_LINKS_FROM \
	"SELECT annotation_id, tag_id FROM annotation_tags WHERE annotation_id >= :from " \
	"ORDER BY annotation_id, tag_id"

enum tanda_status store_tag_names(struct store *store,
				  int (*fn)(void *context, const char *name), void *context,
				  struct tanda_error *err)
{
	sqlite3_stmt *stmt = store_statement(store, ST_TAGS_IN_USE, err);
	int rc;

	if (stmt == NULL)
		return err->status;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(stmt, 0);

		if (name != NULL && fn(context, name))
			break;
	}
	sqlite3_reset(stmt);
	if (rc == SQLITE_ROW || rc == SQLITE_DONE)
		return TANDA_OK;
	return store_fail(store, rc, "cannot read the tags", err);
}

/* The row id of the single value stmt (bound) selects into *id: 1, or 0
 * when it selects nothing; -1 on failure (err filled). */
static int select_id(struct store *store, sqlite3_stmt *stmt, sqlite3_int64 *id,
		     struct tanda_error *err)
{
	int rc = sqlite3_step(stmt);

	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(stmt, 0);
	sqlite3_reset(stmt);
	if (rc == SQLITE_ROW || rc == SQLITE_DONE)
		return rc == SQLITE_ROW;
	store_fail(store, rc, "cannot save the tags", err);
	return -1;
}

/* The row id of the tag name into *id, adding the tag when it is new. */
static enum tanda_status tag_id(struct store *store, const char *name, sqlite3_int64 *id,
				struct tanda_error *err)
{
	sqlite3_stmt *stmt = store_statement(store, ST_TAG_ID, err);
	int found;

	if (stmt == NULL)
		return err->status;
	bind_text(stmt, ":name", name);
	if ((found = select_id(store, stmt, id, err)) != 0)
		return found < 0 ? err->status : TANDA_OK;
	if ((stmt = store_statement(store, ST_TAG_ADD, err)) == NULL)
		return err->status;
	bind_text(stmt, ":name", name);
	if (store_run(store, stmt, "cannot save the tags", err) != TANDA_OK)
		return err->status;
	if (sqlite3_changes(store->db) == 1) {
		*id = sqlite3_last_insert_rowid(store->db);
		return TANDA_OK;
	}
	if ((stmt = store_statement(store, ST_TAG_ID, err)) == NULL)	/* added meanwhile */
		return err->status;
	bind_text(stmt, ":name", name);
	if ((found = select_id(store, stmt, id, err)) > 0)
		return TANDA_OK;
	return found < 0 ? err->status : tanda_fail(err, TANDA_EIO, "%s: cannot save the tag %s",
						   store->path, name);
}

/* Replace the tags of the stored annotation a, row id row (0: unknown), by
 * a's tags; a fresh one has none to replace. */
enum tanda_status store_tags_write(struct store *store, const struct annotation *a,
				   sqlite3_int64 row, int fresh, struct tanda_error *err)
{
	sqlite3_stmt *stmt;
	sqlite3_int64 tag;
	size_t i;
	int found;

	if (!fresh) {
		if ((stmt = store_statement(store, ST_TAGS_CLEAR, err)) == NULL)
			return err->status;
		bind_text(stmt, ":uuid", a->id);
		if (store_run(store, stmt, "cannot save the tags", err) != TANDA_OK)
			return err->status;
	}
	if (a->ntags > 0 && row == 0) {
		if ((stmt = store_statement(store, ST_ANNOTATION_ROW, err)) == NULL)
			return err->status;
		bind_text(stmt, ":uuid", a->id);
		if ((found = select_id(store, stmt, &row, err)) <= 0)
			return found < 0 ? err->status : TANDA_OK;
	}
	for (i = 0; i < a->ntags; i++) {
		if (tag_id(store, a->tags[i], &tag, err) != TANDA_OK ||
		    (stmt = store_statement(store, ST_TAG_LINK, err)) == NULL)
			return err->status;
		bind_int64(stmt, ":annotation", row);
		bind_int64(stmt, ":tag", tag);
		if (store_run(store, stmt, "cannot save the tags", err) != TANDA_OK)
			return err->status;
	}
	return TANDA_OK;
}

/* Check the tag names of a: not empty, no control characters. */
enum tanda_status store_tags_check(const struct annotation *a, struct tanda_error *err)
{
	size_t i;
	const char *c;

	for (i = 0; i < a->ntags; i++) {
		if (a->tags[i][0] == '\0')
			return tanda_fail(err, TANDA_EUSAGE, "a tag cannot be empty");
		for (c = a->tags[i]; *c; c++)
			if ((unsigned char)*c < 0x20)
				return tanda_fail(err, TANDA_EUSAGE, "a tag cannot hold control characters");
	}
	return TANDA_OK;
}

/* Add the tags of a row (one per line, SELECT_TAG_NAMES) to a, all at
 * once; 0 on success. */
int store_tags_read(sqlite3_stmt *stmt, int i, struct annotation *a)
{
	const char *text = (const char *)sqlite3_column_text(stmt, i);
	char **names = NULL;
	size_t count = 0, alloc = 0, k;
	int failed = 0;

	while (!failed && text != NULL && *text != '\0') {
		const char *end = strchr(text, '\n');
		size_t len = end ? (size_t)(end - text) : strlen(text);

		if (len > 255)	/* as the tags have always been read back */
			len = 255;
		failed = GROW(names, alloc, count + 1) != 0 ||
			 (names[count] = strndup(text, len)) == NULL;
		count += !failed;
		text = end ? end + 1 : text + strlen(text);
	}
	if (!failed)
		failed = annotation_add_tags(a, (const char *const *)names, count) != 0;
	for (k = 0; k < count; k++)
		free(names[k]);
	free(names);
	return failed ? -1 : 0;
}

/* Forget the names of the tags room read. */
static void tag_room_forget(struct tag_room *room)
{
	size_t i;

	for (i = 0; i < room->nknown; i++)
		free(room->known[i].name);
	free(room->known);
	room->known = NULL;
	room->nknown = 0;
}

/* Free what room holds. */
void store_tag_room_free(struct tag_room *room)
{
	tag_room_forget(room);
	free(room->ids);
	free(room->names);
	memset(room, 0, sizeof *room);
}

/* Read the names of every tag into room, in the order of their ids;
 * SQLITE_OK or an error. */
static int tag_room_read(struct store *store, struct tag_room *room)
{
	struct tanda_error ignored;
	sqlite3_stmt *stmt = store_statement(store, ST_TAG_NAMES, &ignored);
	size_t cap = 0;
	int rc;

	tag_room_forget(room);
	if (stmt == NULL)
		return SQLITE_ERROR;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(stmt, 1);
		size_t len = name ? strnlen(name, 255) : 0;
		struct tag_name *t;

		if (GROW(room->known, cap, room->nknown + 1) != 0) {
			rc = SQLITE_NOMEM;
			break;
		}
		t = &room->known[room->nknown];
		if ((t->name = malloc(len + 1)) == NULL) {
			rc = SQLITE_NOMEM;
			break;
		}
		memcpy(t->name, name ? name : "", len);
		t->name[len] = '\0';
		t->id = sqlite3_column_int64(stmt, 0);
		room->nknown++;
	}
	sqlite3_reset(stmt);
	if (rc != SQLITE_DONE) {
		tag_room_forget(room);
		return rc;
	}
	room->read = 1;
	return SQLITE_OK;
}

/* The name of the tag id among those room read, or NULL. */
static const char *tag_room_name(const struct tag_room *room, sqlite3_int64 id)
{
	size_t lo = 0, hi = room->nknown;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (room->known[mid].id == id)
			return room->known[mid].name;
		if (room->known[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* Add tag id to the row's; SQLITE_OK or SQLITE_NOMEM. */
static int tag_room_add(struct tag_room *room, sqlite3_int64 id)
{
	if (GROW(room->ids, room->ids_cap, room->nids + 1) != 0)
		return SQLITE_NOMEM;
	room->ids[room->nids++] = id;
	return SQLITE_OK;
}

/* qsort's comparison of two tag names: byte order. */
static int by_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/*
 * Give a the names of the row's tags (valid until the next row's),
 * sorted and each once, as annotation_add_tag keeps them; an id no tag has
 * (a link left by another program) is left out, as joining the tags table
 * leaves it out.  SQLITE_OK or an error.
 */
static int tag_room_give(struct store *store, struct tag_room *room, struct annotation *a)
{
	size_t i, j, count = 0;
	int rc;

	a->tags = NULL;
	a->ntags = 0;
	if (room->nids == 0)
		return SQLITE_OK;
	for (i = 0; i < room->nids; i++)
		if (tag_room_name(room, room->ids[i]) == NULL && (!room->read || !room->reread)) {
			room->reread = room->read;
			if ((rc = tag_room_read(store, room)) != SQLITE_OK)
				return rc;
		}
	if (GROW(room->names, room->names_cap, room->nids) != 0)
		return SQLITE_NOMEM;
	for (i = 0; i < room->nids; i++)
		if ((room->names[count] = tag_room_name(room, room->ids[i])) != NULL)
			count++;
	/* sorted once and each kept once (names cut to 255 bytes may meet) */
	qsort(room->names, count, sizeof *room->names, by_name);
	for (i = j = 0; i < count; i++)
		if (j == 0 || strcmp(room->names[j - 1], room->names[i]) != 0)
			room->names[j++] = room->names[i];
	count = j;
	a->tags = (char **)room->names;
	a->ntags = count;
	return SQLITE_OK;
}

/* How many links the cursor steps over to reach an annotation's before it
 * seeks them instead. */
#define TAG_CURSOR_STEPS 2

/* Step the cursor to the next link; SQLITE_ROW, SQLITE_DONE or an error. */
static int tag_cursor_next(struct tag_cursor *c)
{
	int rc = sqlite3_step(c->stmt);

	if (c->on_row)
		c->from = c->annotation + 1;
	c->on_row = rc == SQLITE_ROW;
	if (c->on_row) {
		c->annotation = sqlite3_column_int64(c->stmt, 0);
		c->tag = sqlite3_column_int64(c->stmt, 1);
	}
	return rc;
}

/* Put the cursor on the first link of annotation id or after. */
static int tag_cursor_seek(struct store *store, struct tag_cursor *c, sqlite3_int64 id)
{
	int rc;

	if (c->stmt == NULL) {
		rc = sqlite3_prepare_v2(store->db, TAG_LINKS_FROM, -1, &c->stmt, NULL);
		if (rc != SQLITE_OK)
			return rc;
	}
	sqlite3_reset(c->stmt);
	bind_int64(c->stmt, ":from", id);
	c->sought = 1;
	c->on_row = 0;
	c->from = id;
	return tag_cursor_next(c);
}

/* Give a (row id id) its tags, with the cursor; SQLITE_OK or an error. */
int store_tag_links_read(struct store *store, struct tag_cursor *c, sqlite3_int64 id,
			 struct tag_room *room, struct annotation *a)
{
	int rc = SQLITE_ROW, steps;

	room->nids = 0;
	for (steps = 0; c->sought && id >= c->from && c->on_row && c->annotation < id &&
	     steps < TAG_CURSOR_STEPS; steps++)
		if ((rc = tag_cursor_next(c)) != SQLITE_ROW && rc != SQLITE_DONE)
			return rc;
	if (!c->sought || id < c->from || (c->on_row && c->annotation < id))
		rc = tag_cursor_seek(store, c, id);
	while ((rc == SQLITE_ROW || rc == SQLITE_DONE) && c->on_row && c->annotation == id) {
		if (tag_room_add(room, c->tag) != SQLITE_OK)
			return SQLITE_NOMEM;
		rc = tag_cursor_next(c);
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return rc;
	return tag_room_give(store, room, a);
}
