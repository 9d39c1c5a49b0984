/*
 * pty.h - what the benchmarks that drive a program through a
 * pseudo-terminal share: starting it on a 120x40 terminal (TERM
 * xterm-256color, LC_ALL C.UTF-8, no LINES or COLUMNS), watching what it
 * shows for expected texts with its escape sequences and control
 * characters removed, and ending its process group.
 *
 * Escape sequences are removed, not interpreted: a cursor movement
 * between two words joins them, so an expected text should not span a
 * place where the program may move the cursor rather than print spaces.
 */
#ifndef TANDA_BENCH_PTY_H
#define TANDA_BENCH_PTY_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define PTY_COLS 120
#define PTY_ROWS 40
/* The most expected texts, and the longest. */
#define PTY_TEXTS_MAX 8
#define PTY_TEXT_MAX 1024

/* Where the escape sequence remover is in the output. */
enum pty_strip_state {
	PTY_IN_TEXT,
	PTY_AFTER_ESC,		/* ESC seen */
	PTY_IN_ESC_INTERMEDIATE,	/* ESC and intermediate bytes (ESC ( B) */
	PTY_IN_CSI,		/* ESC [ parameters */
	PTY_IN_STRING,		/* OSC, DCS, SOS, PM or APC: up to BEL or ESC \ */
	PTY_IN_STRING_ESC,	/* ESC inside such a string */
};

/* What a wait looks for, and the text shown so far. */
struct pty_watch {
	char *const *expected;
	int count;
	int found[PTY_TEXTS_MAX];	/* per expected text */
	int missing;			/* texts not found yet */
	size_t keep;			/* bytes kept between reads: longest text - 1 */
	enum pty_strip_state state;
	char text[PTY_TEXT_MAX + 4096];	/* kept bytes, then the newest text */
	size_t len;
};

/* A program running on a pseudo-terminal. */
struct pty_session {
	pid_t pid;
	int master;
};

/* Run argv (with the extra environment env, "NAME=VALUE" strings ending
 * with NULL; NULL for none) on a new pseudo-terminal, the fork's time in
 * *start_ns; 0 on success (the command runs), else -1 after saying why. */
int pty_start(char **argv, char *const *env, struct pty_session *s, uint64_t *start_ns);

/* Start watching for the count expected texts (1 to PTY_TEXTS_MAX, each
 * 1 to PTY_TEXT_MAX bytes). */
void pty_watch_init(struct pty_watch *w, char *const *expected, int count);

/* Read the session's output until every text was shown (0), the command
 * is gone or the monotonic clock passes deadline_ns (-1, after saying
 * which texts never appeared and the end of what did). */
int pty_wait(struct pty_session *s, struct pty_watch *w, uint64_t deadline_ns);

/* Read the session's output: wait for its first byte until deadline_ns,
 * then read until none comes for quiet_ms (or the deadline); the time of
 * the last byte read in *last_ns (untouched when none came).  Returns how
 * many bytes were read, or -1 when the command ended. */
long pty_drain(struct pty_session *s, int quiet_ms, uint64_t deadline_ns, uint64_t *last_ns);

/* End the session's process group (SIGTERM, then SIGKILL if it lingers)
 * and reap it. */
void pty_stop(struct pty_session *s);

#endif
