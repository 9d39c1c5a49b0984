/*
 * pty-first-screen.c - how long a full-screen program takes to show its
 * first screen.
 *
 * `pty-first-screen [-n RUNS] [-t SECONDS] EXPECTED... -- CMD ARGS...`
 * runs CMD on a pseudo-terminal of 120x40 (TERM=xterm-256color,
 * LC_ALL=C.UTF-8, no LINES or COLUMNS), reads everything it writes, and
 * times from the fork until the output, with its escape sequences and
 * control characters removed, contains every EXPECTED text.  Then the
 * command's process group gets SIGTERM (SIGKILL if it lingers) and is
 * reaped.  After one untimed warm-up run it prints the median of RUNS (7)
 * runs as "12.3 ms".  A run fails when the command exits, or SECONDS (60)
 * pass, before every text has appeared; the end of what it showed is then
 * printed on standard error.
 *
 * Escape sequences are removed, not interpreted: a cursor movement between
 * two words joins them, so an expected text should not span a place where
 * the program may move the cursor rather than print spaces.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench.h"

#define COLS 120
#define ROWS 40
#define DEFAULT_RUNS 7
#define DEFAULT_TIMEOUT_S 60
/* The most expected texts, and the longest. */
#define TEXTS_MAX 8
#define TEXT_MAX 1024
/* How long a command has to end after SIGTERM before SIGKILL. */
#define GRACE_MS 1000

/* Where the escape sequence remover is in the output. */
enum strip_state {
	IN_TEXT,
	AFTER_ESC,		/* ESC seen */
	IN_ESC_INTERMEDIATE,	/* ESC and intermediate bytes (ESC ( B) */
	IN_CSI,			/* ESC [ parameters */
	IN_STRING,		/* OSC, DCS, SOS, PM or APC: up to BEL or ESC \ */
	IN_STRING_ESC,		/* ESC inside such a string */
};

/* What a run waits for, and the text shown so far. */
struct watch {
	char *const *expected;
	int count;
	int found[TEXTS_MAX];		/* per expected text */
	int missing;			/* texts not found yet */
	size_t keep;			/* bytes kept between reads: longest text - 1 */
	enum strip_state state;
	char text[TEXT_MAX + 4096];	/* kept bytes, then the newest text */
	size_t len;
};

/* The command and what a run measures. */
struct subject {
	char *const *expected;
	int count;
	char **argv;
	int timeout_ms;
};

const char bench_program[] = "pty-first-screen";

/* Start watching for the subject's texts. */
static void watch_init(struct watch *w, const struct subject *s)
{
	int i;

	memset(w, 0, sizeof *w);
	w->expected = s->expected;
	w->count = s->count;
	w->missing = s->count;
	for (i = 0; i < s->count; i++) {
		size_t len = strlen(s->expected[i]);

		if (len - 1 > w->keep)
			w->keep = len - 1;
	}
	w->state = IN_TEXT;
}

/* Feed output byte c to the remover; returns 1 when c is shown text. */
static int strip_byte(struct watch *w, unsigned char c)
{
	switch (w->state) {
	case IN_TEXT:
		if (c == 0x1B)
			w->state = AFTER_ESC;
		return c >= 0x20 && c != 0x7F;
	case AFTER_ESC:
		if (c == '[')
			w->state = IN_CSI;
		else if (c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_')
			w->state = IN_STRING;
		else if (c >= 0x20 && c <= 0x2F)
			w->state = IN_ESC_INTERMEDIATE;
		else
			w->state = IN_TEXT;
		return 0;
	case IN_ESC_INTERMEDIATE:
		if (c < 0x20 || c > 0x2F)
			w->state = IN_TEXT;
		return 0;
	case IN_CSI:
		if (c >= 0x40 && c <= 0x7E)
			w->state = IN_TEXT;
		return 0;
	case IN_STRING:
		if (c == 0x07)
			w->state = IN_TEXT;
		else if (c == 0x1B)
			w->state = IN_STRING_ESC;
		return 0;
	case IN_STRING_ESC:
		w->state = c == '\\' ? IN_TEXT : IN_STRING;
		return 0;
	}
	return 0;
}

/* Take n bytes of output: strip them, look for the missing texts, and
 * keep the tail a text may continue from. */
static void watch_feed(struct watch *w, const char *bytes, size_t n)
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
static int report_missing(const struct watch *w, const char *why)
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
_Noreturn static void exec_command(char **argv, int report)
{
	int err;
	ssize_t n;

	setenv("TERM", "xterm-256color", 1);
	setenv("LC_ALL", "C.UTF-8", 1);
	unsetenv("LINES");
	unsetenv("COLUMNS");
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

/* Read the command's output from master until every text was shown, the
 * command is gone or the time is up; 0 when every text was shown. */
static int watch_output(int master, struct watch *w, uint64_t deadline)
{
	char buf[4096];

	while (w->missing > 0) {
		uint64_t now = bench_now_ns();
		struct pollfd pfd = { master, POLLIN, 0 };
		ssize_t n;
		int ready;

		if (now >= deadline)
			return report_missing(w, "timed out");
		ready = poll(&pfd, 1, (int)((deadline - now) / 1000000 + 1));
		if (ready < 0 && errno != EINTR)
			return bench_complain("poll: %s", strerror(errno));
		if (ready <= 0)
			continue;
		n = read(master, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)	/* EIO: the command closed the terminal */
			return report_missing(w, "the command ended");
		watch_feed(w, buf, (size_t)n);
	}
	return 0;
}

/* Read and drop what master has, waiting at most ms. */
static void drain(int master, int ms)
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
		drain(master, 10);
	} while (bench_now_ns() < deadline);
	return 0;
}

/* End the command's process group: SIGTERM, then SIGKILL if it lingers. */
static void stop_command(pid_t pid, int master)
{
	kill(-pid, SIGTERM);
	if (ended_within(pid, master, GRACE_MS))
		return;
	kill(-pid, SIGKILL);
	while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
		;
}

/* One run: the time from the fork until every text was shown. */
static int time_first_screen(void *ctx, uint64_t *ns)
{
	const struct subject *s = ctx;
	struct winsize size = { ROWS, COLS, 0, 0 };
	struct watch w;
	uint64_t start;
	int master, status, report[2];
	pid_t pid;

	watch_init(&w, s);
	if (pipe2(report, O_CLOEXEC) != 0)
		return bench_complain("pipe: %s", strerror(errno));
	fflush(NULL);	/* so that the child repeats no buffered output */
	start = bench_now_ns();
	pid = forkpty(&master, NULL, NULL, &size);
	if (pid < 0) {
		close(report[0]);
		close(report[1]);
		return bench_complain("forkpty: %s", strerror(errno));
	}
	if (pid == 0)
		exec_command(s->argv, report[1]);
	close(report[1]);
	status = check_exec(report[0], s->argv[0]);
	if (status == 0)
		status = watch_output(master, &w, start + (uint64_t)s->timeout_ms * 1000000u);
	*ns = bench_now_ns() - start;
	stop_command(pid, master);
	close(master);
	return status;
}

/* Print the usage on standard error; returns 2. */
static int usage(void)
{
	fputs("usage: pty-first-screen [-n RUNS] [-t SECONDS] EXPECTED... -- CMD ARGS...\n",
	      stderr);
	return 2;
}

/* Parse a number in [1, max] from text into *out; 0 on success. */
static int parse_count(const char *text, int max, int *out)
{
	char *end;
	long n = strtol(text, &end, 10);

	if (*text == '\0' || *end != '\0' || n < 1 || n > max)
		return -1;
	*out = (int)n;
	return 0;
}

/* Fill s and *runs from the command line; 0 on success. */
static int parse_args(int argc, char **argv, struct subject *s, int *runs)
{
	int opt, timeout_s = DEFAULT_TIMEOUT_S, i;

	*runs = DEFAULT_RUNS;
	while ((opt = getopt(argc, argv, "+n:t:")) != -1)
		if ((opt == 'n' && parse_count(optarg, BENCH_MAX_RUNS, runs) != 0) ||
		    (opt == 't' && parse_count(optarg, 3600, &timeout_s) != 0) ||
		    (opt != 'n' && opt != 't'))
			return -1;
	s->expected = argv + optind;
	for (i = optind; i < argc && strcmp(argv[i], "--") != 0; i++)
		if (argv[i][0] == '\0' || strlen(argv[i]) > TEXT_MAX)
			return bench_complain("an expected text must have 1 to %d bytes", TEXT_MAX);
	s->count = i - optind;
	if (s->count < 1 || s->count > TEXTS_MAX || i + 1 >= argc)
		return -1;
	s->argv = argv + i + 1;
	s->timeout_ms = timeout_s * 1000;
	return 0;
}

/* pty-first-screen: print the median time to the first screen. */
int main(int argc, char **argv)
{
	struct subject s;
	double ms;
	int runs;

	if (parse_args(argc, argv, &s, &runs) != 0)
		return usage();
	signal(SIGPIPE, SIG_IGN);
	if (bench_median_ms(time_first_screen, &s, 1, runs, &ms) != 0)
		return 1;
	printf("%.*f ms\n", bench_decimals(ms), ms);
	return 0;
}
