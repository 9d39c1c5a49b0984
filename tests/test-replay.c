/*
 * test-replay.c - the key script tokenizer: bare and quoted text, named
 * keys with their codes (key.h), events with arguments, and the messages
 * for bad scripts.
 */
#include <string.h>

#include "fixture.h"
#include "replay.h"

/* A parsed script, checked one event at a time. */
struct reader {
	struct replay_script script;
	size_t next;
};

/* Parse text (as the file "s.keys"), expecting success. */
static void parse_ok(struct reader *r, const char *text)
{
	struct tanda_error err;

	r->next = 0;
	assert_int_equal(replay_parse(text, strlen(text), "s.keys", &r->script, &err), TANDA_OK);
}

/* Check that the next event is a key of kind and code at x, y. */
static void expect_key_at(struct reader *r, enum key_kind kind, uint32_t code, int x, int y)
{
	const struct replay_event *e;

	assert_true(r->next < r->script.count);
	e = &r->script.events[r->next++];
	assert_int_equal(e->kind, REPLAY_KEY);
	assert_int_equal(e->key.kind, kind);
	assert_int_equal(e->key.code, code);
	assert_int_equal(e->key.x, x);
	assert_int_equal(e->key.y, y);
	assert_null(e->path);
}

/* Check that the next event is a key of kind and code. */
static void expect_key(struct reader *r, enum key_kind kind, uint32_t code)
{
	expect_key_at(r, kind, code, 0, 0);
}

/* Check that the next events type the characters of the ASCII text s. */
static void expect_typed(struct reader *r, const char *s)
{
	for (; *s != '\0'; s++)
		expect_key(r, KEY_KIND_CHAR, (unsigned char)*s);
}

/* Check that every event was seen, and free the script. */
static void expect_end(struct reader *r)
{
	assert_int_equal(r->next, r->script.count);
	replay_free(&r->script);
	assert_int_equal(r->script.count, 0);
	assert_null(r->script.events);
}

/* Parse the len bytes at text expecting failure with a message that is
 * expected exactly. */
static void expect_error(const char *text, size_t len, const char *expected)
{
	struct replay_script script;
	struct tanda_error err;
	char *copy = malloc(len ? len : 1);

	/* a copy without a terminating NUL: the parser must keep to len */
	assert_non_null(copy);
	memcpy(copy, text, len);
	assert_int_equal(replay_parse(copy, len, "bad.keys", &script, &err), TANDA_EDATA);
	assert_string_equal(err.message, expected);
	assert_int_equal(script.count, 0);
	assert_null(script.events);
	free(copy);
}

static void test_bare_tokens_type_characters(void **state)
{
	struct reader r;

	(void)state;
	parse_ok(&r, "jj  /yoon\n\t:12");
	expect_typed(&r, "jj/yoon:12");
	expect_end(&r);
	/* a multibyte character is one key: 윤 is U+C724 */
	parse_ok(&r, "\xEC\x9C\xA4" "a\xC3\xA9");
	expect_key(&r, KEY_KIND_CHAR, 0xC724);
	expect_key(&r, KEY_KIND_CHAR, 'a');
	expect_key(&r, KEY_KIND_CHAR, 0xE9);
	expect_end(&r);
	/* nothing but space is no events */
	parse_ok(&r, " \n\t\r\n");
	expect_end(&r);
}

static void test_quoted_text(void **state)
{
	struct reader r;

	(void)state;
	parse_ok(&r, "\"a b\" \"say \\\"hi\\\" \\\\ ok\" \"\"");
	expect_typed(&r, "a b");
	expect_typed(&r, "say \"hi\" \\ ok");
	expect_end(&r);
	parse_ok(&r, "\"윤 x\"");
	expect_key(&r, KEY_KIND_CHAR, 0xC724);
	expect_typed(&r, " x");
	expect_end(&r);
}

static void test_nul_byte_is_an_error(void **state)
{
	(void)state;
	expect_error("j\0j", 3, "bad.keys:1:1: a NUL byte (not a key script?)");
}

static void test_named_keys(void **state)
{
	struct reader r;

	(void)state;
	parse_ok(&r, "<Enter> <Esc> <Tab> <Space> <BS> <Up> <Down> <Left> <Right>\n"
		     "<PgUp> <PgDn> <Home> <End> <F1> <Quote> <Lt> <C-x> <C-a>");
	expect_key(&r, KEY_KIND_CHAR, '\r');
	expect_key(&r, KEY_KIND_CHAR, 0x1B);
	expect_key(&r, KEY_KIND_CHAR, '\t');
	expect_key(&r, KEY_KIND_CHAR, ' ');
	expect_key(&r, KEY_KIND_FUNCTION, KEYC_BACKSPACE);
	expect_key(&r, KEY_KIND_FUNCTION, KEYC_UP);
	expect_key(&r, KEY_KIND_FUNCTION, KEYC_DOWN);
	expect_key(&r, KEY_KIND_FUNCTION, KEYC_LEFT);
	expect_key(&r, KEY_KIND_FUNCTION, KEYC_RIGHT);
	expect_key(&r, KEY_KIND_FUNCTION, KEYC_PAGE_UP);
	expect_key(&r, KEY_KIND_FUNCTION, KEYC_PAGE_DOWN);
	expect_key(&r, KEY_KIND_FUNCTION, KEYC_HOME);
	expect_key(&r, KEY_KIND_FUNCTION, KEYC_END);
	expect_key(&r, KEY_KIND_FUNCTION, KEYC_F(1));
	expect_key(&r, KEY_KIND_CHAR, '"');
	expect_key(&r, KEY_KIND_CHAR, '<');
	expect_key(&r, KEY_KIND_CHAR, 0x18);
	expect_key(&r, KEY_KIND_CHAR, 0x01);
	expect_end(&r);
}

static void test_events(void **state)
{
	struct reader r;
	const struct replay_event *dump;

	(void)state;
	parse_ok(&r, "<Resize 40x10> <Dump out.txt> <Click 3 4> <WheelUp> <WheelDown> q");
	expect_key_at(&r, KEY_KIND_RESIZE, 0, 40, 10);
	assert_true(r.next < r.script.count);
	dump = &r.script.events[r.next++];
	assert_int_equal(dump->kind, REPLAY_DUMP);
	assert_string_equal(dump->path, "out.txt");
	expect_key_at(&r, KEY_KIND_MOUSE, MOUSE_CLICK, 3, 4);
	expect_key(&r, KEY_KIND_MOUSE, MOUSE_WHEEL_UP);
	expect_key(&r, KEY_KIND_MOUSE, MOUSE_WHEEL_DOWN);
	expect_typed(&r, "q");
	expect_end(&r);
}

/* Check that text fails with expected, as the whole input and with more
 * script after it. */
#define EXPECT_ERROR(text, expected) expect_error(text, sizeof text - 1, expected)

static void test_unknown_key(void **state)
{
	(void)state;
	EXPECT_ERROR("j\n    <Frob> j", "bad.keys:2:5: unknown key: <Frob>");
	EXPECT_ERROR("j\njk \"x\" <Frob>", "bad.keys:2:8: unknown key: <Frob>");
	EXPECT_ERROR("\xEC\x9C\xA4\xEC\x9C\xA4 <Frob>", "bad.keys:1:4: unknown key: <Frob>");
	EXPECT_ERROR("<Resize 0x10>", "bad.keys:1:1: a size out of 1x1 to 1000x1000: <Resize 0x10>");
	EXPECT_ERROR("<Resize 100000x100000>",
		     "bad.keys:1:1: a size out of 1x1 to 1000x1000: <Resize 100000x100000>");
	EXPECT_ERROR("<Resize 40x10x>", "bad.keys:1:1: unknown key: <Resize 40x10x>");
	EXPECT_ERROR("<C-1>", "bad.keys:1:1: unknown key: <C-1>");
	EXPECT_ERROR("<>", "bad.keys:1:1: unknown key: <>");
}

static void test_unterminated_quote(void **state)
{
	(void)state;
	EXPECT_ERROR("a \"abc", "bad.keys:1:3: unterminated quoted text: \"abc");
	EXPECT_ERROR("\"ab\\\"", "bad.keys:1:1: unterminated quoted text: \"ab\\\"");
	EXPECT_ERROR("\"a\\nb\"", "bad.keys:1:1: unknown escape in quoted text: \\n");
}

static void test_angle_without_close(void **state)
{
	(void)state;
	EXPECT_ERROR("x <Enter", "bad.keys:1:3: unknown key: <Enter");
	EXPECT_ERROR("<Enter\n>", "bad.keys:1:1: unknown key: <Enter");
	EXPECT_ERROR("<Up <Down>", "bad.keys:1:1: unknown key: <Up <Down>");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bare_tokens_type_characters),
		cmocka_unit_test(test_quoted_text),
		cmocka_unit_test(test_named_keys),
		cmocka_unit_test(test_events),
		cmocka_unit_test(test_unknown_key),
		cmocka_unit_test(test_unterminated_quote),
		cmocka_unit_test(test_angle_without_close),
		cmocka_unit_test(test_nul_byte_is_an_error),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
