/*
 * fetch.h - getting a page from the web with libcurl: http and https
 * only, TLS certificates verified, proxies from the environment
 * (http_proxy, https_proxy, no_proxy), redirects followed up to
 * FETCH_MAX_REDIRECTS, the whole transfer bounded in time and in size;
 * into a stream, or into a file written whole or not at all; and where
 * the cache keeps the page of a URL.
 *
 * Nothing here prints, and nothing in the core calls it: loading an
 * article never goes to the network behind its caller's back.  The
 * program (cli/) fetches a URL it was given into the cache, then loads
 * that file as an article.
 */
#ifndef TANDA_FETCH_H
#define TANDA_FETCH_H

#include <stdint.h>
#include <stdio.h>

#include "error.h"
#include "format.h"

/* The whole transfer's default time limit, in seconds. */
#define FETCH_DEFAULT_TIMEOUT 30

/* The longest time limit accepted, in seconds (a day). */
#define FETCH_MAX_TIMEOUT 86400

/* The most seconds a connection may take to open (within the timeout). */
#define FETCH_CONNECT_TIMEOUT 10

/* The most redirects followed. */
#define FETCH_MAX_REDIRECTS 10

/* The largest page fetched, in bytes, whatever --max-size says: nothing
 * larger could be read as an HTML page (html-limits.h). */
#define FETCH_MAX_SIZE ((uint64_t)64 << 20)

/* The longest URL accepted, in bytes. */
#define FETCH_MAX_URL 8192

/* How to fetch. */
struct fetch_options {
	uint64_t max_size;	/* the most bytes accepted (after decompression) */
	long timeout;		/* seconds for the whole transfer */
};

/* What a fetch found out; strings heap-owned (fetch_result_clear). */
struct fetch_result {
	char *url;		/* where the page came from, after redirects */
	char *content_type;	/* as the server said, or NULL */
	uint64_t size;		/* bytes written */
};

/* The defaults: FETCH_MAX_SIZE, FETCH_DEFAULT_TIMEOUT. */
void fetch_options_default(struct fetch_options *options);

/* Whether text is shaped as a URL (a scheme, then "://"), as opposed to a
 * file name; only http and https ones are fetched. */
int fetch_is_url(const char *text);

/* Parse a time limit in whole seconds, 1 to FETCH_MAX_TIMEOUT, into
 * *seconds; TANDA_EDATA (no message: the caller words it) otherwise. */
enum tanda_status fetch_parse_timeout(const char *text, long *seconds);

/*
 * Fetch url into out, named out_name in messages; result (zeroed first;
 * may be NULL) says where it came from.  Fails, naming the URL, with
 * TANDA_EUSAGE (not an http or https URL), TANDA_ENOINPUT (the server
 * answered with an error status, too many redirects, a redirect to another
 * scheme), TANDA_EDATA (larger than options->max_size), TANDA_EIO (no
 * connection, no answer in time, a certificate not trusted, out not
 * written) or TANDA_ENOMEM.  What was written before a failure is the
 * caller's to throw away.
 */
enum tanda_status fetch_to_stream(const char *url, const struct fetch_options *options,
				  FILE *out, const char *out_name, struct fetch_result *result,
				  struct tanda_error *err);

/* The same into the file at path, whole or not at all (outfile.h): on
 * failure the file is as it was. */
enum tanda_status fetch_to_file(const char *url, const struct fetch_options *options,
				const char *path, struct fetch_result *result,
				struct tanda_error *err);

/*
 * The file the cache keeps url's page in (caller frees *path):
 * $XDG_CACHE_HOME/tanda/ (an absolute XDG_CACHE_HOME), else
 * $HOME/.cache/tanda/, created 0700 when missing; named from the URL's
 * host (letters, digits, dots and dashes only) and the first 16 hex digits
 * of the URL's SHA-256, ending in .html.  TANDA_ECANTCREATE when there is
 * no such folder and it cannot be made.
 */
enum tanda_status fetch_cache_path(const char *url, char **path, struct tanda_error *err);

/* The format a page's Content-Type names (text/html and XHTML: HTML;
 * text/markdown: Markdown; text/plain: text), else ARTICLE_FORMAT_AUTO. */
enum article_format fetch_format(const struct fetch_result *result);

/* Free a result's strings and zero it. */
void fetch_result_clear(struct fetch_result *result);

#endif
