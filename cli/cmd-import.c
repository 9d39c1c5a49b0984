/*
 * cmd-import.c - `tanda import FILE... [--as AUTHOR] [--dry-run]
 * [--author-map OLD=NEW]`: merge annotation sets (YAML) or W3C Web
 * Annotations (JSON: tanda's own, other tools', Hypothesis's search
 * results) into the store, one transaction per file, and say per article
 * what changed (or, with --dry-run, what would have) and how annotations
 * were anchored.  With --as the sets speak only for that author
 * (yaml-import.h's trust rule, as sync applies it); without, each file is
 * trusted whole, and the report says so.
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
#include <strings.h>
#include <sys/stat.h>

#include "cmd.h"
#include "grow.h"
#include "open.h"
#include "print.h"
#include "safename.h"
#include "store.h"
#include "strbuf.h"
#include "w3c-import.h"
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
 * then ", N refused" and ", N re-anchored (N exact, N fuzzy, N orphan)"
 * when some were. */
static void print_counts(const struct yaml_import_article *a)
{
	int i;

	for (i = 0; i < MERGE_OUTCOMES; i++)
		if (i != MERGE_REFUSED || a->outcomes[i] > 0)
			printf("%s%zu %s", i ? ", " : "", a->outcomes[i], merge_outcome_names[i]);
	if (a->reanchored == 0)
		return;
	printf(", %zu re-anchored (", a->reanchored);
	for (i = 0; i < ANCHOR_STATE_COUNT; i++)
		if (i <= ANCHOR_ORPHAN || a->anchored[i] > 0)
			printf("%s%zu %s", i ? ", " : "", a->anchored[i], anchor_state_names[i]);
	putchar(')');
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
	struct yaml_import_article total;
	size_t i;
	int k;

	memset(&total, 0, sizeof total);
	for (i = 0; i < res->count; i++) {
		for (k = 0; k < MERGE_OUTCOMES; k++)
			total.outcomes[k] += res->articles[i].outcomes[k];
		for (k = 0; k < ANCHOR_STATE_COUNT; k++)
			total.anchored[k] += res->articles[i].anchored[k];
		total.reanchored += res->articles[i].reanchored;
		total.decisions += res->articles[i].decisions;
		total.decisions_refused += res->articles[i].decisions_refused;
	}
	print_text(stdout, "%s: %zu article%s: ", path, res->count, res->count == 1 ? "" : "s");
	print_counts(&total);
	print_decisions(total.decisions, total.decisions_refused);
	if (res->skipped > 0)
		printf(", %zu skipped", res->skipped);
	if (options->speaks_for == NULL)	/* said, so that nobody takes it for sync's */
		fputs(" (trusted whole: every author, reviewer and status in it taken; "
		      "--as AUTHOR takes only AUTHOR's)", stdout);
	puts(options->dry_run ? " (dry run: nothing written)" : "");
	for (i = 0; i < res->count; i++) {
		const struct yaml_import_article *a = &res->articles[i];

		printf("  %.12s %s: ", a->sha256, yaml_import_fate_names[a->fate]);
		print_counts(a);
		print_decisions(a->decisions, a->decisions_refused);
		print_text(stdout, "%s%s\n", a->title ? ": " : "", a->title ? a->title : "");
	}
}

/* The file name endings that say what a file to import is. */
static const struct {
	const char *suffix;
	int json;
} import_suffixes[] = {
	{ ".json", 1 }, { ".jsonld", 1 }, { ".yaml", 0 }, { ".yml", 0 },
};

/* Whether the file at path holds JSON (W3C Web Annotations) rather than
 * an annotation set: by its name's ending, else by the first bytes of a
 * regular file (a FIFO or a device is not opened here: the importer
 * refuses it). */
static int holds_json(const char *path)
{
	size_t len = strlen(path), i, n;
	struct stat st;
	char head[512];
	FILE *f;

	for (i = 0; i < sizeof import_suffixes / sizeof import_suffixes[0]; i++) {
		size_t k = strlen(import_suffixes[i].suffix);

		if (len > k && strcasecmp(path + len - k, import_suffixes[i].suffix) == 0)
			return import_suffixes[i].json;
	}
	if (stat(path, &st) != 0 || !S_ISREG(st.st_mode) || (f = fopen(path, "rb")) == NULL)
		return 0;	/* the importer says why it cannot be read */
	n = fread(head, 1, sizeof head, f);
	fclose(f);
	return w3c_import_sniff(head, n);
}

/* Import the file at path ("-": standard input) read whole, as JSON when
 * it is named so (a file) or starts so, else as YAML. */
static enum tanda_status import_whole(struct store *store, const char *path,
				      const struct yaml_import_options *o,
				      struct yaml_import_result *result, struct tanda_error *err)
{
	const char *name = strcmp(path, "-") == 0 ? SOURCE_STDIN_NAME : path;
	struct source src;
	enum tanda_status status = source_open(&src, path, o->max_size, err);

	memset(result, 0, sizeof *result);
	if (status != TANDA_OK)
		return status;
	if (strcmp(path, "-") != 0 || w3c_import_sniff(src.bytes, src.size))
		status = w3c_import_bytes(store, name, src.bytes, src.size, o, result, err);
	else
		status = yaml_import_bytes(store, name, src.bytes, src.size, o, result, err);
	source_close(&src);
	return status;
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
	enum tanda_status status;

	tanda_error_clear(&err);
	if (strcmp(path, "-") == 0 || holds_json(path))
		status = import_whole(store, path, options, &result, &err);
	else	/* a set: mapped, and streamed */
		status = yaml_import_file(store, path, options, &result, &err);
	if (status != TANDA_OK)
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
	.summary = "Merge YAML annotation sets or W3C Web Annotations (JSON, Hypothesis) into "
		   "the store",
	.options = verb_options,
	.flags = 0,
	.take = take_option,
	.run = run,
};
