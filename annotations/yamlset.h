/*
 * yamlset.h - what the exporter and the importer of annotation sets share:
 * the format's version, its limits, and its time stamps.  The format
 * itself is documented in man/tanda-yaml.5.
 */
#ifndef TANDA_YAMLSET_H
#define TANDA_YAMLSET_H

#include "annotation.h"
#include "error.h"

struct yamlread;
struct yamlread_field;

/* The version written as `tanda: 1` and the only one read. */
#define YAMLSET_VERSION 1

/* Limits that keep a hostile file from costing time or memory. */
#define YAMLSET_MAX_DEPTH 64			/* nesting of collections */
#define YAMLSET_MAX_SCALAR ((size_t)16 << 20)	/* bytes in one scalar */

/*
 * Read a time stamp in any form YAML allows (2026-11-26T06:00:00Z,
 * 2026-11-26 06:00:00+00:00, with a fraction, with an offset, or a bare
 * date) and write it in UTC as 2026-11-26T06:00:00Z into out.  Returns 0,
 * or -1 when text is not a time stamp.
 */
int yamlset_utc_time(const char *text, char out[ANNOTATION_TIME_SIZE]);

/* The reader's setter (src/yamlread.h) of a time stamp in any of those
 * forms, written in UTC into the field's char[ANNOTATION_TIME_SIZE]. */
enum tanda_status yamlset_set_time(struct yamlread *r, void *record,
				   const struct yamlread_field *f);

#endif
