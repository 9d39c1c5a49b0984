/*
 * bench-replay.c - how fast the reader searches, timed through `tanda
 * --replay` on a virtual terminal of 120x40.
 *
 * `bench-replay TANDA WORKDIR FILE LABEL [FILE LABEL]...` writes its key
 * scripts to WORKDIR and prints one figure per FILE:
 *
 *   search-LABEL   the replay of a search for a word the article lacks
 *                  less the empty replay, against `grep -c WORD FILE`
 *
 * Subtracting the empty replay leaves out start-up, loading and the first
 * and last screens.  Every time is a median over several runs after a
 * warm-up, so the file is in the page cache.  (How fast the reader
 * answers a key is pty-keys's: a replay draws once per batch of keys.)
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench.h"

#define WARMUPS 1
#define RUNS 5
/* The word searched for: in no generated article. */
#define ABSENT_WORD "zzqqxxnotthere"
#define SIZE_ARG "120x40"

/* The key scripts, by kind. */
enum script {
	SCRIPT_EMPTY,
	SCRIPT_SEARCH,
	SCRIPT_COUNT
};

/* The scripts' file names in WORKDIR. */
static const char *const script_names[SCRIPT_COUNT] = {
	"keys-empty.txt", "keys-search.txt",
};

/* A command the timings run: what to call it, its arguments, and the
 * exit status that means it worked. */
struct command {
	const char *what;
	char *argv[8];
	int ok_status;
};

const char bench_program[] = "bench-replay";

/* Write the key script kind to path; 0 on success. */
static int write_script(enum script kind, const char *path)
{
	FILE *out = fopen(path, "w");

	if (out == NULL)
		return bench_complain("%s: %s", path, strerror(errno));
	if (kind == SCRIPT_SEARCH)
		fputs("/" ABSENT_WORD " <Enter>\n", out);
	if (fclose(out) != 0)
		return bench_complain("%s: %s", path, strerror(errno));
	return 0;
}

/* In the child: run the command with its output to /dev/null. */
_Noreturn static void exec_command(const struct command *c)
{
	int null = open("/dev/null", O_WRONLY | O_CLOEXEC);

	if (null < 0 || dup2(null, STDOUT_FILENO) < 0)
		_exit(126);
	setenv("TERM", "xterm-256color", 1);
	execvp(c->argv[0], c->argv);
	bench_complain("%s: %s", c->argv[0], strerror(errno));
	_exit(127);
}

/* One run of the command (a struct command), from fork to exit. */
static int time_command(void *ctx, uint64_t *ns)
{
	const struct command *c = ctx;
	uint64_t start = bench_now_ns();
	int status;
	pid_t pid;

	if ((pid = bench_fork()) < 0)
		return -1;
	if (pid == 0)
		exec_command(c);
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return bench_complain("waiting for %s: %s", c->what, strerror(errno));
	*ns = bench_now_ns() - start;
	if (!WIFEXITED(status) || WEXITSTATUS(status) != c->ok_status)
		return bench_complain("%s failed (wait status %#x)", c->what, (unsigned)status);
	return 0;
}

/* The median time of the command, in ms; 0 on success. */
static int command_ms(struct command *c, double *ms)
{
	return bench_median_ms(time_command, c, WARMUPS, RUNS, ms);
}

/* What the figures of one article need. */
struct subject {
	char *tanda;
	char *file;
	const char *label;
	char scripts[SCRIPT_COUNT][4096];
	double empty_ms;	/* the empty replay */
};

/* The median time of replaying script kind on the subject, in ms. */
static int replay_ms(struct subject *s, enum script kind, double *ms)
{
	struct command c = {
		"tanda --replay",
		{ s->tanda, "--replay", s->scripts[kind], "--size", SIZE_ARG, s->file, NULL },
		0,
	};

	return command_ms(&c, ms);
}

/* The median time of replaying script kind beyond the empty replay. */
static int replay_extra_ms(struct subject *s, enum script kind, double *ms)
{
	if (replay_ms(s, kind, ms) != 0)
		return -1;
	*ms -= s->empty_ms;
	if (*ms < 0)
		*ms = 0;	/* below the noise of the empty replay */
	return 0;
}

/* Figure search-LABEL: a search that finds nothing, against grep -c. */
static int report_search(struct subject *s)
{
	struct command grep = {
		"grep -c", { "grep", "-c", ABSENT_WORD, s->file, NULL }, 1,
	};
	double ms, grep_ms;

	if (replay_extra_ms(s, SCRIPT_SEARCH, &ms) != 0 || command_ms(&grep, &grep_ms) != 0)
		return -1;
	bench_report("search", s->label, ms, "ms", "grep -c", grep_ms);
	return 0;
}

/* Set up the subject and write its scripts to workdir; 0 on success. */
static int open_subject(struct subject *s, char *tanda, const char *workdir)
{
	int kind;

	memset(s, 0, sizeof *s);
	s->tanda = tanda;
	for (kind = 0; kind < SCRIPT_COUNT; kind++) {
		int n = snprintf(s->scripts[kind], sizeof s->scripts[kind], "%s/%s", workdir,
				 script_names[kind]);

		if (n < 0 || (size_t)n >= sizeof s->scripts[kind])
			return bench_complain("%s: the path is too long", workdir);
		if (write_script((enum script)kind, s->scripts[kind]) != 0)
			return -1;
	}
	return 0;
}

/* bench-replay TANDA WORKDIR FILE LABEL...: print the figures. */
int main(int argc, char **argv)
{
	struct subject s;
	int i;

	if (argc < 5 || argc % 2 != 1) {
		fputs("usage: bench-replay TANDA WORKDIR FILE LABEL [FILE LABEL]...\n", stderr);
		return 2;
	}
	if (open_subject(&s, argv[1], argv[2]) != 0)
		return 1;
	for (i = 3; i < argc; i += 2) {
		s.file = argv[i];
		s.label = argv[i + 1];
		if (replay_ms(&s, SCRIPT_EMPTY, &s.empty_ms) != 0 || report_search(&s) != 0)
			return 1;
	}
	return 0;
}
