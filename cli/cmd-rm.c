/*
 * cmd-rm.c - `tanda rm ID...`: delete annotations (each named by its id or
 * a unique prefix of it), leaving tombstones so that merges know they were
 * deleted; `--restore` brings them back.
 */
#include <assert.h>
#include <getopt.h>

#include "cmd.h"
#include "open.h"
#include "store.h"

enum { OPT_RESTORE = CMD_OPT_FIRST_FREE };

/* What the command line asks for. */
struct request {
	int restore;	/* --restore */
};

/* Apply --restore (take_fn). */
static enum tanda_status take_option(void *request, int key, const char *arg,
				     struct tanda_error *why)
{
	struct request *r = request;

	(void)arg;
	(void)why;
	assert(key == OPT_RESTORE);
	r->restore = 1;
	return TANDA_OK;
}

/* Delete (or with restore bring back) the annotations ids[count] (each a
 * whole id or a unique prefix) in one transaction; returns the exit
 * status. */
static int set_deleted(struct store *store, char **ids, int count, int restore)
{
	char id[ANNOTATION_ID_SIZE];
	struct tanda_error err;
	int status = 0, i;

	if (store_begin(store, &err) != TANDA_OK)
		status = cmd_fail(&err);
	for (i = 0; i < count && status == 0; i++)
		if ((status = cmd_resolve_id(store, ids[i], id)) == 0 &&
		    store_annotation_set_deleted(store, id, !restore, &err) != TANDA_OK)
			status = cmd_fail(&err);
	if (status == 0 && store_commit(store, &err) != TANDA_OK)
		status = cmd_fail(&err);
	if (status != 0)
		store_rollback(store);
	return status;
}

/* Run `tanda rm`. */
static int run(int argc, char **argv)
{
	struct request r = { .restore = 0 };
	struct cmd_common common;
	struct store *store;
	int status;

	cmd_common_init(&common);
	status = cmd_parse(&cmd_rm_entry, argc, argv, &common, NULL, &r);
	if (status != CMD_CONTINUE)
		return status;
	if (optind == argc)
		return cmd_usage_error(&cmd_rm_entry);
	if ((status = cmd_open_store(&common, &store)) != 0)
		return status;
	status = set_deleted(store, argv + optind, argc - optind, r.restore);
	store_close(store);
	return status;
}

/* The options of rm. */
static const struct cmd_option verb_options[] = {
	{ .name = "restore", .key = OPT_RESTORE, .arg = NULL,
	  .help = "bring deleted annotations back" },
	{ .name = NULL },
};

const struct cmd_entry cmd_rm_entry = {
	.name = "rm",
	.alias = NULL,
	.usage = "tanda rm [OPTIONS] ID...",
	.summary = "Delete annotations (tombstones are kept for merging)",
	.options = verb_options,
	.flags = 0,
	.take = take_option,
	.run = run,
};
