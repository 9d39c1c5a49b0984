/*
 * cmd-library.c - `tanda library`: the stored articles with their
 * annotation counts, newest first; a table on a terminal (times in the
 * local zone), tab-separated values in a pipe (times in UTC).
 */
#include <getopt.h>
#include <stdio.h>
#include <unistd.h>

#include "cmd.h"
#include "open.h"
#include "print.h"
#include "store.h"
#include "zone.h"

/* Write one article as a tab-separated line: the title and the path
 * escaped (print_field), so that neither can make a row or a column. */
static int put_tsv(void *context, const struct store_article *a)
{
	FILE *out = context;

	fprintf(out, "%s\t%zu\t%zu\t", a->sha256, a->annotations, a->paragraphs);
	print_field(out, a->last_opened);
	fputc('\t', out);
	print_field(out, a->title);
	fputc('\t', out);
	print_field(out, a->path);
	fputc('\n', out);
	return 0;
}

/* Write one article as a table row, its last opening in local time and
 * its title (or path) escaped as a field: one row on the screen, whatever
 * it holds. */
static int put_row(void *context, const struct store_article *a)
{
	FILE *out = context;
	char opened[ZONE_TIME_SIZE];

	zone_format(a->last_opened, opened, sizeof opened);
	fprintf(out, "%.12s  %11zu  %10zu  %-20s  ", a->sha256, a->annotations, a->paragraphs,
		opened);
	print_field(out, a->title ? a->title : a->path);
	fputc('\n', out);
	return 0;
}

/* Run `tanda library`. */
static int run(int argc, char **argv)
{
	struct cmd_common common;
	struct tanda_error err;
	struct store *store;
	int status, table = isatty(STDOUT_FILENO);

	cmd_common_init(&common);
	status = cmd_parse(&cmd_library_entry, argc, argv, &common, NULL, NULL);
	if (status != CMD_CONTINUE)
		return status;
	if (optind != argc)
		return cmd_usage_error(&cmd_library_entry);
	if ((status = cmd_open_store_readonly(&common, &store)) != 0)
		return status;
	if (table)
		printf("%-12s  %11s  %10s  %-20s  %s\n", "ARTICLE", "ANNOTATIONS", "PARAGRAPHS",
		       "LAST OPENED", "TITLE");
	else
		fputs("sha256\tannotations\tparagraphs\tlast_opened\ttitle\tpath\n", stdout);
	if (store_article_list(store, STORE_BY_LAST_OPENED, table ? put_row : put_tsv, stdout,
			       &err) != TANDA_OK)
		status = cmd_fail(&err);
	store_close(store);
	return status ? status : cmd_finish_output(stdout);
}

const struct cmd_entry cmd_library_entry = {
	.name = "library",
	.alias = NULL,
	.usage = "tanda library [OPTIONS]",
	.summary = "List the stored articles with their annotation counts",
	.options = NULL,
	.flags = 0,
	.take = NULL,
	.run = run,
};
