/*
 * bench-load.c - how fast tanda loads and hashes an article, and how much
 * memory loading takes, each against a baseline measured in the same run.
 *
 * `bench-load FILE LABEL` prints three figures:
 *
 *   peak-memory-LABEL  peak RSS of a child that loads the article and reads
 *                      its text, against the file size
 *   load-LABEL         article_load + article_free, against mapping the
 *                      file and counting its newlines with memchr
 *   sha256-LABEL       article_sha256 on a loaded article, against running
 *                      `sha256sum FILE`
 *
 * Times are medians over several runs after a warm-up, so the file is in
 * the page cache.  Peak memory is measured first, while this process is
 * still small, since the child starts as a copy of it.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "article.h"
#include "bench.h"

#define WARMUPS 1
#define LOAD_RUNS 7
#define HASH_RUNS 5

/* The file measured, and what the runs found out about it. */
struct subject {
	const char *path;
	size_t size;
	size_t newlines;	/* counted by the baseline */
	size_t hashed;		/* bytes article_sha256 hashed */
};

const char bench_program[] = "bench-load";

/* Load the subject with the default options into *out; 0 on success. */
static int load(const struct subject *s, struct article **out)
{
	struct article_options options;
	struct tanda_error err;

	article_options_default(&options);
	if (article_load(s->path, &options, out, &err) != TANDA_OK)
		return bench_complain("%s", err.message);
	return 0;
}

/* The baseline of loading: map the file and count its newlines. */
static int time_memchr(void *ctx, uint64_t *ns)
{
	struct subject *s = ctx;
	uint64_t start = bench_now_ns();
	const char *p, *end;
	size_t newlines = 0;
	void *map;
	int fd;

	fd = open(s->path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return bench_complain("%s: %s", s->path, strerror(errno));
	map = mmap(NULL, s->size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (map == MAP_FAILED)
		return bench_complain("%s: cannot map: %s", s->path, strerror(errno));
	end = (const char *)map + s->size;
	for (p = map; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
		newlines++;
	munmap(map, s->size);
	*ns = bench_now_ns() - start;
	s->newlines = newlines;
	return 0;
}

/* Load the article and free it. */
static int time_load(void *ctx, uint64_t *ns)
{
	uint64_t start = bench_now_ns();
	struct article *a;

	if (load(ctx, &a) != 0)
		return -1;
	article_free(a);
	*ns = bench_now_ns() - start;
	return 0;
}

/* Hash a freshly loaded article; only the hash is timed. */
static int time_hash(void *ctx, uint64_t *ns)
{
	struct subject *s = ctx;
	struct article *a;
	uint64_t start;

	if (load(s, &a) != 0)
		return -1;
	start = bench_now_ns();
	article_sha256(a);
	*ns = bench_now_ns() - start;
	s->hashed = a->text_len;
	article_free(a);
	return 0;
}

/* What a child process does with the subject; it exits with the status
 * it returns. */
typedef int child_fn(const struct subject *s);

/* Wait for the child pid (called what in messages) and fill *usage with
 * its resource usage; 0 when it exited with status 0. */
static int wait_child(pid_t pid, const char *what, struct rusage *usage)
{
	int status;

	while (wait4(pid, &status, 0, usage) < 0)
		if (errno != EINTR)
			return bench_complain("waiting for %s: %s", what, strerror(errno));
	if (WIFSIGNALED(status))
		return bench_complain("%s was killed by signal %d", what, WTERMSIG(status));
	if (WEXITSTATUS(status) != 0)
		return bench_complain("%s exited with status %d", what, WEXITSTATUS(status));
	return 0;
}

/* Run child in a new process (called what in messages), wait for it and
 * fill *usage with its resource usage; 0 when it succeeded. */
static int run_child(child_fn *child, const struct subject *s, const char *what,
		     struct rusage *usage)
{
	pid_t pid;

	if ((pid = bench_fork()) < 0)
		return -1;
	if (pid == 0)
		_exit(child(s));
	return wait_child(pid, what, usage);
}

/* In the child: become `sha256sum FILE` with its output to /dev/null. */
static int exec_sha256sum(const struct subject *s)
{
	int null = open("/dev/null", O_WRONLY | O_CLOEXEC);

	if (null < 0 || dup2(null, STDOUT_FILENO) < 0)
		return 126;
	execlp("sha256sum", "sha256sum", s->path, (char *)NULL);
	bench_complain("sha256sum: %s", strerror(errno));
	return 127;
}

/* The baseline of hashing: the whole `sha256sum FILE` process. */
static int time_sha256sum(void *ctx, uint64_t *ns)
{
	uint64_t start = bench_now_ns();
	struct rusage usage;

	if (run_child(exec_sha256sum, ctx, "sha256sum", &usage) != 0)
		return -1;
	*ns = bench_now_ns() - start;
	return 0;
}

/* In the child: load the article and read all its text. */
static int load_and_touch(const struct subject *s)
{
	volatile size_t words;
	struct article *a;

	if (load(s, &a) != 0)
		return 1;
	words = article_word_count(a);
	(void)words;
	article_free(a);
	return 0;
}

/* The peak RSS, in KiB, of a child that loads the article. */
static int peak_kib(const struct subject *s, long *kib)
{
	struct rusage usage;

	if (run_child(load_and_touch, s, "loading child", &usage) != 0)
		return -1;
	*kib = usage.ru_maxrss;
	return 0;
}

/* Figure peak-memory-LABEL. */
static int report_peak_memory(struct subject *s, const char *label)
{
	long kib;

	if (peak_kib(s, &kib) != 0)
		return -1;
	bench_report("peak-memory", label, (double)kib / 1024, "MiB", "file size",
		     (double)s->size / (1024 * 1024));
	return 0;
}

/* A figure that times an operation against a baseline operation. */
struct timed_figure {
	const char *figure;
	bench_run_fn *run;
	const char *baseline_name;
	bench_run_fn *baseline;
	int runs;
};

/* The timed figures, in the order printed. */
static const struct timed_figure timed_figures[] = {
	{ "load", time_load, "mmap+memchr", time_memchr, LOAD_RUNS },
	{ "sha256", time_hash, "sha256sum", time_sha256sum, HASH_RUNS },
};

/* Measure the figure f on the subject and print it. */
static int report_timed(const struct timed_figure *f, struct subject *s,
			const char *label)
{
	double base, ms;

	if (bench_median_ms(f->baseline, s, WARMUPS, f->runs, &base) != 0 ||
	    bench_median_ms(f->run, s, WARMUPS, f->runs, &ms) != 0)
		return -1;
	bench_report(f->figure, label, ms, "ms", f->baseline_name, base);
	return 0;
}

/* Every timed figure, in table order. */
static int report_all_timed(struct subject *s, const char *label)
{
	size_t i;

	for (i = 0; i < sizeof timed_figures / sizeof timed_figures[0]; i++)
		if (report_timed(&timed_figures[i], s, label) != 0)
			return -1;
	if (s->hashed != s->size)
		bench_complain("note: %s is not in normal form: article_sha256 hashed %zu bytes, "
			 "sha256sum %zu", s->path, s->hashed, s->size);
	return 0;
}

/* Fill in the subject for the non-empty regular file at path. */
static int open_subject(struct subject *s, const char *path)
{
	struct stat st;

	memset(s, 0, sizeof *s);
	s->path = path;
	if (stat(path, &st) != 0)
		return bench_complain("%s: %s", path, strerror(errno));
	if (!S_ISREG(st.st_mode) || st.st_size == 0)
		return bench_complain("%s: not a non-empty regular file", path);
	s->size = (size_t)st.st_size;
	return 0;
}

/* bench-load FILE LABEL: print the figures, or fail with a message. */
int main(int argc, char **argv)
{
	struct subject s;

	if (argc != 3) {
		fputs("usage: bench-load FILE LABEL\n", stderr);
		return 2;
	}
	if (open_subject(&s, argv[1]) != 0 ||
	    report_peak_memory(&s, argv[2]) != 0 ||
	    report_all_timed(&s, argv[2]) != 0)
		return 1;
	return 0;
}
