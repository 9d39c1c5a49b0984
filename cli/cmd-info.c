/*
 * cmd-info.c - `tanda info FILE`: the article's metadata, counts and
 * identity as YAML `key: value` lines, written by libyaml's emitter so that
 * any value is quoted when it has to be.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <sysexits.h>

#include <yaml.h>

#include "cmd.h"
#include "open.h"
#include "yamltext.h"

/* Emit the pairs of the info mapping. */
static int emit_info(yaml_emitter_t *emitter, struct article *article)
{
	const struct article_meta *meta = &article->meta;

	return yamltext_pair(emitter, "title", meta->title) &&
	       yamltext_pair(emitter, "source", meta->source) &&
	       yamltext_pair(emitter, "url", meta->url) &&
	       yamltext_pair(emitter, "id", meta->id) &&
	       yamltext_typed_pair(emitter, "published", meta->published) &&
	       yamltext_pair(emitter, "language", meta->language) &&
	       yamltext_pair(emitter, "author", meta->author) &&
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

/* Run `tanda info`. */
static int run(int argc, char **argv)
{
	struct cmd_common options;
	struct article *article;
	int status;

	cmd_common_init(&options);
	status = cmd_parse(&cmd_info_entry, argc, argv, &options, NULL, NULL);
	if (status != CMD_CONTINUE)
		return status;
	if (optind != argc - 1)
		return cmd_usage_error(&cmd_info_entry);
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

const struct cmd_entry cmd_info_entry = {
	.name = "info",
	.alias = NULL,
	.usage = "tanda info [OPTIONS] FILE",
	.summary = "Print the article's metadata as YAML key: value lines",
	.options = NULL,
	.flags = 0,
	.take = NULL,
	.run = run,
};
