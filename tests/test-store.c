/*
 * test-store.c - the annotation store through its C API: creating and
 * migrating, saving and reading back every field, listing with filters,
 * tombstones, hostile text, and refusing what is not ours.
 */
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "anchor.h"
#include "article.h"
#include "fixture.h"
#include "schema.h"
#include "store.h"

/* A temporary folder, a store in it and the sample fixture article. */
struct world {
	char dir[64];
	char path[128];
	struct store *store;
	struct article *article;
};

static int setup(void **state)
{
	struct world *w = calloc(1, sizeof *w);
	struct article_options options;
	struct tanda_error err;

	assert_non_null(w);
	strcpy(w->dir, "/tmp/tanda-store-XXXXXX");
	assert_non_null(mkdtemp(w->dir));
	snprintf(w->path, sizeof w->path, "%s/sub/dir/tanda.db", w->dir);
	assert_int_equal(store_open(w->path, &w->store, &err), TANDA_OK);
	article_options_default(&options);
	assert_int_equal(article_load(fixture("lines-blank-after-title.txt"), &options,
				      &w->article, &err), TANDA_OK);
	assert_int_equal(store_article_upsert(w->store, w->article, "a.txt", &err), TANDA_OK);
	*state = w;
	return 0;
}

static int teardown(void **state)
{
	struct world *w = *state;
	char command[256];

	store_close(w->store);
	article_free(w->article);
	snprintf(command, sizeof command, "rm -rf '%s'", w->dir);
	assert_int_equal(system(command), 0);
	free(w);
	return 0;
}

/* A new annotation of kind on the words exact of the world's article. */
static void make(struct world *w, enum annotation_kind kind, const char *exact,
		 struct annotation *a)
{
	struct tanda_error err;
	size_t start, end;

	annotation_init(a);
	assert_true(anchor_find(w->article, exact, 0, 1, &start, &end));
	assert_int_equal(anchor_make(w->article, start, end, &a->anchor, &err), TANDA_OK);
	memcpy(a->article, article_sha256(w->article), sizeof a->article);
	a->kind = kind;
	assert_int_equal(annotation_set(&a->author, "Dewi"), 0);
}

/* Insert a new annotation and return its id in id. */
static void add(struct world *w, enum annotation_kind kind, const char *exact, const char *tag,
		char id[ANNOTATION_ID_SIZE])
{
	struct annotation a;
	struct tanda_error err;

	make(w, kind, exact, &a);
	if (kind == KIND_CLAIM)
		a.claim = CLAIM_DISPUTED;
	if (tag != NULL)
		assert_int_equal(annotation_add_tag(&a, tag), 0);
	assert_int_equal(store_annotation_insert(w->store, &a, &err), TANDA_OK);
	memcpy(id, a.id, ANNOTATION_ID_SIZE);
	annotation_clear(&a);
}

static void test_creates_private_file_and_folders(void **state)
{
	struct world *w = *state;
	char folder[128];
	struct stat st;

	assert_int_equal(stat(w->path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	snprintf(folder, sizeof folder, "%s/sub/dir", w->dir);
	assert_int_equal(stat(folder, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0700);
}

static void test_every_field_round_trips(void **state)
{
	struct world *w = *state;
	struct annotation a, back;
	struct tanda_error err;

	make(w, KIND_CORRECTION, "Medan", &a);
	assert_int_equal(annotation_set(&a.note, "kota \"Medan\"\nbaris dua"), 0);
	assert_int_equal(annotation_set(&a.color, "yellow"), 0);
	assert_int_equal(annotation_set(&a.replacement, "Makassar"), 0);
	assert_int_equal(annotation_set(&a.reviewed_by, "Budi"), 0);
	strcpy(a.reviewed_at, "2026-11-26T07:00:00Z");
	a.correction_kind = CORRECTION_NAME;
	a.correction_status = CORRECTION_ACCEPTED;
	assert_int_equal(annotation_add_tag(&a, "name-error"), 0);
	assert_int_equal(annotation_add_tag(&a, "brand-new-tag"), 0);
	assert_int_equal(store_annotation_insert(w->store, &a, &err), TANDA_OK);
	assert_int_equal(strlen(a.id), 36);
	assert_int_equal(a.id[14], '4');	/* a version 4 UUID */
	annotation_init(&back);
	assert_int_equal(store_annotation_get(w->store, a.id, &back, &err), TANDA_OK);
	assert_string_equal(back.anchor.exact, "Medan");
	assert_string_equal(back.anchor.prefix, a.anchor.prefix);
	assert_int_equal(back.anchor.start, a.anchor.start);
	assert_int_equal(back.anchor.paragraph, 1);
	assert_string_equal(back.note, "kota \"Medan\"\nbaris dua");
	assert_string_equal(back.replacement, "Makassar");
	assert_int_equal(back.correction_kind, CORRECTION_NAME);
	assert_int_equal(back.correction_status, CORRECTION_ACCEPTED);
	assert_string_equal(back.reviewed_at, "2026-11-26T07:00:00Z");
	assert_int_equal(back.ntags, 2);
	assert_string_equal(back.tags[0], "brand-new-tag");
	assert_string_equal(back.created, a.created);
	assert_int_equal(back.created[19], 'Z');
	annotation_clear(&a);
	annotation_clear(&back);
}

static void test_hostile_text_is_stored_as_text(void **state)
{
	struct world *w = *state;
	const char *evil = "'); DROP TABLE annotations; --";
	struct annotation a, back;
	struct tanda_error err;

	make(w, KIND_NOTE, "Medan", &a);
	assert_int_equal(annotation_set(&a.note, evil), 0);
	assert_int_equal(annotation_add_tag(&a, evil), 0);
	assert_int_equal(store_annotation_insert(w->store, &a, &err), TANDA_OK);
	annotation_init(&back);
	assert_int_equal(store_annotation_get(w->store, a.id, &back, &err), TANDA_OK);
	assert_string_equal(back.note, evil);
	assert_string_equal(back.tags[0], evil);
	annotation_clear(&a);
	annotation_clear(&back);
}

/* Count what a listing visits, remembering the last id. */
struct counter {
	size_t count;
	char last[ANNOTATION_ID_SIZE];
	uint64_t last_start;
	int ordered;
};

static int count_visit(void *context, const struct annotation *a)
{
	struct counter *c = context;

	if (c->count > 0 && a->anchor.start < c->last_start)
		c->ordered = 0;
	c->last_start = a->anchor.start;
	memcpy(c->last, a->id, sizeof c->last);
	c->count++;
	return 0;
}

/* How many annotations q lists. */
static size_t count(struct world *w, const struct store_query *q)
{
	struct counter c = { 0, "", 0, 1 };
	struct tanda_error err;

	assert_int_equal(store_annotation_list(w->store, q, count_visit, &c, &err), TANDA_OK);
	assert_true(c.ordered);
	return c.count;
}

static void test_list_filters_and_order(void **state)
{
	struct world *w = *state;
	struct store_query q;
	char id[ANNOTATION_ID_SIZE];

	add(w, KIND_QUOTE, "Pasar ini harus menjadi contoh", "quote", id);
	add(w, KIND_CLAIM, "baru saja selesai direnovasi", "claim", id);
	add(w, KIND_HIGHLIGHT, "Presiden tiba di Medan", NULL, id);
	store_query_init(&q);
	assert_int_equal(count(w, &q), 3);
	q.article = article_sha256(w->article);
	assert_int_equal(count(w, &q), 3);
	q.kind = KIND_CLAIM;
	assert_int_equal(count(w, &q), 1);
	store_query_init(&q);
	q.tag = "quote";
	assert_int_equal(count(w, &q), 1);
	store_query_init(&q);
	q.status = "disputed";
	assert_int_equal(count(w, &q), 1);
	store_query_init(&q);
	q.grep = "PRESIDEN";
	assert_int_equal(count(w, &q), 1);
	store_query_init(&q);
	q.author = "nobody";
	assert_int_equal(count(w, &q), 0);
}

static void test_tombstones(void **state)
{
	struct world *w = *state;
	struct store_query q;
	struct tanda_error err;
	char id[ANNOTATION_ID_SIZE];

	add(w, KIND_HIGHLIGHT, "Medan", NULL, id);
	store_query_init(&q);
	assert_int_equal(store_annotation_set_deleted(w->store, id, 1, &err), TANDA_OK);
	assert_int_equal(count(w, &q), 0);
	q.include_deleted = 1;
	assert_int_equal(count(w, &q), 1);
	assert_int_equal(store_annotation_set_deleted(w->store, id, 0, &err), TANDA_OK);
	q.include_deleted = 0;
	assert_int_equal(count(w, &q), 1);
	assert_int_equal(store_annotation_set_deleted(w->store, "no-such-id", 1, &err), TANDA_EDATA);
}

static void test_validation(void **state)
{
	struct world *w = *state;
	struct annotation a;
	struct tanda_error err;

	make(w, KIND_HIGHLIGHT, "Medan", &a);
	assert_int_equal(annotation_set(&a.speaker, "Presiden"), 0);
	assert_int_equal(store_annotation_insert(w->store, &a, &err), TANDA_EUSAGE);
	assert_non_null(strstr(err.message, "speaker"));
	annotation_clear(&a);
}

static void test_rollback_keeps_nothing(void **state)
{
	struct world *w = *state;
	struct store_query q;
	struct tanda_error err;
	char id[ANNOTATION_ID_SIZE];

	assert_int_equal(store_begin(w->store, &err), TANDA_OK);
	add(w, KIND_HIGHLIGHT, "Medan", NULL, id);
	store_rollback(w->store);
	store_query_init(&q);
	assert_int_equal(count(w, &q), 0);
}

/* The bytes of the file at path, into a new buffer; its size in *size. */
static char *slurp(const char *path, size_t *size)
{
	FILE *f = fopen(path, "rb");
	char *buf = malloc(1 << 20);

	assert_non_null(f);
	assert_non_null(buf);
	*size = fread(buf, 1, 1 << 20, f);
	fclose(f);
	return buf;
}

/* Check that store_open refuses path with status and leaves it as it was. */
static void expect_refused(const char *path, enum tanda_status status, const char *why)
{
	struct store *store;
	struct tanda_error err;
	size_t before_size, after_size;
	char *before = slurp(path, &before_size), *after;

	assert_int_equal(store_open(path, &store, &err), status);
	assert_null(store);
	assert_non_null(strstr(err.message, why));
	after = slurp(path, &after_size);
	assert_int_equal(before_size, after_size);
	assert_memory_equal(before, after, before_size);
	free(before);
	free(after);
}

static void test_refuses_newer_and_foreign_files(void **state)
{
	struct world *w = *state;
	char path[160];
	sqlite3 *db;
	FILE *f;

	snprintf(path, sizeof path, "%s/newer.db", w->dir);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "CREATE TABLE t (x); PRAGMA user_version = 99", NULL,
				      NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	expect_refused(path, TANDA_EDATA, "newer tanda");
	snprintf(path, sizeof path, "%s/notes.txt", w->dir);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("These are my notes, not a database, and they are long enough to look at.\n", f);
	fclose(f);
	expect_refused(path, TANDA_EDATA, "not a database");
}

static void test_migrates_an_empty_database(void **state)
{
	struct world *w = *state;
	struct store *store;
	struct tanda_error err;
	char path[160];
	sqlite3 *db;
	int version;

	snprintf(path, sizeof path, "%s/old.db", w->dir);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(store_open(path, &store, &err), TANDA_OK);
	store_close(store);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(schema_version(db, path, &version, &err), TANDA_OK);
	sqlite3_close(db);
	assert_int_equal(version, SCHEMA_VERSION);
}

static void test_default_path(void **state)
{
	char *path;

	(void)state;
	setenv("TANDA_DB", "/x/y.db", 1);
	path = store_default_path();
	assert_string_equal(path, "/x/y.db");
	free(path);
	unsetenv("TANDA_DB");
	setenv("XDG_DATA_HOME", "/data", 1);
	path = store_default_path();
	assert_string_equal(path, "/data/tanda/tanda.db");
	free(path);
	unsetenv("XDG_DATA_HOME");
	setenv("HOME", "/home/dewi", 1);
	path = store_default_path();
	assert_string_equal(path, "/home/dewi/.local/share/tanda/tanda.db");
	free(path);
}

/* store_history_list callback: append "who action old>new (reason)" and
 * a newline to the buffer in context. */
static int describe_event(void *context, const struct correction_event *e)
{
	char *buf = context;
	size_t used = strlen(buf);

	snprintf(buf + used, 1024 - used, "%s %s %s>%s %s>%s%s%s\n", e->who, e->action,
		 e->old_status ? e->old_status : "-", e->new_status ? e->new_status : "-",
		 e->old_replacement ? e->old_replacement : "-",
		 e->new_replacement ? e->new_replacement : "-", e->reason ? " because " : "",
		 e->reason ? e->reason : "");
	return 0;
}

static void test_correction_history(void **state)
{
	struct world *w = *state;
	struct annotation a, note;
	struct tanda_error err;
	char history[1024] = "", exact[64];

	make(w, KIND_CORRECTION, "pasar", &a);
	a.correction_kind = CORRECTION_SPELLING;
	a.correction_status = CORRECTION_PROPOSED;
	assert_int_equal(annotation_set(&a.replacement, "paragraf"), 0);
	assert_int_equal(store_annotation_insert(w->store, &a, &err), TANDA_OK);
	/* a reviewer's decision is theirs */
	a.correction_status = CORRECTION_REJECTED;
	assert_int_equal(annotation_set(&a.reviewed_by, "Rina"), 0);
	assert_int_equal(store_annotation_update_why(w->store, &a, "house style", &err), TANDA_OK);
	/* the actor, once set, makes every later change */
	assert_int_equal(store_set_actor(w->store, "Budi", &err), TANDA_OK);
	assert_int_equal(annotation_set(&a.replacement, "paragraph."), 0);
	assert_int_equal(store_annotation_update(w->store, &a, &err), TANDA_OK);
	assert_int_equal(store_annotation_set_deleted(w->store, a.id, 1, &err), TANDA_OK);
	/* changes that are not a correction's, or not of its status or
	 * replacement, are not history */
	make(w, KIND_NOTE, "pasar", &note);
	assert_int_equal(annotation_set(&note.note, "n"), 0);
	assert_int_equal(store_annotation_insert(w->store, &note, &err), TANDA_OK);
	assert_int_equal(store_history_list(w->store, a.id, NULL, describe_event, history, &err),
			 TANDA_OK);
	assert_string_equal(history, "Dewi proposed ->proposed ->paragraf\n"
				     "Rina rejected proposed>rejected paragraf>paragraf because house style\n"
				     "Budi edited rejected>rejected paragraf>paragraph.\n"
				     "Budi deleted rejected>rejected paragraph.>paragraph.\n");
	history[0] = '\0';
	assert_int_equal(store_history_list(w->store, NULL, article_sha256(w->article),
					    describe_event, history, &err), TANDA_OK);
	snprintf(exact, sizeof exact, "%.4s", history);
	assert_string_equal(exact, "Dewi");
	annotation_clear(&a);
	annotation_clear(&note);
}

/* Two connections to one database (two reader windows): a write made from
 * a revision another has changed since is refused, overwrites nothing and
 * brings nothing back. */
static void test_stale_writes_are_refused(void **state)
{
	struct world *w = *state;
	struct store *other;
	struct annotation mine, theirs, now;
	struct tanda_error err;
	int64_t revision;

	make(w, KIND_NOTE, "Pasar ini", &mine);
	assert_int_equal(annotation_set(&mine.note, "first"), 0);
	assert_int_equal(store_annotation_insert(w->store, &mine, &err), TANDA_OK);
	assert_int_equal(mine.revision, 1);
	assert_int_equal(store_open(w->path, &other, &err), TANDA_OK);
	annotation_init(&theirs);
	assert_int_equal(store_annotation_get(other, mine.id, &theirs, &err), TANDA_OK);
	assert_int_equal(theirs.revision, 1);
	/* the other window adds a note and a tag */
	assert_int_equal(annotation_set(&theirs.note, "theirs"), 0);
	assert_int_equal(annotation_add_tag(&theirs, "needs-source"), 0);
	assert_int_equal(store_annotation_update(other, &theirs, &err), TANDA_OK);
	assert_int_equal(theirs.revision, 2);
	/* this one's edit, made from revision 1, is stale */
	assert_int_equal(annotation_set(&mine.note, "mine"), 0);
	assert_int_equal(store_annotation_update(w->store, &mine, &err), TANDA_ESTALE);
	assert_non_null(strstr(err.message, "changed elsewhere"));
	annotation_init(&now);
	assert_int_equal(store_annotation_get(w->store, mine.id, &now, &err), TANDA_OK);
	assert_string_equal(now.note, "theirs");
	assert_int_equal(now.ntags, 1);
	/* the other deletes it; a stale restore or delete changes nothing */
	revision = theirs.revision;
	assert_int_equal(store_annotation_delete_revision(other, theirs.id, &revision, 1, &err),
			 TANDA_OK);
	assert_int_equal(revision, 3);
	revision = 2;
	assert_int_equal(store_annotation_delete_revision(w->store, mine.id, &revision, 0, &err),
			 TANDA_ESTALE);
	assert_int_equal(store_annotation_update(w->store, &now, &err), TANDA_ESTALE);
	annotation_clear(&now);
	assert_int_equal(store_annotation_get(w->store, mine.id, &now, &err), TANDA_OK);
	assert_int_equal(now.deleted, 1);
	assert_string_equal(now.note, "theirs");
	/* a fresh read writes */
	assert_int_equal(annotation_set(&now.note, "mine, after all"), 0);
	assert_int_equal(store_annotation_update(w->store, &now, &err), TANDA_OK);
	assert_int_equal(now.revision, 4);
	annotation_clear(&now);
	annotation_clear(&mine);
	annotation_clear(&theirs);
	store_close(other);
}

/* Another connection's commit is seen (PRAGMA data_version); this
 * connection's own writes are not "elsewhere". */
static void test_changes_elsewhere_are_seen(void **state)
{
	struct world *w = *state;
	struct store *other;
	struct annotation a, b;
	struct tanda_error err;
	int changed = -1;

	assert_int_equal(store_changed_elsewhere(w->store, &changed, &err), TANDA_OK);
	assert_int_equal(changed, 0);	/* the first look only takes note */
	make(w, KIND_NOTE, "Pasar ini", &a);
	assert_int_equal(store_annotation_insert(w->store, &a, &err), TANDA_OK);
	assert_int_equal(store_changed_elsewhere(w->store, &changed, &err), TANDA_OK);
	assert_int_equal(changed, 0);
	assert_int_equal(store_open(w->path, &other, &err), TANDA_OK);
	make(w, KIND_HIGHLIGHT, "Pasar ini", &b);
	assert_int_equal(store_annotation_insert(other, &b, &err), TANDA_OK);
	assert_int_equal(store_changed_elsewhere(w->store, &changed, &err), TANDA_OK);
	assert_int_equal(changed, 1);
	assert_int_equal(store_changed_elsewhere(w->store, &changed, &err), TANDA_OK);
	assert_int_equal(changed, 0);
	annotation_clear(&a);
	annotation_clear(&b);
	store_close(other);
}

/* Check that a holds the tags t000 .. t(count-1), sorted, each once. */
static void assert_numbered_tags(const struct annotation *a, size_t count)
{
	char name[16];
	size_t i;

	assert_int_equal(a->ntags, count);
	for (i = 0; i < count; i++) {
		snprintf(name, sizeof name, "t%03zu", i);
		assert_string_equal(a->tags[i], name);
	}
}

/* Keep the copy of the listed annotation (store_visit_fn). */
static int copy_listed(void *context, const struct annotation *annotation)
{
	assert_int_equal(annotation_copy(context, annotation), 0);
	return 0;
}

static void test_many_tags_grow_and_round_trip(void **state)
{
	struct world *w = *state;
	struct annotation a, back;
	struct store_query query;
	struct tanda_error err;
	char name[16];
	size_t i;

	make(w, KIND_HIGHLIGHT, "Medan", &a);
	for (i = 300; i-- > 0;) {	/* backwards: each goes first */
		snprintf(name, sizeof name, "t%03zu", i);
		assert_int_equal(annotation_add_tag(&a, name), 0);
		assert_int_equal(annotation_add_tag(&a, name), 0);	/* once */
	}
	assert_numbered_tags(&a, 300);
	assert_int_equal(store_annotation_insert(w->store, &a, &err), TANDA_OK);
	annotation_init(&back);
	assert_int_equal(store_annotation_get(w->store, a.id, &back, &err), TANDA_OK);
	assert_numbered_tags(&back, 300);
	annotation_clear(&back);
	store_query_init(&query);
	assert_int_equal(store_annotation_list(w->store, &query, copy_listed, &back, &err),
			 TANDA_OK);
	assert_numbered_tags(&back, 300);
	annotation_clear(&back);
	/* emptied by hand, as the reader's tag prompt does, it grows again */
	for (i = 0; i < a.ntags; i++)
		free(a.tags[i]);
	free(a.tags);
	a.tags = NULL;
	a.ntags = 0;
	for (i = 0; i < 20; i++) {
		snprintf(name, sizeof name, "t%03zu", i);
		assert_int_equal(annotation_add_tag(&a, name), 0);
	}
	assert_numbered_tags(&a, 20);
	annotation_clear(&a);
}

/* store_history_list callback: append "who action old>new [at PLACE]
 * [because REASON]" and a newline to the buffer in context. */
static int describe_decision(void *context, const struct correction_event *e)
{
	char *buf = context;
	size_t used = strlen(buf);

	snprintf(buf + used, 1024 - used, "%s %s %s>%s%s%s%s%s\n", e->who, e->action,
		 e->old_status ? e->old_status : "-", e->new_status ? e->new_status : "-",
		 e->place ? " to " : "", e->place ? e->place : "", e->reason ? " because " : "",
		 e->reason ? e->reason : "");
	return 0;
}

/* A new correction of the words exact to replacement, with status. */
static void add_correction(struct world *w, const char *exact, const char *replacement,
			   enum correction_status status, struct annotation *a)
{
	struct tanda_error err;

	make(w, KIND_CORRECTION, exact, a);
	a->correction_kind = CORRECTION_OTHER;
	a->correction_status = status;
	assert_int_equal(annotation_set(&a->replacement, replacement), 0);
	assert_int_equal(store_annotation_insert(w->store, a, &err), TANDA_OK);
}

/* Accepting over an accepted correction is refused, both named; rejected,
 * the other can be; published, who, when and where; taken back, who and
 * why; and the history says each. */
static void test_decisions(void **state)
{
	struct world *w = *state;
	struct annotation a, b, other;
	struct tanda_error err;
	char history[1024] = "";

	add_correction(w, "tiba di Medan", "tiba di Binjai", CORRECTION_PROPOSED, &a);
	add_correction(w, "Medan pada", "Binjai pada", CORRECTION_PROPOSED, &b);
	annotation_init(&other);
	assert_int_equal(store_correction_accept(w->store, &a, "Rina", &other, &err), TANDA_OK);
	assert_string_equal(a.reviewed_by, "Rina");
	assert_string_equal(other.id, "");
	assert_int_equal(store_correction_accept(w->store, &b, "Rina", &other, &err), TANDA_EDATA);
	assert_string_equal(other.id, a.id);
	assert_non_null(strstr(err.message, "overlaps the accepted correction"));
	assert_non_null(strstr(err.message, a.id));
	assert_non_null(strstr(err.message, b.id));
	assert_int_equal(b.correction_status, CORRECTION_PROPOSED);	/* as it was */
	assert_int_equal(store_correction_reject(w->store, &a, "Rina", "the other is better", &err),
			 TANDA_OK);
	assert_int_equal(store_correction_accept(w->store, &b, "Rina", &other, &err), TANDA_OK);
	assert_int_equal(store_correction_unpublish(w->store, &b, "Budi", "why", &err), TANDA_EDATA);
	assert_int_equal(store_correction_publish(w->store, &b, "Budi", "/site/medan.txt", &err),
			 TANDA_OK);
	assert_int_equal(store_correction_reject(w->store, &b, "Rina", NULL, &err), TANDA_EDATA);
	assert_non_null(strstr(err.message, "is published"));
	assert_int_equal(store_correction_unpublish(w->store, &b, "Budi", "", &err), TANDA_EUSAGE);
	assert_int_equal(store_correction_unpublish(w->store, &b, "Budi", "wrong town", &err),
			 TANDA_OK);
	assert_int_equal(b.correction_status, CORRECTION_ACCEPTED);
	assert_int_equal(store_history_list(w->store, b.id, NULL, describe_decision, history, &err),
			 TANDA_OK);
	assert_string_equal(history, "Dewi proposed ->proposed\n"
				     "Rina accepted proposed>accepted\n"
				     "Budi published accepted>published to /site/medan.txt\n"
				     "Budi unpublished published>accepted because wrong town\n");
	annotation_clear(&a);
	annotation_clear(&b);
	annotation_clear(&other);
}

/* store_decision_list callback: append "reviewer decision version" and a
 * newline to the buffer in context. */
static int describe_record(void *context, const struct store_decision *d)
{
	char *buf = context;
	size_t used = strlen(buf);

	snprintf(buf + used, 1024 - used, "%s %s %.8s\n", d->reviewer, decision_names[d->kind],
		 d->version);
	return 0;
}

/* The status of the stored annotation id. */
static enum correction_status stored_status(struct world *w, const char *id)
{
	struct annotation back;
	struct tanda_error err;
	enum correction_status status;

	annotation_init(&back);
	assert_int_equal(store_annotation_get(w->store, id, &back, &err), TANDA_OK);
	status = back.correction_status;
	annotation_clear(&back);
	return status;
}

/* Decisions are records of who made them, on a version: listed by
 * reviewer; a note changed leaves one standing, a replacement changed by
 * its author makes the correction proposed again, changed by the one who
 * decided it re-records the decision; an imported decision (added once)
 * gives a record from a set its status, and a decision's modified time is
 * the annotation's as it was. */
static void test_decision_records(void **state)
{
	struct world *w = *state;
	struct store_decision d;
	struct annotation a, other;
	struct tanda_error err;
	char records[1024] = "", version[DECISION_VERSION_SIZE], modified[ANNOTATION_TIME_SIZE];
	int added;

	add_correction(w, "tiba di Medan", "tiba di Binjai", CORRECTION_PROPOSED, &a);
	memcpy(modified, a.modified, sizeof modified);
	annotation_init(&other);
	assert_int_equal(store_correction_accept(w->store, &a, "Rina", &other, &err), TANDA_OK);
	assert_string_equal(a.modified, modified);	/* a decision is not an edit */
	store_decision_version(&a, version);
	assert_int_equal(store_decision_list(w->store, NULL, "Rina", describe_record, records,
					     &err), TANDA_OK);
	assert_int_equal(strncmp(records, "Rina accepted ", 14), 0);
	assert_int_equal(strncmp(records + 14, version, 8), 0);
	records[0] = '\0';
	assert_int_equal(store_decision_list(w->store, NULL, "Dewi", describe_record, records,
					     &err), TANDA_OK);
	assert_string_equal(records, "");
	/* a note: still accepted; the replacement, by its author: proposed */
	assert_int_equal(annotation_set(&a.note, "checked"), 0);
	assert_int_equal(store_annotation_update(w->store, &a, &err), TANDA_OK);
	assert_int_equal(stored_status(w, a.id), CORRECTION_ACCEPTED);
	assert_int_equal(store_set_actor(w->store, "Dewi", &err), TANDA_OK);
	assert_int_equal(annotation_set(&a.replacement, "tiba di Deli"), 0);
	assert_int_equal(store_annotation_update(w->store, &a, &err), TANDA_OK);
	assert_int_equal(stored_status(w, a.id), CORRECTION_PROPOSED);
	/* the same decision imported twice is one; it stands on its version */
	memset(&d, 0, sizeof d);
	memcpy(d.annotation, a.id, sizeof d.annotation);
	memcpy(d.article, a.article, sizeof d.article);
	d.reviewer = "Budi";
	d.kind = DECISION_REJECTED;
	d.reason = "no";
	snprintf(d.at, sizeof d.at, "2026-01-01T00:00:00Z");
	store_decision_version(&a, d.version);
	assert_int_equal(store_decision_add(w->store, &d, &added, &err), TANDA_OK);
	assert_int_equal(added, 1);
	assert_int_equal(store_decision_add(w->store, &d, &added, &err), TANDA_OK);
	assert_int_equal(added, 0);
	assert_int_equal(stored_status(w, a.id), CORRECTION_REJECTED);
	/* the decider's own edit keeps the decision standing */
	assert_int_equal(store_set_actor(w->store, "Budi", &err), TANDA_OK);
	assert_int_equal(annotation_set(&a.replacement, "tiba di Medan Kota"), 0);
	a.correction_status = CORRECTION_REJECTED;
	assert_int_equal(store_annotation_update(w->store, &a, &err), TANDA_OK);
	assert_int_equal(stored_status(w, a.id), CORRECTION_REJECTED);
	annotation_clear(&a);
	annotation_clear(&other);
}

/* The corrections that overlap some words, by status; deleted ones and
 * the one left out do not count; words next to each other do not
 * overlap. */
static void test_overlapping(void **state)
{
	struct world *w = *state;
	struct annotation a, b, found;
	struct tanda_error err;
	int overlaps;

	add_correction(w, "tiba di Medan", "tiba di Binjai", CORRECTION_REJECTED, &a);
	add_correction(w, "pada Senin", "pada Selasa", CORRECTION_PROPOSED, &b);
	annotation_init(&found);
	assert_int_equal(store_correction_overlapping(w->store, a.article, a.anchor.start + 5,
						      a.anchor.end + 2, NULL, CORRECTION_STATUS_NONE,
						      &found, &overlaps, &err), TANDA_OK);
	assert_true(overlaps);
	assert_string_equal(found.id, a.id);
	assert_int_equal(store_correction_overlapping(w->store, a.article, a.anchor.start,
						      a.anchor.end, NULL, CORRECTION_ACCEPTED,
						      NULL, &overlaps, &err), TANDA_OK);
	assert_false(overlaps);
	assert_int_equal(store_correction_overlapping(w->store, a.article, a.anchor.start,
						      a.anchor.end, a.id, CORRECTION_STATUS_NONE,
						      NULL, &overlaps, &err), TANDA_OK);
	assert_false(overlaps);	/* b starts after a's space */
	assert_int_equal(store_annotation_set_deleted(w->store, a.id, 1, &err), TANDA_OK);
	assert_int_equal(store_correction_overlapping(w->store, a.article, a.anchor.start,
						      a.anchor.end, NULL, CORRECTION_STATUS_NONE,
						      NULL, &overlaps, &err), TANDA_OK);
	assert_false(overlaps);
	annotation_clear(&a);
	annotation_clear(&b);
	annotation_clear(&found);
}

/* Insert an annotation with the given id. */
static void add_with_id(struct world *w, const char *id)
{
	struct annotation a;
	struct tanda_error err;

	make(w, KIND_NOTE, "Medan", &a);
	assert_int_equal(annotation_set(&a.note, "n"), 0);
	strcpy(a.id, id);
	assert_int_equal(store_annotation_insert(w->store, &a, &err), TANDA_OK);
	annotation_clear(&a);
}

/* Ids by a unique prefix of four characters or more, in any case; an
 * ambiguous one names its candidates; the length that tells them apart. */
static void test_id_prefixes(void **state)
{
	struct world *w = *state;
	struct tanda_error err;
	char id[ANNOTATION_ID_SIZE];
	size_t len;

	add_with_id(w, "3f1c9a4e-8d2b-4c51-9a7e-2b6f0d4c8e11");
	add_with_id(w, "3f1c9a4f-0000-4c51-9a7e-2b6f0d4c8e11");
	add_with_id(w, "77aa0000-0000-4c51-9a7e-2b6f0d4c8e11");
	assert_int_equal(store_id_resolve(w->store, "77aa", id, &err), TANDA_OK);
	assert_string_equal(id, "77aa0000-0000-4c51-9a7e-2b6f0d4c8e11");
	assert_int_equal(store_id_resolve(w->store, "3F1C9A4E", id, &err), TANDA_OK);
	assert_string_equal(id, "3f1c9a4e-8d2b-4c51-9a7e-2b6f0d4c8e11");
	assert_int_equal(store_id_resolve(w->store, "3f1c9a4f-0000-4c51-9a7e-2b6f0d4c8e11", id,
					  &err), TANDA_OK);
	assert_int_equal(store_id_resolve(w->store, "3f1c", id, &err), TANDA_EUSAGE);
	assert_string_equal(err.message, "id 3f1c is ambiguous: "
					 "3f1c9a4e-8d2b-4c51-9a7e-2b6f0d4c8e11, "
					 "3f1c9a4f-0000-4c51-9a7e-2b6f0d4c8e11");
	assert_int_equal(store_id_resolve(w->store, "77a", id, &err), TANDA_EUSAGE);
	assert_int_equal(store_id_resolve(w->store, "9999", id, &err), TANDA_EDATA);
	assert_non_null(strstr(err.message, "no annotation 9999"));
	assert_int_equal(store_id_unique_length(w->store, 4, &len, &err), TANDA_OK);
	assert_int_equal(len, 8);
	assert_int_equal(store_id_unique_length(w->store, 10, &len, &err), TANDA_OK);
	assert_int_equal(len, 10);
}

/* The world's article loaded again as blocks and recorded at path. */
static struct article *record_as_blocks(struct world *w, const char *path)
{
	struct article_options options;
	struct article *blocks;
	struct tanda_error err;

	article_options_default(&options);
	options.layout = ARTICLE_LAYOUT_BLOCKS;
	assert_int_equal(article_load(fixture("lines-blank-after-title.txt"), &options, &blocks,
				      &err), TANDA_OK);
	assert_string_not_equal(article_sha256(blocks), article_sha256(w->article));
	assert_int_equal(store_article_upsert(w->store, blocks, path, &err), TANDA_OK);
	return blocks;
}

/* The layout recorded with an article is found by its text first, then
 * by the path it was last opened at (schema 8's articles.layout). */
static void test_article_layout(void **state)
{
	struct world *w = *state;
	struct article *blocks = record_as_blocks(w, "/x/a.txt");
	enum article_layout layout;
	struct store_article row;
	struct tanda_error err;

	assert_int_equal(w->article->layout, ARTICLE_LAYOUT_LINES);
	assert_true(w->article->layout_guessed);
	assert_false(blocks->layout_guessed);
	assert_int_equal(store_article_layout(w->store, article_sha256(w->article), "/x/a.txt",
					      NULL, NULL, &layout, &err), TANDA_OK);
	assert_int_equal(layout, ARTICLE_LAYOUT_LINES);
	assert_int_equal(store_article_layout(w->store, "0000", "/x/a.txt", NULL, NULL, &layout,
					      &err), TANDA_OK);
	assert_int_equal(layout, ARTICLE_LAYOUT_BLOCKS);
	assert_int_equal(store_article_layout(w->store, "0000", "/y/a.txt", NULL, NULL, &layout,
					      &err), TANDA_OK);
	assert_int_equal(layout, ARTICLE_LAYOUT_AUTO);
	assert_int_equal(store_article_get(w->store, article_sha256(blocks), &row, &err),
			 TANDA_OK);
	assert_int_equal(row.layout, ARTICLE_LAYOUT_BLOCKS);
	store_article_clear(&row);
	article_free(blocks);
}

/* An article named by a prefix of its sha256, found by its path, and
 * forgotten with what hangs on it; another article's annotations stay. */
static void test_article_forget(void **state)
{
	struct world *w = *state;
	struct article *blocks = record_as_blocks(w, "/x/a.txt");
	struct store_forgotten counted = { 0, 0, 0, 0, 0 };
	struct annotation kept;
	struct tanda_error err;
	char id[ANNOTATION_ID_SIZE], sha[65], prefix[9];

	add(w, KIND_NOTE, "Medan", "opinion", id);
	snprintf(prefix, sizeof prefix, "%s", article_sha256(w->article));
	assert_int_equal(store_article_resolve(w->store, prefix, sha, &err), TANDA_OK);
	assert_string_equal(sha, article_sha256(w->article));
	assert_int_equal(store_article_resolve(w->store, "abc", sha, &err), TANDA_EUSAGE);
	assert_int_equal(store_article_find(w->store, NULL, "/x/a.txt", NULL, NULL, sha, &err), 1);
	assert_string_equal(sha, article_sha256(blocks));
	assert_int_equal(store_article_find(w->store, NULL, "/y/a.txt", NULL, NULL, sha, &err), 0);
	assert_int_equal(store_article_forget(w->store, article_sha256(blocks), NULL, NULL,
					      &counted, &err), TANDA_OK);
	assert_int_equal(counted.articles, 1);
	assert_int_equal(counted.annotations, 0);
	annotation_init(&kept);
	assert_int_equal(store_annotation_get(w->store, id, &kept, &err), TANDA_OK);
	annotation_clear(&kept);
	assert_int_equal(store_article_forget(w->store, article_sha256(w->article), NULL, NULL,
					      &counted, &err), TANDA_OK);
	assert_int_equal(counted.articles, 2);
	assert_int_equal(counted.annotations, 1);
	assert_int_equal(counted.tag_links, 1);
	assert_int_equal(store_article_resolve(w->store, prefix, sha, &err), TANDA_EDATA);
	assert_int_not_equal(store_annotation_get(w->store, id, &kept, &err), TANDA_OK);
	annotation_clear(&kept);
	article_free(blocks);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_creates_private_file_and_folders, setup, teardown),
		cmocka_unit_test_setup_teardown(test_every_field_round_trips, setup, teardown),
		cmocka_unit_test_setup_teardown(test_hostile_text_is_stored_as_text, setup, teardown),
		cmocka_unit_test_setup_teardown(test_list_filters_and_order, setup, teardown),
		cmocka_unit_test_setup_teardown(test_tombstones, setup, teardown),
		cmocka_unit_test_setup_teardown(test_validation, setup, teardown),
		cmocka_unit_test_setup_teardown(test_rollback_keeps_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refuses_newer_and_foreign_files, setup, teardown),
		cmocka_unit_test_setup_teardown(test_migrates_an_empty_database, setup, teardown),
		cmocka_unit_test(test_default_path),
		cmocka_unit_test_setup_teardown(test_correction_history, setup, teardown),
		cmocka_unit_test_setup_teardown(test_stale_writes_are_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_many_tags_grow_and_round_trip, setup, teardown),
		cmocka_unit_test_setup_teardown(test_decisions, setup, teardown),
		cmocka_unit_test_setup_teardown(test_decision_records, setup, teardown),
		cmocka_unit_test_setup_teardown(test_overlapping, setup, teardown),
		cmocka_unit_test_setup_teardown(test_id_prefixes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_article_layout, setup, teardown),
		cmocka_unit_test_setup_teardown(test_article_forget, setup, teardown),
		cmocka_unit_test_setup_teardown(test_changes_elsewhere_are_seen, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
