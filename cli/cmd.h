/*
 * cmd.h - the command line: the verbs (`tanda cat`, `tanda info`, ...),
 * each defined by the entry its cli/cmd-VERB.c owns (name, alias, usage,
 * options with their help, the function that runs it), the table that
 * lists them, command lines read by those tables, --help and the usage
 * made from them, and the printing of errors.
 *
 * Every option error of every verb goes one way: "tanda VERB: --opt: why"
 * on standard error, then the usage, exit 64 (cmd_option_error).
 *
 * Verbs are entry points: like main.c they may print and choose the exit
 * status, and they are where the layers are wired together.  What they
 * open (articles, the store, the author) is in open.h.
 */
#ifndef TANDA_CMD_H
#define TANDA_CMD_H

#include <stdio.h>

#include "article.h"

struct annotation;
struct store;
struct store_query;
struct yaml_import_options;

/* One option of a verb (or of every verb): its names, its argument and its
 * help, from which both getopt_long's table and --help are made. */
struct cmd_option {
	const char *name;	/* the long name, without "--"; NULL ends a table */
	int key;		/* a letter when there is a short -LETTER too, else a
				 * value from CMD_OPT_FIRST_FREE on */
	const char *arg;	/* the argument's name in the help ("TEXT"), or NULL
				 * when the option takes none */
	const char *help;	/* one line */
};

/* The keys of the options every verb takes and of the annotation filters. */
enum cmd_option_key {
	CMD_OPT_PARAGRAPHS = 256,
	CMD_OPT_FROM,		/* the article's format */
	CMD_OPT_TIMEOUT,	/* how long fetching a URL may take */
	CMD_OPT_MAX_SIZE,
	CMD_OPT_DB,
	CMD_OPT_TITLE,
	CMD_OPT_AUTHOR,
	CMD_OPT_KIND,		/* the annotation filters */
	CMD_OPT_TAG,
	CMD_OPT_STATUS,
	CMD_OPT_ANCHOR,
	CMD_OPT_FIRST_FREE,	/* verbs number their own options from here */
};

/* What an entry's flags say about the shared options it takes. */
enum cmd_flag {
	CMD_FILTERS = 1 << 0,		/* --kind, --tag, --status, --anchor select annotations */
	CMD_AUTHOR_FILTERS = 1 << 1,	/* --author selects annotations, not an author */
};

/*
 * Apply the verb's own option key with its argument arg (NULL when it takes
 * none) to request; TANDA_OK, or a failure whose message in why says why
 * arg is refused (printed as "tanda VERB: --opt: MESSAGE").
 */
typedef enum tanda_status (*cmd_take_fn)(void *request, int key, const char *arg,
					 struct tanda_error *why);

/* One verb, as its cli/cmd-VERB.c defines it (cmd_VERB_entry).  main.c's
 * entry for tanda itself has no name. */
struct cmd_entry {
	const char *name;			/* the verb, or NULL for tanda itself */
	const char *alias;			/* another name it answers to, or NULL */
	const char *usage;			/* the usage line(s), without "usage: " */
	const char *summary;			/* one line, for tanda --help */
	const struct cmd_option *options;	/* its own options, or NULL */
	unsigned flags;				/* enum cmd_flag */
	cmd_take_fn take;			/* applies its own options */
	int (*run)(int argc, char **argv);	/* argv[0] is the verb; the exit status */
};

/* The verbs, in the order --help lists them, ending with NULL. */
extern const struct cmd_entry *const cmd_table[];

/* The verb called name (or aliased so), or NULL. */
const struct cmd_entry *cmd_find(const char *name);

/* The options every verb takes. */
struct cmd_common {
	struct article_options article;	/* how to read an article */
	long timeout;			/* --timeout: seconds to fetch a URL */
	const char *db;			/* --db, or NULL for the default */
	const char *author;		/* --author, or NULL */
};

/* The defaults of the common options. */
void cmd_common_init(struct cmd_common *common);

/* The take_fn of a verb whose one option is a flag (--dry-run): request
 * is the int it sets. */
enum tanda_status cmd_take_flag(void *request, int key, const char *arg,
				struct tanda_error *why);

/* What cmd_parse returns to say: go on with the operands at argv[optind]. */
#define CMD_CONTINUE (-1)

/*
 * Read the options of argv (argv[0] the verb) by verb's tables: the common
 * options into common, the filters into filter (a verb with CMD_FILTERS),
 * its own through verb->take into request.  Returns CMD_CONTINUE, or the
 * exit status when the verb is done: 0 after --help, 64 after an option
 * error (reported through cmd_option_error).
 */
int cmd_parse(const struct cmd_entry *verb, int argc, char **argv, struct cmd_common *common,
	      struct store_query *filter, void *request);

/* The one way an option error is reported: "tanda VERB: OPTION: why" (or
 * "tanda: OPTION: why" for tanda itself) and the usage on standard error;
 * returns EX_USAGE. */
int cmd_option_error(const struct cmd_entry *verb, const char *option, const char *why);

/* Print the usage of verb on standard error and return EX_USAGE. */
int cmd_usage_error(const struct cmd_entry *verb);

/* Print the usage, summary and options of verb on standard output (for
 * tanda itself, also the verbs); returns the exit status. */
int cmd_help(const struct cmd_entry *verb);

/* Print "tanda: message" and a newline on standard error. */
void cmd_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Report a failed status with its message; returns the exit status. */
int cmd_fail(const struct tanda_error *err);

/* Flush out and return 0, or report a write error and return EX_IOERR. */
int cmd_finish_output(FILE *out);

/* Write the article's text to out, each line NUMBER<TAB>TEXT if numbered
 * (cmd-cat.c; also what `tanda FILE` prints in a pipe). */
void cmd_write_text(const struct article *article, int numbered, FILE *out);

/* The import options of the verbs that import (cmd-import.c; `sync` too):
 * the defaults, common's --max-size, dry_run, notices on standard error. */
void cmd_import_options_init(struct yaml_import_options *options,
			     const struct cmd_common *common, int dry_run);

/* Import the annotation set at path, printing its report per file and
 * article, or what is wrong; returns the exit status (cmd-import.c). */
int cmd_import_file(struct store *store, const char *path,
		    const struct yaml_import_options *options);

/* After an accept was refused over the accepted correction other, offer
 * to reject that one (the command that does it); returns EX_DATAERR
 * (cmd-review.c; `edit` too). */
int cmd_review_offer_reject(const struct annotation *other);

/* Fetch the page at url into the cache and load it as an article named
 * by its URL, in the format its Content-Type names (else HTML) unless
 * --from says; *out as article_load makes it (cmd-fetch.c). */
enum tanda_status cmd_fetch_article(const char *url, const struct cmd_common *common,
				    struct article **out, struct tanda_error *err);
/* tanda itself, as an entry (main.c): what `tanda --help` and `tanda
 * help` print. */
extern const struct cmd_entry cmd_tanda_entry;

/* The verbs' entries, each defined in its cli/cmd-VERB.c. */
extern const struct cmd_entry cmd_annotate_entry;
extern const struct cmd_entry cmd_apply_entry;
extern const struct cmd_entry cmd_cat_entry;
extern const struct cmd_entry cmd_backup_entry;
extern const struct cmd_entry cmd_check_entry;
extern const struct cmd_entry cmd_doctor_entry;
extern const struct cmd_entry cmd_edit_entry;
extern const struct cmd_entry cmd_export_entry;
extern const struct cmd_entry cmd_fetch_entry;
extern const struct cmd_entry cmd_help_entry;
extern const struct cmd_entry cmd_import_entry;
extern const struct cmd_entry cmd_info_entry;
extern const struct cmd_entry cmd_library_entry;
extern const struct cmd_entry cmd_list_entry;
extern const struct cmd_entry cmd_review_entry;
extern const struct cmd_entry cmd_rm_entry;
extern const struct cmd_entry cmd_forget_entry;
extern const struct cmd_entry cmd_sync_entry;

#endif
