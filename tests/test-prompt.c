/*
 * test-prompt.c - the line editor every prompt shares: typing ASCII,
 * accented and CJK text, moving and erasing by whole characters, the
 * words and lines C-w, C-u and C-k take, one history per kind of prompt
 * browsed with Up and Down, Tab completion, the length limit, and how a
 * prompt is submitted or cancelled.
 */
#include <string.h>

#include "fixture.h"
#include "prompt.h"
#include "utf8.h"

#define E_ACUTE "\xC3\xA9"		/* é, U+00E9 */
#define ZHONG "\xE4\xB8\xAD"		/* 中, U+4E2D */
#define WEN "\xE6\x96\x87"		/* 文, U+6587 */

/* A zeroed prompt for each test; its histories are freed after it. */
static int setup(void **state)
{
	*state = calloc(1, sizeof(struct prompt));
	return *state == NULL ? -1 : 0;
}

/* Free the test's prompt and its histories. */
static int teardown(void **state)
{
	prompt_free(*state);
	free(*state);
	return 0;
}

/* Feed p one key of kind and code; return its result. */
static enum prompt_result press(struct prompt *p, enum key_kind kind, uint32_t code)
{
	struct key k;

	memset(&k, 0, sizeof k);
	k.kind = kind;
	k.code = code;
	return prompt_key(p, &k);
}

/* Feed p the function key code; it must be taken for editing. */
static void function_key(struct prompt *p, uint32_t code)
{
	assert_int_equal(press(p, KEY_KIND_FUNCTION, code), PROMPT_EDITING);
}

/* Feed p the character key code; it must be taken for editing. */
static void char_key(struct prompt *p, uint32_t code)
{
	assert_int_equal(press(p, KEY_KIND_CHAR, code), PROMPT_EDITING);
}

/* Type the UTF-8 text s into p, one code point per key. */
static void type(struct prompt *p, const char *s)
{
	size_t len = strlen(s), i = 0;

	while (i < len) {
		uint32_t cp;
		int n = utf8_decode(s + i, len - i, &cp);

		assert_true(n > 0);
		char_key(p, cp);
		i += (size_t)n;
	}
}

/* Check p's text and that its cursor is at byte cursor. */
static void expect(const struct prompt *p, const char *text, size_t cursor)
{
	assert_string_equal(p->text, text);
	assert_int_equal(p->len, strlen(text));
	assert_int_equal(p->cursor, cursor);
}

/* Feed p the function key code, then check its text and cursor. */
static void function_key_gives(struct prompt *p, uint32_t code, const char *text,
			       size_t cursor)
{
	function_key(p, code);
	expect(p, text, cursor);
}

/* Feed p the character key code, then check its text and cursor. */
static void char_key_gives(struct prompt *p, uint32_t code, const char *text, size_t cursor)
{
	char_key(p, code);
	expect(p, text, cursor);
}

/* Open p as kind, type text and submit it. */
static void submit_text(struct prompt *p, enum prompt_kind kind, const char *text)
{
	prompt_open(p, kind, "", NULL);
	type(p, text);
	assert_int_equal(press(p, KEY_KIND_CHAR, '\r'), PROMPT_SUBMIT);
	prompt_close(p);
}

static void test_typing(void **state)
{
	struct prompt *p = *state;

	prompt_open(p, PROMPT_SEARCH, "/", NULL);
	assert_true(prompt_is_open(p));
	assert_int_equal(p->kind, PROMPT_SEARCH);
	assert_string_equal(p->label, "/");
	expect(p, "", 0);
	type(p, "Kafé di Jakarta ");
	expect(p, "Kaf" E_ACUTE " di Jakarta ", 17);
	type(p, ZHONG WEN);
	expect(p, "Kaf" E_ACUTE " di Jakarta " ZHONG WEN, 23);
	/* controls, C1 controls, surrogates and other function keys type nothing */
	char_key(p, 0x02);
	char_key(p, 0x85);
	char_key(p, 0xD800);
	char_key(p, 0x110000);
	function_key(p, KEYC_F(1));
	function_key_gives(p, KEYC_PAGE_DOWN, "Kaf" E_ACUTE " di Jakarta " ZHONG WEN, 23);
	prompt_close(p);
	assert_false(prompt_is_open(p));
	/* the text and kind stay readable after closing */
	assert_string_equal(p->text, "Kaf" E_ACUTE " di Jakarta " ZHONG WEN);
	assert_int_equal(p->kind, PROMPT_SEARCH);
	/* a closed prompt takes no keys */
	assert_int_equal(press(p, KEY_KIND_CHAR, 'x'), PROMPT_CANCEL);
}

static void test_cursor_moves_by_character(void **state)
{
	struct prompt *p = *state;

	prompt_open(p, PROMPT_NOTE, "note: ", "a" E_ACUTE ZHONG "b");
	expect(p, "a" E_ACUTE ZHONG "b", 7);
	function_key(p, KEYC_LEFT);
	assert_int_equal(p->cursor, 6);
	function_key(p, KEYC_LEFT);
	assert_int_equal(p->cursor, 3);
	function_key(p, KEYC_LEFT);
	assert_int_equal(p->cursor, 1);
	type(p, "x");
	expect(p, "ax" E_ACUTE ZHONG "b", 2);
	type(p, WEN);
	expect(p, "ax" WEN E_ACUTE ZHONG "b", 5);
	function_key(p, KEYC_RIGHT);
	assert_int_equal(p->cursor, 7);
	/* the ends, both ways, and no further */
	function_key(p, KEYC_HOME);
	assert_int_equal(p->cursor, 0);
	function_key(p, KEYC_LEFT);
	assert_int_equal(p->cursor, 0);
	function_key(p, KEYC_END);
	assert_int_equal(p->cursor, 11);
	function_key(p, KEYC_RIGHT);
	assert_int_equal(p->cursor, 11);
	char_key(p, KEY_CTRL('a'));
	assert_int_equal(p->cursor, 0);
	type(p, "<");
	char_key(p, KEY_CTRL('e'));
	type(p, ">");
	expect(p, "<ax" WEN E_ACUTE ZHONG "b>", 13);
}

static void test_backspace_and_delete(void **state)
{
	struct prompt *p = *state;

	prompt_open(p, PROMPT_SEARCH, "/", NULL);
	type(p, "k" E_ACUTE ZHONG WEN);
	/* one backspace takes the whole three-byte character */
	function_key_gives(p, KEYC_BACKSPACE, "k" E_ACUTE ZHONG, 6);
	function_key(p, KEYC_LEFT);
	char_key_gives(p, 0x7F, "k" ZHONG, 1);
	/* Delete takes the character under the cursor, nothing at the end */
	function_key_gives(p, KEYC_DELETE, "k", 1);
	function_key_gives(p, KEYC_DELETE, "k", 1);
	function_key(p, KEYC_HOME);
	/* backspace at the start of a line with text does nothing */
	function_key_gives(p, KEYC_BACKSPACE, "k", 0);
	function_key_gives(p, KEYC_DELETE, "", 0);
	/* on an empty line, backspace (and C-h) cancels */
	assert_int_equal(press(p, KEY_KIND_FUNCTION, KEYC_BACKSPACE), PROMPT_CANCEL);
	assert_int_equal(press(p, KEY_KIND_CHAR, 0x08), PROMPT_CANCEL);
}

static void test_erase_word_line_and_end(void **state)
{
	struct prompt *p = *state;

	prompt_open(p, PROMPT_COMMAND, ":", "satu dua  tiga");
	char_key_gives(p, KEY_CTRL('w'), "satu dua  ", 10);
	char_key_gives(p, KEY_CTRL('w'), "satu ", 5);
	/* in the middle, only what is before the cursor goes */
	type(p, ZHONG WEN " empat");
	function_key(p, KEYC_HOME);
	function_key(p, KEYC_RIGHT);
	function_key(p, KEYC_RIGHT);
	function_key(p, KEYC_RIGHT);
	function_key(p, KEYC_RIGHT);
	function_key(p, KEYC_RIGHT);
	function_key(p, KEYC_RIGHT);
	char_key_gives(p, KEY_CTRL('w'), "satu " WEN " empat", 5);
	/* C-k takes the rest of the line */
	char_key_gives(p, KEY_CTRL('k'), "satu ", 5);
	char_key(p, KEY_CTRL('w'));
	char_key_gives(p, KEY_CTRL('w'), "", 0);
}

static void test_clear_prefilled_then_type(void **state)
{
	struct prompt *p = *state;

	prompt_open(p, PROMPT_REPLACEMENT, "replace 25/10/2020 with: ", "25/10/2020");
	assert_string_equal(p->label, "replace 25/10/2020 with: ");
	expect(p, "25/10/2020", 10);
	/* C-u clears the whole line, wherever the cursor is */
	function_key(p, KEYC_LEFT);
	char_key_gives(p, KEY_CTRL('u'), "", 0);
	type(p, "26/10/2020");
	expect(p, "26/10/2020", 10);
	assert_int_equal(press(p, KEY_KIND_FUNCTION, KEYC_ENTER), PROMPT_SUBMIT);
	assert_string_equal(p->text, "26/10/2020");
	/* opening again starts with the new initial text */
	prompt_open(p, PROMPT_REPLACEMENT, "with: ", NULL);
	expect(p, "", 0);
	assert_string_equal(p->label, "with: ");
}

static void test_initial_text_is_cleaned(void **state)
{
	struct prompt *p = *state;

	prompt_open(p, PROMPT_NOTE, NULL, "dua\tbaris\nini\x01 \xFF!");
	assert_string_equal(p->label, "");
	expect(p, "dua baris ini \xEF\xBF\xBD!", 18);
	assert_true(utf8_valid(p->text, p->len));
}

static void test_submit_and_cancel(void **state)
{
	struct prompt *p = *state;

	prompt_open(p, PROMPT_SEARCH, "?", "abc");
	assert_int_equal(press(p, KEY_KIND_CHAR, '\r'), PROMPT_SUBMIT);
	assert_int_equal(press(p, KEY_KIND_CHAR, '\n'), PROMPT_SUBMIT);
	assert_int_equal(press(p, KEY_KIND_FUNCTION, KEYC_ENTER), PROMPT_SUBMIT);
	assert_string_equal(p->text, "abc");
	assert_int_equal(press(p, KEY_KIND_CHAR, KEY_ESCAPE), PROMPT_CANCEL);
	assert_int_equal(press(p, KEY_KIND_CHAR, KEY_CTRL('c')), PROMPT_CANCEL);
	/* the same text submitted three times is in the history once */
	assert_int_equal(p->history[PROMPT_SEARCH].count, 1);
	/* mouse events and resizes are taken and do nothing */
	assert_int_equal(press(p, KEY_KIND_MOUSE, MOUSE_CLICK), PROMPT_EDITING);
	assert_int_equal(press(p, KEY_KIND_RESIZE, 0), PROMPT_EDITING);
	expect(p, "abc", 3);
}

static void test_history_per_kind(void **state)
{
	struct prompt *p = *state;

	submit_text(p, PROMPT_SEARCH, "banjir");
	submit_text(p, PROMPT_TAGS, "cuaca");
	/* the tag prompt's history has no search in it */
	prompt_open(p, PROMPT_TAGS, "tags: ", NULL);
	function_key_gives(p, KEYC_UP, "cuaca", 5);
	function_key_gives(p, KEYC_UP, "cuaca", 5);
	/* and the search prompt's none of the tags */
	prompt_open(p, PROMPT_SEARCH, "/", NULL);
	function_key_gives(p, KEYC_UP, "banjir", 6);
	function_key_gives(p, KEYC_UP, "banjir", 6);
	/* a kind nobody used has nothing */
	prompt_open(p, PROMPT_SPEAKER, "speaker: ", NULL);
	function_key_gives(p, KEYC_UP, "", 0);
}

static void test_history_browsing_keeps_the_draft(void **state)
{
	struct prompt *p = *state;

	submit_text(p, PROMPT_FILTER, "satu");
	submit_text(p, PROMPT_FILTER, "dua " ZHONG);
	prompt_open(p, PROMPT_FILTER, "filter: ", NULL);
	type(p, "dr");
	function_key(p, KEYC_LEFT);
	function_key_gives(p, KEYC_UP, "dua " ZHONG, 7);
	function_key_gives(p, KEYC_UP, "satu", 4);
	function_key_gives(p, KEYC_UP, "satu", 4);
	function_key_gives(p, KEYC_DOWN, "dua " ZHONG, 7);
	/* past the newest: what was being typed, cursor at its end */
	function_key_gives(p, KEYC_DOWN, "dr", 2);
	function_key_gives(p, KEYC_DOWN, "dr", 2);
	/* a recalled entry can be edited and submitted as a new entry */
	function_key(p, KEYC_UP);
	type(p, "!");
	assert_int_equal(press(p, KEY_KIND_CHAR, '\r'), PROMPT_SUBMIT);
	assert_int_equal(p->history[PROMPT_FILTER].count, 3);
	assert_string_equal(p->history[PROMPT_FILTER].entries[2], "dua " ZHONG "!");
}

static void test_history_bounds(void **state)
{
	struct prompt *p = *state;
	const struct prompt_history *h = &p->history[PROMPT_COMMAND];
	char text[16];
	int i;

	/* empty lines are not recorded, nor the newest entry again */
	submit_text(p, PROMPT_COMMAND, "");
	assert_int_equal(h->count, 0);
	submit_text(p, PROMPT_COMMAND, "w");
	submit_text(p, PROMPT_COMMAND, "w");
	assert_int_equal(h->count, 1);
	submit_text(p, PROMPT_COMMAND, "q");
	submit_text(p, PROMPT_COMMAND, "w");
	assert_int_equal(h->count, 3);
	/* the oldest go when it is full */
	for (i = 0; i < PROMPT_HISTORY_MAX + 5; i++) {
		snprintf(text, sizeof text, "%d", i);
		submit_text(p, PROMPT_COMMAND, text);
	}
	assert_int_equal(h->count, PROMPT_HISTORY_MAX);
	assert_string_equal(h->entries[0], "5");
	assert_string_equal(h->entries[PROMPT_HISTORY_MAX - 1], "104");
	prompt_open(p, PROMPT_COMMAND, ":", NULL);
	for (i = 0; i < PROMPT_HISTORY_MAX + 3; i++)
		function_key(p, KEYC_UP);
	expect(p, "5", 1);
}

static const char *const tags[] = { "politik", "ekonomi", "Pemilu", "banjir", "bandung",
				    "Banten", "\xC3\xA9tat", "\xC3\xA9tude" };

static void test_tab_single_candidate(void **state)
{
	struct prompt *p = *state;

	prompt_open(p, PROMPT_TAGS, "tags: ", NULL);
	prompt_set_completions(p, tags, sizeof tags / sizeof tags[0]);
	type(p, "eko");
	char_key_gives(p, '\t', "ekonomi, ", 9);
	/* without case, and the candidate's own spelling wins */
	type(p, "PEM");
	char_key_gives(p, '\t', "ekonomi, Pemilu, ", 17);
	/* commas separate words in the tag prompt */
	type(p, "x,pol");
	char_key_gives(p, '\t', "ekonomi, Pemilu, x,politik, ", 28);
	/* nothing matches: nothing happens */
	type(p, "zz");
	char_key_gives(p, '\t', "ekonomi, Pemilu, x,politik, zz", 30);
	/* in the middle of the line, no separator is added */
	char_key(p, KEY_CTRL('u'));
	type(p, "ek ban");
	function_key(p, KEYC_HOME);
	function_key(p, KEYC_RIGHT);
	function_key(p, KEYC_RIGHT);
	char_key_gives(p, '\t', "ekonomi ban", 7);
}

static void test_tab_elsewhere_adds_no_separator(void **state)
{
	static const char *const commands[] = { "export", "quit", "help" };
	struct prompt *p = *state;

	prompt_open(p, PROMPT_COMMAND, ":", "ex");
	prompt_set_completions(p, commands, 3);
	char_key_gives(p, '\t', "export", 6);
	/* a comma is part of a word outside the tag prompt */
	char_key(p, KEY_CTRL('u'));
	type(p, "a,q");
	char_key_gives(p, '\t', "a,q", 3);
	/* without candidates, Tab does nothing */
	prompt_open(p, PROMPT_NOTE, "note: ", "ex");
	char_key_gives(p, '\t', "ex", 2);
}

static void test_tab_common_prefix_then_cycles(void **state)
{
	struct prompt *p = *state;

	prompt_open(p, PROMPT_TAGS, "tags: ", "cuaca b");
	prompt_set_completions(p, tags, sizeof tags / sizeof tags[0]);
	char_key_gives(p, '\t', "cuaca ban", 9);
	char_key_gives(p, '\t', "cuaca banjir", 12);
	char_key_gives(p, '\t', "cuaca bandung", 13);
	char_key_gives(p, '\t', "cuaca Banten", 12);
	char_key_gives(p, '\t', "cuaca banjir", 12);
	/* another key ends the cycle; the next Tab completes the new word */
	function_key(p, KEYC_BACKSPACE);
	function_key_gives(p, KEYC_BACKSPACE, "cuaca banj", 10);
	char_key_gives(p, '\t', "cuaca banjir, ", 14);
	/* a common prefix ends on a character boundary: é-tat, é-tude */
	type(p, E_ACUTE);
	char_key_gives(p, '\t', "cuaca banjir, " E_ACUTE "t", 17);
	char_key_gives(p, '\t', "cuaca banjir, " E_ACUTE "tat", 19);
	char_key_gives(p, '\t', "cuaca banjir, " E_ACUTE "tude", 20);
}

static void test_tab_empty_word_offers_everything(void **state)
{
	static const char *const speakers[] = { "Joko Widodo", "Jusuf Kalla" };
	struct prompt *p = *state;

	prompt_open(p, PROMPT_SPEAKER, "speaker: ", NULL);
	prompt_set_completions(p, speakers, 2);
	char_key_gives(p, '\t', "J", 1);
	char_key_gives(p, '\t', "Joko Widodo", 11);
	char_key_gives(p, '\t', "Jusuf Kalla", 11);
	/* a speaker's name is one word, spaces and all */
	char_key(p, KEY_CTRL('u'));
	type(p, "joko w");
	char_key_gives(p, '\t', "Joko Widodo", 11);
	/* reopening forgets the candidates */
	prompt_open(p, PROMPT_SPEAKER, "speaker: ", NULL);
	char_key_gives(p, '\t', "", 0);
}

static void test_length_is_cut_at_a_character(void **state)
{
	struct prompt *p = *state;
	char *big = malloc(3 * PROMPT_MAX + 1);
	size_t i;

	assert_non_null(big);
	prompt_open(p, PROMPT_SEARCH, "/", NULL);
	for (i = 0; i + 1 < PROMPT_MAX; i++)
		char_key(p, 'a');
	/* one byte left: a three-byte character does not go in part */
	char_key(p, 0x4E2D);
	assert_int_equal(p->len, PROMPT_MAX - 1);
	type(p, "bc");
	assert_int_equal(p->len, PROMPT_MAX);
	assert_int_equal(strlen(p->text), PROMPT_MAX);
	assert_int_equal(p->text[PROMPT_MAX - 1], 'b');
	/* an initial text too long is cut after its last whole character */
	for (i = 0; i < PROMPT_MAX; i++)
		memcpy(big + 3 * i, ZHONG, 3);
	big[3 * PROMPT_MAX] = '\0';
	prompt_open(p, PROMPT_NOTE, "note: ", big);
	assert_int_equal(p->len, PROMPT_MAX / 3 * 3);
	assert_int_equal(p->cursor, p->len);
	assert_true(utf8_valid(p->text, p->len));
	/* a long label is cut likewise, before a character that would not fit */
	big[0] = big[1] = 'x';
	for (i = 0; i < 200; i++)
		memcpy(big + 2 + 2 * i, E_ACUTE, 2);
	big[402] = '\0';
	prompt_open(p, PROMPT_NOTE, big, NULL);
	assert_int_equal(strlen(p->label), PROMPT_LABEL_MAX - 1);
	assert_true(utf8_valid(p->label, strlen(p->label)));
	free(big);
}

static void test_pasting_a_megabyte(void **state)
{
	struct prompt *p = *state;
	size_t i;

	/* a million keys, typed in the middle of the line: cut, not slow */
	prompt_open(p, PROMPT_NOTE, "note: ", "[]");
	function_key(p, KEYC_LEFT);
	for (i = 0; i < 1000000; i++)
		char_key(p, i % 2 ? 0xE9 : 'x');
	assert_int_equal(p->len, PROMPT_MAX);
	assert_int_equal(p->text[0], '[');
	assert_int_equal(p->text[p->len - 1], ']');
	assert_true(utf8_valid(p->text, p->len));
}

/* A test run on a fresh prompt. */
#define TEST(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		TEST(test_typing),
		TEST(test_cursor_moves_by_character),
		TEST(test_backspace_and_delete),
		TEST(test_erase_word_line_and_end),
		TEST(test_clear_prefilled_then_type),
		TEST(test_initial_text_is_cleaned),
		TEST(test_submit_and_cancel),
		TEST(test_history_per_kind),
		TEST(test_history_browsing_keeps_the_draft),
		TEST(test_history_bounds),
		TEST(test_tab_single_candidate),
		TEST(test_tab_elsewhere_adds_no_separator),
		TEST(test_tab_common_prefix_then_cycles),
		TEST(test_tab_empty_word_offers_everything),
		TEST(test_length_is_cut_at_a_character),
		TEST(test_pasting_a_megabyte),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
