/*
 * cmd-export.c - `tanda export [FILE...] [--all] [-o OUT] [filters]`: the
 * annotation set of the chosen articles (every article by default) as
 * YAML (annotations/yaml-export.c) or, with --format w3c, as W3C Web
 * Annotations (annotations/w3c-export.c), to standard output or, with -o,
 * atomically into OUT; with --corrections, their corrections log instead.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "store.h"
#include "w3c-export.h"
#include "yaml-export.h"

enum {
	OPT_ALL = CMD_OPT_FIRST_FREE,
	OPT_WITH_TEXT,
	OPT_INCLUDE_DELETED,
	OPT_STAMP,
	OPT_CORRECTIONS,
	OPT_FORMAT,
};

/* The formats export writes. */
enum export_format { EXPORT_YAML, EXPORT_W3C };

/* Parse --format's argument into *format; 0 on success. */
static int parse_format(const char *arg, enum export_format *format)
{
	if (strcmp(arg, "yaml") == 0)
		*format = EXPORT_YAML;
	else if (strcmp(arg, "w3c") == 0)
		*format = EXPORT_W3C;
	else
		return -1;
	return 0;
}

/* Apply one of export's own options to o (and *out for -o); 0 on success. */
static int take_option(struct yaml_export_options *o, const char **out, int opt, const char *arg)
{
	switch (opt) {
	case OPT_ALL: o->all = 1; return 0;
	case 'o': *out = arg; return 0;
	case OPT_WITH_TEXT: o->with_text = 1; return 0;
	case OPT_INCLUDE_DELETED: o->filter.include_deleted = 1; return 0;
	case OPT_STAMP: o->stamp = 1; return 0;
	case OPT_CORRECTIONS: o->corrections = 1; return 0;
	default: return cmd_filter_option(opt, arg, &o->filter) == 1 ? 0 : -1;
	}
}

/* Whether the options fit the corrections log, saying why not: it has
 * only corrections, and no articles of their own or texts. */
static int corrections_options_fit(const struct yaml_export_options *o)
{
	if (o->filter.kind >= 0 && o->filter.kind != KIND_CORRECTION)
		cmd_error("--corrections: the log has only corrections (no --kind %s)",
			  annotation_kind_names[o->filter.kind]);
	else if (o->all || o->with_text)
		cmd_error("--corrections: --all and --with-text are for annotation sets");
	else
		return 1;
	return 0;
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

/* Export what o selects to out (standard output when NULL), as W3C Web
 * Annotations when w3c is set; returns the exit status. */
static int export_to(const struct cmd_common *common, const struct yaml_export_options *o,
		     const char *out, int w3c)
{
	struct tanda_error err;
	struct store *store;
	enum tanda_status status;
	int rc = cmd_open_store(common, &store);

	if (rc != 0)
		return rc;
	if (out != NULL)
		status = w3c ? w3c_export_file(store, o, out, NULL, &err)
			     : yaml_export_file(store, o, out, NULL, &err);
	else if (w3c)
		status = w3c_export(store, o, stdout, "standard output", NULL, &err);
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
			struct yaml_export_options *o, const char *out, int w3c)
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
		status = export_to(common, o, out, w3c);
	free(shas);
	free(names);
	return status;
}

int cmd_export(int argc, char **argv)
{
	static const struct option long_options[] = {
		{ "all", no_argument, NULL, OPT_ALL },
		{ "output", required_argument, NULL, 'o' },
		{ "with-text", no_argument, NULL, OPT_WITH_TEXT },
		{ "include-deleted", no_argument, NULL, OPT_INCLUDE_DELETED },
		{ "stamp", no_argument, NULL, OPT_STAMP },
		{ "corrections", no_argument, NULL, OPT_CORRECTIONS },
		{ "format", required_argument, NULL, OPT_FORMAT },
		CMD_FILTER_LONG_OPTIONS,
		CMD_COMMON_LONG_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	const struct cmd_entry *verb = cmd_find("export");
	struct yaml_export_options o;
	struct cmd_common common;
	const char *out = NULL;
	enum export_format format = EXPORT_YAML;
	int opt;

	cmd_common_init(&common);
	yaml_export_options_init(&o);
	while ((opt = getopt_long(argc, argv, "ho:", long_options, NULL)) != -1) {
		int used = cmd_common_option(opt, optarg, &common);

		if (!used && opt == OPT_FORMAT && parse_format(optarg, &format) != 0) {
			cmd_error("--format: expected yaml or w3c, not \"%s\"", optarg);
			return cmd_usage_error(verb);
		}
		if (!used && opt == OPT_FORMAT)
			continue;
		if (used < 0 || (!used && opt != 'h' && take_option(&o, &out, opt, optarg) != 0))
			return cmd_usage_error(verb);
		if (!used && opt == 'h')
			return cmd_help(verb);
	}
	o.filter.author = common.author;	/* here --author filters */
	if (o.corrections && !corrections_options_fit(&o))
		return cmd_usage_error(verb);
	if (format == EXPORT_W3C && (o.corrections || o.with_text)) {
		cmd_error("--format w3c: --corrections and --with-text are for YAML");
		return cmd_usage_error(verb);
	}
	return export_files(argv + optind, argc - optind, &common, &o, out, format == EXPORT_W3C);
}
