/*
 * source.c - mapping files and reading standard input, with the size limit.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "grow.h"
#include "source.h"

/* The name to show for path in messages. */
static const char *display_name(const char *path)
{
	return strcmp(path, "-") == 0 ? SOURCE_STDIN_NAME : path;
}

/* Fail with the size limit message. */
static enum tanda_status too_large(const char *path, uint64_t max_size,
				   struct tanda_error *err)
{
	return tanda_fail(err, TANDA_EDATA,
			  "%s: file is larger than the limit of %llu bytes (see --max-size)",
			  display_name(path), (unsigned long long)max_size);
}

/* The first buffer for reading a pipe, which doubles as it fills. */
#define READ_FIRST ((size_t)65536)

/* Read all of fd into a heap buffer owned by src, after the len bytes
 * already read from it at first (0 or 1). */
static enum tanda_status read_all(struct source *src, int fd, const char *path,
				  uint64_t max_size, const char *first, size_t len,
				  struct tanda_error *err)
{
	size_t cap = 0;
	char *buf = NULL;

	if (GROW(buf, cap, READ_FIRST) != 0)
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", display_name(path));
	memcpy(buf, first, len);
	for (;;) {
		ssize_t n;

		if (len == cap && GROW(buf, cap, cap + 1) != 0) {
			free(buf);
			return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory",
					  display_name(path));
		}
		n = read(fd, buf + len, cap - len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			int saved = errno;

			free(buf);
			return tanda_fail(err, saved == EISDIR ? TANDA_ENOINPUT : TANDA_EIO,
					  "%s: %s", display_name(path), strerror(saved));
		}
		if (n == 0)
			break;
		len += (size_t)n;
		if (len > max_size) {
			free(buf);
			return too_large(path, max_size, err);
		}
	}
	src->buffer = buf;
	src->bytes = buf;
	src->size = len;
	return TANDA_OK;
}

/* Map the regular file open on fd, whose status is st. */
static enum tanda_status map_file(struct source *src, int fd, const struct stat *st,
				  const char *path, struct tanda_error *err)
{
	void *map;

	src->size = (size_t)st->st_size;
	if (src->size == 0) {
		src->bytes = "";
		return TANDA_OK;
	}
	map = mmap(NULL, src->size, PROT_READ, MAP_PRIVATE, fd, 0);
	if (map == MAP_FAILED)
		return tanda_fail(err, TANDA_EIO, "%s: cannot map: %s", path, strerror(errno));
	src->map = map;
	src->bytes = map;
	return TANDA_OK;
}

/*
 * Read a FIFO named on the command line, which was opened without waiting
 * for a writer: with nothing writing to it, a first read finds its end
 * at once, and it is refused rather than read as empty; otherwise it is
 * read to its end as standard input is, waiting for the writer.
 */
static enum tanda_status read_fifo(struct source *src, int fd, const char *path,
				   uint64_t max_size, struct tanda_error *err)
{
	char first;
	ssize_t n;
	int flags;

	do
		n = read(fd, &first, 1);
	while (n < 0 && errno == EINTR);
	if (n == 0)
		return tanda_fail(err, TANDA_ENOINPUT,
				  "%s: a FIFO with nothing writing to it (give - to read standard input)",
				  path);
	if (n < 0 && errno != EAGAIN)
		return tanda_fail(err, TANDA_EIO, "%s: %s", path, strerror(errno));
	flags = fcntl(fd, F_GETFL);
	if (flags < 0 || fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) < 0)
		return tanda_fail(err, TANDA_EIO, "%s: %s", path, strerror(errno));
	return read_all(src, fd, path, max_size, &first, n > 0 ? 1 : 0, err);
}

/* Open the file at fd (already checked by the caller to be open); named
 * is 0 for standard input, which is read whatever it is. */
static enum tanda_status open_fd(struct source *src, int fd, const char *path,
				 uint64_t max_size, int named, struct tanda_error *err)
{
	struct stat st;

	if (fstat(fd, &st) != 0)
		return tanda_fail(err, TANDA_ENOINPUT, "%s: %s", display_name(path),
				  strerror(errno));
	if (S_ISDIR(st.st_mode))
		return tanda_fail(err, TANDA_ENOINPUT, "%s: is a directory",
				  display_name(path));
	if (!S_ISREG(st.st_mode) && !named)
		return read_all(src, fd, path, max_size, "", 0, err);
	if (S_ISFIFO(st.st_mode))
		return read_fifo(src, fd, path, max_size, err);
	if (!S_ISREG(st.st_mode))	/* a device: endless, or waiting for a person */
		return tanda_fail(err, TANDA_ENOINPUT, "%s: not a regular file", path);
	if ((uint64_t)st.st_size > max_size || (uint64_t)st.st_size > SIZE_MAX)
		return too_large(path, max_size, err);
	return map_file(src, fd, &st, display_name(path), err);
}

enum tanda_status source_open(struct source *src, const char *path,
			      uint64_t max_size, struct tanda_error *err)
{
	enum tanda_status status;
	int fd;

	*src = (struct source){ .bytes = NULL, .size = 0 };
	if (strcmp(path, "-") == 0)
		return open_fd(src, STDIN_FILENO, path, max_size, 0, err);
	/* O_NONBLOCK: the open of a FIFO would wait for a writer (forever) */
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return tanda_fail(err, TANDA_ENOINPUT, "%s: %s", path, strerror(errno));
	status = open_fd(src, fd, path, max_size, 1, err);
	close(fd);
	return status;
}

enum tanda_status source_open_regular(struct source *src, const char *path,
				      uint64_t max_size, struct tanda_error *err)
{
	enum tanda_status status = TANDA_OK;
	struct stat st;
	int fd;

	*src = (struct source){ .bytes = NULL, .size = 0 };
	/* O_NOFOLLOW: a link is refused, not followed; O_NONBLOCK: a FIFO
	 * is opened without waiting, then refused */
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW);
	if (fd < 0 && errno == ELOOP)
		return tanda_fail(err, TANDA_ENOINPUT, "%s: a symbolic link, not a regular file",
				  path);
	if (fd < 0)
		return tanda_fail(err, TANDA_ENOINPUT, "%s: %s", path, strerror(errno));
	if (fstat(fd, &st) != 0)
		status = tanda_fail(err, TANDA_ENOINPUT, "%s: %s", path, strerror(errno));
	else if (!S_ISREG(st.st_mode))
		status = tanda_fail(err, TANDA_ENOINPUT, "%s: not a regular file", path);
	else
		status = open_fd(src, fd, path, max_size, 1, err);
	close(fd);
	return status;
}

const char *source_file_kind(unsigned mode)
{
	if (S_ISLNK(mode))
		return "a symbolic link";
	if (S_ISDIR(mode))
		return "a folder";
	if (S_ISFIFO(mode))
		return "a named pipe";
	if (S_ISSOCK(mode))
		return "a socket";
	return "a device";
}

void source_close(struct source *src)
{
	if (src->map != NULL)
		munmap(src->map, src->size);
	free(src->buffer);
	*src = (struct source){ .bytes = NULL, .size = 0 };
}

enum tanda_status source_parse_size(const char *text, uint64_t *out)
{
	unsigned long long value;
	char *end;
	int shift = 0;

	if (text[0] < '0' || text[0] > '9')
		return TANDA_EDATA;
	errno = 0;
	value = strtoull(text, &end, 10);
	if (errno != 0)
		return TANDA_EDATA;
	switch (*end) {
	case 'k': case 'K': shift = 10; end++; break;
	case 'm': case 'M': shift = 20; end++; break;
	case 'g': case 'G': shift = 30; end++; break;
	default: break;
	}
	if (*end != '\0' || value > (ULLONG_MAX >> shift))
		return TANDA_EDATA;
	*out = (uint64_t)value << shift;
	return TANDA_OK;
}
