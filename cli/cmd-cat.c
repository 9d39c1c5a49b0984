/*
 * cmd-cat.c - `tanda cat [-n] FILE`: the normalized text, one paragraph per
 * line, optionally numbered.  Also what `tanda FILE` does in a pipe.
 */
#include <assert.h>
#include <getopt.h>
#include <stdio.h>

#include "cmd.h"
#include "open.h"
#include "print.h"

/* The text as it is in a pipe; on a terminal its control characters
 * and bidi controls escaped (print_raw). */
void cmd_write_text(const struct article *article, int numbered, FILE *out)
{
	size_t i;

	if (!numbered) {
		print_raw(out, article->text, article->text_len);
		return;
	}
	for (i = 0; i < article->count; i++) {
		const struct paragraph *p = &article->paragraphs[i];

		fprintf(out, "%zu\t", i + 1);
		print_raw(out, article->text + p->start, p->len + 1);
	}
}

/* What the command line asks for. */
struct request {
	int numbered;	/* -n */
};

/* Apply -n (take_fn). */
static enum tanda_status take_option(void *request, int key, const char *arg,
				     struct tanda_error *why)
{
	struct request *r = request;

	(void)arg;
	(void)why;
	assert(key == 'n');
	r->numbered = 1;
	return TANDA_OK;
}

/* Run `tanda cat`. */
static int run(int argc, char **argv)
{
	struct request r = { .numbered = 0 };
	struct cmd_common options;
	struct article *article;
	int status;

	cmd_common_init(&options);
	status = cmd_parse(&cmd_cat_entry, argc, argv, &options, NULL, &r);
	if (status != CMD_CONTINUE)
		return status;
	if (optind != argc - 1)
		return cmd_usage_error(&cmd_cat_entry);
	status = cmd_load_article(argv[optind], &options, &article);
	if (status != 0)
		return status;
	cmd_write_text(article, r.numbered, stdout);
	article_free(article);
	return cmd_finish_output(stdout);
}

/* The options of cat. */
static const struct cmd_option verb_options[] = {
	{ .name = "number", .key = 'n', .arg = NULL,
	  .help = "number the paragraphs (NUMBER<TAB>TEXT)" },
	{ .name = NULL },
};

const struct cmd_entry cmd_cat_entry = {
	.name = "cat",
	.alias = NULL,
	.usage = "tanda cat [-n] [OPTIONS] FILE",
	.summary = "Print the normalized article, one paragraph per line",
	.options = verb_options,
	.flags = 0,
	.take = take_option,
	.run = run,
};
