/*
 * main.c - the front door: `tanda [OPTIONS] [FILE]` and `tanda VERB ...`.
 *
 * A first argument that names a verb runs that verb (cmd-*.c).  Otherwise
 * the options and FILE are read here: on a terminal the article opens in the
 * reader; in a pipe `tanda FILE` prints it as `tanda cat -n FILE` does.
 */
#include <assert.h>
#include <getopt.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "cmd.h"
#include "open.h"
#include "reanchor.h"
#include "store.h"
#include "ui.h"
#include "w3c-import.h"

#ifndef PKGDATADIR
#define PKGDATADIR "/usr/local/share/tanda"
#endif

/* The sample article's file name, in data/ of the tree and in pkgdatadir. */
#define SAMPLE_NAME "sample.txt"

/* The environment variable that names the data folder instead. */
#define DATADIR_VARIABLE "TANDA_DATADIR"

/* Whether path names a readable file. */
static int readable(const char *path)
{
	return access(path, R_OK) == 0;
}

/* The sample beside the running program, in data/ (a tree built in
 * place), into path[size]; NULL when it is not there. */
static const char *sample_beside_program(char *path, size_t size)
{
	ssize_t n = readlink("/proc/self/exe", path, size - 1);
	char *slash;

	if (n <= 0)
		return NULL;
	path[n] = '\0';
	slash = strrchr(path, '/');
	if (slash == NULL || (size_t)(slash - path) + sizeof "/data/" SAMPLE_NAME > size)
		return NULL;
	memcpy(slash, "/data/" SAMPLE_NAME, sizeof "/data/" SAMPLE_NAME);
	return readable(path) ? path : NULL;
}

/* Find the sample article, into path[size]: in $TANDA_DATADIR when it is
 * set (the tests, a build in another folder), else beside the program in
 * data/ (a tree built in place), else in pkgdatadir (an installed tanda).
 * No source path is compiled in. */
static const char *find_sample(char *path, size_t size)
{
	const char *datadir = getenv(DATADIR_VARIABLE);

	if (datadir != NULL && datadir[0] != '\0') {
		snprintf(path, size, "%s/%s", datadir, SAMPLE_NAME);
		return path;
	}
	if (sample_beside_program(path, size) != NULL)
		return path;
	snprintf(path, size, "%s/%s", PKGDATADIR, SAMPLE_NAME);
	return path;
}

/* The options of the reader, beyond the article options. */
enum main_option {
	OPT_REPLAY = CMD_OPT_FIRST_FREE,
	OPT_SCREEN,
	OPT_SIZE,
};

/* What the reader records in the store once its first screen is up. */
struct opened {
	const struct cmd_common *common;
	struct article *article;
	const char *path;	/* NULL for standard input */
	char author[256];	/* found after the first screen: git may be asked */
};

/* Find who annotates (it may ask git: not before the first screen). */
static void find_author(struct opened *o)
{
	char buf[sizeof o->author];
	const char *who = cmd_author(o->common, buf, sizeof buf);

	snprintf(o->author, sizeof o->author, "%s", who);
}

/* Record the opened article in the store and carry its annotations over
 * (ui_options.after_first_screen); a failure is only a message: the
 * reader works without the store. */
static int record_opened(void *context, struct store **out, char *message, size_t size)
{
	struct opened *o = context;
	struct reanchor_report report, adopted;
	struct tanda_error err;
	struct store *store = NULL;

	find_author(o);
	memset(&report, 0, sizeof report);
	if (cmd_store_open_quietly(o->common, &store, &err) != TANDA_OK ||
	    reanchor_open(store, o->article, o->path, REANCHOR_VISIT, &report, &err) != TANDA_OK ||
	    w3c_import_adopt(store, o->article, o->path, &adopted, &err) != TANDA_OK) {
		snprintf(message, size, "annotations unavailable: %s", err.message);
		reanchor_report_clear(&report);
		store_close(store);
		return 1;
	}
	*out = store;
	if (!cmd_describe_opened(o->article->name, &report, 0, message, size))
		cmd_describe_adopted(o->article->name, &adopted, 0, message, size);
	reanchor_report_clear(&report);
	return 0;
}

/* Hand the store to the library, recording nothing
 * (ui_options.after_first_screen). */
static int hand_over_store(void *context, struct store **out, char *message, size_t size)
{
	struct opened *o = context;
	struct tanda_error err;

	find_author(o);
	if (cmd_store_open_quietly(o->common, out, &err) != TANDA_OK) {
		snprintf(message, size, "annotations unavailable: %s", err.message);
		return 1;
	}
	return 0;
}

/* store_article_list callback: stop at the first article with text. */
static int found_article(void *context, const struct store_article *article)
{
	int *found = context;

	*found = !article->pending;
	return *found;
}

/* Whether the store holds an article to list in the library. */
static int store_has_articles(const struct cmd_common *common)
{
	struct tanda_error err;
	struct store *store = NULL;
	int found = 0;

	if (cmd_store_open_quietly(common, &store, &err) == TANDA_OK)
		(void)store_article_list(store, STORE_BY_LAST_OPENED, found_article, &found, &err);
	store_close(store);
	return found;
}

/* An article with no text, for the reader to start on when it starts in
 * the library; the exit status. */
static int empty_article(struct article **out)
{
	struct tanda_error err;

	if (article_from_text("(library)", "", 0, out, &err) != TANDA_OK) {
		cmd_error("%s", err.message);
		return EX_OSERR;
	}
	return 0;
}

/* Show the article at path (NULL: none, the library first): the reader on
 * a terminal or in a replay,
 * numbered text in a pipe. */
static int show_article(const char *path, const struct cmd_common *common,
			struct ui_options *ui)
{
	struct article *article;
	struct opened opened;
	char *db = NULL;
	int status = path ? cmd_load_article(path, common, &article)
			  : empty_article(&article);

	if (status != 0)
		return status;
	if (ui->replay == NULL && !isatty(STDOUT_FILENO)) {
		cmd_write_text(article, 1, stdout);
		status = cmd_finish_output(stdout);
	} else {
		opened.common = common;
		opened.article = article;
		opened.path = path && strcmp(path, "-") ? path : NULL;
		ui->after_first_screen = ui->library ? hand_over_store : record_opened;
		ui->context = &opened;
		ui->db = db = cmd_store_path(common);	/* for :export */
		ui->reading = &common->article;		/* for :reload */
		opened.author[0] = '\0';
		ui->author = opened.author;	/* filled after the first screen */
		status = ui_run(article, ui);
	}
	free(db);
	article_free(article);
	ui_reraise();
	return status;
}

/* Make sure characters are UTF-8 even in a locale that is not: returns a
 * warning for the status line, or NULL when the locale was fine. */
static const char *ensure_utf8_locale(void)
{
	if (strcmp(nl_langinfo(CODESET), "UTF-8") == 0)
		return NULL;
	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL)
		return "warning: locale not UTF-8 and no C.UTF-8; text may look wrong";
	return "warning: locale not UTF-8 (LANG, LC_ALL); showing UTF-8 anyway";
}

/* What tanda's own options ask for. */
struct request {
	struct ui_options *ui;
	int version;	/* -V */
};

/* Read --size COLSxROWS into ui. */
static enum tanda_status take_size(const char *text, struct ui_options *ui,
				   struct tanda_error *why)
{
	int end = 0;

	if (sscanf(text, "%dx%d%n", &ui->cols, &ui->rows, &end) != 2 || text[end] != '\0' ||
	    ui->cols < 1 || ui->rows < 1 || ui->cols > UI_MAX_SIZE || ui->rows > UI_MAX_SIZE)
		return tanda_fail(why, TANDA_EUSAGE, "expected COLSxROWS from 1x1 to %dx%d, not \"%s\"",
				  UI_MAX_SIZE, UI_MAX_SIZE, text);
	return TANDA_OK;
}

/* Apply one of tanda's own options to the request (take_fn). */
static enum tanda_status take_option(void *request, int key, const char *arg,
				     struct tanda_error *why)
{
	struct request *r = request;

	switch (key) {
	case 'V':
		r->version = 1;
		return TANDA_OK;
	case OPT_REPLAY:
		r->ui->replay = arg;
		return TANDA_OK;
	case OPT_SCREEN:
		r->ui->screen = arg;
		return TANDA_OK;
	default:
		assert(key == OPT_SIZE);
		return take_size(arg, r->ui, why);
	}
}

/* The options of tanda itself, beyond those every verb takes. */
static const struct cmd_option tanda_options[] = {
	{ .name = "version", .key = 'V', .arg = NULL, .help = "show the version" },
	{ .name = "replay", .key = OPT_REPLAY, .arg = "KEYS",
	  .help = "run the reader on a virtual screen from a key script" },
	{ .name = "screen", .key = OPT_SCREEN, .arg = "OUT",
	  .help = "with --replay: write the final screen to OUT" },
	{ .name = "size", .key = OPT_SIZE, .arg = "COLSxROWS",
	  .help = "with --replay: the virtual screen's size (80x24)" },
	{ .name = NULL },
};

/* tanda itself, as an entry: its usage, its description, its options. */
const struct cmd_entry cmd_tanda_entry = {
	.name = NULL,
	.alias = NULL,
	.usage = "tanda [OPTIONS] [FILE]\n"
		 "       tanda --replay KEYS [--screen OUT] [--size COLSxROWS] [FILE]",
	.summary = "Read and annotate a news article in the terminal.  With no FILE,\n"
		   "tanda opens its sample article; FILE - reads standard input.",
	.options = tanda_options,
	.flags = 0,
	.take = take_option,
	.run = NULL,
};

/* Whether arg, given alone, was meant as a verb: no such file, and it
 * looks like a word rather than a path. */
static int looks_like_verb(const char *arg)
{
	return access(arg, F_OK) != 0 && strchr(arg, '/') == NULL &&
	       strchr(arg, '.') == NULL && strcmp(arg, "-") != 0;
}

/* Print the version on standard output. */
static int print_version(void)
{
	puts(PACKAGE_STRING);
	return cmd_finish_output(stdout);
}

int main(int argc, char **argv)
{
	struct ui_options ui = { .replay = NULL, .screen = NULL, .cols = 80, .rows = 24 };
	struct request r = { .ui = &ui, .version = 0 };
	struct cmd_common options;
	const struct cmd_entry *verb;
	char sample[PATH_MAX];
	int status;

	/* the locale is set before any verb runs: under env -i (cron, a
	 * bare container) the verbs too see UTF-8 */
	setlocale(LC_ALL, "");
	ui.warning = ensure_utf8_locale();
	if (argc > 1 && (verb = cmd_find(argv[1])) != NULL)
		return verb->run(argc - 1, argv + 1);
	cmd_common_init(&options);
	status = cmd_parse(&cmd_tanda_entry, argc, argv, &options, NULL, &r);
	if (status != CMD_CONTINUE)
		return status;
	if (r.version)
		return print_version();
	if (ui.screen != NULL && ui.replay == NULL)
		return cmd_option_error(&cmd_tanda_entry, "--screen", "needs --replay");
	if (argc - optind > 1 || (argc - optind == 1 && looks_like_verb(argv[optind]))) {
		cmd_error("%s: no such command or file", argv[optind]);
		return cmd_usage_error(&cmd_tanda_entry);
	}
	if (optind < argc)
		return show_article(argv[optind], &options, &ui);
	if (!isatty(STDIN_FILENO) && ui.replay == NULL)
		return show_article("-", &options, &ui);
	ui.library = (ui.replay != NULL || isatty(STDOUT_FILENO)) && store_has_articles(&options);
	return show_article(ui.library ? NULL : find_sample(sample, sizeof sample), &options, &ui);
}
