/*
 * test-frontmatter.c - finding the fences and reading the metadata.
 */
#include <string.h>

#include "fixture.h"
#include "frontmatter.h"

/* Parse yaml (starting on line 2 of "a.txt") into meta; return the status. */
static enum tanda_status parse(const char *yaml, struct article_meta *meta,
			       struct tanda_error *err)
{
	return frontmatter_parse(yaml, strlen(yaml), 2, "a.txt", meta, err);
}

static void test_find_fences(void **state)
{
	const char *text = "---\ntitle: x\n...\nBody\n";
	size_t yaml_len, body;
	uint32_t lines;

	(void)state;
	assert_true(frontmatter_find(text, strlen(text), &yaml_len, &body, &lines));
	assert_int_equal(yaml_len, strlen("title: x\n"));
	assert_string_equal(text + body, "Body\n");
	assert_int_equal(lines, 3);
	assert_false(frontmatter_find("--- not a fence\n---\n", 20, &yaml_len, &body, &lines));
	assert_false(frontmatter_find("---\nnever closed\n", 17, &yaml_len, &body, &lines));
	assert_false(frontmatter_find("Body\n---\n", 9, &yaml_len, &body, &lines));
}

static void test_fields_and_synonyms(void **state)
{
	struct article_meta meta;
	struct tanda_error err;

	(void)state;
	assert_int_equal(parse("title: \"A: b\"\nsource: S\nurl: http://x\ndate: 2024-10-25\n"
			       "lang: id\nauthors: [Dewi, Budi]\nextra: {a: [1, 2]}\n",
			       &meta, &err), TANDA_OK);
	assert_string_equal(meta.title, "A: b");
	assert_string_equal(meta.source, "S");
	assert_string_equal(meta.url, "http://x");
	assert_string_equal(meta.published, "2024-10-25");
	assert_string_equal(meta.language, "id");
	assert_string_equal(meta.author, "Dewi, Budi");
	article_meta_free(&meta);
	assert_int_equal(parse("authors: [B, C]\nauthor: A\n", &meta, &err), TANDA_OK);
	assert_string_equal(meta.author, "A");	/* a later key replaces */
	article_meta_free(&meta);
}

static void test_empty_is_fine(void **state)
{
	struct article_meta meta;
	struct tanda_error err;

	(void)state;
	assert_int_equal(parse("", &meta, &err), TANDA_OK);
	assert_null(meta.title);
	assert_int_equal(parse("# only a comment\n", &meta, &err), TANDA_OK);
	assert_null(meta.title);
}

static void test_bad_yaml_names_line(void **state)
{
	struct article_meta meta;
	struct tanda_error err;

	(void)state;
	assert_int_equal(parse("title: ok\nsource: [unclosed\n", &meta, &err), TANDA_EDATA);
	assert_non_null(strstr(err.message, "a.txt:"));
	assert_non_null(strstr(err.message, "front matter"));
	assert_int_equal(parse("- a list\n- not a mapping\n", &meta, &err), TANDA_EDATA);
	assert_string_equal(err.message, "a.txt:2:1: front matter: expected key: value lines");
}

static void test_bad_date(void **state)
{
	struct article_meta meta;
	struct tanda_error err;

	(void)state;
	assert_int_equal(parse("title: T\nsource: S\npublished: 25/10/2024\n", &meta, &err),
			 TANDA_EDATA);
	assert_string_equal(err.message,
			    "a.txt:4:12: front matter: published: not an ISO 8601 date (YYYY-MM-DD)");
	assert_null(meta.published);
}

static void test_iso_dates(void **state)
{
	(void)state;
	assert_true(frontmatter_is_iso_date("2024-10-25"));
	assert_true(frontmatter_is_iso_date("2024-02-29"));
	assert_true(frontmatter_is_iso_date("2024-10-25T08:30:00+07:00"));
	assert_false(frontmatter_is_iso_date("2023-02-29"));
	assert_false(frontmatter_is_iso_date("1900-02-29"));
	assert_false(frontmatter_is_iso_date("2024-13-01"));
	assert_false(frontmatter_is_iso_date("2024-1-5"));
	assert_false(frontmatter_is_iso_date("2024-10-25x"));
	assert_true(frontmatter_is_iso_date("2024-10-25T08:30Z"));
	assert_true(frontmatter_is_iso_date("2024-10-25 08:30:15.25-05:00"));
	assert_false(frontmatter_is_iso_date("2024-02-03Tgarbage"));
	assert_false(frontmatter_is_iso_date("2024-02-03T25:00"));
	assert_false(frontmatter_is_iso_date("2024-02-03T10:00+7"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_find_fences),
		cmocka_unit_test(test_fields_and_synonyms),
		cmocka_unit_test(test_empty_is_fine),
		cmocka_unit_test(test_bad_yaml_names_line),
		cmocka_unit_test(test_bad_date),
		cmocka_unit_test(test_iso_dates),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
