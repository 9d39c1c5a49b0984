/*
 * outfile.c - output files written whole or not at all: where the file at
 * a path really is (through its links, or refusing them), a temporary file
 * beside it with its permissions, the sync, the rename and the folder's
 * sync; devices and pipes in place; the temporary file removed when a
 * signal ends the program during the write.
 *
 * The signal handler needs the temporary file's name without a caller to
 * hand it over: it is the one piece of global state here (one write at a
 * time, as the program writes).
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "outfile.h"
#include "source.h"
#include "strbuf.h"

/* Where an output to path goes. */
struct target {
	char *path;	/* path, or the file its links lead to (heap) */
	int in_place;	/* not a regular file (a device, a pipe): written in place */
	mode_t mode;	/* the permissions of the file written */
};

/* The signals that end the program and leave a temporary file behind. */
static const int cleanup_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
#define CLEANUP_SIGNALS (sizeof cleanup_signals / sizeof cleanup_signals[0])

/* The temporary file being written, for the signal handler; NULL when
 * none. */
static char *volatile cleanup_path;

/* Remove the temporary file, then let the signal do what it would have
 * done (end the program) once the handler returns. */
static void on_signal(int sig)
{
	struct sigaction dfl;
	char *path = cleanup_path;

	if (path != NULL)
		unlink(path);
	memset(&dfl, 0, sizeof dfl);
	dfl.sa_handler = SIG_DFL;
	sigemptyset(&dfl.sa_mask);
	sigaction(sig, &dfl, NULL);
	raise(sig);	/* blocked until the handler returns */
}

/* Catch the cleanup signals whose action is the default (ending the
 * program); a program that handles one itself (the reader) keeps its
 * handler.  caught[] records which were taken. */
static void catch_signals(const char *tmp, int caught[CLEANUP_SIGNALS])
{
	struct sigaction sa, before;
	size_t i;

	cleanup_path = (char *)tmp;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < CLEANUP_SIGNALS; i++) {
		caught[i] = sigaction(cleanup_signals[i], NULL, &before) == 0 &&
			    !(before.sa_flags & SA_SIGINFO) && before.sa_handler == SIG_DFL &&
			    sigaction(cleanup_signals[i], &sa, NULL) == 0;
	}
}

/* Put back the default action of the signals catch_signals caught. */
static void release_signals(const int caught[CLEANUP_SIGNALS])
{
	struct sigaction dfl;
	size_t i;

	memset(&dfl, 0, sizeof dfl);
	dfl.sa_handler = SIG_DFL;
	sigemptyset(&dfl.sa_mask);
	for (i = 0; i < CLEANUP_SIGNALS; i++)
		if (caught[i])
			sigaction(cleanup_signals[i], &dfl, NULL);
	cleanup_path = NULL;
}

/* The default permissions of a new file: 0666 less the umask. */
static mode_t new_file_mode(void)
{
	mode_t mask = umask(0);

	umask(mask);
	return 0666 & ~mask;
}

/* Find out where an output to path goes, as OUTFILE_FOLLOW says: an
 * existing regular file is replaced keeping its permissions (through its
 * links), anything else that exists is written in place, and a new file
 * gets those of the umask.  0 on success. */
static int follow_target(const char *path, struct target *t)
{
	struct stat st;

	t->in_place = 0;
	t->mode = new_file_mode();
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

/* Find out where an output to path goes, as OUTFILE_REGULAR says: a
 * regular file (not through a link) keeps its permissions, nothing there
 * gets those of the umask, anything else is refused. */
static enum tanda_status regular_target(const char *path, struct target *t,
					struct tanda_error *err)
{
	struct stat st;

	t->in_place = 0;
	t->mode = new_file_mode();
	if (lstat(path, &st) == 0) {
		if (!S_ISREG(st.st_mode))
			return tanda_fail(err, TANDA_ECANTCREATE, "%s: is %s, not a regular file: "
					  "not written (tanda writes its own files only as "
					  "regular files)", path, source_file_kind(st.st_mode));
		t->mode = st.st_mode & 07777;
	} else if (errno != ENOENT) {
		return tanda_fail(err, TANDA_ECANTCREATE, "%s: cannot create: %s", path,
				  strerror(errno));
	}
	if ((t->path = strdup(path)) == NULL)
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", path);
	return TANDA_OK;
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

/* The length of the folder part of path, its last '/' included (0 for a
 * name in the current folder). */
static size_t folder_length(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? (size_t)(slash - path) + 1 : 0;
}

/* Open a new temporary file beside t's path with its mode, its name into
 * *tmp (caller frees); TANDA_ECANTCREATE when the folder does not take it
 * (named as path). */
static enum tanda_status open_temporary(const struct target *t, const char *path, char **tmp,
					FILE **file, struct tanda_error *err)
{
	size_t folder = folder_length(t->path);
	struct strbuf name = STRBUF_INIT;
	int fd;

	strbuf_addf(&name, "%.*s.%s.XXXXXX", (int)folder, t->path, t->path + folder);
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

/* Sync the folder that holds file (after a rename into it), so that the
 * new name survives a crash; a file system that cannot sync a folder
 * (EINVAL) has nothing to do.  TANDA_EIO when the sync fails. */
static enum tanda_status sync_folder(const char *file, const char *path,
				     struct tanda_error *err)
{
	size_t folder = folder_length(file);
	struct strbuf name = STRBUF_INIT;
	int fd, failed = 0, saved = 0;

	if (folder == 0)
		strbuf_addch(&name, '.');
	else
		strbuf_add(&name, file, folder);
	if (!strbuf_ok(&name)) {
		strbuf_release(&name);
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", path);
	}
	fd = open(strbuf_str(&name), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0 || (fsync(fd) != 0 && errno != EINVAL)) {
		failed = 1;
		saved = errno;
	}
	if (fd >= 0)
		close(fd);
	strbuf_release(&name);
	if (failed)
		return tanda_fail(err, TANDA_EIO, "%s: written, but its folder cannot be synced: "
				  "%s", path, strerror(saved));
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

/* Whether the n bytes at offset of the files fd and other are the same
 * (1), differ or cannot be read (0). */
static int same_chunk(int fd, int other, off_t offset, size_t n)
{
	char a[16384], b[sizeof a];

	return pread(fd, a, n, offset) == (ssize_t)n && pread(other, b, n, offset) == (ssize_t)n &&
	       memcmp(a, b, n) == 0;
}

/* Whether the file written (flushed) holds exactly the bytes of the
 * regular file at path (not through a link): 1, or 0 when they differ or
 * either cannot be read. */
static int holds_same_bytes(FILE *written, const char *path)
{
	struct stat mine, theirs;
	int fd = fileno(written), other = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	off_t at;
	int same;

	same = other >= 0 && fstat(fd, &mine) == 0 && fstat(other, &theirs) == 0 &&
	       S_ISREG(theirs.st_mode) && mine.st_size == theirs.st_size;
	for (at = 0; same && at < mine.st_size; at += 16384)
		same = same_chunk(fd, other, at, (size_t)(mine.st_size - at < 16384
							  ? mine.st_size - at : 16384));
	if (other >= 0)
		close(other);
	return same;
}

/* Write into a temporary file beside t's path (removed by a signal that
 * ends the program meanwhile), rename it into place, sync the folder;
 * with keep_same, a file there that already holds exactly those bytes is
 * left as it is and the temporary file removed unsynced. */
static enum tanda_status write_replacing(const struct target *t, const char *path,
					 int keep_same, outfile_fill_fn fill, void *context,
					 struct tanda_error *err)
{
	int caught[CLEANUP_SIGNALS], same = 0;
	enum tanda_status status;
	char *tmp;
	FILE *file;

	status = open_temporary(t, path, &tmp, &file, err);
	if (status != TANDA_OK)
		return status;
	catch_signals(tmp, caught);
	status = fill(context, file, path, 1, err);
	if (status == TANDA_OK && keep_same && fflush(file) == 0 && !ferror(file))
		same = holds_same_bytes(file, t->path);
	if (status != TANDA_OK || same)
		fclose(file);
	else
		status = finish_file(file, path, 1, err);
	if (same) {
		unlink(tmp);
		release_signals(caught);
		free(tmp);
		return TANDA_OK;
	}
	if (status == TANDA_OK && rename(tmp, t->path) != 0)
		status = tanda_fail(err, TANDA_ECANTCREATE, "%s: cannot create: %s", path,
				    strerror(errno));
	if (status != TANDA_OK)
		unlink(tmp);
	release_signals(caught);
	free(tmp);
	return status == TANDA_OK ? sync_folder(t->path, path, err) : status;
}

enum tanda_status outfile_write_to(const char *path, enum outfile_target how,
				   outfile_fill_fn fill, void *context, struct tanda_error *err)
{
	struct target t = { .path = NULL, .in_place = 0, .mode = 0 };
	enum tanda_status status;

	if (how == OUTFILE_REGULAR)
		status = regular_target(path, &t, err);
	else if (follow_target(path, &t) != 0)
		status = tanda_fail(err, errno == ENOMEM ? TANDA_ENOMEM : TANDA_ECANTCREATE,
				    "%s: cannot create: %s", path, strerror(errno));
	else
		status = TANDA_OK;
	if (status == TANDA_OK && t.in_place)
		status = write_in_place(path, fill, context, err);
	else if (status == TANDA_OK)
		status = write_replacing(&t, path, how == OUTFILE_REGULAR, fill, context, err);
	free(t.path);
	return status;
}

/* The temporary file beside t's path, filled by name, then synced: what
 * outfile_write_named renames into place. */
static enum tanda_status fill_named(const struct target *t, const char *path, const char *tmp,
				    outfile_name_fn fill, void *context, struct tanda_error *err)
{
	enum tanda_status status = fill(context, tmp, path, err);
	int fd;

	if (status != TANDA_OK)
		return status;
	fd = open(tmp, O_RDONLY | O_CLOEXEC);
	if (fd < 0 || fsync(fd) != 0 || fchmod(fd, t->mode) != 0) {
		int saved = errno;

		if (fd >= 0)
			close(fd);
		return tanda_fail(err, TANDA_EIO, "%s: cannot write: %s", path, strerror(saved));
	}
	close(fd);
	return TANDA_OK;
}

enum tanda_status outfile_write_named(const char *path, enum outfile_target how,
				      outfile_name_fn fill, void *context,
				      struct tanda_error *err)
{
	struct target t = { .path = NULL, .in_place = 0, .mode = 0 };
	int caught[CLEANUP_SIGNALS];
	enum tanda_status status;
	char *tmp = NULL;
	FILE *file;

	if (how == OUTFILE_REGULAR)
		status = regular_target(path, &t, err);
	else if (follow_target(path, &t) != 0)
		status = tanda_fail(err, errno == ENOMEM ? TANDA_ENOMEM : TANDA_ECANTCREATE,
				    "%s: cannot create: %s", path, strerror(errno));
	else if (t.in_place)
		status = tanda_fail(err, TANDA_ECANTCREATE, "%s: not a regular file", path);
	else
		status = TANDA_OK;
	if (status == TANDA_OK && access(path, F_OK) != 0)
		t.mode &= 0600;	/* a new copy of a database is as private as it */
	if (status == TANDA_OK)
		status = open_temporary(&t, path, &tmp, &file, err);
	if (status == TANDA_OK) {
		fclose(file);	/* empty: the writer opens it by name */
		catch_signals(tmp, caught);
		status = fill_named(&t, path, tmp, fill, context, err);
		if (status == TANDA_OK && rename(tmp, t.path) != 0)
			status = tanda_fail(err, TANDA_ECANTCREATE, "%s: cannot create: %s", path,
					    strerror(errno));
		if (status != TANDA_OK)
			unlink(tmp);
		release_signals(caught);
		if (status == TANDA_OK)
			status = sync_folder(t.path, path, err);
	}
	free(tmp);
	free(t.path);
	return status;
}

int outfile_make_parents(const char *path)
{
	char *copy = strdup(path), *slash;
	int rc = 0;

	if (copy == NULL)
		return -1;
	for (slash = strchr(copy + 1, '/'); slash != NULL && rc == 0; slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		if (mkdir(copy, 0700) != 0 && errno != EEXIST)
			rc = -1;
		*slash = '/';
	}
	free(copy);
	return rc;
}

enum tanda_status outfile_write(const char *path, outfile_fill_fn fill, void *context,
				struct tanda_error *err)
{
	return outfile_write_to(path, OUTFILE_FOLLOW, fill, context, err);
}
