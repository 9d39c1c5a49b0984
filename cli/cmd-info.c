/*
 * cmd-info.c - `tanda info FILE`: the article's metadata, counts and
 * identity as YAML `key: value` lines, written by libyaml's emitter so that
 * any value is quoted when it has to be.
 */
#include <stdio.h>
#include <string.h>
#include <sysexits.h>

#include <yaml.h>

#include "cmd.h"
#include "yamltext.h"

/* Emit the pairs of the info mapping. */
static int emit_info(yaml_emitter_t *emitter, struct article *article)
{
	const struct article_meta *meta = &article->meta;

	return yamltext_pair(emitter, "title", meta->title) &&
	       yamltext_pair(emitter, "source", meta->source) &&
	       yamltext_pair(emitter, "url", meta->url) &&
	       yamltext_typed_pair(emitter, "published", meta->published) &&
	       yamltext_pair(emitter, "language", meta->language) &&
	       yamltext_pair(emitter, "author", meta->author) &&
	       yamltext_pair(emitter, "layout",
			     article->layout == ARTICLE_LAYOUT_BLOCKS ? "blocks" : "lines") &&
	       yamltext_number_pair(emitter, "paragraphs", article->count) &&
	       yamltext_number_pair(emitter, "words", article_word_count(article)) &&
	       yamltext_pair(emitter, "sha256", article_sha256(article));
}

/* Emit the info document for article to out; returns libyaml's success. */
static int write_info(struct article *article, FILE *out)
{
	yaml_emitter_t emitter;
	int ok = yamltext_start(&emitter, out, 0) && emit_info(&emitter, article);

	return yamltext_finish(&emitter, 0) && ok;
}

int cmd_info(int argc, char **argv)
{
	static const struct option long_options[] = {
		CMD_COMMON_LONG_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	const struct cmd_entry *verb = cmd_find("info");
	struct cmd_common options;
	struct article *article;
	int opt, status;

	cmd_common_init(&options);
	while ((opt = getopt_long(argc, argv, "h", long_options, NULL)) != -1) {
		int used = cmd_common_option(opt, optarg, &options);

		if (used < 0)
			return cmd_usage_error(verb);
		if (!used)
			return opt == 'h' ? cmd_help(verb) : cmd_usage_error(verb);
	}
	if (optind != argc - 1)
		return cmd_usage_error(verb);
	status = cmd_load_article(argv[optind], &options.article, &article);
	if (status != 0)
		return status;
	if (!write_info(article, stdout)) {
		article_free(article);
		cmd_error("cannot write the info document");
		return EX_IOERR;
	}
	article_free(article);
	return cmd_finish_output(stdout);
}
