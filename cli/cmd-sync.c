/*
 * cmd-sync.c - `tanda sync DIR [--author A] [--db PATH] [--dry-run]`: a
 * newsroom's shared folder of annotation sets, one file per reviewer.
 *
 * Every *.yaml file in DIR but the people sheet (people.yaml) is
 * imported, in name order, one transaction
 * per file (as `tanda import` does, through cmd_import_file); then the
 * user's own annotations and review decisions - only the articles that
 * hold them, only the annotations whose author is the user (tombstones too,
 * so that deletions travel) and the decisions the user made - are exported
 * atomically to DIR/AUTHOR.yaml, AUTHOR made a safe file name
 * (safename.h).  DIR/NAME.yaml speaks only for the author whose file name
 * is NAME: another author's annotations, tombstones and decisions in it are
 * refused one by one (yaml-import.h).
 * Each file has one writer, so a git merge of the folder never conflicts
 * inside a file.
 *
 * The user's own file is imported with the others: importing is
 * idempotent, so it changes nothing in a database that already has what
 * it says, and it is how a new database (a new machine, a lost one) gets
 * the user's annotations back before the file is written from it.
 */
#include <assert.h>
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <fcntl.h>

#include "cmd.h"
#include "grow.h"
#include "open.h"
#include "print.h"
#include "safename.h"
#include "source.h"
#include "strbuf.h"
#include "store.h"
#include "yaml-export.h"
#include "yaml-import.h"

enum { OPT_DRY_RUN = CMD_OPT_FIRST_FREE };

/* The *.yaml file names of a folder, sorted. */
struct sets {
	char **names;
	size_t count, alloc;
};

/* The newsroom's people sheet (tanda-people(5)) kept in the folder
 * beside the sets: not a set, so not imported. */
#define PEOPLE_SHEET "people.yaml"

/* Whether the file name is one sync reads: NAME.yaml, not hidden, not
 * the people sheet. */
static int is_set_name(const char *name)
{
	size_t len = strlen(name);

	return name[0] != '.' && len > 5 && strcmp(name + len - 5, ".yaml") == 0 &&
	       strcmp(name, PEOPLE_SHEET) != 0;
}

/* Add a copy of name to sets; TANDA_ENOMEM when out of memory. */
static enum tanda_status add_set(struct sets *sets, const char *name)
{
	if (GROW(sets->names, sets->alloc, sets->count + 1) != 0)
		return TANDA_ENOMEM;
	if ((sets->names[sets->count] = strdup(name)) == NULL)
		return TANDA_ENOMEM;
	sets->count++;
	return TANDA_OK;
}

/* Free the names of sets. */
static void free_sets(struct sets *sets)
{
	size_t i;

	for (i = 0; i < sets->count; i++)
		free(sets->names[i]);
	free(sets->names);
}

/* qsort's comparison of two names: byte order, as the C locale sorts. */
static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* What the entry name of the folder open as fd is when it is not a
 * regular file ("a symbolic link", ...), or NULL when it is one (or is
 * gone: the import will say so). */
static const char *not_regular(int fd, const char *name)
{
	struct stat st;

	if (fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0 || S_ISREG(st.st_mode))
		return NULL;
	return source_file_kind(st.st_mode);
}

/* Add name, an entry of dir (open as d), to sets when it is a set sync
 * reads: NAME.yaml, a regular file; anything else named *.yaml (a link, a
 * pipe, a device, a folder) is skipped with a warning, since following or
 * opening it could read or wait on anything. */
static enum tanda_status consider(DIR *d, const char *dir, const char *name,
				  struct sets *sets)
{
	const char *what;

	if (!is_set_name(name))
		return TANDA_OK;
	if ((what = not_regular(dirfd(d), name)) != NULL) {
		cmd_error("%s%s%s: warning: %s, not a regular file: skipped", dir,
			  dir[0] && dir[strlen(dir) - 1] == '/' ? "" : "/", name, what);
		return TANDA_OK;
	}
	return add_set(sets, name);
}

/* Read the *.yaml names of dir into sets, sorted; returns the exit
 * status (after printing why it is not 0). */
static int read_sets(const char *dir, struct sets *sets)
{
	DIR *d = opendir(dir);
	struct dirent *entry;
	int failed = 0;

	if (d == NULL) {
		cmd_error("%s: %s", dir, strerror(errno));
		return tanda_exit_status(errno == ENOMEM ? TANDA_ENOMEM : TANDA_ENOINPUT);
	}
	errno = 0;
	while (!failed && (entry = readdir(d)) != NULL) {
		failed = consider(d, dir, entry->d_name, sets) != TANDA_OK;
		errno = 0;
	}
	if (!failed && errno != 0) {
		cmd_error("%s: %s", dir, strerror(errno));
		closedir(d);
		return tanda_exit_status(TANDA_EIO);
	}
	closedir(d);
	if (failed) {
		cmd_error("out of memory");
		return tanda_exit_status(TANDA_ENOMEM);
	}
	if (sets->count > 0)
		qsort(sets->names, sets->count, sizeof *sets->names, by_name);
	return 0;
}

/* Append DIR/ to sb (no second '/' when dir ends with one). */
static void add_folder(struct strbuf *sb, const char *dir)
{
	size_t len = strlen(dir);

	strbuf_addstr(sb, dir);
	if (len == 0 || dir[len - 1] != '/')
		strbuf_addch(sb, '/');
}

/* DIR/NAME; NULL when out of memory.  Caller frees. */
static char *join(const char *dir, const char *name)
{
	struct strbuf path = STRBUF_INIT;

	add_folder(&path, dir);
	strbuf_addstr(&path, name);
	if (!strbuf_ok(&path)) {
		strbuf_release(&path);
		return NULL;
	}
	return strbuf_detach(&path, NULL);
}

/* Import the set at path, named name (NAME.yaml) in the folder: it
 * speaks only for the author whose file name is NAME (the trust rule,
 * yaml-import.h).  Returns the exit status. */
static int import_one(struct store *store, const char *path, const char *name,
		      const struct yaml_import_options *options)
{
	struct yaml_import_options trusting = *options;
	char *stem = strdup(name);
	int status;

	if (stem == NULL) {
		cmd_error("out of memory");
		return tanda_exit_status(TANDA_ENOMEM);
	}
	stem[strlen(stem) - 5] = '\0';	/* ".yaml" (is_set_name) */
	trusting.speaks_for = stem;
	status = cmd_import_file(store, path, &trusting);
	free(stem);
	return status;
}

/* Import every set of dir, each in its own transaction, printing what
 * each did; returns the exit status of the first that failed, or 0. */
static int import_sets(struct store *store, const char *dir, const struct sets *sets,
		       const struct yaml_import_options *options)
{
	int status = 0;
	size_t i;

	for (i = 0; i < sets->count; i++) {
		char *path = join(dir, sets->names[i]);
		int one;

		if (path == NULL) {
			cmd_error("out of memory");
			return tanda_exit_status(TANDA_ENOMEM);
		}
		one = import_one(store, path, sets->names[i], options);
		if (status == 0)
			status = one;
		free(path);
	}
	return status;
}

/* Write author's own set (the articles that hold author's annotations,
 * tombstones or decisions, and only those) to dir/NAME.yaml atomically,
 * and say where; with dry_run only say where it would go; an author whose
 * NAME is the people sheet's is refused.  Returns the exit status. */
static int write_own(struct store *store, const char *dir, const char *author, int dry_run)
{
	struct strbuf own = STRBUF_INIT;
	struct yaml_export_options o;
	struct yaml_export_report report;
	struct tanda_error err;
	const char *path;
	size_t folder;
	int status = 0;

	add_folder(&own, dir);
	folder = own.len;
	safename_author(author, &own);
	strbuf_addstr(&own, ".yaml");
	if (!strbuf_ok(&own)) {
		strbuf_release(&own);
		cmd_error("out of memory");
		return tanda_exit_status(TANDA_ENOMEM);
	}
	path = strbuf_str(&own);
	if (strcmp(path + folder, PEOPLE_SHEET) == 0) {	/* never written over */
		cmd_error("%s: the author %s would write over the newsroom's people sheet: sync "
			  "with another --author", path, author);
		strbuf_release(&own);
		return tanda_exit_status(TANDA_EUSAGE);
	}
	yaml_export_options_init(&o);
	o.filter.author = author;	/* and the articles that hold them */
	o.filter.include_deleted = 1;
	o.regular_only = 1;	/* a link committed under our name is not followed */
	tanda_error_clear(&err);
	if (dry_run)
		print_text(stdout, "%s: the annotations of %s (dry run: not written)\n", path, author);
	else if (yaml_export_file(store, &o, path, &report, &err) != TANDA_OK)
		status = cmd_fail(&err);
	else
		print_text(stdout, "%s: wrote %zu article%s, %zu annotation%s of %s\n", path,
			   report.articles, report.articles == 1 ? "" : "s", report.annotations,
			   report.annotations == 1 ? "" : "s", author);
	strbuf_release(&own);
	return status;
}

/* What the command line asks for. */
struct request {
	int dry_run;	/* --dry-run */
};

/* Apply --dry-run (take_fn). */
static enum tanda_status take_option(void *request, int key, const char *arg,
				     struct tanda_error *why)
{
	struct request *r = request;

	(void)arg;
	(void)why;
	assert(key == OPT_DRY_RUN);
	r->dry_run = 1;
	return TANDA_OK;
}

/* Parse the options into common and r; returns CMD_CONTINUE to go on with
 * the folder at argv[optind], else the exit status. */
static int parse(int argc, char **argv, struct cmd_common *common, struct request *r)
{
	int status = cmd_parse(&cmd_sync_entry, argc, argv, common, NULL, r);

	if (status == CMD_CONTINUE && optind != argc - 1)
		return cmd_usage_error(&cmd_sync_entry);
	return status;
}

/* Run `tanda sync`. */
static int run(int argc, char **argv)
{
	struct yaml_import_options options;
	struct cmd_common common;
	struct request r = { .dry_run = 0 };
	struct sets sets = { .names = NULL, .count = 0, .alloc = 0 };
	struct store *store = NULL;
	char buf[256];
	const char *dir, *author;
	int status, written;

	cmd_common_init(&common);
	status = parse(argc, argv, &common, &r);
	if (status != CMD_CONTINUE)
		return status;
	dir = argv[optind];
	author = cmd_author(&common, buf, sizeof buf);
	status = read_sets(dir, &sets);
	if (status == 0)
		status = cmd_open_store(&common, &store);
	if (status != 0) {
		free_sets(&sets);
		return status;
	}
	cmd_import_options_init(&options, &common, r.dry_run);
	options.regular_only = 1;	/* never through a link planted in the folder */
	status = import_sets(store, dir, &sets, &options);
	written = write_own(store, dir, author, r.dry_run);
	store_close(store);
	free_sets(&sets);
	if (written != 0)	/* not sharing one's own work outweighs a bad file */
		status = written;
	return status != 0 ? status : cmd_finish_output(stdout);
}

/* The options of sync. */
static const struct cmd_option verb_options[] = {
	{ .name = "dry-run", .key = OPT_DRY_RUN, .arg = NULL,
	  .help = "say what importing would change; write nothing" },
	{ .name = NULL },
};

const struct cmd_entry cmd_sync_entry = {
	.name = "sync",
	.alias = NULL,
	.usage = "tanda sync DIR [--author A] [--db PATH] [--dry-run]",
	.summary = "Import every DIR/*.yaml, then write your own set (--author's) to "
		   "DIR/AUTHOR.yaml",
	.options = verb_options,
	.flags = 0,
	.take = take_option,
	.run = run,
};
