/*
 * outfile.h - writing an output file whole or not at all: what `-o OUT`
 * of `tanda export` and `tanda apply`, `tanda sync`'s own file and the
 * reader's `:export` share.
 *
 * The content is written by a callback into a temporary file in the same
 * folder, which is synced and renamed over the file, and the folder is
 * synced after the rename, so that a failure at any point leaves the old
 * file (or none) and never part of a new one.  A signal that ends the
 * program while the temporary file is written (SIGINT, SIGTERM, SIGHUP,
 * SIGQUIT, where they would end it) removes it first.
 */
#ifndef TANDA_OUTFILE_H
#define TANDA_OUTFILE_H

#include <stdio.h>

#include "error.h"

/*
 * Write the content into out, called name in messages.  synced is set when
 * out is a regular file that is synced once the writer returns (a writer
 * of much may start its write-out early).  Returns TANDA_OK or the status
 * of the failure, with err filled.
 */
typedef enum tanda_status (*outfile_fill_fn)(void *context, FILE *out, const char *name,
					     int synced, struct tanda_error *err);

/* What may already be at the path written. */
enum outfile_target {
	/* A path the user typed (-o OUT), as cp treats it: through its links
	 * to the file they lead to, keeping its permissions; a device or a
	 * pipe written in place. */
	OUTFILE_FOLLOW,
	/* A path tanda made up in a folder others write to (sync's own file,
	 * :export's default): only a regular file or nothing; a symbolic
	 * link or anything else there is refused (TANDA_ECANTCREATE, saying
	 * what it is) and nothing is written.  The rename replaces the name
	 * itself, so a link planted after the check is replaced, never
	 * followed.  A file there that already holds exactly the bytes
	 * written is left as it is (its time, its inode): a sync with nothing
	 * new writes nothing. */
	OUTFILE_REGULAR,
};

/*
 * Write what fill writes into the file at path: into a temporary file in
 * the same folder, synced and renamed into place, then the folder synced
 * (a new file gets the permissions of the umask, a replaced one keeps
 * its), so that a failure leaves no part of a file.  how says what may be
 * there already.  Fails with TANDA_ECANTCREATE when the file cannot be
 * created, TANDA_EIO when it cannot be written, or fill's status.
 */
enum tanda_status outfile_write_to(const char *path, enum outfile_target how,
				   outfile_fill_fn fill, void *context, struct tanda_error *err);

/*
 * Fill the file at tmp (made empty, in the target's folder) by its name,
 * for writers that open it themselves (SQLite's VACUUM INTO); name names
 * the target in messages.  Returns TANDA_OK or the failure, err filled.
 */
typedef enum tanda_status (*outfile_name_fn)(void *context, const char *tmp, const char *name,
					     struct tanda_error *err);

/*
 * Write the file at path as outfile_write_to does, through a writer that
 * fills the temporary file by its name: synced, renamed into place, the
 * folder synced, removed when a signal ends the program.  A new file is
 * made 0600 at most (a copy of a database is as private as it).  Something
 * that is not a regular file there (a device, a pipe) is refused
 * (TANDA_ECANTCREATE): such a writer needs a file.
 */
enum tanda_status outfile_write_named(const char *path, enum outfile_target how,
				      outfile_name_fn fill, void *context,
				      struct tanda_error *err);

/* outfile_write_to(path, OUTFILE_FOLLOW, ...): a path the user typed. */
enum tanda_status outfile_write(const char *path, outfile_fill_fn fill, void *context,
				struct tanda_error *err);

/* Create the missing folders of path's parent, 0700 each (the store's,
 * the cache's: private to their user); 0, or -1 with errno set. */
int outfile_make_parents(const char *path);

#endif
