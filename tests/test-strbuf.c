/*
 * test-strbuf.c - the string builder and the growth helper: appends,
 * formats longer than the first guess, fixed arrays cut at a character
 * boundary, sticky failure, and overflow-checked growth.
 */
#include <stdint.h>
#include <string.h>

#include "fixture.h"
#include "grow.h"
#include "strbuf.h"

static void test_appends_and_formats(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	char *text;
	size_t len;

	(void)state;
	assert_string_equal(strbuf_str(&sb), "");
	assert_int_equal(strbuf_addstr(&sb, "Yun"), 0);
	assert_int_equal(strbuf_addch(&sb, ' '), 0);
	assert_int_equal(strbuf_addf(&sb, "-> %s %d", "Yoon", 3), 0);
	assert_string_equal(strbuf_str(&sb), "Yun -> Yoon 3");
	assert_int_equal(sb.len, 13);
	strbuf_setlen(&sb, 3);
	assert_string_equal(sb.buf, "Yun");
	text = strbuf_detach(&sb, &len);
	assert_string_equal(text, "Yun");
	assert_int_equal(len, 3);
	assert_null(sb.buf);
	free(text);
}

static void test_long_format_grows(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	char name[1500];

	(void)state;
	memset(name, 'a', sizeof name - 1);
	name[sizeof name - 1] = '\0';
	assert_int_equal(strbuf_addf(&sb, "[%s]", name), 0);
	assert_int_equal(sb.len, sizeof name + 1);
	assert_int_equal(sb.buf[0], '[');
	assert_int_equal(sb.buf[sb.len - 1], ']');
	strbuf_release(&sb);
	assert_int_equal(sb.len, 0);
}

static void test_fixed_cuts_at_character(void **state)
{
	char buf[6];
	struct strbuf sb;

	(void)state;
	strbuf_init_fixed(&sb, buf, sizeof buf);
	assert_int_equal(strbuf_addstr(&sb, "abc"), 0);
	/* "é" is two bytes: "abcé" fits in 5 + NUL; "ü" after it does not. */
	assert_int_equal(strbuf_addstr(&sb, "\xC3\xA9\xC3\xBC"), -1);
	assert_string_equal(buf, "abc\xC3\xA9");
	assert_true(sb.truncated);
	assert_false(strbuf_ok(&sb));
	assert_int_equal(strbuf_addstr(&sb, "x"), -1);
	assert_string_equal(buf, "abc\xC3\xA9");
	strbuf_reset(&sb);
	assert_true(strbuf_ok(&sb));
	assert_int_equal(strbuf_addf(&sb, "%s", "0123456789"), -1);
	assert_string_equal(buf, "01234");
}

/* Base64 as RFC 4648's test vectors have it, and bytes that are not
 * text. */
static void test_base64(void **state)
{
	static const char *const vectors[][2] = {
		{ "", "" }, { "f", "Zg==" }, { "fo", "Zm8=" }, { "foo", "Zm9v" },
		{ "foob", "Zm9vYg==" }, { "fooba", "Zm9vYmE=" }, { "foobar", "Zm9vYmFy" },
	};
	struct strbuf sb = STRBUF_INIT;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof vectors / sizeof vectors[0]; i++) {
		strbuf_reset(&sb);
		assert_int_equal(strbuf_addbase64(&sb, vectors[i][0], strlen(vectors[i][0])), 0);
		assert_string_equal(strbuf_str(&sb), vectors[i][1]);
	}
	strbuf_reset(&sb);
	assert_int_equal(strbuf_addbase64(&sb, "\xE2\x80\x9C\xFF\x00", 5), 0);
	assert_string_equal(strbuf_str(&sb), "4oCc/wA=");
	strbuf_release(&sb);
}

static void test_grow_doubles_and_checks_overflow(void **state)
{
	int *items = NULL;
	size_t alloc = 0, i;
	size_t reallocs = 0, last = 0;

	(void)state;
	for (i = 0; i < 10000; i++) {
		assert_int_equal(GROW(items, alloc, i + 1), 0);
		if (alloc != last)
			reallocs++;
		last = alloc;
		items[i] = (int)i;
	}
	assert_true(reallocs < 20);
	assert_int_equal(items[9999], 9999);
	assert_int_equal(GROW(items, alloc, SIZE_MAX / 2), -1);
	assert_int_equal(alloc, last);
	assert_int_equal(items[9999], 9999);
	free(items);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_appends_and_formats),
		cmocka_unit_test(test_long_format_grows),
		cmocka_unit_test(test_fixed_cuts_at_character),
		cmocka_unit_test(test_grow_doubles_and_checks_overflow),
		cmocka_unit_test(test_base64),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
