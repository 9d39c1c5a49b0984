/*
 * cmd.h - the command verbs (`tanda cat`, `tanda info`, ...) and what they
 * share: the options that say how to load an article, and loading it with
 * its errors and warnings reported on standard error.
 *
 * Verbs are entry points: like main.c they may print and choose the exit
 * status, and they are where the layers are wired together.
 */
#ifndef TANDA_CMD_H
#define TANDA_CMD_H

#include <getopt.h>
#include <stdio.h>

#include "article.h"

/* One verb: its name, what runs it, its usage, a one-line summary and the
 * help of its own options (beyond the article options). */
struct cmd_entry {
	const char *name;
	int (*run)(int argc, char **argv);	/* argv[0] is the verb */
	const char *usage;
	const char *summary;
	const char *options_help;
};

/* The verbs, ending with a NULL name. */
extern const struct cmd_entry cmd_table[];

/* The verb called name, or NULL. */
const struct cmd_entry *cmd_find(const char *name);

/* getopt_long values of the article options (beyond any character). */
enum cmd_option {
	CMD_OPT_PARAGRAPHS = 256,
	CMD_OPT_MAX_SIZE,
	CMD_OPT_FIRST_FREE,	/* verbs number their own options from here */
};

/* The long options every verb that reads an article takes. */
#define CMD_ARTICLE_LONG_OPTIONS \
	{ "paragraphs", required_argument, NULL, CMD_OPT_PARAGRAPHS }, \
	{ "max-size", required_argument, NULL, CMD_OPT_MAX_SIZE }, \
	{ "help", no_argument, NULL, 'h' }

/*
 * Apply article option opt with argument arg to options.  Returns 1 when opt
 * was one, 0 when it is not an article option, and -1 (after printing why)
 * when its argument is bad.
 */
int cmd_article_option(int opt, const char *arg, struct article_options *options);

/* Load path, printing any error or warning; returns the exit status (0 on
 * success, when *out is the article). */
int cmd_load_article(const char *path, const struct article_options *options,
		     struct article **out);

/* Print "tanda: message" and a newline on standard error. */
void cmd_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Print the usage of verb on standard error and return EX_USAGE. */
int cmd_usage_error(const struct cmd_entry *verb);

/* Print the usage and options of verb on standard output; return 0. */
int cmd_help(const struct cmd_entry *verb);

/* Flush out and return 0, or report a write error and return EX_IOERR. */
int cmd_finish_output(FILE *out);

/* Write the article's text to out, each line NUMBER<TAB>TEXT if numbered. */
void cmd_write_text(const struct article *article, int numbered, FILE *out);

/* The verbs. */
int cmd_cat(int argc, char **argv);
int cmd_info(int argc, char **argv);

#endif
