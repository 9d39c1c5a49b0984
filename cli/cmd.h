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

struct store;
struct store_query;
struct reanchor_report;
struct yaml_import_options;

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

/* getopt_long values of the common options (beyond any character). */
enum cmd_option {
	CMD_OPT_PARAGRAPHS = 256,
	CMD_OPT_MAX_SIZE,
	CMD_OPT_DB,
	CMD_OPT_AUTHOR,
	CMD_OPT_TITLE,
	CMD_OPT_KIND,		/* the annotation filters */
	CMD_OPT_TAG,
	CMD_OPT_STATUS,
	CMD_OPT_FIRST_FREE,	/* verbs number their own options from here */
};

/* The options every verb takes. */
struct cmd_common {
	struct article_options article;	/* how to read an article */
	const char *db;			/* --db, or NULL for the default */
	const char *author;		/* --author, or NULL */
};

/* The long options every verb takes. */
#define CMD_COMMON_LONG_OPTIONS \
	{ "paragraphs", required_argument, NULL, CMD_OPT_PARAGRAPHS }, \
	{ "max-size", required_argument, NULL, CMD_OPT_MAX_SIZE }, \
	{ "db", required_argument, NULL, CMD_OPT_DB }, \
	{ "author", required_argument, NULL, CMD_OPT_AUTHOR }, \
	{ "title", required_argument, NULL, CMD_OPT_TITLE }, \
	{ "help", no_argument, NULL, 'h' }

/* The long options of the annotation filters, for the verbs that select
 * annotations (where --author, a common option, filters too). */
#define CMD_FILTER_LONG_OPTIONS \
	{ "kind", required_argument, NULL, CMD_OPT_KIND }, \
	{ "tag", required_argument, NULL, CMD_OPT_TAG }, \
	{ "status", required_argument, NULL, CMD_OPT_STATUS }

/* The defaults of the common options. */
void cmd_common_init(struct cmd_common *common);

/*
 * Apply filter option opt with argument arg to query.  Returns 1 when opt
 * was one, 0 when it is not a filter option, and -1 (after printing why)
 * when its argument is bad.
 */
int cmd_filter_option(int opt, const char *arg, struct store_query *query);

/*
 * Apply common option opt with argument arg.  Returns 1 when opt was one,
 * 0 when it is not a common option, and -1 (after printing why) when its
 * argument is bad.
 */
int cmd_common_option(int opt, const char *arg, struct cmd_common *common);

/* Open the annotation store (--db, $TANDA_DB or the default place),
 * printing any error; returns the exit status (0 when *out is open). */
int cmd_open_store(const struct cmd_common *common, struct store **out);

/* The path of the annotation store: --db, $TANDA_DB or the default place.
 * Caller frees; NULL when out of memory. */
char *cmd_store_path(const struct cmd_common *common);

/* Open the annotation store as cmd_open_store does, printing nothing (for
 * the reader, whose screen a message would spoil). */
enum tanda_status cmd_store_open_quietly(const struct cmd_common *common, struct store **out,
					 struct tanda_error *err);

/* Describe in buf how annotations carried to the changed article called
 * name fared; returns 0 (and writes nothing) when none were carried. */
int cmd_describe_carried(const char *name, const struct reanchor_report *r, char *buf,
			 size_t size);

/* The author of new annotations: --author, $TANDA_AUTHOR, git's user.name,
 * or the user's name from the password database; never empty. */
const char *cmd_author(const struct cmd_common *common, char *buf, size_t size);

/* Load path, printing any error or warning; returns the exit status (0 on
 * success, when *out is the article). */
int cmd_load_article(const char *path, const struct article_options *options,
		     struct article **out);

/* Print "tanda: message" and a newline on standard error. */
void cmd_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Print the top-level usage lines (the reader's and every verb's) to out. */
void cmd_print_usage(FILE *out);

/* Print the top-level help (tanda --help, tanda help) on standard
 * output; the exit status. */
int cmd_main_help(void);

/* `tanda help [VERB]`. */
int cmd_help_verb(int argc, char **argv);

/* Print the usage of verb on standard error and return EX_USAGE. */
int cmd_usage_error(const struct cmd_entry *verb);

/* Print the usage and options of verb on standard output; return 0. */
int cmd_help(const struct cmd_entry *verb);

/* Flush out and return 0, or report a write error and return EX_IOERR. */
int cmd_finish_output(FILE *out);

/* Write the article's text to out, each line NUMBER<TAB>TEXT if numbered. */
void cmd_write_text(const struct article *article, int numbered, FILE *out);

/* Load the article at path and record it in the store (opened here),
 * carrying over the annotations of its previous version and saying so on
 * standard error; returns the exit status (0 when both are open).  With
 * writing set, the store is left inside a transaction (store_begin) that
 * the caller commits with its own writes, so that a failure keeps none. */
int cmd_open_article(const char *path, const struct cmd_common *common, int writing,
		     struct article **article, struct store **store);

/* Report a failed status with its message; returns the exit status. */
int cmd_fail(const struct tanda_error *err);

/* The import options of the verbs that import (cmd-import.c): the defaults,
 * common's --max-size, dry_run, and notices printed on standard error. */
void cmd_import_options_init(struct yaml_import_options *options,
			     const struct cmd_common *common, int dry_run);

/* Import the annotation set at path, printing its report per file and
 * article, or what is wrong; returns the exit status. */
int cmd_import_file(struct store *store, const char *path,
		    const struct yaml_import_options *options);

/* The verbs. */
int cmd_annotate(int argc, char **argv);
int cmd_apply(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_cat(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_import(int argc, char **argv);
int cmd_info(int argc, char **argv);
int cmd_library(int argc, char **argv);
int cmd_list(int argc, char **argv);
int cmd_rm(int argc, char **argv);
int cmd_sync(int argc, char **argv);

#endif
