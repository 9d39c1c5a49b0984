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
	article_meta_clear(&meta);
	assert_int_equal(parse("authors: [B, C]\nauthor: A\n", &meta, &err), TANDA_OK);
	assert_string_equal(meta.author, "A");	/* a later key replaces */
	article_meta_clear(&meta);
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

/* The message of parsing yaml, which must fail with TANDA_EDATA. */
static const char *refused(const char *yaml, struct tanda_error *err)
{
	struct article_meta meta;

	assert_int_equal(parse(yaml, &meta, err), TANDA_EDATA);
	assert_null(meta.title);
	return err->message;
}

static void test_hostile_front_matter_gets_the_readers_limits(void **state)
{
	struct tanda_error err;
	char *deep, *flow, *big;
	size_t i;

	(void)state;
	/* anchors and aliases, even under a key that is not kept */
	assert_string_equal(refused("x: &a [lol]\ntitle: *a\n", &err),
			    "a.txt:2:4: front matter: x: anchors are not allowed (&a)");
	assert_string_equal(refused("title: *a\n", &err),
			    "a.txt:2:8: front matter: title: aliases are not allowed (*a)");
	/* tags that are not YAML's, duplicate keys */
	assert_string_equal(refused("title: !evil T\n", &err),
			    "a.txt:2:8: front matter: title: the tag !evil is not allowed");
	assert_string_equal(refused("title: A\nsource: S\ntitle: B\n", &err),
			    "a.txt:4:1: front matter: title: duplicate key");
	/* nesting deeper than the limit, under a key that is read past */
	deep = malloc(4 * FRONTMATTER_MAX_DEPTH + 16);
	assert_non_null(deep);
	strcpy(deep, "extra: ");
	for (i = 0; i < FRONTMATTER_MAX_DEPTH; i++)
		strcat(deep, "[");
	strcat(deep, "\n");
	assert_non_null(strstr(refused(deep, &err), "a.txt:2:"));
	assert_non_null(strstr(err.message, ": front matter: extra"));
	assert_non_null(strstr(err.message, "nested deeper than 64"));
	flow = malloc(2 * FRONTMATTER_MAX_DEPTH + 16);	/* at the limit: read past */
	assert_non_null(flow);
	strcpy(flow, "extra: ");
	for (i = 1; i < FRONTMATTER_MAX_DEPTH; i++)
		strcat(flow, "[");
	for (i = 1; i < FRONTMATTER_MAX_DEPTH; i++)
		strcat(flow, "]");
	strcat(flow, "\ntitle: T\n");
	{
		struct article_meta meta;

		assert_int_equal(parse(flow, &meta, &err), TANDA_OK);
		assert_string_equal(meta.title, "T");
		article_meta_clear(&meta);
	}
	/* a scalar over the limit */
	big = malloc(FRONTMATTER_MAX_SCALAR + 16);
	assert_non_null(big);
	memcpy(big, "title: ", 7);
	memset(big + 7, 'a', FRONTMATTER_MAX_SCALAR + 1);
	strcpy(big + 7 + FRONTMATTER_MAX_SCALAR + 1, "\n");
	assert_non_null(strstr(refused(big, &err), "front matter: title: a scalar of"));
	assert_non_null(strstr(err.message, "over the limit of 16777216"));
	free(deep);
	free(flow);
	free(big);
}

static void test_values_of_the_wrong_kind(void **state)
{
	struct tanda_error err;

	(void)state;
	assert_string_equal(refused("title: {a: b}\n", &err),
			    "a.txt:2:8: front matter: title: expected a text or a list of texts");
	assert_string_equal(refused("authors: [Ana, [Budi]]\n", &err),
			    "a.txt:2:16: front matter: authors[1]: expected a text, not a list");
	assert_string_equal(refused("? [a]\n: b\n", &err),
			    "a.txt:2:3: front matter: expected a key, not a list");
	assert_string_equal(refused("title: \"a\\0b\"\n", &err),
			    "a.txt:2:8: front matter: title: holds a NUL character");
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
		cmocka_unit_test(test_hostile_front_matter_gets_the_readers_limits),
		cmocka_unit_test(test_values_of_the_wrong_kind),
		cmocka_unit_test(test_iso_dates),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
