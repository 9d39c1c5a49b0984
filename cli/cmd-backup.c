/*
 * cmd-backup.c - `tanda backup OUT [--db PATH]`: a consistent copy of the
 * annotation database (store_backup: VACUUM INTO, a snapshot while others
 * may be writing), written whole or not at all.  The database is opened
 * for reading only.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "open.h"
#include "print.h"
#include "store.h"

/* Copy the database at path (opened here) to out; returns the exit
 * status. */
static int copy(const struct cmd_common *common, const char *path, const char *out)
{
	struct tanda_error err;
	struct store *store;
	int status;

	if (access(path, F_OK) != 0) {
		cmd_error("%s: %s: nothing to copy", path, strerror(errno));
		return tanda_exit_status(TANDA_ENOINPUT);
	}
	if ((status = cmd_open_store_readonly(common, &store)) != 0)
		return status;
	if (store_backup(store, out, &err) != TANDA_OK)
		status = cmd_fail(&err);
	else
		print_text(stdout, "%s: a copy of %s\n", out, path);
	store_close(store);
	return status != 0 ? status : cmd_finish_output(stdout);
}

/* Run `tanda backup`. */
static int run(int argc, char **argv)
{
	struct cmd_common common;
	char *path;
	int status;

	cmd_common_init(&common);
	status = cmd_parse(&cmd_backup_entry, argc, argv, &common, NULL, NULL);
	if (status != CMD_CONTINUE)
		return status;
	if (optind != argc - 1)
		return cmd_usage_error(&cmd_backup_entry);
	if ((path = cmd_store_path(&common)) == NULL) {
		cmd_error("out of memory");
		return tanda_exit_status(TANDA_ENOMEM);
	}
	status = copy(&common, path, argv[optind]);
	free(path);
	return status;
}

const struct cmd_entry cmd_backup_entry = {
	.name = "backup",
	.alias = NULL,
	.usage = "tanda backup OUT [--db PATH]",
	.summary = "Write a consistent copy of the annotation database to OUT",
	.options = NULL,
	.flags = 0,
	.take = NULL,
	.run = run,
};
