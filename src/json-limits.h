/*
 * json-limits.h - what a JSON text may hold before jansson parses it.
 *
 * jansson builds the whole tree: tens of bytes of memory for each value,
 * however small its text (`[1,1,1,...]` is two bytes a value), and it
 * recurses as deep as the nesting, up to 2048 levels.  One linear pass
 * over the bytes bounds both before the parser sees them: it counts the
 * nesting of arrays and objects and the values (every comma, colon and
 * opening bracket outside strings, erring on the side of counting too
 * many), skipping strings with their escapes.  It checks nothing else:
 * the parser does that.
 */
#ifndef TANDA_JSON_LIMITS_H
#define TANDA_JSON_LIMITS_H

#include <stddef.h>

#include "error.h"

/* The limits of one JSON text. */
struct json_limits {
	size_t max_depth;	/* nested arrays and objects */
	size_t max_values;	/* values, keys counted */
};

/*
 * Check the size bytes at bytes against limits: TANDA_EDATA when one is
 * passed, with "NAME:LINE:COLUMN: " and what was passed (err may be NULL
 * for a caller that only wants to know), name naming the text.  Lines
 * count from 1, columns in characters from 1.
 */
enum tanda_status json_check_limits(const char *bytes, size_t size,
				    const struct json_limits *limits, const char *name,
				    struct tanda_error *err);

#endif
