/*
 * test-scan.c - the one-pass line scanner, against examples and against a
 * plain character-at-a-time model on random inputs (which checks the
 * block-at-a-time fast path).
 */
#include <string.h>

#include "fixture.h"
#include "scan.h"
#include "utf8.h"

/* Scan s and check that it succeeds. */
static struct scan scan_ok(const char *s, size_t len)
{
	struct scan out;
	struct tanda_error err;

	assert_int_equal(scan_lines(s, len, 1, "t", &out, &err), TANDA_OK);
	return out;
}

static void test_lines_and_breaks(void **state)
{
	const char *s = "one\r\ntwo\rthree\n\nfour";
	struct scan out = scan_ok(s, strlen(s));

	(void)state;
	assert_int_equal(out.count, 4);
	assert_int_equal(out.lines[0].len, 3);
	assert_int_equal(out.lines[1].start, 5);
	assert_int_equal(out.lines[2].line, 3);
	assert_int_equal(out.lines[3].line, 5);
	assert_int_equal(out.blank_lines, 1);
	assert_true(out.has_cr);
	assert_false(out.final_newline);
	free(out.lines);
}

static void test_dirty_lines(void **state)
{
	const char *s = "clean line here\n lead\ntrail \ndouble  space\ntab\there\nfine\n";
	struct scan out = scan_ok(s, strlen(s));
	static const int dirty[] = { 0, 1, 1, 1, 1, 0 };
	size_t i;

	(void)state;
	assert_int_equal(out.count, 6);
	for (i = 0; i < 6; i++)
		assert_int_equal(out.lines[i].flags & PARAGRAPH_DIRTY, dirty[i]);
	assert_true(out.final_newline);
	free(out.lines);
}

static void test_invalid_position(void **state)
{
	const char *s = "ok\nab\xC3\xA9 \xFF x \xE2\x82y\n";
	struct scan out = scan_ok(s, strlen(s));

	(void)state;
	assert_int_equal(out.invalid, 2);
	assert_int_equal(out.invalid_line, 2);
	assert_int_equal(out.invalid_column, 5);
	free(out.lines);
}

static void test_nul_is_an_error(void **state)
{
	struct scan out;
	struct tanda_error err;

	(void)state;
	assert_int_equal(scan_lines("line\nab\0c\n", 10, 1, "f.txt", &out, &err), TANDA_EDATA);
	assert_string_equal(err.message, "f.txt:2:3: contains a NUL byte (a binary file?)");
}

/* What the reference scanner finds. */
struct model {
	size_t count, blank, narrow, invalid;
	struct paragraph lines[4096];
	uint32_t invalid_line, invalid_column;	/* of the first invalid sequence */
	int has_cr, dirty, final_newline;
};

/* Whether b is whitespace inside a line. */
static int inline_space(char b)
{
	return b == ' ' || b == '\t' || b == '\v' || b == '\f';
}

/* The length of the character at s[i] (the line ends at end), negated when
 * it is an ill-formed subpart. */
static int model_char(const char *s, size_t i, size_t end)
{
	uint32_t cp;

	return inline_space(s[i]) ? 1 : utf8_decode(s + i, end - i, &cp);
}

/* Measure the line s[start..start+len) into the model. */
static void model_line(struct model *m, const char *s, size_t start, size_t len,
		       uint32_t number)
{
	size_t i = start, width = 0;
	int nonblank = 0, dirty = 0, prev_space = 1;

	while (i < start + len) {
		int n = model_char(s, i, start + len);

		width++;
		if (inline_space(s[i])) {
			dirty |= prev_space || s[i] != ' ';
			prev_space = 1;
			i++;
			continue;
		}
		if (n < 0) {
			if (m->invalid++ == 0) {
				m->invalid_line = number;
				m->invalid_column = (uint32_t)width;
			}
			dirty = 1;
			n = -n;
		}
		nonblank = 1;
		prev_space = 0;
		i += (size_t)n;
	}
	if (!nonblank) {
		m->blank++;
		return;
	}
	dirty |= prev_space;
	m->dirty |= dirty;
	m->lines[m->count].start = start;
	m->lines[m->count].len = len;
	m->lines[m->count].line = number;
	m->lines[m->count].flags = dirty ? PARAGRAPH_DIRTY : 0;
	m->narrow += width <= SCAN_NARROW_WIDTH;
	m->count++;
}

/* The offset after the line break at s[i]. */
static size_t model_break(const char *s, size_t i, size_t len)
{
	return i + (s[i] == '\r' && i + 1 < len && s[i + 1] == '\n' ? 2 : 1);
}

/* Scan s the slow, obvious way. */
static void model_scan(struct model *m, const char *s, size_t len)
{
	size_t start = 0, i = 0;
	uint32_t number = 1;

	memset(m, 0, sizeof *m);
	while (i < len) {
		if (s[i] != '\n' && s[i] != '\r') {
			i++;
			continue;
		}
		model_line(m, s, start, i - start, number++);
		m->has_cr |= s[i] == '\r';
		i = start = model_break(s, i, len);
	}
	if (start < len)
		model_line(m, s, start, len - start, number);
	m->final_newline = len > 0 && (s[len - 1] == '\n' || s[len - 1] == '\r');
}

/* The message for the first NUL byte of s, the slow, obvious way, or ""
 * when there is none. */
static void model_nul_message(const char *s, size_t len, char *message, size_t size)
{
	const char *nul = memchr(s, '\0', len);
	size_t i = 0, column = 1;
	unsigned long number = 1;

	message[0] = '\0';
	if (nul == NULL)
		return;
	while (s + i < nul) {
		if (s[i] == '\n' || s[i] == '\r') {
			i = model_break(s, i, len);
			number++;
			column = 1;
			continue;
		}
		i += (size_t)abs(model_char(s, i, len));
		column++;
	}
	snprintf(message, size, "t:%lu:%lu: contains a NUL byte (a binary file?)",
		 number, (unsigned long)column);
}

/* Build a random text of pieces that exercise every path: up to cap bytes,
 * sometimes with a NUL byte. */
static size_t random_text(char *buf, size_t cap, unsigned *seed)
{
	static const char *const pieces[] = {
		"a", "word", "abcdefghijklmnop", " ", "  ", "\t", "\n", "\r", "\r\n",
		"\xC3\xA9", "\xEC\x9C\xA4", "\xF0\x9F\x98\x80", "\xFF", "\xE2\x82",
		"\xED\xA0\x80", ". ", "kata Yoon, ", "\v", "\n\n", "\f", "\x01", "\x7F",
		"\x80", "\xBF\xBF", "\xC0\xAF", "\xC2", "\xE0\x80\x80", "\xE0\xA0\x80",
		"\xED\x9F\xBF", "\xF0\x8F\xBF\xBF", "\xF4\x8F\xBF\xBF", "\xF4\x90\x80\x80",
		"\xF5\x80", "\xF1\x80\x80", " \n", "\n ",
		"The quick brown fox jumps over the lazy dog, said the report on Monday. ",
	};
	size_t len = 0, longest = 80;

	while (len + longest < cap) {
		const char *piece;

		*seed = *seed * 1103515245u + 12345u;
		if ((*seed >> 16) % 97 == 0)
			break;
		piece = pieces[(*seed >> 16) % (sizeof pieces / sizeof pieces[0])];
		memcpy(buf + len, piece, strlen(piece));
		len += strlen(piece);
	}
	*seed = *seed * 1103515245u + 12345u;
	if (len > 0 && (*seed >> 16) % 16 == 0)
		buf[(*seed >> 8) % len] = '\0';
	return len;
}

/* Check that scanning the len bytes at s gives what the model says. */
static void check_against_model(const char *s, size_t len)
{
	struct model m;
	struct scan out;
	struct tanda_error err;
	char nul_message[128];
	size_t i;

	model_scan(&m, s, len);
	model_nul_message(s, len, nul_message, sizeof nul_message);
	if (nul_message[0] != '\0') {
		assert_int_equal(scan_lines(s, len, 1, "t", &out, &err), TANDA_EDATA);
		assert_string_equal(err.message, nul_message);
		return;
	}
	out = scan_ok(s, len);
	assert_int_equal(out.count, m.count);
	assert_int_equal(out.blank_lines, m.blank);
	assert_int_equal(out.narrow_lines, m.narrow);
	assert_int_equal(out.invalid, m.invalid);
	assert_int_equal(out.invalid_line, m.invalid_line);
	assert_int_equal(out.invalid_column, m.invalid_column);
	assert_int_equal(out.has_cr, m.has_cr);
	assert_int_equal(out.dirty, m.dirty);
	assert_int_equal(out.final_newline, m.final_newline);
	for (i = 0; i < m.count; i++) {
		assert_int_equal(out.lines[i].start, m.lines[i].start);
		assert_int_equal(out.lines[i].len, m.lines[i].len);
		assert_int_equal(out.lines[i].line, m.lines[i].line);
		assert_int_equal(out.lines[i].flags, m.lines[i].flags);
	}
	free(out.lines);
}

static void test_matches_model_on_random_text(void **state)
{
	unsigned seed = 42;
	int round;

	(void)state;
	for (round = 0; round < 4000; round++) {
		char buf[4096];
		size_t len = random_text(buf, round % 8 ? sizeof buf / 4 : sizeof buf, &seed);
		char *exact = malloc(len > 0 ? len : 1);	/* no slack, for the sanitizers */

		assert_non_null(exact);
		memcpy(exact, buf, len);
		check_against_model(exact, len);
		free(exact);
	}
}

static void test_matches_model_at_every_offset(void **state)
{
	static const char *const snippets[] = {
		"  ", "\r\n", " \r", "\xC3\xA9", "\xE2\x80\x94", "\xF0\x9F\x98\x80",
		"\xE2\x82", "\x80", "\xED\xA0\x80", " \n", "\t", "\0",
	};
	static const size_t tails[] = { 0, 1, 2, 3, 70 };
	size_t i, offset, t;

	(void)state;
	for (i = 0; i < sizeof snippets / sizeof snippets[0]; i++) {
		size_t n = snippets[i][0] == '\0' ? 1 : strlen(snippets[i]);

		for (offset = 0; offset <= 140; offset++) {
			for (t = 0; t < sizeof tails / sizeof tails[0]; t++) {
				size_t len = offset + n + tails[t];
				char *text = malloc(len);

				assert_non_null(text);
				memset(text, 'a', offset);
				memcpy(text + offset, snippets[i], n);
				memset(text + offset + n, 'b', tails[t]);
				check_against_model(text, len);
				free(text);
			}
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lines_and_breaks),
		cmocka_unit_test(test_dirty_lines),
		cmocka_unit_test(test_invalid_position),
		cmocka_unit_test(test_nul_is_an_error),
		cmocka_unit_test(test_matches_model_on_random_text),
		cmocka_unit_test(test_matches_model_at_every_offset),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
