/*
 * fuzz.c - the helpers the fuzz targets share (fuzz.h): copies of the
 * input, the input as a file, and failed properties turned into crashes
 * that libFuzzer reports and saves.
 *
 * A failure of the harness itself (out of memory, no memory file) aborts
 * too: libFuzzer must never take a broken run for a passing one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "fuzz.h"

void fuzz_check(int ok, const char *what, const char *file, int line)
{
	if (ok)
		return;
	fprintf(stderr, "%s:%d: property failed: %s\n", file, line, what);
	abort();
}

char *fuzz_string(const uint8_t *data, size_t size)
{
	char *copy = malloc(size + 1);

	FUZZ_CHECK(copy != NULL);
	if (size > 0)
		memcpy(copy, data, size);
	copy[size] = '\0';
	return copy;
}

/* Write the size bytes at data to fd, whole; 0 on success. */
static int write_all(int fd, const uint8_t *data, size_t size)
{
	while (size > 0) {
		ssize_t n = write(fd, data, size);

		if (n <= 0)
			return -1;
		data += n;
		size -= (size_t)n;
	}
	return 0;
}

void fuzz_file_open(struct fuzz_file *file, const uint8_t *data, size_t size)
{
	/* a memory file: nothing on disk to clean up after a crash */
	file->fd = memfd_create("tanda-fuzz", MFD_CLOEXEC);
	FUZZ_CHECK(file->fd >= 0);
	FUZZ_CHECK(write_all(file->fd, data, size) == 0);
	snprintf(file->path, sizeof file->path, "/proc/self/fd/%d", file->fd);
}

void fuzz_file_close(struct fuzz_file *file)
{
	close(file->fd);
	file->fd = -1;
}
