/*
 * html-charset.h - an HTML page's bytes as UTF-8: the encoding its byte-order
 * mark or its <meta> declares (HTML5's prescan of the first 1024 bytes),
 * converted with iconv; a page that declares none is read as UTF-8.  The
 * charset a server names in Content-Type is over the <meta>, as in HTML5.
 *
 * The labels are those of the WHATWG Encoding Standard where they differ
 * from iconv's: "iso-8859-1", "latin1" and "us-ascii" mean windows-1252,
 * as in every browser.  An encoding iconv does not know is an error, never
 * a guess: the text would be wrong without anyone knowing.
 */
#ifndef TANDA_HTML_CHARSET_H
#define TANDA_HTML_CHARSET_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"

/* A page's bytes as UTF-8. */
struct html_utf8 {
	const char *bytes;	/* the page's own bytes, or converted */
	size_t size;		/* their length */
	char *converted;	/* what to free: NULL when bytes are the page's */
	size_t invalid;		/* bytes or sequences the encoding does not have */
	uint32_t invalid_line;	/* where the first is, in the page */
	uint32_t invalid_column;
	char encoding[32];	/* the encoding read ("UTF-8" when none declared) */
};

/*
 * Make out the size bytes at bytes, the page called name, as UTF-8: as they
 * are when the page is UTF-8, else converted from the encoding the page
 * declares: its byte-order mark, else the charset of content_type (the
 * media type it was served as; NULL: none), else its <meta>, else UTF-8.
 * Each byte that encoding lacks becomes U+FFFD and is counted.
 * Fails with TANDA_EDATA (naming the file and the label) for an encoding
 * iconv does not have, TANDA_ENOMEM.  Release out with html_utf8_release.
 */
enum tanda_status html_utf8_read(const char *bytes, size_t size, const char *name,
				 const char *content_type, struct html_utf8 *out,
				 struct tanda_error *err);

/* Free what out holds. */
void html_utf8_release(struct html_utf8 *out);

#endif
