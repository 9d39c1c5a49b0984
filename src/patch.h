/*
 * patch.h - edits to a text: byte ranges replaced by other bytes, written
 * out as the new text, or as a unified diff from the old text to the new
 * one (what `diff -u` prints, so that `patch` applies it).
 *
 * The edits are the caller's, in order and apart; a text is bytes, its
 * lines ending at LF (a CR before it is part of the line, as diff sees it).
 * Both writers cost one pass over the text and the edits.
 */
#ifndef TANDA_PATCH_H
#define TANDA_PATCH_H

#include <stddef.h>
#include <stdio.h>

#include "error.h"

/* The lines of context around each change in a diff, as diff -u. */
#define PATCH_CONTEXT 3

/* One edit: the bytes [from, to) of the old text replaced by the len bytes
 * at text (borrowed). */
struct patch_edit {
	size_t from, to;
	const char *text;
	size_t len;
};

/* Write old[len] with edits[count] (ascending, not overlapping) made to
 * out. */
void patch_write(const char *old, size_t len, const struct patch_edit *edits, size_t count,
		 FILE *out);

/*
 * Write the unified diff from old[len] to the text patch_write makes of it
 * to out, headed "--- old_name" and "+++ new_name": hunks of the changed
 * lines with PATCH_CONTEXT lines around them (hunks that close merged, a
 * line without its LF at the end marked "\ No newline at end of file").
 * Nothing when no edit changes a byte.  TANDA_OK, or TANDA_ENOMEM.
 */
enum tanda_status patch_write_diff(const char *old, size_t len, const struct patch_edit *edits,
				   size_t count, const char *old_name, const char *new_name,
				   FILE *out);

#endif
