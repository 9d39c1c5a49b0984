/*
 * test-commands.c - what the reader does with typed input: the ':' command
 * parser, the key bindings in each keymap (the reader's, the selecting
 * mode's, the other screens'), and that every action has help and a way
 * to run it.
 */
#include <string.h>

#include "actions.h"
#include "commands.h"
#include "fixture.h"
#include "help.h"
#include "keymap.h"

/* A key of kind and code. */
static struct key key_of(enum key_kind kind, uint32_t code)
{
	struct key k;

	memset(&k, 0, sizeof k);
	k.kind = kind;
	k.code = code;
	return k;
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

/* Check that the key of kind and code runs action in map. */
static void expect_in(const struct keymap *map, enum key_kind kind, uint32_t code,
		      enum action action)
{
	struct key k = key_of(kind, code);

	assert_int_equal(keymap_lookup(map, &k), action);
}

/* Check that the key of kind and code runs action in the reader: its own
 * keymap, then the generic one, as dispatch.c looks them up. */
static void expect_binding(enum key_kind kind, uint32_t code, enum action action)
{
	struct key k = key_of(kind, code);
	enum action found = keymap_lookup(&keymap_reader, &k);

	assert_int_equal(found != ACTION_NONE ? found : keymap_lookup(&keymap_generic, &k), action);
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


static void test_keymap_lookup(void **state)
{
	(void)state;
	expect_binding(KEY_KIND_CHAR, 'j', ACTION_NEXT);
	expect_binding(KEY_KIND_FUNCTION, KEYC_DOWN, ACTION_NEXT);
	expect_binding(KEY_KIND_CHAR, '\r', ACTION_NEXT);
	expect_binding(KEY_KIND_CHAR, '\n', ACTION_NEXT);
	expect_binding(KEY_KIND_FUNCTION, KEYC_ENTER, ACTION_NEXT);
	expect_binding(KEY_KIND_CHAR, ' ', ACTION_PAGE_DOWN);
	expect_binding(KEY_KIND_FUNCTION, KEYC_PAGE_DOWN, ACTION_PAGE_DOWN);
	expect_binding(KEY_KIND_CHAR, KEY_CTRL('f'), ACTION_PAGE_DOWN);
	expect_binding(KEY_KIND_CHAR, 'q', ACTION_QUIT);
	expect_binding(KEY_KIND_FUNCTION, KEYC_F(1), ACTION_HELP);
	/* the kind matters: a function key whose code is that of j is not j */
	expect_binding(KEY_KIND_FUNCTION, 'j', ACTION_NONE);
	expect_binding(KEY_KIND_CHAR, 'z', ACTION_NONE);
	expect_binding(KEY_KIND_CHAR, 0xC724, ACTION_NONE);
	expect_binding(KEY_KIND_FUNCTION, KEYC_F(12), ACTION_NONE);
	expect_binding(KEY_KIND_MOUSE, MOUSE_CLICK, ACTION_NONE);
}

/* Check that key kind/code is bound to action while selecting. */
static void expect_selecting(enum key_kind kind, uint32_t code, enum action action)
{
	struct key k = key_of(kind, code);

	assert_int_equal(keymap_lookup(&keymap_selecting, &k), action);
}

static void test_keymap_modes(void **state)
{
	(void)state;
	/* the same letters move a selection and, without one, read or edit */
	expect_selecting(KEY_KIND_CHAR, 'w', ACTION_SELECT_WORD_NEXT);
	expect_selecting(KEY_KIND_CHAR, 'b', ACTION_SELECT_WORD_BACK);
	expect_binding(KEY_KIND_CHAR, 'b', ACTION_PAGE_UP);
	expect_selecting(KEY_KIND_CHAR, 'e', ACTION_SELECT_WORD_SHRINK);
	expect_binding(KEY_KIND_CHAR, 'e', ACTION_EDIT);
	expect_selecting(KEY_KIND_FUNCTION, KEYC_LEFT, ACTION_SELECT_CHAR_BACK);
	expect_selecting(KEY_KIND_CHAR, '$', ACTION_SELECT_END);
	expect_selecting(KEY_KIND_CHAR, KEY_ESCAPE, ACTION_SELECT_CANCEL);
	/* the actions are reading keys: the app lets them act on a selection */
	expect_selecting(KEY_KIND_CHAR, 'h', ACTION_NONE);
	expect_binding(KEY_KIND_CHAR, 'h', ACTION_HIGHLIGHT);
	expect_binding(KEY_KIND_CHAR, '4', ACTION_COLOR);
	expect_binding(KEY_KIND_CHAR, KEY_CTRL('r'), ACTION_REDO);
	expect_binding(KEY_KIND_CHAR, '\t', ACTION_PANEL);
}

static void test_screen_keymaps(void **state)
{
	(void)state;
	/* the list: Enter jumps, y and n settle a fuzzy anchor, Tab goes back */
	expect_in(&keymap_list, KEY_KIND_CHAR, '\r', ACTION_JUMP);
	expect_in(&keymap_list, KEY_KIND_CHAR, 'y', ACTION_CONFIRM_ANCHOR);
	expect_in(&keymap_list, KEY_KIND_CHAR, 'n', ACTION_DETACH_ANCHOR);
	expect_in(&keymap_list, KEY_KIND_CHAR, '\t', ACTION_BACK);
	expect_in(&keymap_list, KEY_KIND_CHAR, 'j', ACTION_NONE);	/* generic */
	/* the review: y n e s decide, u undoes, q leaves */
	expect_in(&keymap_review, KEY_KIND_CHAR, 'y', ACTION_ACCEPT);
	expect_in(&keymap_review, KEY_KIND_CHAR, 'n', ACTION_REJECT);
	expect_in(&keymap_review, KEY_KIND_CHAR, 'e', ACTION_EDIT_REPLACEMENT);
	expect_in(&keymap_review, KEY_KIND_CHAR, 's', ACTION_SKIP);
	expect_in(&keymap_review, KEY_KIND_CHAR, 'u', ACTION_UNDO);
	expect_in(&keymap_review, KEY_KIND_CHAR, 'q', ACTION_BACK);
	/* the library: Enter opens, L goes back; the others leave with q, Esc */
	expect_in(&keymap_library, KEY_KIND_CHAR, '\n', ACTION_OPEN);
	expect_in(&keymap_library, KEY_KIND_CHAR, 'L', ACTION_BACK);
	expect_in(&keymap_history, KEY_KIND_CHAR, KEY_ESCAPE, ACTION_BACK);
	expect_in(&keymap_help, KEY_KIND_CHAR, 'q', ACTION_BACK);
}

/* The labels of action's keys in map, as keymap_keys_for writes them into
 * a fixed buffer of size bytes (at most 128). */
static const char *keys_for(const struct keymap *map, enum action action, size_t size)
{
	static char buf[128];
	struct strbuf sb;

	strbuf_init_fixed(&sb, buf, size);
	keymap_keys_for(map, action, &sb);
	return buf;
}

static void test_keymap_keys_for(void **state)
{
	(void)state;
	assert_string_equal(keys_for(&keymap_generic, ACTION_NEXT, 128), "j Down Enter");
	assert_string_equal(keys_for(&keymap_generic, ACTION_PAGE_DOWN, 128), "Space PgDn C-f");
	assert_string_equal(keys_for(&keymap_generic, ACTION_NONE, 128), "");
	assert_string_equal(keys_for(&keymap_list, ACTION_BACK, 128), "Tab q Esc");
	/* a key without a label (the second Enter) is left out */
	assert_string_equal(keys_for(&keymap_list, ACTION_JUMP, 128), "Enter");
	/* a small buffer is cut, still terminated */
	assert_string_equal(keys_for(&keymap_generic, ACTION_NEXT, 6), "j Dow");
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
	struct strbuf sb;
	size_t i;
	int a;

	(void)state;
	for (a = 1; a < ACTION_COUNT; a++) {
		strbuf_init_fixed(&sb, keys, sizeof keys);
		for (i = 0; keymaps[i] != NULL; i++)
			keymap_keys_for(keymaps[i], (enum action)a, &sb);
		assert_true(action_help((enum action)a)[0] != '\0');
		assert_true(action_name((enum action)a)[0] != '\0');
		if (keys[0] == '\0' && !has_command((enum action)a))
			fail_msg("action %s has neither a key nor a command",
				 action_name((enum action)a));
	}
}

/* Whether word is one of the space-separated words of keys. */
static int has_word(const char *keys, const char *word)
{
	size_t n = strlen(word);

	for (;;) {
		if (strncmp(keys, word, n) == 0 && (keys[n] == ' ' || keys[n] == '\0'))
			return 1;
		if ((keys = strchr(keys, ' ')) == NULL)
			return 0;
		keys++;
	}
}

/* The line of h after line from (not included) whose keys name label and
 * whose text is text, or h->count. */
static size_t find_line(const struct help *h, size_t from, const char *label, const char *text)
{
	size_t i;

	for (i = from + 1; i < h->count; i++)
		if (has_word(h->lines[i].keys, label) && strcmp(h->lines[i].text, text) == 0)
			return i;
	return h->count;
}

/* The line of h whose text is text (a title), or h->count. */
static size_t find_title(const struct help *h, const char *text)
{
	size_t i;

	for (i = 0; i < h->count; i++)
		if (h->lines[i].keys[0] == '\0' && strcmp(h->lines[i].text, text) == 0)
			return i;
	return h->count;
}

static void test_help_lists_every_keymap(void **state)
{
	struct help h = { NULL, 0, 0 };
	size_t i, k, title;

	(void)state;
	assert_int_equal(help_build(&h), 0);
	for (k = 0; keymaps[k] != NULL; k++) {
		const struct keymap *map = keymaps[k];

		title = map->title != NULL ? find_title(&h, map->title) : 0;
		if (title == h.count)
			fail_msg("the help has no title for keymap %s", map->name);
		for (i = 0; i < map->count; i++) {
			const struct binding *b = &map->bindings[i];

			if (b->label != NULL &&
			    find_line(&h, title, b->label, action_help(b->action)) == h.count)
				fail_msg("the help does not list %s (%s) of keymap %s", b->label,
					 action_name(b->action), map->name);
		}
	}
	/* under the review's title: y accepts, n rejects, e edits, s skips */
	title = find_title(&h, keymap_review.title);
	assert_true(find_line(&h, title, "y", action_help(ACTION_ACCEPT)) < h.count);
	assert_true(find_line(&h, title, "s", action_help(ACTION_SKIP)) < h.count);
	/* under the list's: y confirms, n detaches */
	title = find_title(&h, keymap_list.title);
	assert_true(find_line(&h, title, "n", action_help(ACTION_DETACH_ANCHOR)) < h.count);
	help_release(&h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_commands_parse),
		cmocka_unit_test(test_commands_argument),
		cmocka_unit_test(test_every_command_parses_to_its_action),
		cmocka_unit_test(test_keymap_lookup),
		cmocka_unit_test(test_keymap_modes),
		cmocka_unit_test(test_screen_keymaps),
		cmocka_unit_test(test_keymap_keys_for),
		cmocka_unit_test(test_every_action_has_help_and_a_way_in),
		cmocka_unit_test(test_help_lists_every_keymap),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
