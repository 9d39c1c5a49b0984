/*
 * cmd-cat.c - `tanda cat [-n] FILE`: the normalized text, one paragraph per
 * line, optionally numbered.  Also what `tanda FILE` does in a pipe.
 */
#include <stdio.h>

#include "cmd.h"

void cmd_write_text(const struct article *article, int numbered, FILE *out)
{
	size_t i;

	if (!numbered) {
		fwrite(article->text, 1, article->text_len, out);
		return;
	}
	for (i = 0; i < article->count; i++) {
		const struct paragraph *p = &article->paragraphs[i];

		fprintf(out, "%zu\t", i + 1);
		fwrite(article->text + p->start, 1, p->len + 1, out);
	}
}

int cmd_cat(int argc, char **argv)
{
	static const struct option long_options[] = {
		{ "number", no_argument, NULL, 'n' },
		CMD_COMMON_LONG_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	const struct cmd_entry *verb = cmd_find("cat");
	struct cmd_common options;
	struct article *article;
	int numbered = 0, opt, status;

	cmd_common_init(&options);
	while ((opt = getopt_long(argc, argv, "nh", long_options, NULL)) != -1) {
		int used = cmd_common_option(opt, optarg, &options);

		if (used < 0)
			return cmd_usage_error(verb);
		if (used)
			continue;
		if (opt == 'h')
			return cmd_help(verb);
		if (opt != 'n')
			return cmd_usage_error(verb);
		numbered = 1;
	}
	if (optind != argc - 1)
		return cmd_usage_error(verb);
	status = cmd_load_article(argv[optind], &options.article, &article);
	if (status != 0)
		return status;
	cmd_write_text(article, numbered, stdout);
	article_free(article);
	return cmd_finish_output(stdout);
}
