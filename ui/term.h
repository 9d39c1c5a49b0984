/*
 * term.h - the terminal: starting and stopping curses on the real terminal
 * or on a virtual one (for --replay), reading keys as tanda's own codes
 * (key.h), and the signals that must leave the terminal as it was found.
 * The one place, with the drawing (draw.c, theme.c, dump.c) and the
 * screens, that knows curses.
 */
#ifndef TANDA_UI_TERM_H
#define TANDA_UI_TERM_H

#include <stddef.h>

#include "key.h"

/* The largest side of the virtual terminal (--size, <Resize>), in columns
 * or rows: curses keeps several copies of the screen, and 10000x10000
 * cells would cost gigabytes. */
#define TERM_MAX_SIZE 1000

struct term {
	void *screen;		/* the curses SCREEN */
	void *in, *out;		/* the FILEs it reads and writes */
	int is_virtual;		/* a replay: nothing reaches a terminal */
	int has_peeked, peeked;	/* what term_wait_key read ahead of term_read_key */
};

/*
 * Start curses on the terminal (keys from /dev/tty when standard input is
 * not one).  On failure (TERM unset or unknown, no terminal) writes a
 * one-line reason to why and leaves the terminal untouched; returns -1.
 */
int term_start(struct term *t, char *why, size_t why_size);

/* Start curses on a virtual terminal of cols x rows that writes nowhere. */
int term_start_virtual(struct term *t, int cols, int rows, char *why, size_t why_size);

/* Restore the terminal and free curses; safe to call twice. */
void term_stop(struct term *t);

/* Read one event from the terminal into *key.  Returns 0, or -1 when a
 * signal asked the program to stop.  Ctrl-Z suspends the program
 * (term_suspend) and comes back as a resize to the window's size then. */
int term_read_key(struct term *t, struct key *key);

/* Wait up to ms milliseconds for a key: 1 when term_read_key has one to
 * read (or a signal or a terminal gone to report), 0 when nothing came. */
int term_wait_key(struct term *t, int ms);

/* Whether more input is already waiting on the real terminal (typed
 * ahead or pasted): the reader draws once it has all been read. */
int term_input_pending(const struct term *t);

/* Give the terminal back and stop the process group, as Ctrl-Z does in a
 * shell with job control; on coming back, the reader's modes and screen
 * are restored.  -1 (and nothing done) on a virtual terminal or when
 * SIGTSTP is ignored (no job control). */
int term_suspend(struct term *t);

/* Give the terminal back while fn(context) runs (an editor), as it was
 * before the reader started, then take it again: the reader's modes
 * restored, the size it has now, everything repainted.  On a virtual
 * terminal fn just runs. */
void term_outside(struct term *t, void (*fn)(void *context), void *context);

/* Send the len bytes of text to the terminal's clipboard (OSC 52); 0 on
 * success (a virtual terminal takes it and sends nothing), -1 when the
 * terminal is not known to take the sequence (no Ms capability, nor a
 * TERM of the xterm, screen or tmux families and the like) or writing
 * failed. */
int term_clipboard(struct term *t, const char *text, size_t len);

/* The signal that asked the program to stop, or 0. */
int term_stop_signal(void);

/* The terminal's size now, in columns and rows. */
void term_size(const struct term *t, int *cols, int *rows);

/* Show what was drawn; all: repaint the whole terminal (after C-l, or a
 * resize), not only what changed. */
void term_refresh(struct term *t, int all);

/* Resize the virtual terminal to cols x rows. */
void term_resize(struct term *t, int cols, int rows);

#endif
