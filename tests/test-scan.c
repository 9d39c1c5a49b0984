/*
 * test-scan.c - the one-pass line scanner, against examples and against a
 * plain character-at-a-time model on random inputs (which checks the
 * eight-bytes-at-a-time fast path).
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

/* A model line, as the reference scanner sees it. */
struct model {
	size_t count, blank, narrow, invalid;
	struct paragraph lines[1024];
	int has_cr;
};

/* Whether b is whitespace inside a line. */
static int inline_space(char b)
{
	return b == ' ' || b == '\t' || b == '\v' || b == '\f';
}

/* Measure the line s[0..len) into the model. */
static void model_line(struct model *m, const char *s, size_t start, size_t len,
		       uint32_t number)
{
	size_t i = start, width = 0;
	int nonblank = 0, dirty = 0, prev_space = 1;

	while (i < start + len) {
		uint32_t cp;
		int n;

		if (inline_space(s[i])) {
			dirty |= prev_space || s[i] != ' ';
			prev_space = 1;
			width++;
			i++;
			continue;
		}
		n = utf8_decode(s + i, start + len - i, &cp);
		if (n < 0) {
			m->invalid++;
			dirty = 1;
			n = -n;
		}
		nonblank = 1;
		prev_space = 0;
		width++;
		i += (size_t)n;
	}
	if (!nonblank) {
		m->blank++;
		return;
	}
	dirty |= prev_space;
	m->lines[m->count].start = start;
	m->lines[m->count].len = len;
	m->lines[m->count].line = number;
	m->lines[m->count].flags = dirty ? PARAGRAPH_DIRTY : 0;
	m->narrow += width <= SCAN_NARROW_WIDTH;
	m->count++;
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
		i += s[i] == '\r' && i + 1 < len && s[i + 1] == '\n' ? 2 : 1;
		start = i;
	}
	if (start < len)
		model_line(m, s, start, len - start, number);
}

/* Build a random text of pieces that exercise every path. */
static size_t random_text(char *buf, size_t cap, unsigned *seed)
{
	static const char *const pieces[] = {
		"a", "word", "abcdefghijklmnop", " ", "  ", "\t", "\n", "\r", "\r\n",
		"\xC3\xA9", "\xEC\x9C\xA4", "\xF0\x9F\x98\x80", "\xFF", "\xE2\x82",
		"\xED\xA0\x80", ". ", "kata Yoon, ", "\v", "\n\n",
	};
	size_t len = 0;

	while (len + 16 < cap) {
		const char *piece;

		*seed = *seed * 1103515245u + 12345u;
		if ((*seed >> 16) % 97 == 0)
			break;
		piece = pieces[(*seed >> 16) % (sizeof pieces / sizeof pieces[0])];
		memcpy(buf + len, piece, strlen(piece));
		len += strlen(piece);
	}
	return len;
}

static void test_matches_model_on_random_text(void **state)
{
	unsigned seed = 42;
	int round;

	(void)state;
	for (round = 0; round < 3000; round++) {
		char buf[4096];
		size_t len = random_text(buf, sizeof buf / 4, &seed), i;
		struct model m;
		struct scan out = scan_ok(buf, len);

		model_scan(&m, buf, len);
		assert_int_equal(out.count, m.count);
		assert_int_equal(out.blank_lines, m.blank);
		assert_int_equal(out.narrow_lines, m.narrow);
		assert_int_equal(out.invalid, m.invalid);
		assert_int_equal(out.has_cr, m.has_cr);
		for (i = 0; i < m.count; i++) {
			assert_int_equal(out.lines[i].start, m.lines[i].start);
			assert_int_equal(out.lines[i].len, m.lines[i].len);
			assert_int_equal(out.lines[i].line, m.lines[i].line);
			assert_int_equal(out.lines[i].flags, m.lines[i].flags);
		}
		free(out.lines);
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
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
