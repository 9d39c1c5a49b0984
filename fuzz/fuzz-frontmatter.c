/*
 * fuzz-frontmatter.c - libFuzzer target of the front matter parser: the
 * fences found by frontmatter_find (checked to lie inside the input) and
 * the YAML between them read by frontmatter_parse, as article_load does;
 * then the whole input read as front matter YAML, and as a date by
 * frontmatter_is_iso_date.  A parsed published date must be ISO 8601.
 */
#include <stdlib.h>
#include <string.h>

#include "frontmatter.h"
#include "fuzz.h"

/* Check what a successful parse gave. */
static void check_meta(const struct article_meta *meta)
{
	const char *const fields[] = {
		meta->title, meta->source, meta->url, meta->published, meta->language, meta->author,
	};
	size_t i;

	for (i = 0; i < sizeof fields / sizeof fields[0]; i++)
		if (fields[i] != NULL)
			(void)strlen(fields[i]);
	FUZZ_CHECK(meta->published == NULL || frontmatter_is_iso_date(meta->published));
}

/* Parse the len bytes at yaml (from line first_line) as front matter. */
static void parse(const char *yaml, size_t len, uint32_t first_line)
{
	struct article_meta meta;
	struct tanda_error err;

	if (frontmatter_parse(yaml, len, first_line, "fuzz", &meta, &err) == TANDA_OK)
		check_meta(&meta);
	else
		FUZZ_CHECK(err.status == TANDA_EDATA);
	article_meta_clear(&meta);
}

/* Find the fences in the size bytes at text and parse what they hold. */
static void find_and_parse(const char *text, size_t size)
{
	size_t yaml_len, body;
	uint32_t lines;
	const char *yaml;

	if (!frontmatter_find(text, size, &yaml_len, &body, &lines))
		return;
	FUZZ_CHECK(body <= size && lines >= 2);
	yaml = (const char *)memchr(text, '\n', size) + 1;
	FUZZ_CHECK(yaml + yaml_len <= text + body);
	parse(yaml, yaml_len, 2);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_string(data, size);

	/* the input itself, not the copy: a read past its end is caught */
	find_and_parse((const char *)data, size);
	parse((const char *)data, size, 1);
	(void)frontmatter_is_iso_date(text);
	free(text);
	return 0;
}
