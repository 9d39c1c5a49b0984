/*
 * yamlread.h - reading YAML as a stream of libyaml events, safely, into
 * records described by tables of fields.  The core's one YAML reader:
 * front matter (frontmatter.c) and annotation sets (annotations/
 * yaml-import.c) both go through it.
 *
 * What a hostile input could use to cost time or memory is refused as
 * soon as it shows: any anchor or alias (so no billion laughs), tags other
 * than YAML's core ones, nesting deeper than the caller's max_depth, a
 * scalar over its max_scalar bytes (one taking more than twice that in the
 * input is stopped while libyaml reads it).  Every failure is one line,
 * "FILE:LINE:COLUMN: [WHAT: ]FIELD: what is wrong", FIELD being the path
 * of keys and indices from the top (articles[0].annotations[2].kind).
 * libyaml's 1-on-success is turned into enum tanda_status here and goes
 * no further.
 */
#ifndef TANDA_YAMLREAD_H
#define TANDA_YAMLREAD_H

#include <stddef.h>
#include <stdint.h>

#include <yaml.h>

#include "error.h"

/* The longest field path kept in messages. */
#define YAMLREAD_PATH_MAX 160

/* A place in the file, both 1-based. */
struct yamlread_pos {
	uint32_t line, column;
};

/* What to read and within which limits. */
struct yamlread_options {
	const char *name;		/* the file, for messages */
	const char *what;		/* said after the place ("front matter"), or NULL */
	uint32_t first_line;		/* the file's line the input starts on (0: 1) */
	int mapped;			/* the input is a file mapping (page-aligned) */
	int max_depth;			/* the deepest nesting of collections */
	size_t max_scalar;		/* the most bytes in one scalar */
};

struct yamlread {
	yaml_parser_t parser;
	yaml_event_t event;		/* the current event */
	const char *name;		/* the file, for messages */
	const char *what;		/* what is read, for messages, or NULL */
	uint32_t line_offset;		/* added to libyaml's 0-based lines */
	int max_depth;
	size_t max_scalar;
	const char *bytes;		/* the whole input */
	size_t size, fed;		/* its length; how much libyaml has had */
	int mapped;			/* bytes is a file mapping (page-aligned) */
	size_t released;		/* pages of it given back so far */
	yaml_mark_t quiet;		/* where the last event ended */
	int too_long;			/* the scalar guard stopped the input */
	int depth;			/* collections open */
	char path[YAMLREAD_PATH_MAX];	/* the field being read */
	size_t path_len;
	struct tanda_error *err;
};

struct yamlread_field;

/* Read the value (the current event) of field f into record; the value is
 * not null. */
typedef enum tanda_status (*yamlread_setter)(struct yamlread *r, void *record,
					     const struct yamlread_field *f);

/* One key of a mapping: where and how its value goes.  A table (of at
 * most 64 entries) may end with an entry whose key is NULL: it is called
 * on the key's event for keys that no other entry names, and either fails
 * or reads past the key's value (yamlread_ignore_key). */
struct yamlread_field {
	const char *key;
	yamlread_setter set;
	size_t offset;			/* of the value in the record */
	int required;
	const char *const *names;	/* for yamlread_set_enum: the names */
	int count;			/* and how many */
};

/* Set r up to read the size bytes at bytes as options say; this and later
 * failures go to err.  When options->mapped, bytes is a read-only file
 * mapping whose pages are given back (madvise) once read.  r must stay
 * where it is until yamlread_release (libyaml holds its address). */
enum tanda_status yamlread_init(struct yamlread *r, const char *bytes, size_t size,
				const struct yamlread_options *options, struct tanda_error *err);

/* Release the parser and the current event. */
void yamlread_release(struct yamlread *r);

/* Move to the next event, refusing what the limits refuse. */
enum tanda_status yamlread_next(struct yamlread *r);

/* Where the current event starts. */
struct yamlread_pos yamlread_here(const struct yamlread *r);

/* Fail with TANDA_EDATA: "NAME:LINE:COLUMN: PATH: message" at at, with
 * path (or none when NULL or empty). */
enum tanda_status yamlread_fail_at(struct yamlread *r, struct yamlread_pos at, const char *path,
				   const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* Fail at the current event, naming the current path. */
enum tanda_status yamlread_fail(struct yamlread *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Add ".key" (or "key" at the top) to the path; returns the length to
 * give back to yamlread_pop. */
size_t yamlread_push_key(struct yamlread *r, const char *key);

/* Add "[index]" to the path; returns the length for yamlread_pop. */
size_t yamlread_push_index(struct yamlread *r, size_t index);

/* Cut the path back to len. */
void yamlread_pop(struct yamlread *r, size_t len);

/* Whether the current event is a null scalar (~, null, empty, !!null). */
int yamlread_is_null(const struct yamlread *r);

/* Whether the current event starts a mapping, a sequence. */
int yamlread_is_mapping(const struct yamlread *r);
int yamlread_is_sequence(const struct yamlread *r);

/* The current event's scalar (libyaml's, valid until the next event)
 * when it is one and holds no NUL, else NULL after failing with "expected
 * EXPECTED, not ...". */
const char *yamlread_scalar(struct yamlread *r, const char *expected);

/* Copy the current scalar, which must not hold a NUL, into *out (caller
 * frees).  Refuses collections. */
enum tanda_status yamlread_text(struct yamlread *r, char **out);

/* Read the current event as a whole number from min to max. */
enum tanda_status yamlread_uint(struct yamlread *r, uint64_t min, uint64_t max, uint64_t *out);

/* Read the current event as a boolean (true/false, yes/no, on/off, in
 * lower, Capital or UPPER case, or tagged !!bool). */
enum tanda_status yamlread_bool(struct yamlread *r, int *out);

/* Read the current event as a number from 0 to 1. */
enum tanda_status yamlread_fraction(struct yamlread *r, double *out);

/* Read the current event as one of names[count] (index 0 may be NULL);
 * *out gets its index. */
enum tanda_status yamlread_enum(struct yamlread *r, const char *const *names, int count,
				int *out);

/*
 * Read the mapping that the current event starts into record, by the
 * table fields[n]: duplicate keys, unknown keys, and missing required ones
 * fail; a null value leaves its field as it was.  When at is not NULL,
 * at[i] gets where the value of fields[i] starts; *start (may be NULL)
 * gets where the mapping starts.  Ends on the mapping's end.
 */
enum tanda_status yamlread_mapping(struct yamlread *r, const struct yamlread_field *fields,
				   size_t n, void *record, struct yamlread_pos *at,
				   struct yamlread_pos *start);

/* Read the sequence that the current event starts (or a null: no items),
 * calling item on each item's first event with its index.  Ends on the
 * sequence's end. */
enum tanda_status yamlread_sequence(struct yamlread *r,
				    enum tanda_status (*item)(struct yamlread *r, void *context,
							      size_t index),
				    void *context);

/* Skip the value the current event starts, however nested (within the
 * limits); ends on its last event. */
enum tanda_status yamlread_skip(struct yamlread *r);

/* The catch-all setter that lets unknown keys be: reads past the value of
 * the key (the current event). */
enum tanda_status yamlread_ignore_key(struct yamlread *r, void *record,
				      const struct yamlread_field *f);

/* Fail: the current event is not what was expected ("expected EXPECTED,
 * not \"what it is\""). */
enum tanda_status yamlread_mistyped(struct yamlread *r, const char *expected);

/* Where field f of record is (the record's address plus f's offset). */
void *yamlread_field_at(void *record, const struct yamlread_field *f);

/* Setters for the common field types, each at the field's offset: text
 * (char *, an empty string is no value), a boolean (int). */
enum tanda_status yamlread_set_text(struct yamlread *r, void *record,
				    const struct yamlread_field *f);
enum tanda_status yamlread_set_bool(struct yamlread *r, void *record,
				    const struct yamlread_field *f);

/* The setter of a name from f->names[f->count]: its index, as an int. */
enum tanda_status yamlread_set_enum(struct yamlread *r, void *record,
				    const struct yamlread_field *f);

#endif
