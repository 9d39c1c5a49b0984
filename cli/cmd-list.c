/*
 * cmd-list.c - `tanda list [FILE] [--all] [filters]`: annotations in text
 * order, as a readable table on a terminal and as tab-separated values in
 * a pipe (listing.h).
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

/* List what q matches to standard output; returns the exit status. */
static int list(struct store *store, const struct store_query *q)
{
	struct tanda_error err;
	struct listing l;
	int status = listing_start(&l, store, stdout);

	if (status != 0)
		return status;
	if (store_annotation_list(store, q, listing_row, &l, &err) != TANDA_OK)
		return cmd_fail(&err);
	return cmd_finish_output(stdout);
}

/* Run `tanda list`. */
static int run(int argc, char **argv)
{
	struct request r = { .all = 0 };
	struct article *article = NULL;
	struct store *store;
	int status;

	cmd_common_init(&r.common);
	store_query_init(&r.query);
	status = cmd_parse(&cmd_list_entry, argc, argv, &r.common, &r.query, &r);
	if (status != CMD_CONTINUE)
		return status;
	r.query.author = r.common.author;	/* here --author filters */
	if (argc - optind > 1 || (r.all && optind < argc))
		return cmd_usage_error(&cmd_list_entry);
	if (optind < argc)
		status = cmd_open_article(argv[optind], &r.common, 0, &article, &store);
	else
		status = cmd_open_store_readonly(&r.common, &store);
	if (status != 0)
		return status;
	if (article != NULL)
		r.query.article = article_sha256(article);
	status = list(store, &r.query);
	store_close(store);
	article_free(article);
	return status;
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
		 "[--grep TEXT]",
	.summary = "List annotations in text order (a table, or TSV in a pipe)",
	.options = verb_options,
	.flags = CMD_FILTERS | CMD_AUTHOR_FILTERS,
	.take = take_option,
	.run = run,
};
