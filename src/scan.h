/*
 * scan.h - the one pass over an article's raw bytes.
 *
 * It validates UTF-8, finds the line breaks (LF, CRLF and lone CR), and
 * records every non-blank line as a struct paragraph that points into the
 * raw bytes, marked dirty when its text is not already normalized.  It also
 * counts what the loader needs to guess the layout and to warn.
 */
#ifndef TANDA_SCAN_H
#define TANDA_SCAN_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "paragraph.h"

/* The width (in code points) up to which a line counts as hard-wrapped. */
#define SCAN_NARROW_WIDTH 100

struct scan {
	struct paragraph *lines;	/* non-blank lines; caller frees */
	size_t count;			/* how many */
	size_t blank_lines;		/* blank (or all-whitespace) lines */
	size_t narrow_lines;		/* non-blank lines of at most 100 code points */
	size_t invalid;			/* ill-formed UTF-8 sequences */
	uint32_t invalid_line;		/* where the first one is (1-based) */
	uint32_t invalid_column;	/* in characters, 1-based */
	int has_cr;			/* some line ended in CR or CRLF */
	int dirty;			/* some line needs normalizing */
	int final_newline;		/* the input ends with a line break */
};

/*
 * Scan size bytes at bytes, which begin on line first_line of the file
 * called name (for messages).  A NUL byte fails with TANDA_EDATA naming its
 * line:column.  On success the caller owns out->lines (free()).
 */
enum tanda_status scan_lines(const char *bytes, size_t size, uint32_t first_line,
			     const char *name, struct scan *out,
			     struct tanda_error *err);

#endif
