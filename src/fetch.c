/*
 * fetch.c - pages from the web through libcurl's easy interface: the URL
 * checked (its parts by curl's own URL parser), one transfer with every
 * limit set on the handle, the bytes counted as they are written, curl's
 * failures turned into statuses and one-line messages; and the cache's
 * file name of a URL.
 *
 * libcurl already takes proxies from the environment and verifies TLS
 * certificates by default; both are stated here all the same, with the
 * protocols allowed for the URL and for every redirect.
 */
#include <curl/curl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fetch.h"
#include "outfile.h"
#include "sha256.h"
#include "strbuf.h"

/* The protocols fetched, and followed in redirects. */
#define PROTOCOLS "http,https"

/* The hex digits of the URL's SHA-256 in a cache file's name. */
#define CACHE_HASH_DIGITS 16

/* The most bytes of the host in a cache file's name. */
#define CACHE_HOST_MAX 64

/* One transfer, as the write callback sees it. */
struct transfer {
	FILE *out;
	uint64_t size, max;
	int too_large, write_failed;
};

void fetch_options_default(struct fetch_options *options)
{
	options->max_size = FETCH_MAX_SIZE;
	options->timeout = FETCH_DEFAULT_TIMEOUT;
}

void fetch_result_clear(struct fetch_result *result)
{
	free(result->url);
	free(result->content_type);
	memset(result, 0, sizeof *result);
}

int fetch_is_url(const char *text)
{
	size_t n = 0;

	while ((text[n] >= 'a' && text[n] <= 'z') || (text[n] >= 'A' && text[n] <= 'Z') ||
	       (n > 0 && ((text[n] >= '0' && text[n] <= '9') || text[n] == '+' || text[n] == '.' ||
			  text[n] == '-')))
		n++;
	return n > 0 && text[n] != '\0' && strncmp(text + n, "://", 3) == 0;
}

enum tanda_status fetch_parse_timeout(const char *text, long *seconds)
{
	char *end;
	long value;

	if (text[0] < '0' || text[0] > '9')
		return TANDA_EDATA;
	value = strtol(text, &end, 10);
	if (*end != '\0' || value < 1 || value > FETCH_MAX_TIMEOUT)
		return TANDA_EDATA;
	*seconds = value;
	return TANDA_OK;
}

/* Whether url is one this module fetches: http or https, as curl's URL
 * parser reads it; its host (lower case, caller frees) into *host when
 * host is not NULL.  TANDA_EUSAGE saying why not. */
static enum tanda_status check_url(const char *url, char **host, struct tanda_error *err)
{
	CURLU *parts = curl_url();
	char *scheme = NULL, *name = NULL;
	enum tanda_status status = TANDA_OK;

	if (parts == NULL)
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", url);
	if (strlen(url) > FETCH_MAX_URL)
		status = tanda_fail(err, TANDA_EUSAGE, "%.64s...: a URL longer than %d bytes", url,
				    FETCH_MAX_URL);
	else if (curl_url_set(parts, CURLUPART_URL, url, 0) != CURLUE_OK ||
		 curl_url_get(parts, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK ||
		 (strcmp(scheme, "http") != 0 && strcmp(scheme, "https") != 0))
		status = tanda_fail(err, TANDA_EUSAGE, "%s: not an http or https URL", url);
	else if (host != NULL && curl_url_get(parts, CURLUPART_HOST, &name, 0) != CURLUE_OK)
		status = tanda_fail(err, TANDA_EUSAGE, "%s: a URL with no host", url);
	if (status == TANDA_OK && host != NULL && (*host = strdup(name)) == NULL)
		status = tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", url);
	curl_free(scheme);
	curl_free(name);
	curl_url_cleanup(parts);
	return status;
}

/* Take size * count bytes from curl into the transfer's stream, within its
 * limit (CURLOPT_WRITEFUNCTION); anything else stops the transfer. */
static size_t take_bytes(char *bytes, size_t size, size_t count, void *context)
{
	struct transfer *t = context;
	size_t n = size * count;

	if (n > t->max - t->size) {
		t->too_large = 1;
		return 0;
	}
	if (fwrite(bytes, 1, n, t->out) != n) {
		t->write_failed = 1;
		return 0;
	}
	t->size += n;
	return n;
}

/* Set every option of the transfer of url on curl; 0 on success. */
static int set_options(CURL *curl, const char *url, const struct fetch_options *o,
		       struct transfer *t, char *message)
{
	long connect = o->timeout < FETCH_CONNECT_TIMEOUT ? o->timeout : FETCH_CONNECT_TIMEOUT;

	return curl_easy_setopt(curl, CURLOPT_URL, url) != CURLE_OK ||
	       curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, PROTOCOLS) != CURLE_OK ||
	       curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, PROTOCOLS) != CURLE_OK ||
	       curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L) != CURLE_OK ||
	       curl_easy_setopt(curl, CURLOPT_MAXREDIRS, (long)FETCH_MAX_REDIRECTS) != CURLE_OK ||
	       curl_easy_setopt(curl, CURLOPT_TIMEOUT, o->timeout) != CURLE_OK ||
	       curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, connect) != CURLE_OK ||
	       curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L) != CURLE_OK ||
	       curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L) != CURLE_OK ||
	       curl_easy_setopt(curl, CURLOPT_FAILONERROR, 1L) != CURLE_OK ||
	       curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)o->max_size) != CURLE_OK ||
	       curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "") != CURLE_OK ||
	       curl_easy_setopt(curl, CURLOPT_USERAGENT, PACKAGE_NAME "/" PACKAGE_VERSION) != CURLE_OK ||
	       curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L) != CURLE_OK ||
	       curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, message) != CURLE_OK ||
	       curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, take_bytes) != CURLE_OK ||
	       curl_easy_setopt(curl, CURLOPT_WRITEDATA, t) != CURLE_OK;
}

/* Fail for the HTTP error status the server answered url with. */
static enum tanda_status http_error(CURL *curl, const char *url, struct tanda_error *err)
{
	long code = 0;

	curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
	return tanda_fail(err, TANDA_ENOINPUT, "%s: the server answered %ld%s", url, code,
			  code == 404 ? " (not found)" : code == 410 ? " (gone)"
			  : code == 403 ? " (forbidden)" : code >= 500 ? " (a server error)" : "");
}

/* Fail for rc, the result of the transfer of url (t, curl's message). */
static enum tanda_status failed(CURL *curl, CURLcode rc, const char *url,
				const struct fetch_options *o, const struct transfer *t,
				const char *out_name, const char *message, struct tanda_error *err)
{
	const char *why = message[0] != '\0' ? message : curl_easy_strerror(rc);

	if (t->too_large || rc == CURLE_FILESIZE_EXCEEDED)
		return tanda_fail(err, TANDA_EDATA, "%s: larger than %llu bytes (--max-size)", url,
				  (unsigned long long)o->max_size);
	if (t->write_failed)
		return tanda_fail(err, TANDA_EIO, "%s: cannot write", out_name);
	switch (rc) {
	case CURLE_HTTP_RETURNED_ERROR:
		return http_error(curl, url, err);
	case CURLE_TOO_MANY_REDIRECTS:
		return tanda_fail(err, TANDA_ENOINPUT, "%s: more than %d redirects", url,
				  FETCH_MAX_REDIRECTS);
	case CURLE_UNSUPPORTED_PROTOCOL:
		return tanda_fail(err, TANDA_ENOINPUT, "%s: redirected to a URL that is not http "
				  "or https", url);
	case CURLE_OPERATION_TIMEDOUT:
		return tanda_fail(err, TANDA_EIO, "%s: no answer within %ld seconds (--timeout)",
				  url, o->timeout);
	case CURLE_OUT_OF_MEMORY:
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", url);
	default:
		return tanda_fail(err, TANDA_EIO, "%s: %s", url, why);
	}
}

/* Copy what curl knows of the finished transfer into result. */
static enum tanda_status describe(CURL *curl, const char *url, const struct transfer *t,
				  struct fetch_result *result, struct tanda_error *err)
{
	char *effective = NULL, *type = NULL;

	curl_easy_getinfo(curl, CURLINFO_EFFECTIVE_URL, &effective);
	curl_easy_getinfo(curl, CURLINFO_CONTENT_TYPE, &type);
	result->size = t->size;
	result->url = strdup(effective != NULL ? effective : url);
	result->content_type = type != NULL ? strdup(type) : NULL;
	if (result->url == NULL || (type != NULL && result->content_type == NULL)) {
		fetch_result_clear(result);
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", url);
	}
	return TANDA_OK;
}

enum tanda_status fetch_to_stream(const char *url, const struct fetch_options *options,
				  FILE *out, const char *out_name, struct fetch_result *result,
				  struct tanda_error *err)
{
	struct transfer t = { .out = out, .size = 0, .max = options->max_size };
	char message[CURL_ERROR_SIZE] = "";
	struct fetch_result ignored;
	enum tanda_status status;
	CURL *curl;
	CURLcode rc;

	if (result == NULL)
		result = &ignored;
	memset(result, 0, sizeof *result);
	if ((status = check_url(url, NULL, err)) != TANDA_OK)
		return status;
	if ((curl = curl_easy_init()) == NULL)
		return tanda_fail(err, TANDA_ENOMEM, "%s: cannot start libcurl", url);
	if (set_options(curl, url, options, &t, message) != 0)
		status = tanda_fail(err, TANDA_ESOFTWARE, "%s: libcurl refused an option (built "
				    "without https?)", url);
	else if ((rc = curl_easy_perform(curl)) != CURLE_OK)
		status = failed(curl, rc, url, options, &t, out_name, message, err);
	else
		status = describe(curl, url, &t, result, err);
	curl_easy_cleanup(curl);
	if (result == &ignored)
		fetch_result_clear(result);
	return status;
}

/* What fetch_to_file writes (through outfile_write). */
struct file_fetch {
	const char *url;
	const struct fetch_options *options;
	struct fetch_result *result;
};

/* Fetch into out (outfile_fill_fn). */
static enum tanda_status fill_file(void *context, FILE *out, const char *name, int synced,
				   struct tanda_error *err)
{
	struct file_fetch *f = context;

	(void)synced;
	return fetch_to_stream(f->url, f->options, out, name, f->result, err);
}

enum tanda_status fetch_to_file(const char *url, const struct fetch_options *options,
				const char *path, struct fetch_result *result,
				struct tanda_error *err)
{
	struct file_fetch f = { url, options, result };
	enum tanda_status status = check_url(url, NULL, err);

	if (status != TANDA_OK)
		return status;
	status = outfile_write(path, fill_file, &f, err);
	if (status != TANDA_OK && result != NULL)
		fetch_result_clear(result);
	return status;
}

/* Append the cache's folder to sb: $XDG_CACHE_HOME/tanda or
 * $HOME/.cache/tanda; 0, or -1 when neither names a folder. */
static int cache_folder(struct strbuf *sb)
{
	const char *cache = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");

	if (cache != NULL && cache[0] == '/')
		return strbuf_addf(sb, "%s/tanda", cache);
	if (home != NULL && home[0] == '/')
		return strbuf_addf(sb, "%s/.cache/tanda", home);
	return -1;
}

/* Append host to sb as a file name takes it: lower case letters, digits,
 * dots and dashes, anything else an underscore, at most CACHE_HOST_MAX. */
static void append_host(struct strbuf *sb, const char *host)
{
	size_t i;

	for (i = 0; host[i] != '\0' && i < CACHE_HOST_MAX; i++) {
		char c = host[i];

		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		strbuf_addch(sb, (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
				 ((c == '.' || c == '-') && i > 0) ? c : '_');
	}
}

enum tanda_status fetch_cache_path(const char *url, char **path, struct tanda_error *err)
{
	struct strbuf sb = STRBUF_INIT;
	char hex[SHA256_HEX_SIZE], *host = NULL;
	enum tanda_status status = check_url(url, &host, err);

	*path = NULL;
	if (status != TANDA_OK)
		return status;
	if (cache_folder(&sb) != 0) {
		free(host);
		return tanda_fail(err, TANDA_ECANTCREATE, "%s: no cache folder: neither "
				  "XDG_CACHE_HOME nor HOME is an absolute path", url);
	}
	sha256_hex(url, strlen(url), hex);
	strbuf_addch(&sb, '/');
	append_host(&sb, host);
	strbuf_addf(&sb, "-%.*s.html", CACHE_HASH_DIGITS, hex);
	free(host);
	if (!strbuf_ok(&sb)) {
		strbuf_release(&sb);
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", url);
	}
	if (outfile_make_parents(sb.buf) != 0) {
		status = tanda_fail(err, TANDA_ECANTCREATE, "%s: cannot create the cache folder",
				    sb.buf);
		strbuf_release(&sb);
		return status;
	}
	*path = strbuf_detach(&sb, NULL);
	return TANDA_OK;
}

/* The media types fetch_format knows and the formats they name. */
static const struct media_type {
	const char *name;
	enum article_format format;
} media_types[] = {
	{ "text/html", ARTICLE_FORMAT_HTML },
	{ "application/xhtml+xml", ARTICLE_FORMAT_HTML },
	{ "text/markdown", ARTICLE_FORMAT_MARKDOWN },
	{ "text/x-markdown", ARTICLE_FORMAT_MARKDOWN },
	{ "text/plain", ARTICLE_FORMAT_TEXT },
};

enum article_format fetch_format(const struct fetch_result *result)
{
	const char *type = result->content_type;
	size_t len, i;

	if (type == NULL)
		return ARTICLE_FORMAT_AUTO;
	type += strspn(type, " \t");
	len = strcspn(type, " \t;");
	for (i = 0; i < sizeof media_types / sizeof media_types[0]; i++)
		if (strlen(media_types[i].name) == len &&
		    strncasecmp(type, media_types[i].name, len) == 0)
			return media_types[i].format;
	return ARTICLE_FORMAT_AUTO;
}
