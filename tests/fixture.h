/*
 * fixture.h - what the cmocka programs share: the cmocka headers in the
 * order cmocka wants them, and the path of a fixture file.
 */
#ifndef TANDA_TEST_FIXTURE_H
#define TANDA_TEST_FIXTURE_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

/* The tests mean the library's assert()s to be live: a build with NDEBUG
 * would hide the broken invariants they are there to catch. */
#ifdef NDEBUG
#error "the unit tests need assert(): build them without -DNDEBUG"
#endif

/* The path of fixture name: under $FIXTURES (set by make check), else under
 * tests/fixtures of the current directory.  Valid until the next call. */
static inline const char *fixture(const char *name)
{
	static char path[4096];
	const char *dir = getenv("FIXTURES");

	snprintf(path, sizeof path, "%s/%s", dir ? dir : "tests/fixtures", name);
	return path;
}

/* Write text into a new temporary file (under $TMPDIR, else /tmp), its
 * path into path[size]; the caller unlinks it. */
static inline void write_temp(const char *text, char *path, size_t size)
{
	const char *dir = getenv("TMPDIR");
	int fd;

	snprintf(path, size, "%s/tanda-test-XXXXXX", dir ? dir : "/tmp");
	fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
}

#endif
