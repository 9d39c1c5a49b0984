/*
 * test-fetch.c - what src/fetch.c decides without the network: what is a
 * URL, which ones it fetches, the time limit's syntax, the reader a
 * Content-Type names, and the cache's file of a URL (tests/fetch.test
 * fetches, from a server on 127.0.0.1).
 */
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fetch.h"
#include "fixture.h"

static void test_is_url(void **state)
{
	(void)state;
	assert_true(fetch_is_url("https://news.example/a/1"));
	assert_true(fetch_is_url("HTTP://NEWS.EXAMPLE/"));
	assert_true(fetch_is_url("ftp://x"));		/* a URL, refused later */
	assert_true(fetch_is_url("git+ssh://x"));
	assert_false(fetch_is_url("article.txt"));
	assert_false(fetch_is_url("-"));
	assert_false(fetch_is_url("dir/https://x"));
	assert_false(fetch_is_url("://x"));
	assert_false(fetch_is_url("1http://x"));
	assert_false(fetch_is_url("http:/x"));
	assert_false(fetch_is_url(""));
}

static void test_timeout(void **state)
{
	long seconds = 0;

	(void)state;
	assert_int_equal(fetch_parse_timeout("5", &seconds), TANDA_OK);
	assert_int_equal(seconds, 5);
	assert_int_equal(fetch_parse_timeout("86400", &seconds), TANDA_OK);
	assert_int_equal(fetch_parse_timeout("86401", &seconds), TANDA_EDATA);
	assert_int_equal(fetch_parse_timeout("0", &seconds), TANDA_EDATA);
	assert_int_equal(fetch_parse_timeout("-1", &seconds), TANDA_EDATA);
	assert_int_equal(fetch_parse_timeout("+3", &seconds), TANDA_EDATA);
	assert_int_equal(fetch_parse_timeout("3s", &seconds), TANDA_EDATA);
	assert_int_equal(fetch_parse_timeout("", &seconds), TANDA_EDATA);
	assert_int_equal(seconds, 86400);
}

/* The format fetch_format gives Content-Type type. */
static enum article_format format_of(const char *type)
{
	struct fetch_result r = { .url = NULL, .content_type = (char *)type, .size = 0 };

	return fetch_format(&r);
}

static void test_format(void **state)
{
	(void)state;
	assert_int_equal(format_of("text/html; charset=utf-8"), ARTICLE_FORMAT_HTML);
	assert_int_equal(format_of("TEXT/HTML"), ARTICLE_FORMAT_HTML);
	assert_int_equal(format_of("application/xhtml+xml"), ARTICLE_FORMAT_HTML);
	assert_int_equal(format_of("text/plain;charset=UTF-8"), ARTICLE_FORMAT_TEXT);
	assert_int_equal(format_of("text/markdown"), ARTICLE_FORMAT_MARKDOWN);
	assert_int_equal(format_of("text/htmlx"), ARTICLE_FORMAT_AUTO);
	assert_int_equal(format_of("application/octet-stream"), ARTICLE_FORMAT_AUTO);
	assert_int_equal(format_of(NULL), ARTICLE_FORMAT_AUTO);
}

/* The cache file of url in a fresh cache folder under a temporary one
 * (XDG_CACHE_HOME); its base name into name[size]. */
static enum tanda_status cache_name(const char *url, char *name, size_t size)
{
	struct tanda_error err;
	enum tanda_status status;
	char *path;

	status = fetch_cache_path(url, &path, &err);
	if (status != TANDA_OK)
		return status;
	snprintf(name, size, "%s", strrchr(path, '/') + 1);
	free(path);
	return TANDA_OK;
}

static void test_cache_path(void **state)
{
	char dir[] = "/tmp/tanda-test-fetch.XXXXXX", name[256], sub[300];
	struct stat st;

	(void)state;
	assert_non_null(mkdtemp(dir));
	setenv("XDG_CACHE_HOME", dir, 1);
	assert_int_equal(cache_name("https://News.Example:8443/a/b?c=d#e", name, sizeof name),
			 TANDA_OK);
	assert_int_equal(strlen(name), strlen("news.example-") + 16 + strlen(".html"));
	assert_memory_equal(name, "news.example-", 13);
	assert_string_equal(name + 29, ".html");
	snprintf(sub, sizeof sub, "%s/tanda", dir);
	assert_int_equal(stat(sub, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0700);
	assert_int_equal(cache_name("http://[::1]:80/x", name, sizeof name), TANDA_OK);
	assert_memory_equal(name, "___1_-", 6);		/* no ':' or '/' in a name */
	assert_int_equal(cache_name("file:///etc/passwd", name, sizeof name), TANDA_EUSAGE);
	assert_int_equal(cache_name("ftp://x/y", name, sizeof name), TANDA_EUSAGE);
	setenv("XDG_CACHE_HOME", "relative", 1);	/* ignored: not absolute */
	setenv("HOME", dir, 1);
	assert_int_equal(cache_name("http://a.example/", name, sizeof name), TANDA_OK);
	snprintf(sub, sizeof sub, "%s/.cache/tanda", dir);
	assert_int_equal(stat(sub, &st), 0);
	unsetenv("HOME");
	assert_int_equal(cache_name("http://a.example/", name, sizeof name), TANDA_ECANTCREATE);
	rmdir(sub);
	snprintf(sub, sizeof sub, "%s/.cache", dir);
	rmdir(sub);
	snprintf(sub, sizeof sub, "%s/tanda", dir);
	rmdir(sub);
	rmdir(dir);
}

static void test_refused_without_network(void **state)
{
	struct fetch_options o;
	struct tanda_error err;

	(void)state;
	fetch_options_default(&o);
	assert_int_equal(fetch_to_stream("gopher://x/", &o, stdout, "out", NULL, &err),
			 TANDA_EUSAGE);
	assert_string_equal(err.message, "gopher://x/: not an http or https URL");
	assert_int_equal(fetch_to_file("http://a b/", &o, "/nonexistent/x", NULL, &err),
			 TANDA_EUSAGE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_is_url),
		cmocka_unit_test(test_timeout),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_cache_path),
		cmocka_unit_test(test_refused_without_network),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
