/*
 * cmd-help.c - `tanda help [VERB]`: the help `tanda --help` prints, or
 * the help of a verb as `tanda VERB --help` prints it.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <sysexits.h>

#include "cmd.h"

/* Run `tanda help [VERB]`. */
static int run(int argc, char **argv)
{
	const struct cmd_entry *verb;
	struct cmd_common common;
	int status;

	cmd_common_init(&common);
	status = cmd_parse(&cmd_help_entry, argc, argv, &common, NULL, NULL);
	if (status != CMD_CONTINUE)
		return status;
	if (optind == argc)
		return cmd_help(&cmd_tanda_entry);
	if (optind != argc - 1)
		return cmd_usage_error(&cmd_help_entry);
	verb = cmd_find(argv[optind]);
	if (verb == NULL) {
		cmd_error("help: no such command: %s (tanda help lists them)", argv[optind]);
		return EX_USAGE;
	}
	return cmd_help(verb == &cmd_help_entry ? &cmd_tanda_entry : verb);
}

const struct cmd_entry cmd_help_entry = {
	.name = "help",
	.alias = NULL,
	.usage = "tanda help [COMMAND]",
	.summary = "Show this help, or a command's (as tanda COMMAND --help)",
	.options = NULL,
	.flags = 0,
	.take = NULL,
	.run = run,
};
