/*
 * format.h - which reader an input needs: plain text, HTML or Markdown,
 * chosen by the caller (--from), else by the file name's extension, else
 * by sniffing the first bytes.
 */
#ifndef TANDA_FORMAT_H
#define TANDA_FORMAT_H

#include <stddef.h>

#include "error.h"

enum article_format {
	ARTICLE_FORMAT_AUTO,		/* decide by extension, then by content */
	ARTICLE_FORMAT_TEXT,		/* paragraphs are lines or blocks of lines */
	ARTICLE_FORMAT_HTML,		/* an HTML5 page (html.h) */
	ARTICLE_FORMAT_MARKDOWN,	/* CommonMark (markdown.h) */
	ARTICLE_FORMAT_COUNT
};

/* The names of the formats as --from takes them: "auto", "text", ... */
extern const char *const article_format_names[ARTICLE_FORMAT_COUNT];

/* Parse a format's name into *format; TANDA_OK, or TANDA_EDATA when
 * unknown. */
enum tanda_status article_parse_format(const char *text, enum article_format *format);

/*
 * The format of the input called name (a path, a URL or NULL) whose first
 * size bytes are bytes: .html, .htm, .xhtml are HTML; .md, .markdown,
 * .mdown, .mkd are Markdown; any other name is read as text unless its
 * first non-blank bytes (after a byte-order mark) open an HTML document
 * (<!DOCTYPE html, <html, or a comment or <head> before them).
 * Never ARTICLE_FORMAT_AUTO.
 */
enum article_format article_detect_format(const char *name, const char *bytes, size_t size);

#endif
