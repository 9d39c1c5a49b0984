/*
 * pty.c - a program on a pseudo-terminal for the benchmarks: starting it,
 * watching its output for texts, draining it, ending it.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench.h"
#include "pty.h"

/* How long a command has to end after SIGTERM before SIGKILL. */
#define GRACE_MS 1000

void pty_watch_init(struct pty_watch *w, char *const *expected, int count)
{
	int i;

	memset(w, 0, sizeof *w);
	w->expected = expected;
	w->count = count;
	w->missing = count;
	for (i = 0; i < count; i++) {
		size_t len = strlen(expected[i]);

		if (len - 1 > w->keep)
			w->keep = len - 1;
	}
	w->state = PTY_IN_TEXT;
}

/* Feed output byte c to the remover; returns 1 when c is shown text. */
static int strip_byte(struct pty_watch *w, unsigned char c)
{
	switch (w->state) {
	case PTY_IN_TEXT:
		if (c == 0x1B)
			w->state = PTY_AFTER_ESC;
		return c >= 0x20 && c != 0x7F;
	case PTY_AFTER_ESC:
		if (c == '[')
			w->state = PTY_IN_CSI;
		else if (c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_')
			w->state = PTY_IN_STRING;
		else if (c >= 0x20 && c <= 0x2F)
			w->state = PTY_IN_ESC_INTERMEDIATE;
		else
			w->state = PTY_IN_TEXT;
		return 0;
	case PTY_IN_ESC_INTERMEDIATE:
		if (c < 0x20 || c > 0x2F)
			w->state = PTY_IN_TEXT;
		return 0;
	case PTY_IN_CSI:
		if (c >= 0x40 && c <= 0x7E)
			w->state = PTY_IN_TEXT;
		return 0;
	case PTY_IN_STRING:
		if (c == 0x07)
			w->state = PTY_IN_TEXT;
		else if (c == 0x1B)
			w->state = PTY_IN_STRING_ESC;
		return 0;
	case PTY_IN_STRING_ESC:
		w->state = c == '\\' ? PTY_IN_TEXT : PTY_IN_STRING;
		return 0;
	}
	return 0;
}

/* Take n bytes of output: strip them, look for the missing texts, and
 * keep the tail a text may continue from. */
static void watch_feed(struct pty_watch *w, const char *bytes, size_t n)
{
	size_t i;
	int t;

	for (i = 0; i < n; i++)
		if (strip_byte(w, (unsigned char)bytes[i]) && w->len < sizeof w->text)
			w->text[w->len++] = bytes[i];
	for (t = 0; t < w->count; t++)
		if (!w->found[t] && memmem(w->text, w->len, w->expected[t],
					   strlen(w->expected[t])) != NULL) {
			w->found[t] = 1;
			w->missing--;
		}
	if (w->len > w->keep) {
		memmove(w->text, w->text + w->len - w->keep, w->keep);
		w->len = w->keep;
	}
}

/* Say which texts never appeared, and the end of what did. */
static int report_missing(const struct pty_watch *w, const char *why)
{
	int t;

	for (t = 0; t < w->count; t++)
		if (!w->found[t])
			bench_complain("%s before \"%s\" appeared", why, w->expected[t]);
	bench_complain("the shown text ended: \"%.*s\"", (int)w->len, w->text);
	return -1;
}

/* In the child: set up the terminal's environment and run the command;
 * when it cannot be run, write errno to report (closed on exec). */
_Noreturn static void exec_command(char **argv, char *const *env, int report)
{
	int err;
	ssize_t n;

	setenv("TERM", "xterm-256color", 1);
	setenv("LC_ALL", "C.UTF-8", 1);
	unsetenv("LINES");
	unsetenv("COLUMNS");
	for (; env != NULL && *env != NULL; env++)
		putenv(*env);
	execvp(argv[0], argv);
	err = errno;
	n = write(report, &err, sizeof err);
	(void)n;
	_exit(127);
}

/* Whether the child ran the command called name: its report pipe closes
 * on exec or brings the error; closes report.  0 when it ran. */
static int check_exec(int report, const char *name)
{
	ssize_t n;
	int err;

	while ((n = read(report, &err, sizeof err)) < 0 && errno == EINTR)
		;
	close(report);
	if (n == (ssize_t)sizeof err)
		return bench_complain("%s: %s", name, strerror(err));
	return 0;
}

int pty_start(char **argv, char *const *env, struct pty_session *s, uint64_t *start_ns)
{
	struct winsize size = { PTY_ROWS, PTY_COLS, 0, 0 };
	int report[2];

	if (pipe2(report, O_CLOEXEC) != 0)
		return bench_complain("pipe: %s", strerror(errno));
	fflush(NULL);	/* so that the child repeats no buffered output */
	*start_ns = bench_now_ns();
	s->pid = forkpty(&s->master, NULL, NULL, &size);
	if (s->pid < 0) {
		close(report[0]);
		close(report[1]);
		return bench_complain("forkpty: %s", strerror(errno));
	}
	if (s->pid == 0)
		exec_command(argv, env, report[1]);
	close(report[1]);
	if (check_exec(report[0], argv[0]) == 0)
		return 0;
	pty_stop(s);
	return -1;
}

/* Wait (at most until deadline) for output from s; 1 when there is some,
 * 0 at the deadline, -1 on an error. */
static int wait_output(struct pty_session *s, uint64_t deadline_ns, int most_ms)
{
	uint64_t now = bench_now_ns();
	struct pollfd pfd = { s->master, POLLIN, 0 };
	int ms, ready;

	if (now >= deadline_ns)
		return 0;
	ms = (int)((deadline_ns - now) / 1000000 + 1);
	ready = poll(&pfd, 1, most_ms >= 0 && most_ms < ms ? most_ms : ms);
	if (ready < 0 && errno != EINTR)
		return bench_complain("poll: %s", strerror(errno));
	return ready > 0;
}

int pty_wait(struct pty_session *s, struct pty_watch *w, uint64_t deadline_ns)
{
	char buf[4096];

	while (w->missing > 0) {
		ssize_t n;
		int ready = wait_output(s, deadline_ns, -1);

		if (ready < 0)
			return -1;
		if (ready == 0) {
			if (bench_now_ns() >= deadline_ns)
				return report_missing(w, "timed out");
			continue;
		}
		n = read(s->master, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)	/* EIO: the command closed the terminal */
			return report_missing(w, "the command ended");
		watch_feed(w, buf, (size_t)n);
	}
	return 0;
}

long pty_drain(struct pty_session *s, int quiet_ms, uint64_t deadline_ns, uint64_t *last_ns)
{
	char buf[4096];
	long total = 0;

	for (;;) {
		ssize_t n;
		int ready = wait_output(s, deadline_ns, total > 0 ? quiet_ms : -1);

		if (ready <= 0)
			return ready < 0 ? -1 : total;
		n = read(s->master, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		*last_ns = bench_now_ns();
		total += n;
	}
}

/* Read and drop what master has, waiting at most ms. */
static void drop_output(int master, int ms)
{
	struct pollfd pfd = { master, POLLIN, 0 };
	char buf[4096];
	ssize_t n = 0;

	if (poll(&pfd, 1, ms) > 0)
		n = read(master, buf, sizeof buf);	/* EIO once the terminal is closed */
	(void)n;
}

/* Whether pid has ended (reaping it), polling within ms while draining
 * master so that it is not blocked writing. */
static int ended_within(pid_t pid, int master, int ms)
{
	uint64_t deadline = bench_now_ns() + (uint64_t)ms * 1000000u;

	do {
		pid_t got = waitpid(pid, NULL, WNOHANG);

		if (got == pid || (got < 0 && errno == ECHILD))
			return 1;
		drop_output(master, 10);
	} while (bench_now_ns() < deadline);
	return 0;
}

void pty_stop(struct pty_session *s)
{
	kill(-s->pid, SIGTERM);
	if (!ended_within(s->pid, s->master, GRACE_MS)) {
		kill(-s->pid, SIGKILL);
		while (waitpid(s->pid, NULL, 0) < 0 && errno == EINTR)
			;
	}
	close(s->master);
}
