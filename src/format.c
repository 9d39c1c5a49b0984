/*
 * format.c - choosing the reader of an input: the names of the formats,
 * the extensions that name them, and sniffing an HTML document's start.
 */
#include <string.h>
#include <strings.h>

#include "format.h"

const char *const article_format_names[ARTICLE_FORMAT_COUNT] = {
	"auto", "text", "html", "markdown",
};

/* An extension and the format it names. */
struct extension {
	const char *suffix;		/* with its dot, compared in any case */
	enum article_format format;
};

static const struct extension extensions[] = {
	{ ".html", ARTICLE_FORMAT_HTML },
	{ ".htm", ARTICLE_FORMAT_HTML },
	{ ".xhtml", ARTICLE_FORMAT_HTML },
	{ ".md", ARTICLE_FORMAT_MARKDOWN },
	{ ".markdown", ARTICLE_FORMAT_MARKDOWN },
	{ ".mdown", ARTICLE_FORMAT_MARKDOWN },
	{ ".mkd", ARTICLE_FORMAT_MARKDOWN },
	{ ".txt", ARTICLE_FORMAT_TEXT },
	{ ".text", ARTICLE_FORMAT_TEXT },
};

/* How an HTML document may open (compared in any case). */
static const char *const html_openings[] = { "<!doctype html", "<html", "<head", "<!--" };

enum tanda_status article_parse_format(const char *text, enum article_format *format)
{
	size_t i;

	for (i = 0; i < ARTICLE_FORMAT_COUNT; i++) {
		if (strcmp(text, article_format_names[i]) == 0) {
			*format = (enum article_format)i;
			return TANDA_OK;
		}
	}
	if (strcmp(text, "md") == 0) {
		*format = ARTICLE_FORMAT_MARKDOWN;
		return TANDA_OK;
	}
	return TANDA_EDATA;
}

/* The format name's extension says, or AUTO. */
static enum article_format by_extension(const char *name)
{
	size_t len = name ? strlen(name) : 0, i;

	for (i = 0; i < sizeof extensions / sizeof extensions[0]; i++) {
		size_t n = strlen(extensions[i].suffix);

		if (len > n && strcasecmp(name + len - n, extensions[i].suffix) == 0)
			return extensions[i].format;
	}
	return ARTICLE_FORMAT_AUTO;
}

/* Whether the size bytes at bytes open an HTML document. */
static int looks_like_html(const char *bytes, size_t size)
{
	size_t i = 0, k;

	if (size >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < size && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' ||
			    bytes[i] == '\n' || bytes[i] == '\f'))
		i++;
	for (k = 0; k < sizeof html_openings / sizeof html_openings[0]; k++) {
		size_t n = strlen(html_openings[k]);

		if (size - i >= n && strncasecmp(bytes + i, html_openings[k], n) == 0)
			return k != 3 || memmem(bytes + i, size - i > 4096 ? 4096 : size - i,
						"<html", 5) != NULL;
	}
	return 0;
}

enum article_format article_detect_format(const char *name, const char *bytes, size_t size)
{
	enum article_format format = by_extension(name);

	if (format != ARTICLE_FORMAT_AUTO)
		return format;
	return looks_like_html(bytes, size) ? ARTICLE_FORMAT_HTML : ARTICLE_FORMAT_TEXT;
}
