/*
 * yamlread.h - reading a YAML file as a stream of libyaml events, safely,
 * into records described by tables of fields.
 *
 * What a hostile file could use to cost time or memory is refused as soon
 * as it shows: any anchor or alias (so no billion laughs), tags other than
 * YAML's core ones, nesting deeper than YAMLSET_MAX_DEPTH, a scalar over
 * YAMLSET_MAX_SCALAR bytes (one taking more than twice that in the file is
 * stopped while libyaml reads it).  Every failure is one line,
 * "FILE:LINE:COLUMN: FIELD: what is wrong", FIELD being the path of keys
 * and indices from the top (articles[0].annotations[2].kind).
 */
#ifndef TANDA_YAMLREAD_H
#define TANDA_YAMLREAD_H

#include <stddef.h>
#include <stdint.h>

#include <yaml.h>

#include "annotation.h"
#include "error.h"

/* The longest field path kept in messages. */
#define YAMLREAD_PATH_MAX 160

/* A place in the file, both 1-based. */
struct yamlread_pos {
	uint32_t line, column;
};

struct yamlread {
	yaml_parser_t parser;
	yaml_event_t event;		/* the current event */
	const char *name;		/* the file, for messages */
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

/* One key of a mapping: where and how its value goes.  A table may end
 * with an entry whose key is NULL: it is called (on the key's event) for
 * keys that no other entry names, and must fail. */
struct yamlread_field {
	const char *key;
	yamlread_setter set;
	size_t offset;			/* of the value in the record */
	int required;
	const char *const *names;	/* for yamlread_set_enum: the names */
	int count;			/* and how many */
};

/* Start reading the size bytes at bytes, from the file called name;
 * this and later failures go to err.  When mapped, bytes is a read-only
 * file mapping whose pages are given back (madvise) once read.  r must
 * stay where it is until yamlread_close (libyaml holds its address). */
enum tanda_status yamlread_open(struct yamlread *r, const char *name, const char *bytes,
				size_t size, int mapped, struct tanda_error *err);

/* Release the parser. */
void yamlread_close(struct yamlread *r);

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

/* Read the current event as a time stamp, into UTC (yamlset_utc_time). */
enum tanda_status yamlread_time(struct yamlread *r, char out[ANNOTATION_TIME_SIZE]);

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

/* Setters for the common field types, each at the field's offset: text
 * (char *, an empty string is no value), a time stamp
 * (char[ANNOTATION_TIME_SIZE]), a boolean (int). */
enum tanda_status yamlread_set_text(struct yamlread *r, void *record,
				    const struct yamlread_field *f);
enum tanda_status yamlread_set_time(struct yamlread *r, void *record,
				    const struct yamlread_field *f);
enum tanda_status yamlread_set_bool(struct yamlread *r, void *record,
				    const struct yamlread_field *f);

/* The setter of a name from f->names[f->count]: its index, as an int. */
enum tanda_status yamlread_set_enum(struct yamlread *r, void *record,
				    const struct yamlread_field *f);

#endif
