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

/* libyaml's output handler: write to the FILE in data. */
static int write_handler(void *data, unsigned char *buffer, size_t size)
{
	return fwrite(buffer, 1, size, data) == size;
}

/* Emit key: value, unless value is NULL; value stays text when read back. */
static int emit_pair(yaml_emitter_t *emitter, const char *key, const char *value)
{
	if (value == NULL)
		return 1;
	return yamltext_emit_typed(emitter, key) && yamltext_emit(emitter, value);
}

/* Emit key: value as a plain scalar that readers may type (a date, a
 * number), unless value is NULL. */
static int emit_typed_pair(yaml_emitter_t *emitter, const char *key, const char *value)
{
	if (value == NULL)
		return 1;
	return yamltext_emit_typed(emitter, key) && yamltext_emit_typed(emitter, value);
}

/* Emit key: number. */
static int emit_count(yaml_emitter_t *emitter, const char *key, size_t value)
{
	char text[32];

	snprintf(text, sizeof text, "%zu", value);
	return emit_typed_pair(emitter, key, text);
}

/* Emit the pairs of the info mapping. */
static int emit_info(yaml_emitter_t *emitter, struct article *article)
{
	const struct article_meta *meta = &article->meta;

	return emit_pair(emitter, "title", meta->title) &&
	       emit_pair(emitter, "source", meta->source) &&
	       emit_pair(emitter, "url", meta->url) &&
	       emit_typed_pair(emitter, "published", meta->published) &&
	       emit_pair(emitter, "language", meta->language) &&
	       emit_pair(emitter, "author", meta->author) &&
	       emit_count(emitter, "paragraphs", article->count) &&
	       emit_count(emitter, "words", article_word_count(article)) &&
	       emit_pair(emitter, "sha256", article_sha256(article));
}

/* Emit the info document for article to out; returns libyaml's success. */
static int write_info(struct article *article, FILE *out)
{
	yaml_emitter_t emitter;
	yaml_event_t event;
	int ok;

	if (!yaml_emitter_initialize(&emitter))
		return 0;
	yaml_emitter_set_output(&emitter, write_handler, out);
	yaml_emitter_set_unicode(&emitter, 1);
	yaml_emitter_set_width(&emitter, -1);
	yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING);
	ok = yaml_emitter_emit(&emitter, &event);
	yaml_document_start_event_initialize(&event, NULL, NULL, NULL, 1);
	ok = ok && yaml_emitter_emit(&emitter, &event);
	yaml_mapping_start_event_initialize(&event, NULL, NULL, 1, YAML_BLOCK_MAPPING_STYLE);
	ok = ok && yaml_emitter_emit(&emitter, &event) && emit_info(&emitter, article);
	yaml_mapping_end_event_initialize(&event);
	ok = ok && yaml_emitter_emit(&emitter, &event);
	yaml_document_end_event_initialize(&event, 1);
	ok = ok && yaml_emitter_emit(&emitter, &event);
	yaml_stream_end_event_initialize(&event);
	ok = ok && yaml_emitter_emit(&emitter, &event);
	yaml_emitter_delete(&emitter);
	return ok;
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
