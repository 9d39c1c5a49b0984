/*
 * cmd.c - the command line: the table of the verbs' entries (each defined
 * in its cli/cmd-VERB.c), a verb's options read by its tables, the help
 * and usage made from the same tables, the one way option errors are
 * reported, and the printing of errors.
 */
#include <assert.h>
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "cmd.h"
#include "fetch.h"
#include "print.h"
#include "store.h"
#include "strbuf.h"

const struct cmd_entry *const cmd_table[] = {
	&cmd_cat_entry,
	&cmd_info_entry,
	&cmd_annotate_entry,
	&cmd_check_entry,
	&cmd_review_entry,
	&cmd_apply_entry,
	&cmd_list_entry,
	&cmd_edit_entry,
	&cmd_rm_entry,
	&cmd_library_entry,
	&cmd_forget_entry,
	&cmd_export_entry,
	&cmd_import_entry,
	&cmd_fetch_entry,
	&cmd_sync_entry,
	&cmd_doctor_entry,
	&cmd_backup_entry,
	&cmd_help_entry,
	NULL,
};

/* The options every verb takes (and tanda itself). */
static const struct cmd_option common_options[] = {
	{ .name = "paragraphs", .key = CMD_OPT_PARAGRAPHS, .arg = "auto|lines|blocks",
	  .help = "how lines become paragraphs" },
	{ .name = "from", .key = CMD_OPT_FROM, .arg = "auto|text|html|markdown",
	  .help = "the article's format (default: by name, by content)" },
	{ .name = "max-size", .key = CMD_OPT_MAX_SIZE, .arg = "SIZE",
	  .help = "largest file accepted (default 1G; a page fetched, 64M)" },
	{ .name = "timeout", .key = CMD_OPT_TIMEOUT, .arg = "SECONDS",
	  .help = "how long fetching a URL may take (default 30)" },
	{ .name = "db", .key = CMD_OPT_DB, .arg = "PATH", .help = "the annotation database" },
	{ .name = "title", .key = CMD_OPT_TITLE, .arg = "TITLE",
	  .help = "the article's title (over its front matter's)" },
	{ .name = "author", .key = CMD_OPT_AUTHOR, .arg = "NAME",
	  .help = "the author of new annotations" },
	{ .name = "help", .key = 'h', .arg = NULL, .help = "show this help" },
	{ .name = NULL },
};

/* The annotation filters (verbs with CMD_FILTERS). */
static const struct cmd_option filter_options[] = {
	{ .name = "kind", .key = CMD_OPT_KIND, .arg = "KIND",
	  .help = "only highlights, quotes, claims, corrections or notes" },
	{ .name = "tag", .key = CMD_OPT_TAG, .arg = "TAG", .help = "only annotations with TAG" },
	{ .name = "status", .key = CMD_OPT_STATUS, .arg = "STATUS",
	  .help = "only claims and corrections with STATUS" },
	{ .name = "anchor", .key = CMD_OPT_ANCHOR, .arg = "STATE",
	  .help = "only anchors exact, fuzzy, orphan or resolved-by-edit" },
	{ .name = NULL },
};

/* The help of --author where it filters (CMD_AUTHOR_FILTERS). */
#define AUTHOR_FILTER_HELP "only annotations by NAME"

/* The widest option column of the help; longer ones put their help on the
 * next line. */
#define HELP_COLUMN 32

/* The most options a verb has, all tables together. */
#define OPTIONS_MAX 40

const struct cmd_entry *cmd_find(const char *name)
{
	size_t i;

	for (i = 0; cmd_table[i] != NULL; i++)
		if (strcmp(cmd_table[i]->name, name) == 0 ||
		    (cmd_table[i]->alias != NULL && strcmp(cmd_table[i]->alias, name) == 0))
			return cmd_table[i];
	return NULL;
}

void cmd_error(const char *fmt, ...)
{
	va_list ap;

	fputs("tanda: ", stderr);
	va_start(ap, fmt);
	print_vtext(stderr, fmt, ap);	/* names and keys from files, made inert */
	va_end(ap);
	fputc('\n', stderr);
}

int cmd_fail(const struct tanda_error *err)
{
	cmd_error("%s", err->message);
	return tanda_exit_status(err->status);
}

int cmd_finish_output(FILE *out)
{
	if (fflush(out) == 0 && !ferror(out))
		return 0;
	cmd_error("cannot write output: %s", strerror(errno));
	return EX_IOERR;
}

/* Print the usage of verb to out: its lines, and for tanda itself every
 * verb's too. */
static void print_usage(const struct cmd_entry *verb, FILE *out)
{
	size_t i;

	fprintf(out, "usage: %s\n", verb->usage);
	if (verb->name != NULL)
		return;
	for (i = 0; cmd_table[i] != NULL; i++)
		fprintf(out, "       %s\n", cmd_table[i]->usage);
}

int cmd_usage_error(const struct cmd_entry *verb)
{
	print_usage(verb, stderr);
	return EX_USAGE;
}

int cmd_option_error(const struct cmd_entry *verb, const char *option, const char *why)
{
	if (verb->name != NULL)
		print_text(stderr, "tanda %s: %s: %s\n", verb->name, option, why);
	else
		print_text(stderr, "tanda: %s: %s\n", option, why);
	return cmd_usage_error(verb);
}

/* Print one option's help line: "  -n, --number[=ARG]" padded to the
 * help column, then the help (on the next line when the option is wide). */
static void print_option(const struct cmd_option *o, const char *help)
{
	char text[128];
	struct strbuf sb;

	strbuf_init_fixed(&sb, text, sizeof text);
	if (o->key < 256)
		strbuf_addf(&sb, "-%c, ", o->key);
	strbuf_addf(&sb, "--%s", o->name);
	if (o->arg != NULL)
		strbuf_addf(&sb, "=%s", o->arg);
	if (sb.len < HELP_COLUMN)
		printf("  %-*s%s\n", HELP_COLUMN, text, help);
	else
		printf("  %s\n  %*s%s\n", text, HELP_COLUMN, "", help);
}

/* Print the options of a table, the help of --author as verb takes it. */
static void print_options(const struct cmd_entry *verb, const struct cmd_option *table)
{
	for (; table != NULL && table->name != NULL; table++)
		print_option(table, table->key == CMD_OPT_AUTHOR &&
				    (verb->flags & CMD_AUTHOR_FILTERS) ? AUTHOR_FILTER_HELP :
				    table->help);
}

/* Print the verbs with their summaries (tanda --help). */
static void print_verbs(void)
{
	size_t i;

	fputs("\nCommands:\n", stdout);
	for (i = 0; cmd_table[i] != NULL; i++)
		printf("  %-6s %s\n", cmd_table[i]->name, cmd_table[i]->summary);
}

int cmd_help(const struct cmd_entry *verb)
{
	print_usage(verb, stdout);
	if (verb->name != NULL)
		printf("%s.\n", verb->summary);
	else
		printf("\n%s\n", verb->summary);
	if (verb->name == NULL)
		print_verbs();
	fputs("\nOptions:\n", stdout);
	print_options(verb, verb->options);
	if (verb->flags & CMD_FILTERS)
		print_options(verb, filter_options);
	print_options(verb, common_options);
	if (verb->name == NULL)
		fputs("\nSee tanda(1) for more.\n", stdout);
	return cmd_finish_output(stdout);
}

void cmd_common_init(struct cmd_common *common)
{
	*common = (struct cmd_common){ .db = NULL, .author = NULL,
				       .timeout = FETCH_DEFAULT_TIMEOUT };
	article_options_default(&common->article);
}

/* Apply common option key with argument arg; TANDA_OK, or why not. */
static enum tanda_status take_common(struct cmd_common *common, int key, const char *arg,
				     struct tanda_error *why)
{
	switch (key) {
	case CMD_OPT_PARAGRAPHS:
		if (article_parse_layout(arg, &common->article.layout) == TANDA_OK)
			return TANDA_OK;
		return tanda_fail(why, TANDA_EUSAGE, "expected auto, lines or blocks, not \"%s\"",
				  arg);
	case CMD_OPT_FROM:
		if (article_parse_format(arg, &common->article.format) == TANDA_OK)
			return TANDA_OK;
		return tanda_fail(why, TANDA_EUSAGE,
				  "expected auto, text, html or markdown, not \"%s\"", arg);
	case CMD_OPT_TIMEOUT:
		if (fetch_parse_timeout(arg, &common->timeout) == TANDA_OK)
			return TANDA_OK;
		return tanda_fail(why, TANDA_EUSAGE, "expected whole seconds from 1 to %d, not \"%s\"",
				  FETCH_MAX_TIMEOUT, arg);
	case CMD_OPT_MAX_SIZE:
		if (source_parse_size(arg, &common->article.max_size) == TANDA_OK)
			return TANDA_OK;
		return tanda_fail(why, TANDA_EUSAGE,
				  "expected a size such as 500K, 64M or 2G, not \"%s\"", arg);
	case CMD_OPT_DB:
		common->db = arg;
		return TANDA_OK;
	case CMD_OPT_TITLE:
		common->article.title = arg;
		return TANDA_OK;
	default:
		assert(key == CMD_OPT_AUTHOR);
		if (arg[0] == '\0')
			return tanda_fail(why, TANDA_EUSAGE, "the name cannot be empty");
		common->author = arg;
		return TANDA_OK;
	}
}

/* Apply filter option key with argument arg to filter; TANDA_OK, or why
 * not. */
static enum tanda_status take_filter(struct store_query *filter, int key, const char *arg,
				     struct tanda_error *why)
{
	switch (key) {
	case CMD_OPT_KIND:
		filter->kind = annotation_lookup(annotation_kind_names, KIND_COUNT, arg);
		if (filter->kind >= 0)
			return TANDA_OK;
		return tanda_fail(why, TANDA_EUSAGE,
				  "\"%s\" is not highlight, quote, claim, correction or note", arg);
	case CMD_OPT_TAG:
		filter->tag = arg;
		return TANDA_OK;
	case CMD_OPT_ANCHOR:
		filter->anchor = annotation_lookup(anchor_state_names, ANCHOR_STATE_COUNT, arg);
		if (filter->anchor >= 0)
			return TANDA_OK;
		return tanda_fail(why, TANDA_EUSAGE,
				  "\"%s\" is not exact, fuzzy, orphan or resolved-by-edit", arg);
	default:
		assert(key == CMD_OPT_STATUS);
		filter->status = arg;
		return TANDA_OK;
	}
}

/* The tables a verb's options come from, in the order its help lists them. */
struct tables {
	const struct cmd_option *list[3];
	size_t count;
};

/* The tables of verb: its own, the filters, the common options. */
static struct tables tables_of(const struct cmd_entry *verb)
{
	struct tables t = { .list = { NULL, NULL, NULL }, .count = 0 };

	if (verb->options != NULL)
		t.list[t.count++] = verb->options;
	if (verb->flags & CMD_FILTERS)
		t.list[t.count++] = filter_options;
	t.list[t.count++] = common_options;
	return t;
}

/* The option of verb whose key is key, or NULL. */
static const struct cmd_option *option_by_key(const struct cmd_entry *verb, int key)
{
	struct tables t = tables_of(verb);
	const struct cmd_option *o;
	size_t i;

	for (i = 0; i < t.count; i++)
		for (o = t.list[i]; o->name != NULL; o++)
			if (o->key == key)
				return o;
	return NULL;
}

/* Make getopt_long's tables from verb's: long[max] (ending with zeros) and
 * the short options in shorts[size], which starts with ':' so that a
 * missing argument is told from an unknown option. */
static void getopt_tables(const struct cmd_entry *verb, struct option *longs, size_t max,
			  char *shorts, size_t size)
{
	struct tables t = tables_of(verb);
	const struct cmd_option *o;
	struct strbuf sb;
	size_t i, n = 0;

	strbuf_init_fixed(&sb, shorts, size);
	strbuf_addch(&sb, ':');
	for (i = 0; i < t.count; i++)
		for (o = t.list[i]; o->name != NULL; o++) {
			assert(n + 1 < max);
			longs[n++] = (struct option){ .name = o->name, .flag = NULL, .val = o->key,
						      .has_arg = o->arg ? required_argument : no_argument };
			if (o->key < 256)
				strbuf_addf(&sb, "%c%s", o->key, o->arg ? ":" : "");
		}
	assert(strbuf_ok(&sb));
	longs[n] = (struct option){ .name = NULL, .has_arg = 0, .flag = NULL, .val = 0 };
}

/* The number of options in longs whose name starts with the len bytes at
 * prefix. */
static size_t matches(const struct option *longs, const char *prefix, size_t len)
{
	size_t n = 0;

	for (; longs->name != NULL; longs++)
		n += strncmp(longs->name, prefix, len) == 0;
	return n;
}

/* Put the name of the option typed as argv[optind - 1] into sb: a long
 * one up to its '=', else -LETTER of optopt (a short one, maybe inside a
 * cluster such as -nx). */
static void typed_name(struct strbuf *sb, char **argv)
{
	const char *typed = argv[optind - 1];

	if (strncmp(typed, "--", 2) == 0)
		strbuf_add(sb, typed, strcspn(typed, "="));
	else
		strbuf_addf(sb, "-%c", optopt);
}

/* Report the option getopt_long refused (it returned what, ':' or '?'):
 * missing its argument, unknown, ambiguous, or given an argument it does
 * not take; returns EX_USAGE.  (glibc's getopt_long leaves optopt 0 for a
 * long option it does not know, the option's key for one given an
 * argument it does not take, the letter for an unknown short one.) */
static int refused(const struct cmd_entry *verb, const struct option *longs, int what,
		   char **argv)
{
	const struct cmd_option *o;
	char name[64];
	struct strbuf sb;

	strbuf_init_fixed(&sb, name, sizeof name);
	if (what == ':') {
		typed_name(&sb, argv);
		return cmd_option_error(verb, name, "needs an argument");
	}
	if (optopt == 0) {
		typed_name(&sb, argv);
		if (matches(longs, name + 2, sb.len - 2) > 1)
			return cmd_option_error(verb, name, "is ambiguous");
		return cmd_option_error(verb, name, "unknown option");
	}
	if ((o = option_by_key(verb, optopt)) != NULL) {
		strbuf_addf(&sb, "--%s", o->name);
		return cmd_option_error(verb, name, "takes no argument");
	}
	strbuf_addf(&sb, "-%c", optopt);
	return cmd_option_error(verb, name, "unknown option");
}

/* Apply option key (argument arg) of verb to common, filter or request;
 * returns CMD_CONTINUE, or the exit status after reporting why not. */
static int take(const struct cmd_entry *verb, int key, const char *arg,
		struct cmd_common *common, struct store_query *filter, void *request)
{
	const struct cmd_option *o = option_by_key(verb, key);
	struct tanda_error why;
	enum tanda_status status;
	char name[64];
	struct strbuf sb;

	assert(o != NULL);	/* getopt_long returns only keys of the tables */
	tanda_error_clear(&why);
	if (key >= CMD_OPT_PARAGRAPHS && key <= CMD_OPT_AUTHOR)
		status = take_common(common, key, arg, &why);
	else if (key >= CMD_OPT_KIND && key <= CMD_OPT_ANCHOR)
		status = take_filter(filter, key, arg, &why);
	else
		status = verb->take(request, key, arg, &why);
	if (status == TANDA_OK)
		return CMD_CONTINUE;
	strbuf_init_fixed(&sb, name, sizeof name);
	strbuf_addf(&sb, "--%s", o->name);
	if (status != TANDA_EUSAGE) {
		cmd_error("%s", why.message);
		return tanda_exit_status(status);
	}
	return cmd_option_error(verb, name, why.message);
}

int cmd_parse(const struct cmd_entry *verb, int argc, char **argv, struct cmd_common *common,
	      struct store_query *filter, void *request)
{
	struct option longs[OPTIONS_MAX];
	char shorts[2 * OPTIONS_MAX + 2];
	int key, status = CMD_CONTINUE;

	assert(filter != NULL || !(verb->flags & CMD_FILTERS));
	getopt_tables(verb, longs, OPTIONS_MAX, shorts, sizeof shorts);
	opterr = 0;	/* refused() says what is wrong, the one way */
	while (status == CMD_CONTINUE &&
	       (key = getopt_long(argc, argv, shorts, longs, NULL)) != -1) {
		if (key == '?' || key == ':')
			status = refused(verb, longs, key, argv);
		else if (key == 'h')
			status = cmd_help(verb);
		else
			status = take(verb, key, optarg, common, filter, request);
	}
	return status;
}

enum tanda_status cmd_take_flag(void *request, int key, const char *arg,
				struct tanda_error *why)
{
	(void)key;
	(void)arg;
	(void)why;
	*(int *)request = 1;
	return TANDA_OK;
}
