/*
 * cmd-rm.c - `tanda rm ID...`: delete annotations (each named by its id or
 * a unique prefix of it), leaving tombstones so that merges know they were
 * deleted; `--restore` brings them back.  Only the author deletes: another
 * author's annotation is dismissed (`--reason` says why), a decision of
 * the user's that travels in their own set and hides it from their views;
 * `--restore` withdraws that dismissal.
 */
#include <assert.h>
#include <getopt.h>
#include <string.h>

#include "cmd.h"
#include "open.h"
#include "store.h"
#include "strbuf.h"

enum { OPT_RESTORE = CMD_OPT_FIRST_FREE, OPT_REASON };

/* What the command line asks for. */
struct request {
	struct cmd_common common;
	int restore;		/* --restore */
	const char *reason;	/* --reason: why another's is dismissed */
};

/* Apply --restore or --reason (take_fn). */
static enum tanda_status take_option(void *request, int key, const char *arg,
				     struct tanda_error *why)
{
	struct request *r = request;

	(void)why;
	assert(key == OPT_RESTORE || key == OPT_REASON);
	if (key == OPT_REASON)
		r->reason = arg;
	else
		r->restore = 1;
	return TANDA_OK;
}

/* Delete (or restore) annotation id when it is who's own, else dismiss it
 * (or withdraw who's dismissal); TANDA_OK or why not. */
static enum tanda_status remove_one(struct store *store, const char *id, const char *who,
				    const struct request *r, struct tanda_error *err)
{
	struct annotation a;
	enum tanda_status status;

	annotation_init(&a);
	status = store_annotation_get(store, id, &a, err);
	if (status == TANDA_OK && strcmp(a.author, who) != 0)
		status = store_annotation_dismiss(store, &a, who, r->reason, !r->restore, err);
	else if (status == TANDA_OK)
		status = store_annotation_set_deleted(store, id, !r->restore, err);
	annotation_clear(&a);
	return status;
}

/* With --reason, refuse (EX_USAGE) before anything is written when any of
 * ids[count] is who's own: only a dismissal has a reason.  Returns 0, or
 * the exit status. */
static int check_reason(struct store *store, char **ids, int count, const char *who,
			const struct request *r)
{
	char id[ANNOTATION_ID_SIZE], text[256];
	struct annotation a;
	struct tanda_error err;
	struct strbuf why;
	int status = 0, i, own;

	for (i = 0; i < count && status == 0 && r->reason != NULL; i++) {
		if ((status = cmd_resolve_id(store, ids[i], id)) != 0)
			break;
		annotation_init(&a);
		if (store_annotation_get(store, id, &a, &err) != TANDA_OK)
			status = cmd_fail(&err);
		own = status == 0 && strcmp(a.author, who) == 0;
		annotation_clear(&a);
		if (!own)
			continue;
		strbuf_init_fixed(&why, text, sizeof text);
		strbuf_addf(&why, "only a dismissal of someone else's annotation has a "
			    "reason; %s is yours", ids[i]);
		status = cmd_option_error(&cmd_rm_entry, "--reason", strbuf_str(&why));
	}
	return status;
}

/* Delete, dismiss or with --restore bring back the annotations ids[count]
 * (each a whole id or a unique prefix) in one transaction; returns the
 * exit status. */
static int set_deleted(struct store *store, char **ids, int count, const struct request *r)
{
	char id[ANNOTATION_ID_SIZE], author[256];
	const char *who = cmd_author(&r->common, author, sizeof author);
	struct tanda_error err;
	int status = check_reason(store, ids, count, who, r), i;

	if (status == 0 && store_begin(store, &err) != TANDA_OK)
		status = cmd_fail(&err);
	for (i = 0; i < count && status == 0; i++)
		if ((status = cmd_resolve_id(store, ids[i], id)) == 0 &&
		    remove_one(store, id, who, r, &err) != TANDA_OK)
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
	struct request r = { .restore = 0, .reason = NULL };
	struct store *store;
	int status;

	cmd_common_init(&r.common);
	status = cmd_parse(&cmd_rm_entry, argc, argv, &r.common, NULL, &r);
	if (status != CMD_CONTINUE)
		return status;
	if (optind == argc)
		return cmd_usage_error(&cmd_rm_entry);
	if (r.reason != NULL && r.restore)
		return cmd_option_error(&cmd_rm_entry, "--reason", "is for a dismissal, not with "
					"--restore");
	if ((status = cmd_open_store(&r.common, &store)) != 0)
		return status;
	status = set_deleted(store, argv + optind, argc - optind, &r);
	store_close(store);
	return status;
}

/* The options of rm. */
static const struct cmd_option verb_options[] = {
	{ .name = "restore", .key = OPT_RESTORE, .arg = NULL,
	  .help = "bring deleted annotations back (or withdraw your dismissal)" },
	{ .name = "reason", .key = OPT_REASON, .arg = "TEXT",
	  .help = "why you dismiss another author's annotation" },
	{ .name = NULL },
};

const struct cmd_entry cmd_rm_entry = {
	.name = "rm",
	.alias = NULL,
	.usage = "tanda rm [OPTIONS] ID...",
	.summary = "Delete your annotations (tombstones are kept for merging), dismiss others'",
	.options = verb_options,
	.flags = 0,
	.take = take_option,
	.run = run,
};
