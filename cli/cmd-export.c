/*
 * cmd-export.c - `tanda export [FILE...] [--all] [-o OUT] [filters]`: the
 * annotation set of the chosen articles (every article by default) as
 * YAML (annotations/yaml-export.c) or, with --format w3c, as W3C Web
 * Annotations (annotations/w3c-export.c), to standard output or, with -o,
 * atomically into OUT; with --corrections, their corrections log instead.
 * It never writes to the database: a FILE that changed since it was
 * recorded is exported with its annotations where they would land.
 */
#include <assert.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "open.h"
#include "strbuf.h"
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

/* What the command line asks for. */
struct request {
	struct cmd_common common;
	struct yaml_export_options export;
	const char *out;	/* -o, or NULL for standard output */
	enum export_format format;	/* --format */
};

/* Parse --format's argument into *format; TANDA_OK, or why not. */
static enum tanda_status parse_format(const char *arg, enum export_format *format,
				      struct tanda_error *why)
{
	if (strcmp(arg, "yaml") == 0)
		*format = EXPORT_YAML;
	else if (strcmp(arg, "w3c") == 0)
		*format = EXPORT_W3C;
	else
		return tanda_fail(why, TANDA_EUSAGE, "expected yaml or w3c, not \"%s\"", arg);
	return TANDA_OK;
}

/* Apply one of export's own options to the request (take_fn). */
static enum tanda_status take_option(void *request, int key, const char *arg,
				     struct tanda_error *why)
{
	struct request *r = request;
	struct yaml_export_options *o = &r->export;

	switch (key) {
	case OPT_FORMAT: return parse_format(arg, &r->format, why);
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

/* Whether the options fit the W3C format, which has no corrections log and
 * no article texts: CMD_CONTINUE, or the exit status after saying why not. */
static int fit_w3c(const struct yaml_export_options *o)
{
	if (o->corrections || o->with_text)
		return cmd_option_error(&cmd_export_entry, "--format",
					"--corrections and --with-text are for YAML");
	return CMD_CONTINUE;
}

/* The files named on the command line, read but never recorded: each
 * article, and, when the store has it only as an earlier version (or not
 * at all), what the export writes in its place. */
struct files {
	struct article **articles;
	struct store_annotations *shown;	/* carried over in memory */
	struct yaml_export_preview *previews;
	const char **shas;
	size_t count, npreviews;
};

/* Whether the store has the article sha256. */
static int is_stored(struct store *store, const char *sha256)
{
	struct store_article known;
	struct tanda_error ignored;
	int found;

	memset(&known, 0, sizeof known);
	found = store_article_get(store, sha256, &known, &ignored) == TANDA_OK;
	store_article_clear(&known);
	return found;
}

/* Export the article of f's file i as it would be recorded (its
 * annotations carried over in memory, or none). */
static void add_preview(struct files *f, size_t i)
{
	struct yaml_export_preview *p = &f->previews[f->npreviews++];
	const struct article_meta *m = &f->articles[i]->meta;

	memset(p, 0, sizeof *p);
	snprintf(p->meta.sha256, sizeof p->meta.sha256, "%s", f->shas[i]);
	p->meta.title = m->title;	/* borrowed: never cleared */
	p->meta.source = m->source;
	p->meta.url = m->url;
	p->meta.published = m->published;
	p->meta.language = m->language;
	p->meta.paragraphs = f->articles[i]->count;
	p->article = f->articles[i];
	p->annotations = f->shown[i].items;
	p->count = f->shown[i].count;
}

/* Read file i of f, writing nothing: the annotations of a file that
 * changed since it was recorded where they would land; returns the exit
 * status. */
static int read_file(struct files *f, size_t i, const char *path, const struct cmd_common *common,
		     const struct store_query *filter)
{
	struct store_query read = *filter;
	struct store *store;
	int status, in_memory;

	read.anchor = -1;	/* where they land is known only once they are carried */
	status = cmd_preview_article(path, common, &read, &f->articles[i], &store, &f->shown[i],
				     &in_memory);
	if (status != 0)
		return status;
	f->shas[i] = article_sha256(f->articles[i]);
	f->count = i + 1;
	if (in_memory || !is_stored(store, f->shas[i]))
		add_preview(f, i);
	store_close(store);
	return 0;
}

/* Free what f holds. */
static void files_free(struct files *f)
{
	size_t i;

	for (i = 0; i < f->count; i++) {
		store_annotations_free(&f->shown[i]);
		article_free(f->articles[i]);
	}
	free(f->articles);
	free(f->shown);
	free(f->previews);
	free(f->shas);
}

/* Export what o selects to out (standard output when NULL), as W3C Web
 * Annotations when w3c is set; returns the exit status. */
static int export_to(const struct cmd_common *common, const struct yaml_export_options *o,
		     const char *out, int w3c)
{
	struct tanda_error err;
	struct store *store;
	enum tanda_status status;
	int rc = cmd_open_store_readonly(common, &store);

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
	size_t n = count > 0 ? (size_t)count : 1, i;
	struct files f = { calloc(n, sizeof *f.articles), calloc(n, sizeof *f.shown),
			   calloc(n, sizeof *f.previews), calloc(n, sizeof *f.shas), 0, 0 };
	int status = 0;

	if (f.articles == NULL || f.shown == NULL || f.previews == NULL || f.shas == NULL) {
		files_free(&f);
		cmd_error("out of memory");
		return tanda_exit_status(TANDA_ENOMEM);
	}
	for (i = 0; i < (size_t)count && status == 0; i++)
		status = read_file(&f, i, files[i], common, &o->filter);
	if (count > 0) {
		o->articles = f.shas;
		o->narticles = (size_t)count;
		o->previews = f.previews;
		o->npreviews = f.npreviews;
	}
	if (status == 0)
		status = export_to(common, o, out, w3c);
	files_free(&f);
	return status;
}

/* Run `tanda export`. */
static int run(int argc, char **argv)
{
	struct request r = { .out = NULL, .format = EXPORT_YAML };
	char user[256];
	int status;

	cmd_common_init(&r.common);
	yaml_export_options_init(&r.export);
	status = cmd_parse(&cmd_export_entry, argc, argv, &r.common, &r.export.filter, &r);
	if (status != CMD_CONTINUE)
		return status;
	r.export.filter.author = r.common.author;	/* here --author filters */
	if (!r.export.filter.include_deleted)	/* what the user dismissed, too */
		r.export.filter.hidden_for = cmd_user(&r.common, user, sizeof user);
	if (r.export.corrections && (status = fit_corrections(&r.export)) != CMD_CONTINUE)
		return status;
	if (r.format == EXPORT_W3C && (status = fit_w3c(&r.export)) != CMD_CONTINUE)
		return status;
	return export_files(argv + optind, argc - optind, &r.common, &r.export, r.out,
			    r.format == EXPORT_W3C);
}

/* The options of export, beyond the filters. */
static const struct cmd_option verb_options[] = {
	{ .name = "format", .key = OPT_FORMAT, .arg = "yaml|w3c",
	  .help = "a YAML set (the default), or W3C Web Annotations" },
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
		 "[--status S] [--anchor STATE] [--with-text] [--include-deleted] [--stamp] "
		 "[--corrections] [--format yaml|w3c]",
	.summary = "Write annotations as a YAML annotation set (see tanda-yaml(5)), W3C Web "
		   "Annotations (see tanda-w3c(5)), or the corrections log",
	.options = verb_options,
	.flags = CMD_FILTERS | CMD_AUTHOR_FILTERS,
	.take = take_option,
	.run = run,
};
