/*
 * cmd-fetch.c - `tanda fetch URL [-o FILE]`: a page from the web saved
 * whole, into FILE or (through the cache) onto standard output; and the
 * article behind a URL argument of any verb (cmd_fetch_article): the page
 * fetched into the cache (src/fetch.c), then loaded from there as an
 * article named by its URL.
 *
 * This is where the network is used, in the program, so that the core's
 * article_load stays a function of a file.
 */
#include <assert.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "fetch.h"

/* The fetch options of the common ones: --timeout, and --max-size up to
 * the largest page fetched. */
static void fetch_options_of(const struct cmd_common *common, struct fetch_options *o)
{
	fetch_options_default(o);
	o->timeout = common->timeout;
	if (common->article.max_size < o->max_size)
		o->max_size = common->article.max_size;
}

/* Fetch url into the cache; its file's path in *path (caller frees). */
static enum tanda_status fetch_into_cache(const char *url, const struct cmd_common *common,
					  char **path, struct fetch_result *result,
					  struct tanda_error *err)
{
	struct fetch_options o;
	enum tanda_status status;

	fetch_options_of(common, &o);
	if ((status = fetch_cache_path(url, path, err)) != TANDA_OK)
		return status;
	status = fetch_to_file(url, &o, *path, result, err);
	if (status != TANDA_OK) {
		free(*path);
		*path = NULL;
	}
	return status;
}

enum tanda_status cmd_fetch_article(const char *url, const struct cmd_common *common,
				    struct article **out, struct tanda_error *err)
{
	struct article_options options = common->article;
	struct fetch_result result;
	enum tanda_status status;
	char *path;

	*out = NULL;
	if ((status = fetch_into_cache(url, common, &path, &result, err)) != TANDA_OK)
		return status;
	options.name = url;
	options.url = result.url;
	options.content_type = result.content_type;
	if (options.format == ARTICLE_FORMAT_AUTO)
		options.format = fetch_format(&result);
	if (options.format == ARTICLE_FORMAT_AUTO)
		options.format = ARTICLE_FORMAT_HTML;
	status = article_load(path, &options, out, err);
	fetch_result_clear(&result);
	free(path);
	return status;
}

/* Copy the file at path to standard output; the exit status. */
static int copy_out(const char *path)
{
	FILE *in = fopen(path, "rb");
	char buf[65536];
	size_t n;

	if (in == NULL) {
		cmd_error("%s: %s", path, strerror(errno));
		return tanda_exit_status(TANDA_ENOINPUT);
	}
	while ((n = fread(buf, 1, sizeof buf, in)) > 0)
		if (fwrite(buf, 1, n, stdout) != n)
			break;
	if (ferror(in)) {
		cmd_error("%s: %s", path, strerror(errno));
		fclose(in);
		return tanda_exit_status(TANDA_EIO);
	}
	fclose(in);
	return cmd_finish_output(stdout);
}

/* What the command line asks for. */
struct request {
	const char *out;	/* -o, or NULL for standard output */
};

/* Apply -o (take_fn). */
static enum tanda_status take_option(void *request, int key, const char *arg,
				     struct tanda_error *why)
{
	struct request *r = request;

	(void)why;
	assert(key == 'o');
	r->out = arg;
	return TANDA_OK;
}

/* Fetch url into out (standard output when NULL, the page going through
 * the cache so that it comes whole or not at all); the exit status. */
static int fetch_to(const char *url, const struct cmd_common *common, const char *out)
{
	struct fetch_options o;
	struct tanda_error err;
	enum tanda_status status;
	char *path = NULL;
	int rc;

	tanda_error_clear(&err);
	fetch_options_of(common, &o);
	if (out != NULL)
		status = fetch_to_file(url, &o, out, NULL, &err);
	else
		status = fetch_into_cache(url, common, &path, NULL, &err);
	if (status != TANDA_OK)
		return cmd_fail(&err);
	rc = path != NULL ? copy_out(path) : 0;
	free(path);
	return rc;
}

/* Run `tanda fetch`. */
static int run(int argc, char **argv)
{
	struct request r = { .out = NULL };
	struct cmd_common common;
	int status;

	cmd_common_init(&common);
	status = cmd_parse(&cmd_fetch_entry, argc, argv, &common, NULL, &r);
	if (status != CMD_CONTINUE)
		return status;
	if (optind != argc - 1)
		return cmd_usage_error(&cmd_fetch_entry);
	if (!fetch_is_url(argv[optind]))
		return cmd_option_error(&cmd_fetch_entry, argv[optind], "not a URL (http:// or "
					"https://)");
	return fetch_to(argv[optind], &common, r.out);
}

/* The options of fetch. */
static const struct cmd_option verb_options[] = {
	{ .name = "output", .key = 'o', .arg = "FILE",
	  .help = "write to FILE (atomically), not standard output" },
	{ .name = NULL },
};

const struct cmd_entry cmd_fetch_entry = {
	.name = "fetch",
	.alias = NULL,
	.usage = "tanda fetch URL [-o FILE] [--timeout SECONDS] [--max-size SIZE]",
	.summary = "Save a page from the web (http or https) whole, as every verb reads a URL",
	.options = verb_options,
	.flags = 0,
	.take = take_option,
	.run = run,
};
