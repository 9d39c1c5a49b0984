/*
 * fuzz.h - what the libFuzzer targets of fuzz/ share: the entry point
 * libFuzzer calls, the input as a string or as a file, and the check that
 * stops the run when a property the code promises does not hold.
 *
 * The targets are built only with `./configure --enable-fuzz CC=clang`
 * and run by `make fuzz-smoke` (fuzz/run); see HACKING.md, "Fuzzing".
 */
#ifndef TANDA_FUZZ_H
#define TANDA_FUZZ_H

#include <stddef.h>
#include <stdint.h>

/* The fuzzers are there to trip the library's assert()s. */
#ifdef NDEBUG
#error "the fuzz targets need assert(): build them without -DNDEBUG"
#endif

/* An input put in a file, for the entry points that read one. */
struct fuzz_file {
	int fd;			/* an anonymous memory file */
	char path[48];		/* its name: /proc/self/fd/N */
};

/* libFuzzer's entry point: run one input; returns 0 (keep it). */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A NUL-terminated copy of the size bytes at data; the caller frees it. */
char *fuzz_string(const uint8_t *data, size_t size);

/* Put the size bytes at data in a new anonymous file named file->path. */
void fuzz_file_open(struct fuzz_file *file, const uint8_t *data, size_t size);

/* Close what fuzz_file_open opened. */
void fuzz_file_close(struct fuzz_file *file);

/* Stop with a report when ok is 0: what failed, and where. */
void fuzz_check(int ok, const char *what, const char *file, int line);

/* Stop with a report when the property cond does not hold. */
#define FUZZ_CHECK(cond) fuzz_check((cond) != 0, #cond, __FILE__, __LINE__)

#endif
