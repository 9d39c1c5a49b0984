/*
 * pty-first-screen.c - how long a full-screen program takes to show its
 * first screen.
 *
 * `pty-first-screen [-n RUNS] [-t SECONDS] [-e NAME=VALUE]... EXPECTED...
 * -- CMD ARGS...` runs CMD on a pseudo-terminal of 120x40 (pty.h; -e adds
 * to its environment), reads everything it writes, and times from the
 * fork until the output, with its escape sequences and control characters
 * removed, contains every EXPECTED text.  Then the command's process group
 * gets SIGTERM (SIGKILL if it lingers) and is reaped.  After one untimed
 * warm-up run it prints the median of RUNS (7) runs as "12.3 ms".  A run
 * fails when the command exits, or SECONDS (60) pass, before every text
 * has appeared; the end of what it showed is then printed on standard
 * error.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bench.h"
#include "pty.h"

#define DEFAULT_RUNS 7
#define DEFAULT_TIMEOUT_S 60
/* The most -e settings. */
#define ENV_MAX 8

/* The command and what a run measures. */
struct subject {
	char *const *expected;
	int count;
	char **argv;
	char *env[ENV_MAX + 1];
	int nenv;
	int timeout_ms;
};

const char bench_program[] = "pty-first-screen";

/* One run: the time from the fork until every text was shown. */
static int time_first_screen(void *ctx, uint64_t *ns)
{
	const struct subject *s = ctx;
	struct pty_session session;
	struct pty_watch w;
	uint64_t start;
	int status;

	pty_watch_init(&w, s->expected, s->count);
	if (pty_start(s->argv, s->env, &session, &start) != 0)
		return -1;
	status = pty_wait(&session, &w, start + (uint64_t)s->timeout_ms * 1000000u);
	*ns = bench_now_ns() - start;
	pty_stop(&session);
	return status;
}

/* Print the usage on standard error; returns 2. */
static int usage(void)
{
	fputs("usage: pty-first-screen [-n RUNS] [-t SECONDS] [-e NAME=VALUE]... EXPECTED... "
	      "-- CMD ARGS...\n", stderr);
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

/* Take option opt with its argument into s, *runs or *timeout_s; 0 on
 * success. */
static int take_option(int opt, char *arg, struct subject *s, int *runs, int *timeout_s)
{
	if (opt == 'n')
		return parse_count(arg, BENCH_MAX_RUNS, runs);
	if (opt == 't')
		return parse_count(arg, 3600, timeout_s);
	if (opt == 'e' && s->nenv < ENV_MAX && strchr(arg, '=') != NULL) {
		s->env[s->nenv++] = arg;
		return 0;
	}
	return -1;
}

/* Fill s and *runs from the command line; 0 on success. */
static int parse_args(int argc, char **argv, struct subject *s, int *runs)
{
	int opt, timeout_s = DEFAULT_TIMEOUT_S, i;

	memset(s, 0, sizeof *s);
	*runs = DEFAULT_RUNS;
	while ((opt = getopt(argc, argv, "+n:t:e:")) != -1)
		if (take_option(opt, optarg, s, runs, &timeout_s) != 0)
			return -1;
	s->expected = argv + optind;
	for (i = optind; i < argc && strcmp(argv[i], "--") != 0; i++)
		if (argv[i][0] == '\0' || strlen(argv[i]) > PTY_TEXT_MAX)
			return bench_complain("an expected text must have 1 to %d bytes", PTY_TEXT_MAX);
	s->count = i - optind;
	if (s->count < 1 || s->count > PTY_TEXTS_MAX || i + 1 >= argc)
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
