/*
 * outfile.h - writing an output file whole or not at all: what `-o OUT`
 * of `tanda export` and `tanda apply` (and the reader's `:export`) share.
 *
 * The content is written by a callback into a temporary file in the same
 * folder, which is synced and renamed over the file, so that a failure at
 * any point leaves the old file (or none) and never part of a new one.
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

/*
 * Write what fill writes into the file at path: into a temporary file in
 * the same folder, synced and renamed into place (over the file a link
 * leads to, keeping its permissions; a new file gets those of the umask),
 * so that a failure leaves no part of a file.  Something that exists and
 * is not a regular file (a device, a pipe) is written in place.  Fails
 * with TANDA_ECANTCREATE when the file cannot be created, TANDA_EIO when
 * it cannot be written, or fill's status.
 */
enum tanda_status outfile_write(const char *path, outfile_fill_fn fill, void *context,
				struct tanda_error *err);

/* Create the missing folders of path's parent, 0700 each (the store's,
 * the cache's: private to their user); 0, or -1 with errno set. */
int outfile_make_parents(const char *path);

#endif
