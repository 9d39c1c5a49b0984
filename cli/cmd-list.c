/*
 * cmd-list.c - `tanda list [FILE] [--all] [filters]`: annotations in text
 * order, as a readable table on a terminal and as tab-separated values in
 * a pipe (listing.h).  It never writes to the database: a file that
 * changed since it was recorded is listed with its annotations where they
 * would land, computed in memory.
 */
#include <getopt.h>
#include <stdlib.h>

#include "cmd.h"
#include "listing.h"
#include "open.h"
#include "print.h"
#include "store.h"

enum {
	OPT_ALL = CMD_OPT_FIRST_FREE,
	OPT_GREP,
};

/* What the command line asks for. */
struct request {
	struct cmd_common common;
	struct store_query query;	/* the filters */
	int all;			/* --all */
};

/* Apply one option of this verb to the request (take_fn). */
static enum tanda_status take_option(void *request, int key, const char *arg,
				     struct tanda_error *why)
{
	struct request *r = request;

	(void)why;
	if (key == OPT_ALL)
		r->all = 1;
	else
		r->query.grep = arg;
	return TANDA_OK;
}

/* Write the annotations q matches to the listing l; returns the exit
 * status. */
static int list(struct store *store, const struct store_query *q, struct listing *l)
{
	struct tanda_error err;

	if (store_annotation_list(store, q, listing_row, l, &err) != TANDA_OK)
		return cmd_fail(&err);
	return 0;
}

/* What the rows of a listing go through when they come carried over in
 * memory: the anchor filter (the others were applied when they were read)
 * and the listing they are written to. */
struct shown {
	int anchor;		/* an enum anchor_state, or -1 */
	struct listing *listing;
};

/* Write one annotation carried over in memory when the anchor filter
 * matches it (store_visit_fn). */
static int put_shown(void *context, const struct annotation *a)
{
	const struct shown *s = context;

	if (s->anchor < 0 || a->anchor.state == (enum anchor_state)s->anchor)
		listing_row(s->listing, a);
	return 0;
}

/* List the annotations of the article in the file path: where they would
 * land, carried over in memory as the store lists them, when it changed
 * since it was recorded; returns the exit status. */
static int list_file(const char *path, struct request *r)
{
	struct store_query read = r->query;
	struct listing l;
	struct shown shown = { r->query.anchor, &l };
	struct article *article;
	struct store *store;
	int status, in_memory = 0;

	if ((status = cmd_open_both(path, &r->common, 1, &article, &store)) != 0)
		return status;
	status = listing_start(&l, store, stdout);
	read.anchor = -1;	/* where they land is known only once they are carried */
	if (status == 0)
		status = cmd_preview_visit(article, store, path, &read, put_shown, &shown,
					   &in_memory);
	r->query.article = article_sha256(article);
	if (status == 0 && !in_memory)
		status = list(store, &r->query, &l);
	store_close(store);
	article_free(article);
	return status ? status : cmd_finish_output(stdout);
}

/* Run `tanda list`. */
static int run(int argc, char **argv)
{
	struct request r = { .all = 0 };
	char user[256];
	struct listing l;
	struct store *store;
	int status;

	cmd_common_init(&r.common);
	store_query_init(&r.query);
	status = cmd_parse(&cmd_list_entry, argc, argv, &r.common, &r.query, &r);
	if (status != CMD_CONTINUE)
		return status;
	r.query.author = r.common.author;	/* here --author filters */
	r.query.hidden_for = cmd_user(&r.common, user, sizeof user);	/* what the user dismissed */
	if (argc - optind > 1 || (r.all && optind < argc))
		return cmd_usage_error(&cmd_list_entry);
	if (optind < argc)
		return list_file(argv[optind], &r);
	if ((status = cmd_open_store_readonly(&r.common, &store)) != 0)
		return status;
	status = listing_start(&l, store, stdout);
	if (status == 0)
		status = list(store, &r.query, &l);
	store_close(store);
	return status ? status : cmd_finish_output(stdout);
}

/* The options of list, beyond the filters. */
static const struct cmd_option verb_options[] = {
	{ .name = "all", .key = OPT_ALL, .arg = NULL, .help = "every article's annotations" },
	{ .name = "grep", .key = OPT_GREP, .arg = "TEXT",
	  .help = "only those whose words, note or replacement have TEXT" },
	{ .name = NULL },
};

const struct cmd_entry cmd_list_entry = {
	.name = "list",
	.alias = NULL,
	.usage = "tanda list [FILE] [--all] [--kind K] [--tag T] [--author A] [--status S] "
		 "[--anchor STATE] [--grep TEXT]",
	.summary = "List annotations in text order (a table, or TSV in a pipe)",
	.options = verb_options,
	.flags = CMD_FILTERS | CMD_AUTHOR_FILTERS,
	.take = take_option,
	.run = run,
};
