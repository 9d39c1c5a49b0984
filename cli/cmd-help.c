/*
 * cmd-help.c - `tanda help [VERB]`: the help `tanda --help` prints, or
 * the help of a verb as `tanda VERB --help` prints it; and that top-level
 * help itself, which main.c prints for --help.
 */
#include <stdio.h>
#include <string.h>
#include <sysexits.h>

#include "cmd.h"

void cmd_print_usage(FILE *out)
{
	const struct cmd_entry *verb;

	fputs("usage: tanda [OPTIONS] [FILE]\n", out);
	fputs("       tanda --replay KEYS [--screen OUT] [--size COLSxROWS] [FILE]\n", out);
	for (verb = cmd_table; verb->name != NULL; verb++)
		fprintf(out, "       %s\n", verb->usage);
}

int cmd_main_help(void)
{
	const struct cmd_entry *verb;

	cmd_print_usage(stdout);
	fputs("\nRead and annotate a news article in the terminal.  With no FILE,\n"
	      "tanda opens its sample article; FILE - reads standard input.\n\n"
	      "Commands:\n", stdout);
	for (verb = cmd_table; verb->name != NULL; verb++)
		printf("  %-8s %s\n", verb->name, verb->summary);
	fputs("\nOptions:\n"
	      "  --paragraphs=auto|lines|blocks  how lines become paragraphs\n"
	      "  --max-size=SIZE                 largest file accepted (default 1G)\n"
	      "  --title=TITLE                   the article's title (over its front matter's)\n"
	      "  -h, --help                      show this help\n"
	      "  -V, --version                   show the version\n"
	      "  --replay=KEYS                   run the reader on a virtual screen from a key script\n"
	      "  --screen=OUT                    with --replay: write the final screen to OUT\n"
	      "  --size=COLSxROWS                with --replay: the virtual screen's size (80x24)\n"
	      "\nSee tanda(1) for more.\n", stdout);
	return cmd_finish_output(stdout);
}

int cmd_help_verb(int argc, char **argv)
{
	const struct cmd_entry *verb;

	if (argc == 1)
		return cmd_main_help();
	if (argc > 2 || argv[1][0] == '-') {
		if (argc == 2 && (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0))
			return cmd_help(cmd_find("help"));
		return cmd_usage_error(cmd_find("help"));
	}
	verb = cmd_find(argv[1]);
	if (verb == NULL) {
		cmd_error("help: no such command: %s (tanda help lists them)", argv[1]);
		return EX_USAGE;
	}
	return verb == cmd_find("help") ? cmd_main_help() : cmd_help(verb);
}
