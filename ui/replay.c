/*
 * replay.c - the key script tokenizer: the text of a --replay script into
 * key events and dump requests.  Plain logic: the dumps themselves are
 * dump.c's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "replay.h"
#include "source.h"
#include "term.h"
#include "utf8.h"

/* Key scripts are small; this bounds a runaway one (each byte may be a
 * key of 32 bytes in memory: 16 MiB of keys take 512 MiB). */
#define SCRIPT_MAX_SIZE ((uint64_t)16 << 20)

/* The named keys. */
static const struct {
	const char *name;
	enum key_kind kind;
	uint32_t code;
} named_keys[] = {
	{ "Enter", KEY_KIND_CHAR, '\r' },
	{ "Esc", KEY_KIND_CHAR, KEY_ESCAPE },
	{ "Tab", KEY_KIND_CHAR, '\t' },
	{ "Space", KEY_KIND_CHAR, ' ' },
	{ "BS", KEY_KIND_FUNCTION, KEYC_BACKSPACE },
	{ "Up", KEY_KIND_FUNCTION, KEYC_UP },
	{ "Down", KEY_KIND_FUNCTION, KEYC_DOWN },
	{ "Left", KEY_KIND_FUNCTION, KEYC_LEFT },
	{ "Right", KEY_KIND_FUNCTION, KEYC_RIGHT },
	{ "PgUp", KEY_KIND_FUNCTION, KEYC_PAGE_UP },
	{ "PgDn", KEY_KIND_FUNCTION, KEYC_PAGE_DOWN },
	{ "Home", KEY_KIND_FUNCTION, KEYC_HOME },
	{ "End", KEY_KIND_FUNCTION, KEYC_END },
	{ "F1", KEY_KIND_FUNCTION, KEYC_F(1) },
	{ "Quote", KEY_KIND_CHAR, '"' },
	{ "Lt", KEY_KIND_CHAR, '<' },
};

/* The mouse events with a position: <Click COL ROW> and the others. */
static const struct {
	const char *format;
	enum mouse_button button;
} mouse_events[] = {
	{ "Click %d %d%n", MOUSE_CLICK },
	{ "Press %d %d%n", MOUSE_PRESS },
	{ "Release %d %d%n", MOUSE_RELEASE },
};

/* The tokenizer's position, for messages. */
struct cursor {
	const char *text;
	size_t len, pos;
	const char *name;
	unsigned long line, column;	/* of the token being read */
};

/* Append an event to script; 0 on success. */
static int add_event(struct replay_script *script, const struct replay_event *event)
{
	if (GROW(script->events, script->cap, script->count + 1) != 0)
		return -1;
	script->events[script->count++] = *event;
	return 0;
}

/* Append a key event of kind and code (and x, y). */
static enum tanda_status add_key(struct replay_script *script, enum key_kind kind,
				 uint32_t code, int x, int y, struct tanda_error *err)
{
	struct replay_event event;

	memset(&event, 0, sizeof event);
	event.kind = REPLAY_KEY;
	event.key.kind = kind;
	event.key.code = code;
	event.key.x = x;
	event.key.y = y;
	if (add_event(script, &event) != 0)
		return tanda_fail(err, TANDA_ENOMEM, "out of memory");
	return TANDA_OK;
}

/* Fail at the current token. */
static enum tanda_status token_error(const struct cursor *c, const char *what, int len,
				     const char *token, struct tanda_error *err)
{
	return tanda_fail(err, TANDA_EDATA, "%s:%lu:%lu: %s: %.*s", c->name, c->line,
			  c->column, what, len, token);
}

/* Type each character of the len bytes at s. */
static enum tanda_status type_text(struct replay_script *script, const char *s, size_t len,
				   struct tanda_error *err)
{
	size_t i = 0;

	while (i < len) {
		uint32_t cp;
		int n = utf8_decode(s + i, len - i, &cp);

		if (add_key(script, KEY_KIND_CHAR, cp, 0, 0, err) != TANDA_OK)
			return err->status;
		i += (size_t)(n < 0 ? -n : n);
	}
	return TANDA_OK;
}

/* Read a quoted token (the cursor on its opening quote). */
static enum tanda_status read_quoted(struct cursor *c, struct replay_script *script,
				     struct tanda_error *err)
{
	size_t start = c->pos++;

	while (c->pos < c->len && c->text[c->pos] != '"') {
		size_t n = 1;

		if (c->text[c->pos] == '\\') {
			if (c->pos + 1 >= c->len ||
			    (c->text[c->pos + 1] != '"' && c->text[c->pos + 1] != '\\'))
				return token_error(c, "unknown escape in quoted text", c->pos + 1 < c->len ? 2 : 1,
						   c->text + c->pos, err);
			c->pos++;	/* type the escaped character itself */
		} else {
			uint32_t cp;
			int bytes = utf8_decode(c->text + c->pos, c->len - c->pos, &cp);

			n = (size_t)(bytes < 0 ? -bytes : bytes);
		}
		if (type_text(script, c->text + c->pos, n, err) != TANDA_OK)
			return err->status;
		c->pos += n;
	}
	if (c->pos >= c->len)
		return token_error(c, "unterminated quoted text", (int)(c->pos - start > 20 ? 20 : c->pos - start),
				   c->text + start, err);
	c->pos++;
	return TANDA_OK;
}

/* Parse an event token <Name ARGS> of len bytes at body (without <>). */
static enum tanda_status read_event(const struct cursor *c, const char *body, int len,
				    struct replay_script *script, struct tanda_error *err)
{
	char path[4096], text[4096];
	int x, y, end = 0;
	size_t i;

	if (len >= (int)sizeof text)
		return token_error(c, "token too long", 20, body - 1, err);
	memcpy(text, body, (size_t)len);
	text[len] = '\0';	/* sscanf needs the end marked */

	for (i = 0; i < sizeof named_keys / sizeof named_keys[0]; i++)
		if ((int)strlen(named_keys[i].name) == len && memcmp(named_keys[i].name, body, (size_t)len) == 0)
			return add_key(script, named_keys[i].kind, named_keys[i].code, 0, 0, err);
	if (len == 3 && body[0] == 'C' && body[1] == '-' && body[2] >= 'a' && body[2] <= 'z')
		return add_key(script, KEY_KIND_CHAR, KEY_CTRL(body[2]), 0, 0, err);
	if (sscanf(text, "Resize %dx%d%n", &x, &y, &end) == 2 && end == len) {
		if (x < 1 || y < 1 || x > TERM_MAX_SIZE || y > TERM_MAX_SIZE) {
			char what[64];

			snprintf(what, sizeof what, "a size out of 1x1 to %dx%d", TERM_MAX_SIZE,
				 TERM_MAX_SIZE);
			return token_error(c, what, len + 2, body - 1, err);
		}
		return add_key(script, KEY_KIND_RESIZE, 0, x, y, err);
	}
	for (i = 0; i < sizeof mouse_events / sizeof mouse_events[0]; i++)
		if (sscanf(text, mouse_events[i].format, &x, &y, &end) == 2 && end == len)
			return add_key(script, KEY_KIND_MOUSE, mouse_events[i].button, x, y, err);
	if (len == 7 && memcmp(body, "WheelUp", 7) == 0)
		return add_key(script, KEY_KIND_MOUSE, MOUSE_WHEEL_UP, 0, 0, err);
	if (len == 9 && memcmp(body, "WheelDown", 9) == 0)
		return add_key(script, KEY_KIND_MOUSE, MOUSE_WHEEL_DOWN, 0, 0, err);
	if (len > 5 && (memcmp(body, "Dump ", 5) == 0 || memcmp(body, "Look ", 5) == 0) &&
	    len - 5 < (int)sizeof path && memchr(body + 5, '\0', (size_t)(len - 5)) == NULL) {
		struct replay_event event;

		memset(&event, 0, sizeof event);
		event.kind = body[0] == 'D' ? REPLAY_DUMP : REPLAY_LOOK;
		memcpy(path, body + 5, (size_t)(len - 5));
		path[len - 5] = '\0';
		if ((event.path = strdup(path)) == NULL || add_event(script, &event) != 0) {
			free(event.path);
			return tanda_fail(err, TANDA_ENOMEM, "out of memory");
		}
		return TANDA_OK;
	}
	return token_error(c, "unknown key", len + 2, body - 1, err);
}

/* Whether b separates tokens. */
static int is_separator(char b)
{
	return b == ' ' || b == '\t' || b == '\r' || b == '\n';
}

/* The length of the token at the cursor, up to the next separator. */
static size_t token_length(const struct cursor *c)
{
	size_t n = 0;

	while (c->pos + n < c->len && !is_separator(c->text[c->pos + n]))
		n++;
	return n;
}

/* Read a <...> token (the cursor on its '<'). */
static enum tanda_status read_angle(struct cursor *c, struct replay_script *script,
				    struct tanda_error *err)
{
	const char *start = c->text + c->pos;
	const char *close = memchr(start, '>', c->len - c->pos);
	const char *newline = memchr(start, '\n', c->len - c->pos);
	size_t len;

	if (close == NULL || (newline != NULL && newline < close))
		return token_error(c, "unknown key", (int)token_length(c), start, err);
	len = (size_t)(close - start) + 1;
	c->pos += len;
	return read_event(c, start + 1, (int)len - 2, script, err);
}

/* Skip whitespace, keeping count of lines and columns. */
static void skip_space(struct cursor *c)
{
	while (c->pos < c->len && is_separator(c->text[c->pos])) {
		if (c->text[c->pos] == '\n') {
			c->line++;
			c->column = 0;
		}
		c->pos++;
		c->column++;
	}
}

/* Read a bare token: type it. */
static enum tanda_status read_bare(struct cursor *c, struct replay_script *script,
				   struct tanda_error *err)
{
	size_t start = c->pos;

	c->pos += token_length(c);
	return type_text(script, c->text + start, c->pos - start, err);
}

enum tanda_status replay_parse(const char *text, size_t len, const char *name,
			       struct replay_script *script, struct tanda_error *err)
{
	struct cursor c = { text, len, 0, name, 1, 1 };

	memset(script, 0, sizeof *script);
	for (;;) {
		size_t before;
		enum tanda_status status;

		skip_space(&c);
		if (c.pos >= c.len)
			return TANDA_OK;
		before = c.pos;
		if (memchr(text + c.pos, '\0', token_length(&c)) != NULL)
			status = tanda_fail(err, TANDA_EDATA, "%s:%lu:%lu: a NUL byte (not a key script?)",
					    name, c.line, c.column);
		else if (text[c.pos] == '"')
			status = read_quoted(&c, script, err);
		else if (text[c.pos] == '<')
			status = read_angle(&c, script, err);
		else
			status = read_bare(&c, script, err);
		if (status != TANDA_OK) {
			replay_free(script);
			return status;
		}
		c.column += utf8_count(text + before, c.pos - before);
	}
}

enum tanda_status replay_load(const char *path, struct replay_script *script,
			      struct tanda_error *err)
{
	struct source src;
	enum tanda_status status = source_open(&src, path, SCRIPT_MAX_SIZE, err);

	if (status == TANDA_EDATA)	/* too large: --max-size is the article's */
		return tanda_fail(err, status, "%s: a key script over the limit of %llu bytes",
				  path, (unsigned long long)SCRIPT_MAX_SIZE);
	if (status != TANDA_OK)
		return status;
	status = replay_parse(src.bytes, src.size, path, script, err);
	source_close(&src);
	return status;
}

void replay_free(struct replay_script *script)
{
	size_t i;

	for (i = 0; i < script->count; i++)
		free(script->events[i].path);
	free(script->events);
	memset(script, 0, sizeof *script);
}
