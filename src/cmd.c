/*
 * cmd.c - the verb table and the helpers that the verbs share.
 */
#include <errno.h>
#include <stdarg.h>
#include <string.h>
#include <sysexits.h>

#include "cmd.h"

/* Options every article verb lists in its help. */
static const char article_options_help[] =
	"  --paragraphs=auto|lines|blocks  how lines become paragraphs\n"
	"  --max-size=SIZE                 largest file accepted (default 1G)\n"
	"  -h, --help                      show this help\n";

const struct cmd_entry cmd_table[] = {
	{ "cat", cmd_cat, "tanda cat [-n] [OPTIONS] FILE",
	  "Print the normalized article, one paragraph per line",
	  "  -n, --number                    number the paragraphs (NUMBER<TAB>TEXT)\n" },
	{ "info", cmd_info, "tanda info [OPTIONS] FILE",
	  "Print the article's metadata as YAML key: value lines", "" },
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
	       verb->options_help, article_options_help);
	return cmd_finish_output(stdout);
}

int cmd_article_option(int opt, const char *arg, struct article_options *options)
{
	switch (opt) {
	case CMD_OPT_PARAGRAPHS:
		if (article_parse_layout(arg, &options->layout) == 0)
			return 1;
		cmd_error("--paragraphs: expected auto, lines or blocks, not \"%s\"", arg);
		return -1;
	case CMD_OPT_MAX_SIZE:
		if (source_parse_size(arg, &options->max_size) == 0)
			return 1;
		cmd_error("--max-size: expected a size such as 500K, 64M or 2G, not \"%s\"", arg);
		return -1;
	default:
		return 0;
	}
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

int cmd_load_article(const char *path, const struct article_options *options,
		     struct article **out)
{
	struct tanda_error err;
	enum tanda_status status;

	tanda_error_clear(&err);
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
