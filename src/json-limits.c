/*
 * json-limits.c - the one pass that bounds a JSON text's nesting and
 * number of values before it is parsed: a scanner that knows strings and
 * brackets and nothing else.
 */
#include "json-limits.h"

/* Where the scan is. */
struct scan {
	size_t line, column;	/* of the byte being looked at */
	size_t depth, values;
	int in_string, escaped;
};

/* Account for byte c of a string (the scanner inside quotes). */
static void in_string(struct scan *s, unsigned char c)
{
	if (s->escaped)
		s->escaped = 0;
	else if (c == '\\')
		s->escaped = 1;
	else if (c == '"')
		s->in_string = 0;
}

/* Account for byte c outside strings; 1 when a limit is passed. */
static int outside(struct scan *s, unsigned char c, const struct json_limits *limits)
{
	switch (c) {
	case '"':
		s->in_string = 1;
		return 0;
	case '[':
	case '{':
		s->values++;
		return ++s->depth > limits->max_depth || s->values > limits->max_values;
	case ']':
	case '}':
		if (s->depth > 0)
			s->depth--;
		return 0;
	case ',':
	case ':':
		return ++s->values > limits->max_values;
	default:
		return 0;
	}
}

/* Move s's place past byte c. */
static void advance(struct scan *s, unsigned char c)
{
	if (c == '\n') {
		s->line++;
		s->column = 1;
	} else if ((c & 0xC0) != 0x80) {
		s->column++;
	}
}

enum tanda_status json_check_limits(const char *bytes, size_t size,
				    const struct json_limits *limits, const char *name,
				    struct tanda_error *err)
{
	struct scan s = { .line = 1, .column = 1, .depth = 0, .values = 1 };
	size_t i;

	for (i = 0; i < size; i++) {
		unsigned char c = (unsigned char)bytes[i];

		if (s.in_string) {
			in_string(&s, c);
		} else if (outside(&s, c, limits)) {
			if (s.depth > limits->max_depth)
				return tanda_fail(err, TANDA_EDATA, "%s:%zu:%zu: JSON nested deeper "
						  "than %zu", name, s.line, s.column, limits->max_depth);
			return tanda_fail(err, TANDA_EDATA, "%s:%zu:%zu: more than %zu JSON values",
					  name, s.line, s.column, limits->max_values);
		}
		advance(&s, c);
	}
	return TANDA_OK;
}
