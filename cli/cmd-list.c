/*
 * cmd-list.c - `tanda list [FILE] [--all] [filters]`: annotations in text
 * order, as a readable table on a terminal and as tab-separated values in
 * a pipe (one annotation per line, tabs and newlines escaped).
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "open.h"
#include "print.h"
#include "store.h"
#include "utf8.h"

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

/* The columns of the tab-separated output, in order. */
static const char tsv_header[] =
	"id\tkind\tparagraph\tstart\tend\texact\tanchor\ttags\tstatus\treplacement\t"
	"speaker\tauthor\tnote\tmodified\n";

/* The status shown for a: its claim's or its correction's. */
static const char *status_of(const struct annotation *a)
{
	if (a->kind == KIND_CLAIM)
		return claim_status_names[a->claim];
	if (a->kind == KIND_CORRECTION)
		return correction_status_names[a->correction_status];
	return NULL;
}

/* Write the tags of a joined by commas. */
static void put_tags(const struct annotation *a, FILE *out)
{
	size_t i;

	for (i = 0; i < a->ntags; i++) {
		if (i > 0)
			fputc(',', out);
		print_field(out, a->tags[i]);
	}
}

/* Write one annotation as a tab-separated line (store_visit_fn). */
static int put_tsv(void *context, const struct annotation *a)
{
	FILE *out = context;
	const char *fields[] = { a->replacement, a->speaker, a->author, a->note };
	size_t i;

	fprintf(out, "%s\t%s\t%u\t%llu\t%llu\t", a->id, annotation_kind_names[a->kind],
		(unsigned)a->anchor.paragraph, (unsigned long long)a->anchor.start,
		(unsigned long long)a->anchor.end);
	print_field(out, a->anchor.exact);
	fprintf(out, "\t%s\t", anchor_state_names[a->anchor.state]);
	put_tags(a, out);
	fputc('\t', out);
	print_field(out, status_of(a));
	for (i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		fputc('\t', out);
		print_field(out, fields[i]);
	}
	fprintf(out, "\t%s\n", a->modified);
	return 0;
}

/* Write at most width characters of text (control characters escaped,
 * line breaks and tabs as spaces, an ellipsis where it was cut), padded to
 * width and a space. */
static void put_cell(const char *raw, size_t width, FILE *out)
{
	char escaped[4 * 64];
	const char *text = raw;
	size_t len, cut, shown, i;

	if (raw != NULL) {
		print_escaped_into(escaped, sizeof escaped, raw, strlen(raw));
		text = escaped;
	}
	len = text ? strlen(text) : 0;
	cut = text ? utf8_offset(text, len, width) : 0;
	shown = text ? utf8_count(text, cut) : 0;

	for (i = 0; i < cut; i++)
		fputc(text[i] == '\n' || text[i] == '\t' ? ' ' : text[i], out);
	if (cut < len && shown > 0) {
		fputs("\xE2\x80\xA6", out);
		shown++;
	}
	for (; shown < width + 1; shown++)
		fputc(' ', out);
}

/* Write one annotation as a table row (store_visit_fn). */
static int put_row(void *context, const struct annotation *a)
{
	FILE *out = context;
	char para[16];

	snprintf(para, sizeof para, "%u", (unsigned)a->anchor.paragraph);
	put_cell(a->id, 8, out);
	put_cell(annotation_kind_names[a->kind], 10, out);
	put_cell(para, 4, out);
	put_cell(anchor_state_names[a->anchor.state], 6, out);
	put_cell(a->anchor.exact, 36, out);
	put_cell(status_of(a), 12, out);
	put_cell(a->author, 16, out);
	fputc('\n', out);
	return 0;
}

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
	int table = isatty(STDOUT_FILENO);

	if (table)
		printf("%-9s%-11s%-5s%-7s%-37s%-13s%s\n", "ID", "KIND", "\xC2\xB6", "ANCHOR",
		       "TEXT", "STATUS", "AUTHOR");
	else
		fputs(tsv_header, stdout);
	if (store_annotation_list(store, q, table ? put_row : put_tsv, stdout, &err) != TANDA_OK)
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
