/*
 * fuzz-html.c - libFuzzer target of the HTML reader: html_read on the
 * input (after the limits' pass), with and without a base URL.  Every
 * paragraph it gathers is one non-empty line without a tab, CR or NUL,
 * and there is a source line for each; a date it gives is ISO 8601.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "html.h"

/* Check what a successful read gave. */
static void check_page(const struct html_page *page)
{
	const char *text = strbuf_str(&page->blocks.text), *line;
	size_t lines = 0;

	for (line = text; *line != '\0'; line = strchr(line, '\n') + 1) {
		size_t len = strcspn(line, "\n");

		FUZZ_CHECK(line[len] == '\n' && len > 0 && line[0] != ' ' && line[len - 1] != ' ');
		FUZZ_CHECK(memchr(line, '\t', len) == NULL && memchr(line, '\r', len) == NULL);
		lines++;
	}
	FUZZ_CHECK(strlen(text) == page->blocks.text.len);
	FUZZ_CHECK(lines == page->blocks.count);
	FUZZ_CHECK(page->meta.published == NULL || frontmatter_is_iso_date(page->meta.published));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const bases[] = { NULL, "https://news.example/a/b" };
	struct html_page page;
	struct tanda_error err;
	size_t i;

	for (i = 0; i < sizeof bases / sizeof bases[0]; i++) {
		if (html_read((const char *)data, size, "fuzz", bases[i], NULL, &page, &err) == TANDA_OK)
			check_page(&page);
		else
			FUZZ_CHECK(err.status == TANDA_EDATA || err.status == TANDA_ENOMEM);
		html_page_release(&page);
	}
	return 0;
}
