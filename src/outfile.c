/*
 * outfile.c - output files written whole or not at all: where the file at
 * a path really is (through its links), a temporary file beside it with
 * its permissions, the sync and the rename; devices and pipes in place.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "outfile.h"
#include "strbuf.h"

/* Where an output to path goes. */
struct target {
	char *path;	/* path, or the file its links lead to (heap) */
	int in_place;	/* not a regular file (a device, a pipe): written in place */
	mode_t mode;	/* the permissions of the file written */
};

/* Find out where an output to path goes: an existing regular file is
 * replaced keeping its permissions (through its links), anything else that
 * exists is written in place, and a new file gets those of the umask.  0
 * on success. */
static int find_target(const char *path, struct target *t)
{
	struct stat st;
	mode_t mask = umask(0);

	umask(mask);
	t->in_place = 0;
	t->mode = 0666 & ~mask;
	if (stat(path, &st) != 0) {
		t->path = strdup(path);
	} else if (!S_ISREG(st.st_mode)) {
		t->in_place = 1;
		t->path = strdup(path);
	} else {
		t->mode = st.st_mode & 07777;
		t->path = realpath(path, NULL);
	}
	return t->path != NULL ? 0 : -1;
}

/* Flush, sync (a regular file) and close file, written for path; TANDA_EIO
 * when that fails. */
static enum tanda_status finish_file(FILE *file, const char *path, int sync,
				     struct tanda_error *err)
{
	int failed = fflush(file) != 0 || ferror(file) || (sync && fsync(fileno(file)) != 0);
	int saved = errno;

	if (fclose(file) != 0 && !failed) {
		failed = 1;
		saved = errno;
	}
	if (failed)
		return tanda_fail(err, TANDA_EIO, "%s: cannot write: %s", path, strerror(saved));
	return TANDA_OK;
}

/* Open a new temporary file beside t's path with its mode, its name into
 * *tmp (caller frees); TANDA_ECANTCREATE when the folder does not take it
 * (named as path). */
static enum tanda_status open_temporary(const struct target *t, const char *path, char **tmp,
					FILE **file, struct tanda_error *err)
{
	const char *slash = strrchr(t->path, '/');
	size_t folder = slash ? (size_t)(slash - t->path) + 1 : 0;
	struct strbuf name = STRBUF_INIT;
	int fd;

	strbuf_add(&name, t->path, folder);
	strbuf_addf(&name, ".%s.XXXXXX", t->path + folder);
	if (!strbuf_ok(&name)) {
		strbuf_release(&name);
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", path);
	}
	*tmp = strbuf_detach(&name, NULL);
	fd = mkstemp(*tmp);
	if (fd < 0 || fchmod(fd, t->mode) != 0 || (*file = fdopen(fd, "w")) == NULL) {
		int saved = errno;

		if (fd >= 0) {
			close(fd);
			unlink(*tmp);
		}
		free(*tmp);
		*tmp = NULL;
		return tanda_fail(err, TANDA_ECANTCREATE, "%s: cannot create: %s", path,
				  strerror(saved));
	}
	return TANDA_OK;
}

/* Write into path, a device or a pipe, in place. */
static enum tanda_status write_in_place(const char *path, outfile_fill_fn fill, void *context,
					struct tanda_error *err)
{
	FILE *file = fopen(path, "w");
	enum tanda_status status;

	if (file == NULL)
		return tanda_fail(err, TANDA_ECANTCREATE, "%s: cannot create: %s", path,
				  strerror(errno));
	status = fill(context, file, path, 0, err);
	if (status != TANDA_OK) {
		fclose(file);
		return status;
	}
	return finish_file(file, path, 0, err);
}

/* Write into a temporary file beside t's path and rename it into place. */
static enum tanda_status write_replacing(const struct target *t, const char *path,
					 outfile_fill_fn fill, void *context,
					 struct tanda_error *err)
{
	enum tanda_status status;
	char *tmp;
	FILE *file;

	status = open_temporary(t, path, &tmp, &file, err);
	if (status != TANDA_OK)
		return status;
	status = fill(context, file, path, 1, err);
	if (status != TANDA_OK)
		fclose(file);
	else
		status = finish_file(file, path, 1, err);
	if (status == TANDA_OK && rename(tmp, t->path) != 0)
		status = tanda_fail(err, TANDA_ECANTCREATE, "%s: cannot create: %s", path,
				    strerror(errno));
	if (status != TANDA_OK)
		unlink(tmp);
	free(tmp);
	return status;
}

enum tanda_status outfile_write(const char *path, outfile_fill_fn fill, void *context,
				struct tanda_error *err)
{
	struct target t;
	enum tanda_status status;

	if (find_target(path, &t) != 0)
		return tanda_fail(err, errno == ENOMEM ? TANDA_ENOMEM : TANDA_ECANTCREATE,
				  "%s: cannot create: %s", path, strerror(errno));
	if (t.in_place)
		status = write_in_place(path, fill, context, err);
	else
		status = write_replacing(&t, path, fill, context, err);
	free(t.path);
	return status;
}
