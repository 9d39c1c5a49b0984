/*
 * test-markdown-place.c - a Markdown paragraph's text mapped to its file
 * (src/markdown-place.c): words placed in the file's own bytes inside
 * emphasis, between backslash escapes, after an entity (never inside it),
 * across a quote's soft line break; refused across markup and in code;
 * words added to an emphasized word staying inside it; text escaped so
 * that Markdown reads it back as itself.
 */
#include <string.h>

#include "fixture.h"
#include "markdown-place.h"

/* The body of the tests' Markdown, and what it holds. */
static const char body[] =
	"Presiden *Yun Suk* Yeol di AT&amp;a dan \\*bintang\\*.\n"	/* 0 */
	"\n"
	"> Kutipan di sini\n"						/* 1 */
	"> dan di sana.\n"
	"\n"
	"Kode `kode 2020` di **Jumat**, 25/10.\n";			/* 2 */

/* The map of paragraph k of body and its text (into text, len). */
static void map_paragraph(struct markdown_source *ms, size_t k, struct place_unit *units,
			  const char **text, size_t *len)
{
	struct tanda_error err;
	const char *t, *nl;
	size_t i;

	assert_int_equal(markdown_source_open(ms, body, strlen(body), 1, "t.md", &err), TANDA_OK);
	t = ms->blocks.text.buf;
	for (i = 0; i < k; i++)
		t = strchr(t, '\n') + 1;
	nl = strchr(t, '\n');
	*text = t;
	*len = (size_t)(nl - t);
	assert_int_equal(markdown_source_units(ms, k, t, *len, units), 0);
}

/* Place the first occurrence of words in paragraph k's text: NULL and the
 * body's bytes in from and to, or why not. */
static const char *place(size_t k, const char *words, size_t skip, size_t take, size_t *from,
			 size_t *to)
{
	struct markdown_source ms;
	struct place_unit units[256];
	const char *text, *why, *at;
	size_t len;

	map_paragraph(&ms, k, units, &text, &len);
	at = strstr(text, words);
	assert_non_null(at);
	assert_true(at < text + len);
	why = markdown_place(units, len, (size_t)(at - text) + skip,
			     (size_t)(at - text) + skip + take, from, to);
	markdown_source_release(&ms);
	return why;
}

/* Words inside emphasis are placed inside it. */
static void test_inside_emphasis(void **state)
{
	size_t from, to;

	(void)state;
	assert_null(place(0, "Yun Suk", 0, 7, &from, &to));
	assert_int_equal(from, 10);
	assert_int_equal(to, 17);
	assert_memory_equal(body + from, "Yun Suk", 7);
}

/* An added letter at the end of an emphasized word stays inside it. */
static void test_insert_keeps_emphasis(void **state)
{
	size_t from, to;

	(void)state;
	assert_null(place(0, "Suk Yeol", 3, 0, &from, &to));
	assert_int_equal(from, to);
	assert_int_equal(body[from], '*');
	assert_memory_equal(body + from - 3, "Suk", 3);
}

/* Words after an entity are placed after it, never in its name; the
 * entity whole is placed whole, a part of it refused. */
static void test_entity(void **state)
{
	size_t from, to;

	(void)state;
	assert_null(place(0, "&a", 1, 1, &from, &to));
	assert_int_equal(body[from], 'a');
	assert_memory_equal(body + from - 5, "&amp;", 5);
	assert_null(place(0, "&a", 0, 1, &from, &to));
	assert_int_equal(to - from, 5);
}

/* Escaped characters: the words between them placed, an escape whole. */
static void test_escapes(void **state)
{
	size_t from, to;

	(void)state;
	assert_null(place(0, "*bintang*", 1, 7, &from, &to));
	assert_memory_equal(body + from, "bintang", 7);
	assert_null(place(0, "*bintang*", 0, 8, &from, &to));
	assert_memory_equal(body + from, "\\*bintang", 9);
}

/* A quote's soft line break is the whitespace and marker between. */
static void test_quote_break(void **state)
{
	size_t from, to;

	(void)state;
	assert_null(place(1, "sini dan", 0, 8, &from, &to));
	assert_memory_equal(body + from, "sini\n> dan", to - from);
}

/* Across emphasis, or in code: refused, with why. */
static void test_refused(void **state)
{
	size_t from, to;
	const char *why;

	(void)state;
	why = place(0, "Suk Yeol", 0, 8, &from, &to);
	assert_non_null(why);
	assert_non_null(strstr(why, "cross markup"));
	why = place(2, "kode 2020", 5, 4, &from, &to);
	assert_non_null(why);
	assert_non_null(strstr(why, "code"));
	assert_non_null(place(2, "Jumat, 25", 0, 9, &from, &to));
}

/* Whether markdown_escape makes want of s (at a line's start or not). */
static int escapes_to(const char *s, int at_line_start, const char *want)
{
	struct strbuf sb = STRBUF_INIT;
	int same;

	markdown_escape(&sb, s, strlen(s), at_line_start);
	same = sb.buf != NULL && strcmp(sb.buf, want) == 0;
	strbuf_release(&sb);
	return same;
}

/* Escaping: markup characters, entities, block markers at a line's start
 * (and only there). */
static void test_escape(void **state)
{
	(void)state;
	assert_true(escapes_to("a*b_c[d]<e &amp; AT&T `x`\\", 0,
			       "a\\*b\\_c\\[d\\]\\<e \\&amp; AT&T \\`x\\`\\\\"));
	assert_true(escapes_to("# 12. x", 1, "\\# 12. x"));
	assert_true(escapes_to("12. x", 1, "12\\. x"));
	assert_true(escapes_to("12. x", 0, "12. x"));
	assert_false(markdown_may_start_line("-", 1));
	assert_true(markdown_may_start_line("Koreksi", 7));
	assert_true(markdown_at_line_start("a\n> b", 4));
	assert_false(markdown_at_line_start("a b", 2));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_inside_emphasis),
		cmocka_unit_test(test_insert_keeps_emphasis),
		cmocka_unit_test(test_entity),
		cmocka_unit_test(test_escapes),
		cmocka_unit_test(test_quote_break),
		cmocka_unit_test(test_refused),
		cmocka_unit_test(test_escape),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
