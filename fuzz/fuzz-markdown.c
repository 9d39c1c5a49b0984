/*
 * fuzz-markdown.c - libFuzzer target of the Markdown reader: markdown_read
 * on the input, from line 1 and from a later line.  Every paragraph it
 * gathers is one trimmed, non-empty line, with a line number no earlier
 * than the body's first.
 */
#include <string.h>

#include "fuzz.h"
#include "markdown.h"

/* Check what a successful read gave, the body starting on first_line. */
static void check_blocks(const struct blocks *blocks, uint32_t first_line)
{
	const char *text = strbuf_str(&blocks->text), *line;
	size_t lines = 0;

	for (line = text; *line != '\0'; line = strchr(line, '\n') + 1) {
		size_t len = strcspn(line, "\n");

		FUZZ_CHECK(line[len] == '\n' && len > 0 && line[0] != ' ' && line[len - 1] != ' ');
		FUZZ_CHECK(blocks->lines[lines] >= first_line);
		lines++;
	}
	FUZZ_CHECK(lines == blocks->count);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const uint32_t first_lines[] = { 1, 7 };
	struct blocks blocks;
	struct tanda_error err;
	size_t i;

	for (i = 0; i < sizeof first_lines / sizeof first_lines[0]; i++) {
		blocks_init(&blocks);
		if (markdown_read((const char *)data, size, first_lines[i], "fuzz", &blocks, NULL,
				  &err) == TANDA_OK)
			check_blocks(&blocks, first_lines[i]);
		else
			FUZZ_CHECK(err.status == TANDA_EDATA || err.status == TANDA_ENOMEM);
		blocks_release(&blocks);
	}
	return 0;
}
