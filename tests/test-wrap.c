/*
 * test-wrap.c - display widths, fitting text into columns, and wrapping
 * paragraphs: breaks at spaces, hard breaks inside long words, combining
 * marks kept with their base, flags kept whole, the cache's width changes, and a property
 * test over random paragraphs in three scripts at every width from 1 to 40.
 */
#include <locale.h>
#include <string.h>
#include <unistd.h>

#include "article.h"
#include "fixture.h"
#include "utf8.h"
#include "wrap.h"

/* Hangul, kanji and a combining acute accent, for readable examples. */
#define YOON "\xEC\x9C\xA4"		/* 윤, U+C724 */
#define HAYASHI "\xE6\x9E\x97"		/* 林, U+6797 */
#define ACUTE "\xCC\x81"		/* U+0301 */
#define FLAG_ID "\xF0\x9F\x87\xAE\xF0\x9F\x87\xA9"	/* the flag of Indonesia */

/* Load the article whose text is text, one paragraph per line, from a
 * temporary file. */
static struct article *load_text(const char *text)
{
	char path[] = "/tmp/tanda-test-wrap-XXXXXX";
	struct article_options options;
	struct article *a;
	struct tanda_error err;
	int fd = mkstemp(path);

	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	assert_int_equal(close(fd), 0);
	article_options_default(&options);
	options.layout = ARTICLE_LAYOUT_LINES;
	assert_int_equal(article_load(path, &options, &a, &err), TANDA_OK);
	unlink(path);
	return a;
}

/* Check that paragraph index of cache's article wraps into the lines of
 * expected (NULL-terminated). */
static void expect_lines(struct wrap_cache *cache, const struct article *a, size_t index,
			 const char *const *expected)
{
	const struct wrapped *w = wrap_paragraph(cache, index);
	const char *text = a->text + a->paragraphs[index].start;
	size_t i;

	assert_non_null(w);
	for (i = 0; expected[i] != NULL; i++) {
		assert_true(i < w->count);
		assert_int_equal(w->lines[i].len, strlen(expected[i]));
		assert_memory_equal(text + w->lines[i].start, expected[i], w->lines[i].len);
	}
	assert_int_equal(w->count, i);
}

static void test_char_widths(void **state)
{
	(void)state;
	assert_int_equal(wrap_char_width('a'), 1);
	assert_int_equal(wrap_char_width(0xC724), 2);	/* Hangul */
	assert_int_equal(wrap_char_width(0x6797), 2);	/* kanji */
	assert_int_equal(wrap_char_width(0x30AB), 2);	/* katakana */
	assert_int_equal(wrap_char_width(0x0301), 0);	/* combining */
	assert_int_equal(wrap_char_width(0x01), 1);	/* controls: a placeholder */
	assert_int_equal(wrap_char_width('\t'), 1);
	assert_int_equal(wrap_char_width(0x7F), 1);
	assert_int_equal(wrap_char_width(0x85), 1);
	assert_int_equal(wrap_text_width("a" YOON HAYASHI "e" ACUTE, 10), 6);
	assert_int_equal(wrap_text_width("", 0), 0);
}

static void test_fit_keeps_characters_whole(void **state)
{
	(void)state;
	/* a wide character never goes in half */
	assert_int_equal(wrap_fit(YOON "a", 4, 1), 0);
	assert_int_equal(wrap_fit("a" YOON, 4, 2), 1);
	assert_int_equal(wrap_fit("a" YOON, 4, 3), 4);
	assert_int_equal(wrap_fit(YOON HAYASHI, 6, 3), 3);
	/* a combining mark stays with its base, even at the edge */
	assert_int_equal(wrap_fit("e" ACUTE "x", 4, 1), 3);
	assert_int_equal(wrap_fit("ab" "e" ACUTE, 5, 3), 5);
	assert_int_equal(wrap_fit("ab" "e" ACUTE "x", 6, 2), 2);
	/* nothing fits in no columns; everything fits in enough */
	assert_int_equal(wrap_fit("abc", 3, 0), 0);
	assert_int_equal(wrap_fit("abc", 3, 80), 3);
}

static void test_breaks_at_spaces(void **state)
{
	struct article *a = load_text("the quick brown fox jumps\n"
				      YOON YOON " " HAYASHI HAYASHI " " YOON "\n"
				      "caf" "e" ACUTE "s open late\n");
	struct wrap_cache *cache = wrap_cache_new(a, 10);
	static const char *const fox[] = { "the quick", "brown fox", "jumps", NULL };
	static const char *const wide[] = { YOON YOON " " HAYASHI HAYASHI, YOON, NULL };
	static const char *const cafes[] = { "caf" "e" ACUTE "s", "open", "late", NULL };

	(void)state;
	expect_lines(cache, a, 0, fox);
	expect_lines(cache, a, 1, wide);
	wrap_cache_set_width(cache, 5);
	expect_lines(cache, a, 2, cafes);
	wrap_cache_free(cache);
	article_free(a);
}

static void test_long_word_breaks_hard(void **state)
{
	struct article *a = load_text("abcdefghijklmnopqrstuvwxyz\n"
				      "a supercalifragilistic b\n"
				      YOON YOON YOON YOON YOON "\n"
				      "abcde" ACUTE "fgh\n"
				      "abcd" FLAG_ID "ef\n");
	struct wrap_cache *cache = wrap_cache_new(a, 10);
	static const char *const alphabet[] = { "abcdefghij", "klmnopqrst", "uvwxyz", NULL };
	static const char *const super[] = { "a", "supercal", "ifragili", "stic b", NULL };
	static const char *const hangul[] = { YOON YOON YOON, YOON YOON, NULL };
	static const char *const acute[] = { "abcde" ACUTE, "fgh", NULL };
	static const char *const narrow[] = { YOON, YOON, YOON, YOON, YOON, NULL };
	static const char *const flag[] = { "abcd", FLAG_ID "ef", NULL };

	(void)state;
	expect_lines(cache, a, 0, alphabet);
	wrap_cache_set_width(cache, 8);
	expect_lines(cache, a, 1, super);
	wrap_cache_set_width(cache, 7);
	expect_lines(cache, a, 2, hangul);
	wrap_cache_set_width(cache, 5);
	expect_lines(cache, a, 3, acute);
	/* a flag (two regional indicators) is never cut in half */
	expect_lines(cache, a, 4, flag);
	/* at width 1 a wide character still takes a line of its own */
	wrap_cache_set_width(cache, 1);
	expect_lines(cache, a, 2, narrow);
	wrap_cache_free(cache);
	article_free(a);
}

static void test_width_change_rewraps(void **state)
{
	struct article *a = load_text("one two three four five six seven eight nine ten\n");
	struct wrap_cache *cache = wrap_cache_new(a, 80);

	(void)state;
	assert_int_equal(wrap_cache_width(cache), 80);
	assert_int_equal(wrap_line_count(cache, 0), 1);
	wrap_cache_set_width(cache, 10);
	assert_int_equal(wrap_cache_width(cache), 10);
	assert_int_equal(wrap_line_count(cache, 0), 6);
	wrap_cache_set_width(cache, 20);
	assert_int_equal(wrap_line_count(cache, 0), 3);
	wrap_cache_set_width(cache, 0);
	assert_int_equal(wrap_cache_width(cache), 1);
	wrap_cache_free(cache);
	article_free(a);
}

/* The display width of the first character of the len bytes at s. */
static int first_width(const char *s, size_t len, size_t *n)
{
	uint32_t cp;
	int got = utf8_decode(s, len, &cp);

	*n = (size_t)(got < 0 ? -got : got);
	return wrap_char_width(cp);
}

/* Check the wrapping w of the len bytes at text at width: lines within the
 * width, none starting with a combining mark, and the lines with the
 * spaces skipped between them giving back the text. */
static void check_wrapped(const char *text, size_t len, const struct wrapped *w, int width)
{
	char *joined = malloc(len + 1);
	size_t i, used = 0, n;

	assert_non_null(w);
	assert_non_null(joined);
	assert_true(w->count >= 1);
	for (i = 0; i < w->count; i++) {
		const char *line = text + w->lines[i].start;
		size_t line_len = w->lines[i].len, next;
		int line_width = wrap_text_width(line, line_len);

		assert_true(line_len > 0);
		assert_true(line_width <= width ||
			    (width == 1 && first_width(line, line_len, &n) == 2 &&
			     wrap_text_width(line + n, line_len - n) == 0));
		assert_true(first_width(line, line_len, &n) > 0 || w->lines[i].start == 0);
		memcpy(joined + used, line, line_len);
		used += line_len;
		next = i + 1 < w->count ? w->lines[i + 1].start : len;
		assert_true(next >= w->lines[i].start + line_len);
		while (used < next)
			joined[used++] = ' ';
	}
	assert_int_equal(used, len);
	assert_memory_equal(joined, text, len);
	free(joined);
}

/* Check every paragraph of a wrapped at every width from 1 to 40. */
static void check_all_widths(const struct article *a)
{
	struct wrap_cache *cache = wrap_cache_new(a, 1);
	size_t i;
	int width;

	assert_non_null(cache);
	for (width = 1; width <= 40; width++) {
		wrap_cache_set_width(cache, width);
		for (i = 0; i < a->count; i++)
			check_wrapped(a->text + a->paragraphs[i].start, a->paragraphs[i].len,
				      wrap_paragraph(cache, i), width);
	}
	wrap_cache_free(cache);
}

static void test_fixture_wraps_at_every_width(void **state)
{
	struct article_options options;
	struct article *a;
	struct tanda_error err;

	(void)state;
	article_options_default(&options);
	assert_int_equal(article_load(fixture("wide.txt"), &options, &a, &err), TANDA_OK);
	assert_int_equal(a->count, 4);
	check_all_widths(a);
	article_free(a);
}

/* Append count random paragraphs of words in three scripts to buf (cap
 * bytes), one per line. */
static void random_paragraphs(char *buf, size_t cap, size_t count, unsigned *seed)
{
	static const char *const words[] = {
		"a", "the", "kata", "Yoon,", "(Hayashi", "Yoshimasa)", "Zo\xC3\xAB",
		"Jose" ACUTE, "e" ACUTE "te" ACUTE, "Nguye\xCC\x82\xCC\x83n",
		YOON, HAYASHI, HAYASHI ACUTE YOON,
		"\xEC\x9C\xA4\xEC\x84\x9D\xEC\x97\xB4",			/* 윤석열 */
		"\xEB\x8C\x80\xED\x86\xB5\xEB\xA0\xB9\xEC\x9D\x80",		/* 대통령은 */
		"\xE6\x9E\x97\xE8\x8A\xB3\xE6\xAD\xA3",			/* 林芳正 */
		"\xE5\xAE\x98\xE6\x88\xBF\xE9\x95\xB7\xE5\xAE\x98",		/* 官房長官 */
		"\xE3\x82\xAB\xE3\x82\xBF\xE3\x82\xAB\xE3\x83\x8A",		/* カタカナ */
		"supercalifragilisticexpialidocious",
		"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
		YOON YOON YOON YOON YOON YOON YOON YOON YOON YOON YOON YOON YOON YOON YOON YOON
		YOON YOON YOON YOON YOON YOON,
		"x" HAYASHI "y" ACUTE HAYASHI HAYASHI "zz" HAYASHI "w" ACUTE ACUTE "q",
	};
	size_t len = 0, p;

	for (p = 0; p < count; p++) {
		size_t nwords, k;

		*seed = *seed * 1103515245u + 12345u;
		nwords = 1 + (*seed >> 16) % 30;
		for (k = 0; k < nwords; k++) {
			const char *word;

			*seed = *seed * 1103515245u + 12345u;
			word = words[(*seed >> 16) % (sizeof words / sizeof words[0])];
			assert_true(len + strlen(word) + 2 < cap);
			if (k > 0)
				buf[len++] = ' ';
			memcpy(buf + len, word, strlen(word));
			len += strlen(word);
		}
		buf[len++] = '\n';
	}
	buf[len] = '\0';
}

static void test_random_paragraphs_wrap_well(void **state)
{
	static char buf[300 * 30 * 80];
	unsigned seed = 7;
	struct article *a;

	(void)state;
	random_paragraphs(buf, sizeof buf, 300, &seed);
	a = load_text(buf);
	assert_int_equal(a->count, 300);
	check_all_widths(a);
	article_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_char_widths),
		cmocka_unit_test(test_fit_keeps_characters_whole),
		cmocka_unit_test(test_breaks_at_spaces),
		cmocka_unit_test(test_long_word_breaks_hard),
		cmocka_unit_test(test_width_change_rewraps),
		cmocka_unit_test(test_fixture_wraps_at_every_width),
		cmocka_unit_test(test_random_paragraphs_wrap_well),
	};

	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
