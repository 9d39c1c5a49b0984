/*
 * cmd-export.c - `tanda export [FILE...] [--all] [-o OUT] [filters]`: the
 * annotation set of the chosen articles (every article by default) as
 * YAML (annotations/yaml-export.c), to standard output or, with -o,
 * atomically into OUT; with --corrections, their corrections log instead.
 */
#include <assert.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "cmd.h"
#include "open.h"
#include "strbuf.h"
#include "store.h"
#include "yaml-export.h"

enum {
	OPT_ALL = CMD_OPT_FIRST_FREE,
	OPT_WITH_TEXT,
	OPT_INCLUDE_DELETED,
	OPT_STAMP,
	OPT_CORRECTIONS,
};

/* What the command line asks for. */
struct request {
	struct cmd_common common;
	struct yaml_export_options export;
	const char *out;	/* -o, or NULL for standard output */
};

/* Apply one of export's own options to the request (take_fn). */
static enum tanda_status take_option(void *request, int key, const char *arg,
				     struct tanda_error *why)
{
	struct request *r = request;
	struct yaml_export_options *o = &r->export;

	(void)why;
	switch (key) {
	case OPT_ALL: o->all = 1; break;
	case 'o': r->out = arg; break;
	case OPT_WITH_TEXT: o->with_text = 1; break;
	case OPT_INCLUDE_DELETED: o->filter.include_deleted = 1; break;
	case OPT_STAMP: o->stamp = 1; break;
	default: assert(key == OPT_CORRECTIONS); o->corrections = 1; break;
	}
	return TANDA_OK;
}

/* Whether the options fit the corrections log, which has only corrections
 * and no articles of their own or texts: CMD_CONTINUE, or the exit status
 * after saying why not. */
static int fit_corrections(const struct yaml_export_options *o)
{
	char why[128];
	struct strbuf sb;

	if (o->filter.kind >= 0 && o->filter.kind != KIND_CORRECTION) {
		strbuf_init_fixed(&sb, why, sizeof why);
		strbuf_addf(&sb, "the log has only corrections (no --kind %s)",
			    annotation_kind_names[o->filter.kind]);
		return cmd_option_error(&cmd_export_entry, "--corrections", why);
	}
	if (o->all || o->with_text)
		return cmd_option_error(&cmd_export_entry, "--corrections",
					"--all and --with-text are for annotation sets");
	return CMD_CONTINUE;
}

/* Record each of the count files in the store (carrying annotations over
 * as every verb does) and put their sha256s in shas[count]; returns the
 * exit status. */
static int record_files(char **files, int count, const struct cmd_common *common,
			char (*shas)[65])
{
	int i;

	for (i = 0; i < count; i++) {
		struct article *article;
		struct store *store;
		int status = cmd_open_article(files[i], common, 0, &article, &store);

		if (status != 0)
			return status;
		snprintf(shas[i], sizeof shas[i], "%s", article_sha256(article));
		article_free(article);
		store_close(store);
	}
	return 0;
}

/* Export what o selects to out (standard output when NULL); returns the
 * exit status. */
static int export_to(const struct cmd_common *common, const struct yaml_export_options *o,
		     const char *out)
{
	struct tanda_error err;
	struct store *store;
	enum tanda_status status;
	int rc = cmd_open_store_readonly(common, &store);

	if (rc != 0)
		return rc;
	if (out != NULL)
		status = yaml_export_file(store, o, out, NULL, &err);
	else
		status = yaml_export(store, o, stdout, "standard output", NULL, &err);
	store_close(store);
	if (status != TANDA_OK)
		return cmd_fail(&err);
	return out != NULL ? 0 : cmd_finish_output(stdout);
}

/* Export the articles of files[count] (every article when count is 0);
 * returns the exit status. */
static int export_files(char **files, int count, const struct cmd_common *common,
			struct yaml_export_options *o, const char *out)
{
	char (*shas)[65] = calloc(count > 0 ? (size_t)count : 1, sizeof *shas);
	const char **names = calloc(count > 0 ? (size_t)count : 1, sizeof *names);
	int i, status;

	if (shas == NULL || names == NULL) {
		free(shas);
		free(names);
		cmd_error("out of memory");
		return tanda_exit_status(TANDA_ENOMEM);
	}
	status = record_files(files, count, common, shas);
	for (i = 0; i < count; i++)
		names[i] = shas[i];
	if (count > 0) {
		o->articles = names;
		o->narticles = (size_t)count;
	}
	if (status == 0)
		status = export_to(common, o, out);
	free(shas);
	free(names);
	return status;
}

/* Run `tanda export`. */
static int run(int argc, char **argv)
{
	struct request r = { .out = NULL };
	int status;

	cmd_common_init(&r.common);
	yaml_export_options_init(&r.export);
	status = cmd_parse(&cmd_export_entry, argc, argv, &r.common, &r.export.filter, &r);
	if (status != CMD_CONTINUE)
		return status;
	r.export.filter.author = r.common.author;	/* here --author filters */
	if (r.export.corrections && (status = fit_corrections(&r.export)) != CMD_CONTINUE)
		return status;
	return export_files(argv + optind, argc - optind, &r.common, &r.export, r.out);
}

/* The options of export, beyond the filters. */
static const struct cmd_option verb_options[] = {
	{ .name = "all", .key = OPT_ALL, .arg = NULL,
	  .help = "also articles with no matching annotation" },
	{ .name = "output", .key = 'o', .arg = "OUT",
	  .help = "write to OUT (atomically), not standard output" },
	{ .name = "with-text", .key = OPT_WITH_TEXT, .arg = NULL,
	  .help = "include each article's normalized text" },
	{ .name = "include-deleted", .key = OPT_INCLUDE_DELETED, .arg = NULL,
	  .help = "include deleted annotations (deleted: true)" },
	{ .name = "stamp", .key = OPT_STAMP, .arg = NULL,
	  .help = "add the time of the export (exported:)" },
	{ .name = "corrections", .key = OPT_CORRECTIONS, .arg = NULL,
	  .help = "the corrections with their history, as YAML" },
	{ .name = NULL },
};

const struct cmd_entry cmd_export_entry = {
	.name = "export",
	.alias = NULL,
	.usage = "tanda export [FILE...] [--all] [-o OUT] [--kind K] [--tag T] [--author A] "
		 "[--status S] [--with-text] [--include-deleted] [--stamp] [--corrections]",
	.summary = "Write annotations as a YAML annotation set (see tanda-yaml(5)), or the "
		   "corrections log",
	.options = verb_options,
	.flags = CMD_FILTERS | CMD_AUTHOR_FILTERS,
	.take = take_option,
	.run = run,
};
