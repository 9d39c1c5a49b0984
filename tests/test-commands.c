/*
 * test-commands.c - what the reader does with typed input: the ':' command
 * parser, the prompt's line editing, the key bindings, and that every
 * action has help and a way to run it.
 */
#include <curses.h>
#include <string.h>

#include "actions.h"
#include "commands.h"
#include "fixture.h"
#include "keymap.h"
#include "prompt.h"

/* A key of kind and code. */
static struct key key_of(enum key_kind kind, uint32_t code)
{
	struct key k;

	memset(&k, 0, sizeof k);
	k.kind = kind;
	k.code = code;
	return k;
}

/* Feed the prompt one key of kind and code; return its result. */
static enum prompt_result press(struct prompt *p, enum key_kind kind, uint32_t code)
{
	struct key k = key_of(kind, code);

	return prompt_key(p, &k);
}

/* Type the characters of the ASCII text s, each taken for editing. */
static void type(struct prompt *p, const char *s)
{
	for (; *s != '\0'; s++)
		assert_int_equal(press(p, KEY_KIND_CHAR, (unsigned char)*s), PROMPT_EDITING);
}

/* Check that text parses as kind with action and number. */
static void expect_command(const char *text, enum command_kind kind, enum action action,
			   size_t number)
{
	struct command_result r = commands_parse(text);

	assert_int_equal(r.kind, kind);
	assert_int_equal(r.action, action);
	assert_int_equal(r.number, number);
}

/* Check that the key of kind and code runs action. */
static void expect_binding(enum key_kind kind, uint32_t code, enum action action)
{
	struct key k = key_of(kind, code);

	assert_int_equal(keymap_lookup(&k), action);
}

static void test_commands_parse(void **state)
{
	(void)state;
	expect_command("q", COMMAND_ACTION, ACTION_QUIT, 0);
	expect_command("quit", COMMAND_ACTION, ACTION_QUIT, 0);
	expect_command("  quit ", COMMAND_ACTION, ACTION_QUIT, 0);
	expect_command("help", COMMAND_ACTION, ACTION_HELP, 0);
	expect_command("h", COMMAND_ACTION, ACTION_HELP, 0);
	expect_command(" 12 ", COMMAND_GOTO, ACTION_NONE, 12);
	expect_command("1", COMMAND_GOTO, ACTION_NONE, 1);
	expect_command("", COMMAND_EMPTY, ACTION_NONE, 0);
	expect_command("   ", COMMAND_EMPTY, ACTION_NONE, 0);
	expect_command("frob", COMMAND_UNKNOWN, ACTION_NONE, 0);
	expect_command("qu", COMMAND_UNKNOWN, ACTION_NONE, 0);
	expect_command("quitx", COMMAND_UNKNOWN, ACTION_NONE, 0);
	expect_command("12a", COMMAND_UNKNOWN, ACTION_NONE, 0);
	expect_command("-3", COMMAND_UNKNOWN, ACTION_NONE, 0);
}

/* Check that text runs action with the argument argument. */
static void expect_argument(const char *text, enum action action, const char *argument)
{
	struct command_result r = commands_parse(text);

	assert_int_equal(r.kind, COMMAND_ACTION);
	assert_int_equal(r.action, action);
	assert_int_equal(r.argument_len, strlen(argument));
	assert_memory_equal(r.argument, argument, r.argument_len);
}

static void test_commands_argument(void **state)
{
	(void)state;
	expect_argument("export", ACTION_EXPORT, "");
	expect_argument("  export  ", ACTION_EXPORT, "");
	expect_argument("export out.yaml", ACTION_EXPORT, "out.yaml");
	expect_argument(" export   my set.yaml  ", ACTION_EXPORT, "my set.yaml");
	expect_argument("quit", ACTION_QUIT, "");
	/* a command without an argument takes none; a longer word is no command */
	expect_command("quit now", COMMAND_UNKNOWN, ACTION_NONE, 0);
	expect_command("exportx", COMMAND_UNKNOWN, ACTION_NONE, 0);
	expect_command("exportx a", COMMAND_UNKNOWN, ACTION_NONE, 0);
}

static void test_every_command_parses_to_its_action(void **state)
{
	const struct command *c;

	(void)state;
	for (c = command_table; c->name != NULL; c++) {
		assert_true(c->action > ACTION_NONE && c->action < ACTION_COUNT);
		assert_true(c->help != NULL && c->help[0] != '\0');
		expect_command(c->name, COMMAND_ACTION, c->action, 0);
		if (c->alias != NULL)
			expect_command(c->alias, COMMAND_ACTION, c->action, 0);
	}
}

static void test_prompt_typing(void **state)
{
	struct prompt p;

	(void)state;
	prompt_open(&p, '/');
	assert_true(prompt_is_open(&p));
	assert_int_equal(p.leader, '/');
	type(&p, "Yoon ");
	assert_int_equal(press(&p, KEY_KIND_CHAR, 0xC724), PROMPT_EDITING);	/* 윤 */
	assert_int_equal(press(&p, KEY_KIND_CHAR, 0xE9), PROMPT_EDITING);	/* é */
	assert_string_equal(p.text, "Yoon \xEC\x9C\xA4\xC3\xA9");
	assert_int_equal(p.len, 10);
	/* function keys and controls type nothing */
	assert_int_equal(press(&p, KEY_KIND_FUNCTION, KEY_LEFT), PROMPT_EDITING);
	assert_int_equal(press(&p, KEY_KIND_CHAR, KEY_CTRL('a')), PROMPT_EDITING);
	assert_int_equal(p.len, 10);
	prompt_close(&p);
	assert_false(prompt_is_open(&p));
}

static void test_prompt_backspace(void **state)
{
	struct prompt p;

	(void)state;
	prompt_open(&p, ':');
	type(&p, "a");
	assert_int_equal(press(&p, KEY_KIND_CHAR, 0xC724), PROMPT_EDITING);
	/* one backspace takes the whole three-byte character */
	assert_int_equal(press(&p, KEY_KIND_FUNCTION, KEY_BACKSPACE), PROMPT_EDITING);
	assert_string_equal(p.text, "a");
	assert_int_equal(p.len, 1);
	/* DEL and C-h erase too */
	type(&p, "b");
	assert_int_equal(press(&p, KEY_KIND_CHAR, 0x7F), PROMPT_EDITING);
	assert_string_equal(p.text, "a");
	assert_int_equal(press(&p, KEY_KIND_CHAR, 0x08), PROMPT_EDITING);
	assert_string_equal(p.text, "");
	/* backspace on empty text cancels */
	assert_int_equal(press(&p, KEY_KIND_FUNCTION, KEY_BACKSPACE), PROMPT_CANCEL);
}

static void test_prompt_submit_cancel_clear(void **state)
{
	struct prompt p;

	(void)state;
	prompt_open(&p, '?');
	type(&p, "abc");
	assert_int_equal(press(&p, KEY_KIND_CHAR, '\r'), PROMPT_SUBMIT);
	assert_string_equal(p.text, "abc");
	assert_int_equal(press(&p, KEY_KIND_CHAR, '\n'), PROMPT_SUBMIT);
	assert_int_equal(press(&p, KEY_KIND_FUNCTION, KEY_ENTER), PROMPT_SUBMIT);
	assert_int_equal(press(&p, KEY_KIND_CHAR, KEY_ESCAPE), PROMPT_CANCEL);
	assert_int_equal(press(&p, KEY_KIND_CHAR, KEY_CTRL('c')), PROMPT_CANCEL);
	/* C-u clears the line but keeps the prompt open */
	assert_int_equal(press(&p, KEY_KIND_CHAR, KEY_CTRL('u')), PROMPT_EDITING);
	assert_string_equal(p.text, "");
	assert_int_equal(p.len, 0);
	type(&p, "x");
	assert_string_equal(p.text, "x");
	/* opening again starts empty */
	prompt_open(&p, '/');
	assert_int_equal(p.len, 0);
	assert_string_equal(p.text, "");
}

static void test_prompt_max(void **state)
{
	static struct prompt p;
	size_t i;

	(void)state;
	prompt_open(&p, '/');
	for (i = 0; i + 1 < PROMPT_MAX; i++)
		assert_int_equal(press(&p, KEY_KIND_CHAR, 'a'), PROMPT_EDITING);
	/* one byte left: a three-byte character does not go in part */
	assert_int_equal(press(&p, KEY_KIND_CHAR, 0xC724), PROMPT_EDITING);
	assert_int_equal(p.len, PROMPT_MAX - 1);
	type(&p, "bc");
	assert_int_equal(p.len, PROMPT_MAX);
	assert_int_equal(strlen(p.text), PROMPT_MAX);
	assert_int_equal(p.text[PROMPT_MAX - 1], 'b');
}

static void test_keymap_lookup(void **state)
{
	(void)state;
	expect_binding(KEY_KIND_CHAR, 'j', ACTION_NEXT);
	expect_binding(KEY_KIND_FUNCTION, KEY_DOWN, ACTION_NEXT);
	expect_binding(KEY_KIND_CHAR, '\r', ACTION_NEXT);
	expect_binding(KEY_KIND_CHAR, '\n', ACTION_NEXT);
	expect_binding(KEY_KIND_FUNCTION, KEY_ENTER, ACTION_NEXT);
	expect_binding(KEY_KIND_CHAR, ' ', ACTION_PAGE_DOWN);
	expect_binding(KEY_KIND_FUNCTION, KEY_NPAGE, ACTION_PAGE_DOWN);
	expect_binding(KEY_KIND_CHAR, KEY_CTRL('f'), ACTION_PAGE_DOWN);
	expect_binding(KEY_KIND_CHAR, 'q', ACTION_QUIT);
	expect_binding(KEY_KIND_FUNCTION, KEY_F(1), ACTION_HELP);
	/* the kind matters: 'j' as a curses code is not j */
	expect_binding(KEY_KIND_FUNCTION, 'j', ACTION_NONE);
	expect_binding(KEY_KIND_CHAR, 'z', ACTION_NONE);
	expect_binding(KEY_KIND_CHAR, 0xC724, ACTION_NONE);
	expect_binding(KEY_KIND_FUNCTION, KEY_F(12), ACTION_NONE);
	expect_binding(KEY_KIND_MOUSE, MOUSE_CLICK, ACTION_NONE);
}

static void test_keymap_keys_for(void **state)
{
	char buf[128], small[6];

	(void)state;
	keymap_keys_for(ACTION_NEXT, buf, sizeof buf);
	assert_string_equal(buf, "j Down Enter");
	keymap_keys_for(ACTION_PAGE_DOWN, buf, sizeof buf);
	assert_string_equal(buf, "Space PgDn C-f");
	keymap_keys_for(ACTION_NONE, buf, sizeof buf);
	assert_string_equal(buf, "");
	/* a small buffer is cut, still terminated */
	keymap_keys_for(ACTION_NEXT, small, sizeof small);
	assert_string_equal(small, "j Dow");
}

/* Whether a command in command_table runs action. */
static int has_command(enum action action)
{
	const struct command *c;

	for (c = command_table; c->name != NULL; c++)
		if (c->action == action)
			return 1;
	return 0;
}

static void test_every_action_has_help_and_a_way_in(void **state)
{
	char keys[256];
	int a;

	(void)state;
	for (a = 1; a < ACTION_COUNT; a++) {
		keymap_keys_for((enum action)a, keys, sizeof keys);
		assert_true(action_help((enum action)a)[0] != '\0');
		assert_true(action_name((enum action)a)[0] != '\0');
		if (keys[0] == '\0' && !has_command((enum action)a))
			fail_msg("action %s has neither a key nor a command",
				 action_name((enum action)a));
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_commands_parse),
		cmocka_unit_test(test_commands_argument),
		cmocka_unit_test(test_every_command_parses_to_its_action),
		cmocka_unit_test(test_prompt_typing),
		cmocka_unit_test(test_prompt_backspace),
		cmocka_unit_test(test_prompt_submit_cancel_clear),
		cmocka_unit_test(test_prompt_max),
		cmocka_unit_test(test_keymap_lookup),
		cmocka_unit_test(test_keymap_keys_for),
		cmocka_unit_test(test_every_action_has_help_and_a_way_in),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
