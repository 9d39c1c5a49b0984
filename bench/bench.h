/*
 * bench.h - what every bench program shares: a monotonic clock, the median
 * of repeated runs (alone, or in turn with a baseline's), and the one-line
 * figure format
 *
 *   figure-label: value unit (ratiox baseline-name baseline-value unit)
 *
 * e.g. "load-100M: 61.2 ms (2.55x mmap+memchr 24.0 ms)", which bench/run
 * reads back to check the targets; a figure against a budget is
 * "figure-label: value unit (ratiox budget-name)", and one with no baseline
 * just "figure-label: value unit".
 */
#ifndef TANDA_BENCH_H
#define TANDA_BENCH_H

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* The program's name for messages; each bench program defines it. */
extern const char bench_program[];

/* Print "PROGRAM: message" on standard error; returns -1. */
__attribute__((format(printf, 1, 2)))
static inline int bench_complain(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", bench_program);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return -1;
}

/* The most runs bench_median_ms takes. */
#define BENCH_MAX_RUNS 32

/* One run of a measured operation: store how long the part that counts
 * took in *ns; 0 on success, -1 (with a message printed) on failure. */
typedef int bench_run_fn(void *ctx, uint64_t *ns);

/* Nanoseconds on the monotonic clock. */
static inline uint64_t bench_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* qsort comparison of two uint64_t. */
static inline int bench_compare_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return (x > y) - (x < y);
}

/* The median of the n (at least 1) durations in nanoseconds in samples,
 * which it sorts, in milliseconds. */
static inline double bench_median_of(uint64_t *samples, size_t n)
{
	uint64_t ns;

	qsort(samples, n, sizeof samples[0], bench_compare_u64);
	ns = n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
	return (double)ns / 1e6;
}

/* Run fn warmups times untimed, then runs times (1 to BENCH_MAX_RUNS), and
 * store the median duration in milliseconds in *ms; 0 on success. */
static inline int bench_median_ms(bench_run_fn *fn, void *ctx, int warmups, int runs,
				  double *ms)
{
	uint64_t samples[BENCH_MAX_RUNS], ns;
	int i;

	if (runs < 1 || runs > BENCH_MAX_RUNS)
		return -1;
	for (i = 0; i < warmups; i++)
		if (fn(ctx, &ns) != 0)
			return -1;
	for (i = 0; i < runs; i++)
		if (fn(ctx, &samples[i]) != 0)
			return -1;
	*ms = bench_median_of(samples, (size_t)runs);
	return 0;
}

/* Run fn on ctx and baseline on baseline_ctx in turn, warmups times each
 * untimed, then runs times each (1 to BENCH_MAX_RUNS), so that a change in
 * the machine's load weighs on both alike; store their median durations
 * in milliseconds in *ms and *baseline_ms; 0 on success. */
static inline int bench_median_pair_ms(bench_run_fn *fn, void *ctx, bench_run_fn *baseline,
				       void *baseline_ctx, int warmups, int runs, double *ms,
				       double *baseline_ms)
{
	uint64_t samples[BENCH_MAX_RUNS], base[BENCH_MAX_RUNS], ns;
	int i;

	if (runs < 1 || runs > BENCH_MAX_RUNS)
		return -1;
	for (i = 0; i < warmups; i++)
		if (baseline(baseline_ctx, &ns) != 0 || fn(ctx, &ns) != 0)
			return -1;
	for (i = 0; i < runs; i++)
		if (baseline(baseline_ctx, &base[i]) != 0 || fn(ctx, &samples[i]) != 0)
			return -1;
	*ms = bench_median_of(samples, (size_t)runs);
	*baseline_ms = bench_median_of(base, (size_t)runs);
	return 0;
}

/* How many decimals to print value with: more for small values (0.053,
 * 1.95), one from 10 up (61.2). */
static inline int bench_decimals(double value)
{
	return value < 1 ? 3 : value < 10 ? 2 : 1;
}

/* Print the figure figure-label (e.g. load-100M): value, and its ratio to
 * the baseline measured in the same unit. */
static inline void bench_report(const char *figure, const char *label, double value,
				const char *unit, const char *baseline_name,
				double baseline)
{
	printf("%s-%s: %.*f %s (%.2fx %s %.*f %s)\n", figure, label,
	       bench_decimals(value), value, unit,
	       baseline > 0 ? value / baseline : 0.0, baseline_name,
	       bench_decimals(baseline), baseline, unit);
	fflush(stdout);
}

/* Print the figure figure-label (e.g. reanchor-100k): value against a
 * budget in the same unit, "value unit (ratiox budget-name)". */
static inline void bench_report_budget(const char *figure, const char *label, double value,
				       const char *unit, const char *budget_name,
				       double budget)
{
	printf("%s-%s: %.*f %s (%.2fx %s)\n", figure, label, bench_decimals(value), value,
	       unit, budget > 0 ? value / budget : 0.0, budget_name);
	fflush(stdout);
}

/* Print the figure figure-label (e.g. per-key-1M): value, with no baseline. */
static inline void bench_report_value(const char *figure, const char *label, double value,
				      const char *unit)
{
	printf("%s-%s: %.*f %s\n", figure, label, bench_decimals(value), value, unit);
	fflush(stdout);
}

/* Fork a child that has no buffered output to repeat; its pid, or -1
 * (after saying why). */
static inline pid_t bench_fork(void)
{
	pid_t pid;

	fflush(NULL);
	if ((pid = fork()) < 0)
		bench_complain("fork: %s", strerror(errno));
	return pid;
}

/* Wait for the child pid (called what in messages): its exit status in
 * *status (-1 when it was killed) and its resource usage in *usage. */
static inline int bench_wait(pid_t pid, const char *what, int *status, struct rusage *usage)
{
	int raw;

	while (wait4(pid, &raw, 0, usage) < 0)
		if (errno != EINTR)
			return bench_complain("waiting for %s: %s", what, strerror(errno));
	if (WIFSIGNALED(raw)) {
		*status = -1;
		return bench_complain("%s was killed by signal %d", what, WTERMSIG(raw));
	}
	*status = WEXITSTATUS(raw);
	return 0;
}

/* Run argv with its output to out (NULL: /dev/null) and its messages to
 * the file errors; its exit status in *status, its resource use in
 * *usage. */
static inline int bench_spawn(char *const argv[], const char *out, const char *errors,
			      int *status, struct rusage *usage)
{
	pid_t pid;

	if ((pid = bench_fork()) < 0)
		return -1;
	if (pid == 0) {
		int fd = out ? open(out, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644)
			     : open("/dev/null", O_WRONLY | O_CLOEXEC);
		int err = open(errors, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);

		if (fd < 0 || err < 0 || dup2(fd, STDOUT_FILENO) < 0 ||
		    dup2(err, STDERR_FILENO) < 0)
			_exit(126);
		execvp(argv[0], argv);
		_exit(127);
	}
	return bench_wait(pid, argv[0], status, usage);
}

/* Files the store and YAML benchmarks share. */

/* Set buf (PATH_MAX bytes) to DIR/name; 0 when it fits. */
static inline int bench_path_in(char *buf, const char *dir, const char *name)
{
	if (snprintf(buf, PATH_MAX, "%s/%s", dir, name) >= PATH_MAX)
		return bench_complain("%s/%s: path too long", dir, name);
	return 0;
}

/* Read the whole file at path into *buf (caller frees) and *len. */
static inline int bench_read_whole(const char *path, char **buf, size_t *len)
{
	FILE *f = fopen(path, "rb");
	long size;

	*buf = NULL;
	*len = 0;
	if (f == NULL)
		return bench_complain("%s: %s", path, strerror(errno));
	if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0 ||
	    (*buf = malloc((size_t)size + 1)) == NULL ||
	    fread(*buf, 1, (size_t)size, f) != (size_t)size) {
		fclose(f);
		free(*buf);
		*buf = NULL;
		return bench_complain("%s: cannot read it", path);
	}
	fclose(f);
	(*buf)[size] = '\0';
	*len = (size_t)size;
	return 0;
}

/* Replace the file at path by the len bytes at buf. */
static inline int bench_write_whole(const char *path, const char *buf, size_t len)
{
	FILE *f = fopen(path, "wb");

	if (f == NULL)
		return bench_complain("%s: %s", path, strerror(errno));
	if (fwrite(buf, 1, len, f) != len || fclose(f) != 0)
		return bench_complain("%s: cannot write it", path);
	return 0;
}

/* Remove the database at path with its -wal and -shm files. */
static inline int bench_remove_db(const char *path)
{
	static const char *const suffixes[] = { "", "-wal", "-shm" };
	char name[PATH_MAX + 8];
	size_t i;

	for (i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
		snprintf(name, sizeof name, "%s%s", path, suffixes[i]);
		if (unlink(name) != 0 && errno != ENOENT)
			return bench_complain("%s: %s", name, strerror(errno));
	}
	return 0;
}

#endif
