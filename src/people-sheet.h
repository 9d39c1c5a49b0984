/*
 * people-sheet.h - reading a people sheet (tanda-people(5)) from YAML into
 * the core's model (people.h), through the hardened reader (yamlread.h):
 * a bad sheet is refused as "FILE:LINE:COLUMN: FIELD: what is wrong".
 * The check itself (check-people.c) only sees struct people.
 */
#ifndef TANDA_PEOPLE_SHEET_H
#define TANDA_PEOPLE_SHEET_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "people.h"

/* The format version a sheet's top-level "tanda-people:" key gives. */
#define PEOPLE_SHEET_VERSION 1

/* The limits of a sheet (tanda-people(5), LIMITS AND ERRORS). */
#define PEOPLE_SHEET_MAX_SIZE ((uint64_t)64 << 20)	/* bytes in the file */
#define PEOPLE_SHEET_MAX_DEPTH 16			/* nesting of collections */
#define PEOPLE_SHEET_MAX_SCALAR ((size_t)64 << 10)	/* bytes in one scalar */

/* Read the size bytes at bytes, named name, adding their people to out
 * (what was there stays); fails with TANDA_EDATA and the place. */
enum tanda_status people_sheet_read_bytes(const char *name, const char *bytes, size_t size,
					  struct people *out, struct tanda_error *err);

/* Read the file at path into out as people_sheet_read_bytes does; fails
 * with TANDA_ENOINPUT when it cannot be read. */
enum tanda_status people_sheet_read(const char *path, struct people *out,
				    struct tanda_error *err);

#endif
