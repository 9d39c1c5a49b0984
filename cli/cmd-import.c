/*
 * cmd-import.c - `tanda import FILE... [--as AUTHOR] [--dry-run]
 * [--author-map OLD=NEW]`: merge annotation sets into the store, one
 * transaction per file, and say per article what changed (or, with
 * --dry-run, what would have).  With --as the sets speak only for that
 * author (yaml-import.h's trust rule, as sync applies it); without, each
 * file is trusted whole, and the report says so.
 *
 * Re-anchored and conflicting annotations are told on standard error as
 * they are found; a file that fails says why there and changes nothing,
 * and the other files are still imported.  `tanda sync` imports through
 * the same two functions (cmd_import_options_init, cmd_import_file).
 */
#include <assert.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "grow.h"
#include "open.h"
#include "print.h"
#include "safename.h"
#include "store.h"
#include "strbuf.h"
#include "yaml-import.h"

enum {
	OPT_DRY_RUN = CMD_OPT_FIRST_FREE,
	OPT_AUTHOR_MAP,
	OPT_AS,
};

/* What the command line asks for. */
struct request {
	struct cmd_common common;
	int dry_run;
	const char *as;		/* --as AUTHOR */
	char **map;		/* OLD, NEW, OLD, NEW... (each pair one allocation) */
	size_t pairs, map_alloc;
};

/* Remember --author-map OLD=NEW. */
static enum tanda_status add_author_map(struct request *rq, const char *arg,
					struct tanda_error *why)
{
	const char *equals = strchr(arg, '=');
	char *copy;

	if (equals == NULL || equals == arg || equals[1] == '\0')
		return tanda_fail(why, TANDA_EUSAGE, "expected OLD=NEW, not \"%s\"", arg);
	if (GROW(rq->map, rq->map_alloc, 2 * (rq->pairs + 1)) != 0 ||
	    (copy = strdup(arg)) == NULL)
		return tanda_fail(why, TANDA_ENOMEM, "out of memory");
	copy[equals - arg] = '\0';
	rq->map[2 * rq->pairs] = copy;
	rq->map[2 * rq->pairs + 1] = copy + (equals - arg) + 1;
	rq->pairs++;
	return TANDA_OK;
}

/* Free the author map. */
static void free_author_map(struct request *rq)
{
	size_t i;

	for (i = 0; i < rq->pairs; i++)
		free(rq->map[2 * i]);
	free(rq->map);
}

/* Print a notice of the importer (re-anchored, in conflict). */
static void print_notice(void *context, const char *message)
{
	(void)context;
	cmd_error("%s", message);
}

/* Print counts: "N new, N updated, N unchanged, N deleted, N in conflict",
 * then ", N refused" and ", N re-anchored" when some were. */
static void print_counts(const size_t outcomes[MERGE_OUTCOMES], size_t reanchored)
{
	int i;

	for (i = 0; i < MERGE_OUTCOMES; i++)
		if (i != MERGE_REFUSED || outcomes[i] > 0)
			printf("%s%zu %s", i ? ", " : "", outcomes[i], merge_outcome_names[i]);
	if (reanchored > 0)
		printf(", %zu re-anchored", reanchored);
}

/* Print ", N decisions" and ", N decisions refused" when there are some. */
static void print_decisions(size_t added, size_t refused)
{
	if (added > 0)
		printf(", %zu decision%s", added, added == 1 ? "" : "s");
	if (refused > 0)
		printf(", %zu decision%s refused", refused, refused == 1 ? "" : "s");
}

/* Print what importing path did, article by article, and whether the
 * file was trusted whole. */
static void print_result(const char *path, const struct yaml_import_result *res,
			 const struct yaml_import_options *options)
{
	size_t total[MERGE_OUTCOMES] = { 0 }, reanchored = 0, decided = 0, refused = 0, i;
	int k;

	for (i = 0; i < res->count; i++) {
		for (k = 0; k < MERGE_OUTCOMES; k++)
			total[k] += res->articles[i].outcomes[k];
		reanchored += res->articles[i].reanchored;
		decided += res->articles[i].decisions;
		refused += res->articles[i].decisions_refused;
	}
	print_text(stdout, "%s: %zu article%s: ", path, res->count, res->count == 1 ? "" : "s");
	print_counts(total, reanchored);
	print_decisions(decided, refused);
	if (options->speaks_for == NULL)	/* said, so that nobody takes it for sync's */
		fputs(" (trusted whole: every author, reviewer and status in it taken; "
		      "--as AUTHOR takes only AUTHOR's)", stdout);
	puts(options->dry_run ? " (dry run: nothing written)" : "");
	for (i = 0; i < res->count; i++) {
		const struct yaml_import_article *a = &res->articles[i];

		printf("  %.12s %s: ", a->sha256, yaml_import_fate_names[a->fate]);
		print_counts(a->outcomes, a->reanchored);
		print_decisions(a->decisions, a->decisions_refused);
		print_text(stdout, "%s%s\n", a->title ? ": " : "", a->title ? a->title : "");
	}
}

void cmd_import_options_init(struct yaml_import_options *options,
			     const struct cmd_common *common, int dry_run)
{
	yaml_import_options_init(options);
	options->max_size = common->article.max_size;
	options->dry_run = dry_run;
	options->notice = print_notice;
}

int cmd_import_file(struct store *store, const char *path,
		    const struct yaml_import_options *options)
{
	struct yaml_import_result result;
	struct tanda_error err;

	tanda_error_clear(&err);
	if (yaml_import_file(store, path, options, &result, &err) != TANDA_OK)
		return cmd_fail(&err);
	print_result(strcmp(path, "-") == 0 ? SOURCE_STDIN_NAME : path, &result, options);
	yaml_import_result_free(&result);
	return cmd_finish_output(stdout);
}

/* Apply one option of this verb to the request (take_fn). */
static enum tanda_status take_option(void *request, int key, const char *arg,
				     struct tanda_error *why)
{
	struct request *rq = request;

	if (key == OPT_DRY_RUN) {
		rq->dry_run = 1;
		return TANDA_OK;
	}
	if (key == OPT_AS) {
		if (arg[0] == '\0')
			return tanda_fail(why, TANDA_EUSAGE, "needs an author's name");
		rq->as = arg;
		return TANDA_OK;
	}
	assert(key == OPT_AUTHOR_MAP);
	return add_author_map(rq, arg, why);
}

/* Parse the options into rq; returns CMD_CONTINUE or the exit status. */
static int parse(int argc, char **argv, struct request *rq)
{
	int status = cmd_parse(&cmd_import_entry, argc, argv, &rq->common, NULL, rq);

	if (status == CMD_CONTINUE && optind == argc)
		return cmd_usage_error(&cmd_import_entry);
	return status;
}

/* Run `tanda import`. */
static int run(int argc, char **argv)
{
	struct yaml_import_options options;
	struct request rq = { .dry_run = 0, .as = NULL, .map = NULL, .pairs = 0, .map_alloc = 0 };
	struct strbuf speaker = STRBUF_INIT;
	struct store *store = NULL;
	int status, i;

	cmd_common_init(&rq.common);
	status = parse(argc, argv, &rq);
	if (status == CMD_CONTINUE)
		status = cmd_open_store(&rq.common, &store);
	if (status != 0) {
		free_author_map(&rq);
		return status;
	}
	cmd_import_options_init(&options, &rq.common, rq.dry_run);
	options.author_map = (const char *const *)rq.map;
	options.author_pairs = rq.pairs;
	if (rq.as != NULL && safename_author(rq.as, &speaker) != 0)
		status = tanda_exit_status(TANDA_ENOMEM);
	options.speaks_for = rq.as != NULL ? strbuf_str(&speaker) : NULL;
	for (i = optind; status == 0 && i < argc; i++) {
		int one;

		one = cmd_import_file(store, argv[i], &options);
		if (status == 0)
			status = one;
	}
	strbuf_release(&speaker);
	store_close(store);
	free_author_map(&rq);
	return status;
}

/* The options of import. */
static const struct cmd_option verb_options[] = {
	{ .name = "dry-run", .key = OPT_DRY_RUN, .arg = NULL,
	  .help = "say what would change; change nothing" },
	{ .name = "as", .key = OPT_AS, .arg = "AUTHOR",
	  .help = "the files speak only for AUTHOR: other authors' annotations and "
		  "decisions are refused" },
	{ .name = "author-map", .key = OPT_AUTHOR_MAP, .arg = "OLD=NEW",
	  .help = "rename the author OLD to NEW (repeatable)" },
	{ .name = NULL },
};

const struct cmd_entry cmd_import_entry = {
	.name = "import",
	.alias = NULL,
	.usage = "tanda import FILE... [--as AUTHOR] [--dry-run] [--author-map OLD=NEW]",
	.summary = "Merge YAML annotation sets into the store (see tanda-yaml(5))",
	.options = verb_options,
	.flags = 0,
	.take = take_option,
	.run = run,
};
