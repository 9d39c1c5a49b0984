/*
 * cmd.c - the verb table and the helpers that the verbs share.
 */
#include <errno.h>
#include <pwd.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "cmd.h"
#include "reanchor.h"
#include "store.h"

/* Options every verb lists in its help. */
static const char common_options_help[] =
	"  --paragraphs=auto|lines|blocks  how lines become paragraphs\n"
	"  --max-size=SIZE                 largest file accepted (default 1G)\n"
	"  --db=PATH                       the annotation database\n"
	"  --author=NAME                   the author of new annotations\n"
	"  --title=TITLE                   the article's title (over its front matter's)\n"
	"  -h, --help                      show this help\n";

const struct cmd_entry cmd_table[] = {
	{ "cat", cmd_cat, "tanda cat [-n] [OPTIONS] FILE",
	  "Print the normalized article, one paragraph per line",
	  "  -n, --number                    number the paragraphs (NUMBER<TAB>TEXT)\n" },
	{ "info", cmd_info, "tanda info [OPTIONS] FILE",
	  "Print the article's metadata as YAML key: value lines", "" },
	{ "annotate", cmd_annotate,
	  "tanda annotate FILE --exact TEXT --kind KIND [OPTIONS]",
	  "Add one annotation on the words TEXT of FILE and print its id",
	  "  --exact=TEXT                    the words to annotate (required)\n"
	  "  --kind=KIND                     highlight, quote, claim, correction or note\n"
	  "  --paragraph=N                   TEXT is in paragraph N\n"
	  "  --occurrence=K                  the K-th TEXT (default 1)\n"
	  "  --tag=TAG                       a tag (repeatable)\n"
	  "  --note=TEXT                     a note\n"
	  "  --color=COLOR                   a highlight color: yellow, green, cyan, magenta, blue, red\n"
	  "  --speaker=NAME                  who said a quote\n"
	  "  --status=STATUS                 a claim's or a correction's status\n"
	  "  --replace=TEXT                  a correction's replacement\n"
	  "  --correction-kind=KIND          date, name, title, number, spelling, attribution, other\n" },
	{ "check", cmd_check,
	  "tanda check [--format text|yaml] [--save] [--verbose] [--published DATE] [--lang id|en] "
	  "FILE...",
	  "Find date and name errors; print them as FILE:LINE:COLUMN: KIND: message",
	  "  --format=text|yaml              one line per finding (default), or YAML\n"
	  "  --save                          store each finding as a proposed correction\n"
	  "  -v, --verbose                   also information (a bare weekday resolved)\n"
	  "  --published=DATE                the publication date, YYYY-MM-DD\n"
	  "  --lang=id|en                    read the article as Indonesian or English\n" },
	{ "apply", cmd_apply, "tanda apply FILE [-o OUT] [--date YYYY-MM-DD]",
	  "Publish the accepted corrections: the corrected text and a dated notice",
	  "  -o, --output=OUT                write to OUT (atomically), not standard output\n"
	  "  --date=YYYY-MM-DD               the notice's date (default: today, UTC)\n" },
	{ "list", cmd_list,
	  "tanda list [FILE] [--all] [--kind K] [--tag T] [--author A] [--status S] [--grep TEXT]",
	  "List annotations in text order (a table, or TSV in a pipe)",
	  "  --all                           every article's annotations\n"
	  "  --kind=KIND, --tag=TAG, --status=STATUS, --grep=TEXT, --author=NAME\n"
	  "                                  only those (--author filters here)\n"
	  },
	{ "rm", cmd_rm, "tanda rm [OPTIONS] ID...",
	  "Delete annotations (tombstones are kept for merging)",
	  "  --restore                       bring deleted annotations back\n" },
	{ "library", cmd_library, "tanda library [OPTIONS]",
	  "List the stored articles with their annotation counts", "" },
	{ "export", cmd_export,
	  "tanda export [FILE...] [--all] [-o OUT] [--kind K] [--tag T] [--author A] [--status S] "
	  "[--with-text] [--include-deleted] [--stamp] [--corrections]",
	  "Write annotations as a YAML annotation set (see tanda-yaml(5)), or the corrections log",
	  "  --all                           also articles with no matching annotation\n"
	  "  -o, --output=OUT                write to OUT (atomically), not standard output\n"
	  "  --kind=KIND, --tag=TAG, --status=STATUS, --author=NAME\n"
	  "                                  only those (--author filters here)\n"
	  "  --with-text                     include each article's normalized text\n"
	  "  --include-deleted               include deleted annotations (deleted: true)\n"
	  "  --stamp                         add the time of the export (exported:)\n"
	  "  --corrections                   the corrections with their history, as YAML\n" },
	{ "import", cmd_import, "tanda import FILE... [--dry-run] [--author-map OLD=NEW]",
	  "Merge YAML annotation sets into the store (see tanda-yaml(5))",
	  "  --dry-run                       say what would change; change nothing\n"
	  "  --author-map=OLD=NEW            rename the author OLD to NEW (repeatable)\n" },
	{ "sync", cmd_sync, "tanda sync DIR [--author A] [--db PATH] [--dry-run]",
	  "Import every DIR/*.yaml, then write your own set (--author's) to DIR/AUTHOR.yaml",
	  "  --dry-run                       say what importing would change; write nothing\n" },
	{ "help", cmd_help_verb, "tanda help [COMMAND]",
	  "Show this help, or a command's (as tanda COMMAND --help)", "" },
	{ NULL, NULL, NULL, NULL, NULL },
};

const struct cmd_entry *cmd_find(const char *name)
{
	const struct cmd_entry *verb;

	for (verb = cmd_table; verb->name != NULL; verb++)
		if (strcmp(verb->name, name) == 0)
			return verb;
	return NULL;
}

void cmd_error(const char *fmt, ...)
{
	va_list ap;

	fputs("tanda: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int cmd_usage_error(const struct cmd_entry *verb)
{
	fprintf(stderr, "usage: %s\n", verb->usage);
	return EX_USAGE;
}

int cmd_help(const struct cmd_entry *verb)
{
	printf("usage: %s\n%s.\n\nOptions:\n%s%s", verb->usage, verb->summary,
	       verb->options_help, common_options_help);
	return cmd_finish_output(stdout);
}

void cmd_common_init(struct cmd_common *common)
{
	article_options_default(&common->article);
	common->db = NULL;
	common->author = NULL;
}

int cmd_common_option(int opt, const char *arg, struct cmd_common *common)
{
	switch (opt) {
	case CMD_OPT_PARAGRAPHS:
		if (article_parse_layout(arg, &common->article.layout) == 0)
			return 1;
		cmd_error("--paragraphs: expected auto, lines or blocks, not \"%s\"", arg);
		return -1;
	case CMD_OPT_MAX_SIZE:
		if (source_parse_size(arg, &common->article.max_size) == 0)
			return 1;
		cmd_error("--max-size: expected a size such as 500K, 64M or 2G, not \"%s\"", arg);
		return -1;
	case CMD_OPT_DB:
		common->db = arg;
		return 1;
	case CMD_OPT_TITLE:
		common->article.title = arg;
		return 1;
	case CMD_OPT_AUTHOR:
		if (arg[0] != '\0') {
			common->author = arg;
			return 1;
		}
		cmd_error("--author: the name cannot be empty");
		return -1;
	default:
		return 0;
	}
}

int cmd_filter_option(int opt, const char *arg, struct store_query *query)
{
	switch (opt) {
	case CMD_OPT_KIND:
		query->kind = annotation_lookup(annotation_kind_names, KIND_COUNT, arg);
		if (query->kind >= 0)
			return 1;
		cmd_error("--kind: \"%s\" is not highlight, quote, claim, correction or note", arg);
		return -1;
	case CMD_OPT_TAG:
		query->tag = arg;
		return 1;
	case CMD_OPT_STATUS:
		query->status = arg;
		return 1;
	default:
		return 0;
	}
}

int cmd_fail(const struct tanda_error *err)
{
	cmd_error("%s", err->message);
	return tanda_exit_status(err->status);
}

char *cmd_store_path(const struct cmd_common *common)
{
	return common->db ? strdup(common->db) : store_default_path();
}

enum tanda_status cmd_store_open_quietly(const struct cmd_common *common, struct store **out,
					 struct tanda_error *err)
{
	char *path = cmd_store_path(common);
	enum tanda_status status;

	if (path == NULL)
		return tanda_fail(err, TANDA_ENOMEM, "out of memory");
	status = store_open(path, out, err);
	free(path);
	return status;
}

int cmd_open_store(const struct cmd_common *common, struct store **out)
{
	struct tanda_error err;

	if (cmd_store_open_quietly(common, out, &err) != TANDA_OK)
		return cmd_fail(&err);
	return 0;
}

int cmd_describe_carried(const char *name, const struct reanchor_report *r, char *buf,
			 size_t size)
{
	if (r->moved == 0)
		return 0;
	snprintf(buf, size, "%s: the article changed; %zu annotation%s carried over: %zu exact, "
		 "%zu fuzzy (to confirm), %zu orphaned, %zu resolved by the edit", name, r->moved,
		 r->moved == 1 ? "" : "s", r->by_state[ANCHOR_EXACT], r->by_state[ANCHOR_FUZZY],
		 r->by_state[ANCHOR_ORPHAN], r->by_state[ANCHOR_RESOLVED]);
	return 1;
}

int cmd_open_article(const char *path, const struct cmd_common *common, int writing,
		     struct article **article, struct store **store)
{
	struct reanchor_report report;
	struct tanda_error err;
	char message[512];
	int status = cmd_load_article(path, &common->article, article);

	*store = NULL;
	if (status != 0)
		return status;
	status = cmd_open_store(common, store);
	if (status == 0 && writing && store_begin(*store, &err) != TANDA_OK)
		status = cmd_fail(&err);
	if (status == 0 && reanchor_open(*store, *article, strcmp(path, "-") ? path : NULL,
					 REANCHOR_IF_NEEDED, &report, &err) != TANDA_OK)
		status = cmd_fail(&err);
	if (status != 0) {
		store_close(*store);
		article_free(*article);
		*store = NULL;
		*article = NULL;
		return status;
	}
	if (cmd_describe_carried((*article)->name, &report, message, sizeof message))
		cmd_error("%s", message);
	return 0;
}

/* Git's user.name, into buf; 0 when there is one. */
static int git_user_name(char *buf, size_t size)
{
	FILE *git = popen("git config user.name 2>/dev/null", "r");
	int found = 0;

	if (git == NULL)
		return -1;
	if (fgets(buf, (int)size, git) != NULL) {
		buf[strcspn(buf, "\n")] = '\0';
		found = buf[0] != '\0';
	}
	pclose(git);
	return found ? 0 : -1;
}

/* The user's name from the password database (the full name when there
 * is one), into buf. */
static void passwd_name(char *buf, size_t size)
{
	struct passwd *pw = getpwuid(getuid());
	size_t len;

	if (pw == NULL) {
		snprintf(buf, size, "uid %lu", (unsigned long)getuid());
		return;
	}
	len = pw->pw_gecos ? strcspn(pw->pw_gecos, ",") : 0;
	if (len > 0)
		snprintf(buf, size, "%.*s", (int)len, pw->pw_gecos);
	else
		snprintf(buf, size, "%s", pw->pw_name);
}

const char *cmd_author(const struct cmd_common *common, char *buf, size_t size)
{
	const char *env = getenv("TANDA_AUTHOR");

	if (common->author != NULL)
		return common->author;
	if (env != NULL && env[0] != '\0')
		return env;
	if (git_user_name(buf, size) == 0)
		return buf;
	passwd_name(buf, size);
	return buf;
}

/* Warn about replaced ill-formed UTF-8 in article. */
static void warn_invalid(const struct article *article)
{
	cmd_error("%s:%lu:%lu: warning: %zu invalid UTF-8 sequence%s replaced by U+FFFD%s",
		  article->name, (unsigned long)article->invalid_line,
		  (unsigned long)article->invalid_column, article->invalid,
		  article->invalid == 1 ? "" : "s",
		  article->invalid == 1 ? "" : " (the first is here)");
}

/* What a bus error says: the file last loaded (static, for the handler). */
static char bus_error_message[512];

/* A read of a mapped file that was cut short after it was mapped (edited
 * in place) raises SIGBUS: say which file and exit 74 rather than die of
 * it.  (The reader's handler restores the terminal first, then calls this
 * one.) */
static void on_bus_error(int sig)
{
	ssize_t written = write(STDERR_FILENO, bus_error_message, strlen(bus_error_message));

	(void)sig;
	(void)written;	/* exiting either way */
	_exit(EX_IOERR);
}

/* Name path in what a bus error says, and catch it. */
static void catch_bus_error(const char *path)
{
	struct sigaction sa;

	snprintf(bus_error_message, sizeof bus_error_message,
		 "tanda: %s: cut short while it was being read (changed on disk?)\n",
		 strcmp(path, "-") ? path : SOURCE_STDIN_NAME);
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_bus_error;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGBUS, &sa, NULL);
}

int cmd_load_article(const char *path, const struct article_options *options,
		     struct article **out)
{
	struct tanda_error err;
	enum tanda_status status;

	tanda_error_clear(&err);
	catch_bus_error(path);
	status = article_load(path, options, out, &err);
	if (status != TANDA_OK) {
		cmd_error("%s", err.message);
		return tanda_exit_status(status);
	}
	if ((*out)->invalid > 0)
		warn_invalid(*out);
	return 0;
}

int cmd_finish_output(FILE *out)
{
	if (fflush(out) == 0 && !ferror(out))
		return 0;
	cmd_error("cannot write output: %s", strerror(errno));
	return EX_IOERR;
}
