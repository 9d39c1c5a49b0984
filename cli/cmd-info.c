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
#include "strbuf.h"
#include "yamltext.h"

/* The text of a number, into buf[size]. */
static const char *number_text(size_t n, char *buf, size_t size)
{
	struct strbuf sb;

	strbuf_init_fixed(&sb, buf, size);
	strbuf_addf(&sb, "%zu", n);
	return buf;
}

/* Emit the pairs of the info mapping. */
static enum tanda_status emit_info(yaml_emitter_t *emitter, struct article *article)
{
	const struct article_meta *meta = &article->meta;
	char paragraphs[32], words[32];
	const struct yamltext_pair pairs[] = {
		{ .key = "title", .value = meta->title, .typed = 0 },
		{ .key = "source", .value = meta->source, .typed = 0 },
		{ .key = "url", .value = meta->url, .typed = 0 },
		{ .key = "published", .value = meta->published, .typed = 1 },
		{ .key = "language", .value = meta->language, .typed = 0 },
		{ .key = "author", .value = meta->author, .typed = 0 },
		{ .key = "paragraphs", .typed = 1,
		  .value = number_text(article->count, paragraphs, sizeof paragraphs) },
		{ .key = "words", .typed = 1,
		  .value = number_text(article_word_count(article), words, sizeof words) },
		{ .key = "sha256", .value = article_sha256(article), .typed = 0 },
	};

	return yamltext_pairs(emitter, pairs, sizeof pairs / sizeof pairs[0]);
}

/* Emit the info document for article to out. */
static enum tanda_status write_info(struct article *article, FILE *out)
{
	yaml_emitter_t emitter;
	enum tanda_status status = yamltext_start(&emitter, out, 0);

	if (status == TANDA_OK)
		status = emit_info(&emitter, article);
	if (status == TANDA_OK)
		return yamltext_finish(&emitter, 0);
	yamltext_finish(&emitter, 0);
	return status;
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
	if (write_info(article, stdout) != TANDA_OK) {
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
