/*
 * fuzz-importer.c - the importers' fuzz targets' store and run: a
 * database opened once per process and removed at exit, and each input
 * imported twice inside a transaction that is rolled back.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz.h"
#include "fuzz-importer.h"
#include "store.h"

/* The store of the process and where it lives. */
struct fuzz_store {
	char dir[256];
	char path[300];
	struct store *store;
};

/* The one store the runs of this process share. */
static struct fuzz_store shared;

/* The authors renamed by every import: Ana becomes Ani. */
static const char *const author_map[] = { "Ana", "Ani" };

/* Where the temporary folder goes. */
static const char *temporary_root(void)
{
	const char *tmp = getenv("TMPDIR");
	struct stat st;

	if (tmp != NULL && tmp[0] != '\0')
		return tmp;
	if (stat("/dev/shm", &st) == 0 && S_ISDIR(st.st_mode) && access("/dev/shm", W_OK) == 0)
		return "/dev/shm";
	return "/tmp";
}

/* Remove the file of path with suffix added, if it is there. */
static void remove_file(const char *path, const char *suffix)
{
	char name[320];

	snprintf(name, sizeof name, "%s%s", path, suffix);
	unlink(name);
}

/* Close the store and remove its files and folder (at exit). */
static void close_store(void)
{
	store_close(shared.store);
	shared.store = NULL;
	remove_file(shared.path, "");
	remove_file(shared.path, "-wal");
	remove_file(shared.path, "-shm");
	remove_file(shared.path, "-journal");
	rmdir(shared.dir);
}

/* The shared store (its folder named after target), opened on first use. */
static struct store *open_store(const char *target)
{
	struct tanda_error err;

	if (shared.store != NULL)
		return shared.store;
	snprintf(shared.dir, sizeof shared.dir, "%s/tanda-fuzz-%s.XXXXXX", temporary_root(),
		 target);
	FUZZ_CHECK(mkdtemp(shared.dir) != NULL);
	snprintf(shared.path, sizeof shared.path, "%s/tanda.db", shared.dir);
	FUZZ_CHECK(store_open(shared.path, &shared.store, &err) == TANDA_OK);
	atexit(close_store);
	return shared.store;
}

/* Take a notice of the importer: only its being a line matters. */
static void take_notice(void *context, const char *message)
{
	(void)context;
	FUZZ_CHECK(message != NULL && strchr(message, '\n') == NULL);
}

/* Check the report of one article of a file. */
static void check_article(const struct yaml_import_article *a)
{
	size_t anchored = 0;
	int i;

	FUZZ_CHECK(strlen(a->sha256) == 64 && strspn(a->sha256, "0123456789abcdef") == 64);
	FUZZ_CHECK(a->fate < IMPORT_ARTICLE_FATES);
	for (i = 0; i < ANCHOR_STATE_COUNT; i++)
		anchored += a->anchored[i];
	FUZZ_CHECK(anchored == a->reanchored);
	if (a->title != NULL)
		(void)strlen(a->title);
}

/* Import the input into store; *added counts the annotations it added. */
static enum tanda_status import_once(struct store *store, fuzz_import_fn import,
				     const uint8_t *data, size_t size, size_t *added)
{
	struct yaml_import_options options;
	struct yaml_import_result result;
	struct tanda_error err;
	enum tanda_status status;
	size_t i;

	yaml_import_options_init(&options);
	options.author_map = author_map;
	options.author_pairs = 1;
	options.notice = take_notice;
	status = import(store, "fuzz.input", (const char *)data, size, &options, &result, &err);
	*added = 0;
	if (status != TANDA_OK)
		return status;
	for (i = 0; i < result.count; i++) {
		check_article(&result.articles[i]);
		*added += result.articles[i].outcomes[MERGE_NEW];
	}
	yaml_import_result_free(&result);
	return TANDA_OK;
}

void fuzz_import_run(const char *target, fuzz_prepare_fn prepare, fuzz_import_fn import,
		     const uint8_t *data, size_t size)
{
	struct store *store = open_store(target);
	struct tanda_error err;
	size_t added;

	FUZZ_CHECK(store_begin(store, &err) == TANDA_OK);
	if (prepare != NULL)
		prepare(store);
	if (import_once(store, import, data, size, &added) == TANDA_OK) {
		FUZZ_CHECK(import_once(store, import, data, size, &added) == TANDA_OK);
		FUZZ_CHECK(added == 0);
	}
	store_rollback(store);
}
