/*
 * test-escape.c - the one escaping of output: ESC, other C0 controls, DEL,
 * C1 controls, bidi controls and bytes that are not UTF-8 written
 * visibly; tab and newline kept in text and escaped in a field, with the
 * backslash; everything else (Hangul, accents, quotes) as it is.
 */
#include <string.h>

#include "escape.h"
#include "fixture.h"
#include "strbuf.h"

/* Check that s escaped for mode is want. */
static void expect(const char *s, enum escape_mode mode, const char *want)
{
	struct strbuf sb = STRBUF_INIT;

	assert_int_equal(escape_add(&sb, s, strlen(s), mode), 0);
	assert_string_equal(strbuf_str(&sb), want);
	assert_int_equal(escape_needed(s, strlen(s), mode), strcmp(s, want) != 0);
	strbuf_release(&sb);
}

static void test_text(void **state)
{
	(void)state;
	expect("Judul biasa — “kutipan” 윤석열 José", ESCAPE_TEXT,
	       "Judul biasa — “kutipan” 윤석열 José");
	expect("\x1b]0;title\x07", ESCAPE_TEXT, "\\e]0;title\\x07");
	expect("\x1b]52;c;ZXZpbA==\x1b\\", ESCAPE_TEXT, "\\e]52;c;ZXZpbA==\\e\\");
	expect("a\tb\nc\rd\x7f", ESCAPE_TEXT, "a\tb\nc\\rd\\x7f");
	expect("csi \xc2\x9b" "31m nel \xc2\x85", ESCAPE_TEXT, "csi \\u009b31m nel \\u0085");
	expect("rlo \xe2\x80\xae pdi \xe2\x81\xa9 lri \xe2\x81\xa6", ESCAPE_TEXT,
	       "rlo \\u202e pdi \\u2069 lri \\u2066");
	expect("bad \xff\xfe end \xe2\x80", ESCAPE_TEXT, "bad \\xff\\xfe end \\xe2\\x80");
}

static void test_field(void **state)
{
	(void)state;
	expect("one\ttwo\nthree\\four", ESCAPE_FIELD, "one\\ttwo\\nthree\\\\four");
	expect("\x1b[2J", ESCAPE_FIELD, "\\e[2J");
	expect("plain", ESCAPE_FIELD, "plain");
}

static void test_controls(void **state)
{
	static const uint32_t controls[] = { 0, 9, 10, 0x1B, 0x1F, 0x7F, 0x80, 0x9F, 0x202A,
					     0x202E, 0x2066, 0x2069 };
	static const uint32_t others[] = { 0x20, 0x7E, 0xA0, 0x200E, 0x2029, 0x202F, 0x2065,
					   0x206A, 0xAC00 };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof controls / sizeof controls[0]; i++)
		assert_true(escape_is_control(controls[i]));
	for (i = 0; i < sizeof others / sizeof others[0]; i++)
		assert_false(escape_is_control(others[i]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text),
		cmocka_unit_test(test_field),
		cmocka_unit_test(test_controls),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
