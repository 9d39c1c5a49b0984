/*
 * cmd-rm.c - `tanda rm ID...`: delete annotations, leaving tombstones so
 * that merges know they were deleted; `--restore` brings them back.
 */
#include "cmd.h"
#include "store.h"

enum { OPT_RESTORE = CMD_OPT_FIRST_FREE };

int cmd_rm(int argc, char **argv)
{
	static const struct option long_options[] = {
		{ "restore", no_argument, NULL, OPT_RESTORE },
		CMD_COMMON_LONG_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	const struct cmd_entry *verb = cmd_find("rm");
	struct cmd_common common;
	struct tanda_error err;
	struct store *store;
	int opt, restore = 0, status, i;

	cmd_common_init(&common);
	while ((opt = getopt_long(argc, argv, "h", long_options, NULL)) != -1) {
		int used = cmd_common_option(opt, optarg, &common);

		if (used < 0 || (!used && opt != 'h' && opt != OPT_RESTORE))
			return cmd_usage_error(verb);
		if (!used && opt == 'h')
			return cmd_help(verb);
		restore |= opt == OPT_RESTORE;
	}
	if (optind == argc)
		return cmd_usage_error(verb);
	if ((status = cmd_open_store(&common, &store)) != 0)
		return status;
	if (store_begin(store, &err) != TANDA_OK)
		status = cmd_fail(&err);
	for (i = optind; i < argc && status == 0; i++)
		if (store_annotation_set_deleted(store, argv[i], !restore, &err) != TANDA_OK)
			status = cmd_fail(&err);
	if (status == 0 && store_commit(store, &err) != TANDA_OK)
		status = cmd_fail(&err);
	if (status != 0)
		store_rollback(store);
	store_close(store);
	return status;
}
