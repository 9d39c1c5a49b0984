/*
 * source.h - the raw bytes of an input: a memory-mapped file, or read into
 * memory when it cannot be mapped: standard input ("-", whatever it is)
 * and a named FIFO that something writes to.
 */
#ifndef TANDA_SOURCE_H
#define TANDA_SOURCE_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"

/* What messages call standard input. */
#define SOURCE_STDIN_NAME "(standard input)"

/* The default largest input accepted: 1 GiB. */
#define SOURCE_DEFAULT_MAX_SIZE ((uint64_t)1 << 30)

struct source {
	const char *bytes;	/* the input; valid until source_close */
	size_t size;		/* its length in bytes */
	void *map;		/* the mapping, or NULL */
	char *buffer;		/* the heap copy, or NULL */
};

/*
 * Open path ("-" for standard input) refusing inputs over max_size bytes.
 * Fails with TANDA_ENOINPUT (missing, unreadable, a directory, a device,
 * a FIFO with nothing writing to it: never waits for a writer) or
 * TANDA_EDATA (too large); the message names the file.
 */
enum tanda_status source_open(struct source *src, const char *path,
			      uint64_t max_size, struct tanda_error *err);

/*
 * Open path as source_open does, but only a regular file, never through a
 * symbolic link: what tanda reads from a folder others write to (sync's
 * sets).  A link, a FIFO, a device or a folder fails with TANDA_ENOINPUT
 * saying what it is, without waiting for anything.
 */
enum tanda_status source_open_regular(struct source *src, const char *path,
				      uint64_t max_size, struct tanda_error *err);

/* What a file of st_mode mode that is not a regular file is, for
 * messages: "a symbolic link", "a folder", "a named pipe", "a socket" or
 * "a device". */
const char *source_file_kind(unsigned mode);

/* Release what source_open took; src may be zeroed or already closed. */
void source_close(struct source *src);

/* Parse a size such as 1024, 64K, 10M or 1G into *out; TANDA_EDATA (and
 * no message: the caller words it) when text is not one. */
enum tanda_status source_parse_size(const char *text, uint64_t *out);

#endif
