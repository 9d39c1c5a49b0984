/*
 * pty-keys.c - how long the reader takes to answer a key, as a person
 * typing sees it: keys sent one at a time through a pseudo-terminal, each
 * timed from its write until the last byte of the screen it changed.
 *
 * `pty-keys [-k KEYS] TANDA FILE DB BASE_FILE BASE_DB` runs `TANDA FILE`
 * with TANDA_DB=DB and `TANDA BASE_FILE` with TANDA_DB=BASE_DB, each on a
 * 120x40 pseudo-terminal (pty.h), waits until each has shown its first
 * screen and done the work that follows it (the status line, then the
 * answer to a C-l, which the reader reads only after that work), then
 * sends KEYS (110) keys of a fixed pattern to
 * both in turn, the first of the two alternating, so that a change in the
 * machine's load weighs on both alike.  Each key is timed from its write
 * until the output it caused ends (no byte for QUIET_MS, which is not
 * counted); a key that changes nothing on the screen is a failure.  It
 * prints the two medians, "0.42 0.40" (ms).
 *
 * The reader draws once per batch of input, so a replay of many keys does
 * not measure a key: this does.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bench.h"
#include "pty.h"

/* Keys sent by default, and the most. */
#define DEFAULT_KEYS 110
#define MAX_KEYS 2000
/* The output a key caused has ended after this long without a byte. */
#define QUIET_MS 40
/* After the first screen, C-l (a redraw of everything) is answered once
 * the work that follows the first screen is done; then this long without
 * output. */
#define SETTLE_MS 200
/* The longest a first screen or a key may take. */
#define START_TIMEOUT_S 120
#define KEY_TIMEOUT_S 10

/* The keys, as bytes: each changes the screen from where the one before
 * left it, from the first paragraph round to it again (j j j, a page
 * down and back up, j k, the end and the start, half a page down and
 * back). */
static const char *const pattern[] = {
	"j", "j", "j", " ", "\x02", "j", "k", "G", "g", "\x04", "\x15",
};

#define PATTERN_LEN (sizeof pattern / sizeof pattern[0])

const char bench_program[] = "pty-keys";

/* A reader under test: its session, its settings, its key times. */
struct reader {
	char *argv[3];
	char env[4096];
	char *envp[2];
	struct pty_session session;
	uint64_t *samples;
};

/* Start r on file with the database db, and wait until its first screen
 * and what follows it are done; 0 on success. */
static int start_reader(struct reader *r, char *tanda, char *file, const char *db)
{
	static char ready[] = "read  1/";
	char *expected[] = { ready };
	struct pty_watch w;
	uint64_t start, last = 0;

	r->argv[0] = tanda;
	r->argv[1] = file;
	r->argv[2] = NULL;
	snprintf(r->env, sizeof r->env, "TANDA_DB=%s", db);
	r->envp[0] = r->env;
	r->envp[1] = NULL;
	pty_watch_init(&w, expected, 1);
	if (pty_start(r->argv, r->envp, &r->session, &start) != 0)
		return -1;
	if (pty_wait(&r->session, &w, start + (uint64_t)START_TIMEOUT_S * 1000000000u) != 0 ||
	    write(r->session.master, "\x0c", 1) != 1 ||
	    pty_drain(&r->session, SETTLE_MS, bench_now_ns() + (uint64_t)START_TIMEOUT_S * 1000000000u,
		      &last) <= 0) {
		pty_stop(&r->session);
		return bench_complain("%s %s did not start", tanda, file);
	}
	return 0;
}

/* Send key to r and time it until its output ends, into *ns; 0 on
 * success. */
static int time_key(struct reader *r, const char *key, uint64_t *ns)
{
	uint64_t start, last = 0;
	long got;

	start = bench_now_ns();
	if (write(r->session.master, key, strlen(key)) != (ssize_t)strlen(key))
		return bench_complain("writing a key: %s", strerror(errno));
	got = pty_drain(&r->session, QUIET_MS, start + (uint64_t)KEY_TIMEOUT_S * 1000000000u, &last);
	if (got <= 0)
		return bench_complain("%s %s: the key %#x %s", r->argv[0], r->argv[1],
				      (unsigned)(unsigned char)key[0],
				      got < 0 ? "ended it" : "changed nothing on the screen");
	*ns = last - start;
	return 0;
}

/* Send count keys to both readers, the first of the two alternating;
 * 0 on success. */
static int send_keys(struct reader *a, struct reader *b, int count)
{
	int i;

	for (i = 0; i < count; i++) {
		const char *key = pattern[(size_t)i % PATTERN_LEN];
		struct reader *first = i % 2 ? b : a, *second = i % 2 ? a : b;

		if (time_key(first, key, &first->samples[i]) != 0 ||
		    time_key(second, key, &second->samples[i]) != 0)
			return -1;
	}
	return 0;
}

/* Parse -k KEYS; the index of the first operand, or -1. */
static int parse_options(int argc, char **argv, int *count)
{
	char *end;
	int opt;
	long n;

	*count = DEFAULT_KEYS;
	while ((opt = getopt(argc, argv, "+k:")) != -1) {
		if (opt != 'k')
			return -1;
		n = strtol(optarg, &end, 10);
		if (*optarg == '\0' || *end != '\0' || n < 1 || n > MAX_KEYS)
			return -1;
		*count = (int)n;
	}
	return argc - optind == 5 ? optind : -1;
}

/* pty-keys: print the median key times of the reader and its baseline. */
int main(int argc, char **argv)
{
	struct reader a, b;
	int count, first = parse_options(argc, argv, &count), rc;

	if (first < 0) {
		fputs("usage: pty-keys [-k KEYS] TANDA FILE DB BASE_FILE BASE_DB\n", stderr);
		return 2;
	}
	signal(SIGPIPE, SIG_IGN);
	memset(&a, 0, sizeof a);
	memset(&b, 0, sizeof b);
	a.samples = calloc((size_t)count, sizeof *a.samples);
	b.samples = calloc((size_t)count, sizeof *b.samples);
	if (a.samples == NULL || b.samples == NULL) {
		bench_complain("out of memory");
		return 1;
	}
	if (start_reader(&a, argv[first], argv[first + 1], argv[first + 2]) != 0)
		return 1;
	if (start_reader(&b, argv[first], argv[first + 3], argv[first + 4]) != 0) {
		pty_stop(&a.session);
		return 1;
	}
	rc = send_keys(&a, &b, count);
	pty_stop(&a.session);
	pty_stop(&b.session);
	if (rc == 0)
		printf("%.3f %.3f\n", bench_median_of(a.samples, (size_t)count),
		       bench_median_of(b.samples, (size_t)count));
	free(a.samples);
	free(b.samples);
	return rc == 0 ? 0 : 1;
}
