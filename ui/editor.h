/*
 * editor.h - a text edited in the user's own editor ($VISUAL, $EDITOR,
 * else vi) through a temporary file: what the reader's :note runs while
 * the terminal is given back (term_outside).  Plain logic: no curses.
 */
#ifndef TANDA_UI_EDITOR_H
#define TANDA_UI_EDITOR_H

#include <stddef.h>

#include "error.h"

/* The most bytes an edited text may have (a note of a megabyte is a
 * mistake, not a note). */
#define EDITOR_MAX ((size_t)1 << 20)

/* The editor to run: $VISUAL, else $EDITOR, else "vi" (empty ones
 * skipped); a shell command, to which the file's name is added. */
const char *editor_command(void);

/*
 * Let the user edit the len bytes of text: written to a new temporary
 * file (0600, in $TMPDIR or /tmp, removed afterwards, whatever happens),
 * the editor run on it through /bin/sh and waited for (the reader ignores
 * C-c and C-\ meanwhile: they are the editor's), then the file read back.
 * On success *edited (caller frees; NUL-terminated, its length in
 * *edited_len, one final newline taken off) is the text, and *changed
 * says whether it differs from text.  Fails, leaving *edited NULL, when
 * the file cannot be made or read (TANDA_ECANTCREATE, TANDA_EIO), the
 * editor cannot be run or exits with a status other than 0 or by a
 * signal (TANDA_EDATA, saying which), or the text is not UTF-8, holds a
 * NUL or is larger than EDITOR_MAX (TANDA_EDATA).
 */
enum tanda_status editor_edit(const char *text, size_t len, char **edited, size_t *edited_len,
			      int *changed, struct tanda_error *err);

#endif
