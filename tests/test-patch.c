/*
 * test-patch.c - edits to a text (src/patch.c): the new text, and the
 * unified diff made from the edits, compared with what diff -u prints for
 * the same two texts: one change, changes on one line and on lines next to
 * each other, far apart (two hunks) and close (one), an insertion at the
 * end, a last line without its LF, an empty text, and no change at all.
 */
#include <string.h>

#include "fixture.h"
#include "patch.h"

/* Ten numbered lines. */
static const char ten[] = "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n";

/* An edit of the first occurrence of old in text to new. */
static struct patch_edit edit(const char *text, const char *old, const char *new)
{
	size_t from = (size_t)(strstr(text, old) - text);

	return (struct patch_edit){ .from = from, .to = from + strlen(old), .text = new,
				    .len = strlen(new) };
}

/* What patch_write (or, with diff, patch_write_diff) writes, into a string
 * the caller frees. */
static char *written(const char *text, const struct patch_edit *edits, size_t count, int diff)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);

	assert_non_null(out);
	if (diff)
		assert_int_equal(patch_write_diff(text, strlen(text), edits, count, "a", "b", out),
				 0);
	else
		patch_write(text, strlen(text), edits, count, out);
	fclose(out);
	return buf;
}

/* Check what is written against expected. */
static void expect(const char *text, const struct patch_edit *edits, size_t count, int diff,
		   const char *expected)
{
	char *got = written(text, edits, count, diff);

	assert_string_equal(got, expected);
	free(got);
}

static void test_new_text(void **state)
{
	struct patch_edit e[3] = { edit(ten, "two", "2"), edit(ten, "ten", "TEN"),
				   { .from = sizeof ten - 1, .to = sizeof ten - 1, .text = "eleven\n",
				     .len = 7 } };

	(void)state;
	expect(ten, e, 3, 0, "one\n2\nthree\nfour\nfive\nsix\nseven\neight\nnine\nTEN\neleven\n");
	expect(ten, NULL, 0, 0, ten);
}

/* One changed line: three lines of context around it. */
static void test_one_change(void **state)
{
	struct patch_edit e = edit(ten, "five", "5");

	(void)state;
	expect(ten, &e, 1, 1, "--- a\n+++ b\n@@ -2,7 +2,7 @@\n two\n three\n four\n-five\n+5\n"
			      " six\n seven\n eight\n");
}

/* Two edits on one line and one on the next: one change, old lines then
 * new. */
static void test_adjacent(void **state)
{
	struct patch_edit e[3] = { edit(ten, "thr", "Thr"), edit(ten, "ee\n", "EE\n"),
				   edit(ten, "four", "4") };

	(void)state;
	expect(ten, e, 3, 1, "--- a\n+++ b\n@@ -1,7 +1,7 @@\n one\n two\n-three\n-four\n+ThrEE\n"
			     "+4\n five\n six\n seven\n");
}

/* Changes seven lines apart are two hunks; six apart, one. */
static void test_hunks(void **state)
{
	struct patch_edit far[2] = { edit(ten, "one", "1"), edit(ten, "nine", "9") };
	struct patch_edit close[2] = { edit(ten, "one", "1"), edit(ten, "eight", "8") };

	(void)state;
	expect(ten, far, 2, 1, "--- a\n+++ b\n@@ -1,4 +1,4 @@\n-one\n+1\n two\n three\n four\n"
			       "@@ -6,5 +6,5 @@\n six\n seven\n eight\n-nine\n+9\n ten\n");
	expect(ten, close, 2, 1, "--- a\n+++ b\n@@ -1,10 +1,10 @@\n-one\n+1\n two\n three\n"
				 " four\n five\n six\n seven\n-eight\n+8\n nine\n ten\n");
}

/* Lines added at the end; a file without its last LF; an empty file. */
static void test_ends(void **state)
{
	static const char bare[] = "one\ntwo";
	struct patch_edit at_end = { .from = sizeof ten - 1, .to = sizeof ten - 1,
				     .text = "\nnote\n", .len = 6 };
	struct patch_edit after_bare = { .from = sizeof bare - 1, .to = sizeof bare - 1,
					 .text = "\n\nnote", .len = 6 };
	struct patch_edit into_empty = { .from = 0, .to = 0, .text = "note\n", .len = 5 };

	(void)state;
	expect(ten, &at_end, 1, 1, "--- a\n+++ b\n@@ -8,3 +8,5 @@\n eight\n nine\n ten\n+\n+note\n");
	expect(bare, &after_bare, 1, 1, "--- a\n+++ b\n@@ -1,2 +1,4 @@\n one\n-two\n"
				       "\\ No newline at end of file\n+two\n+\n+note\n"
				       "\\ No newline at end of file\n");
	expect("", &into_empty, 1, 1, "--- a\n+++ b\n@@ -0,0 +1 @@\n+note\n");
}

/* Edits that change nothing make no diff at all. */
static void test_no_change(void **state)
{
	struct patch_edit same = edit(ten, "six", "six");

	(void)state;
	expect(ten, &same, 1, 1, "");
	expect(ten, NULL, 0, 1, "");
}

/* Many edits on one long line are one change of that line. */
static void test_one_long_line(void **state)
{
	enum { LEN = 20000, STEP = 10 };
	static const char head[] = "--- a\n+++ b\n@@ -1 +1 @@\n";
	struct patch_edit e[LEN / STEP];
	char *text = malloc(LEN + 2), *s;
	size_t i, at = sizeof head - 1 + LEN + 2;	/* where the + line starts */

	(void)state;
	assert_non_null(text);
	memset(text, 'a', LEN);
	memcpy(text + LEN, "\n", 2);
	for (i = 0; i < LEN / STEP; i++)
		e[i] = (struct patch_edit){ .from = i * STEP, .to = i * STEP + 1, .text = "b",
					    .len = 1 };
	s = written(text, e, LEN / STEP, 1);
	assert_int_equal(strncmp(s, head, sizeof head - 1), 0);
	assert_int_equal(strncmp(s + sizeof head - 1, "-aaaa", 5), 0);
	assert_int_equal(strlen(s), at + LEN + 2);
	assert_int_equal(strncmp(s + at, "+baaaaaaaaab", 12), 0);
	free(s);
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_new_text),
		cmocka_unit_test(test_one_change),
		cmocka_unit_test(test_adjacent),
		cmocka_unit_test(test_hunks),
		cmocka_unit_test(test_ends),
		cmocka_unit_test(test_no_change),
		cmocka_unit_test(test_one_long_line),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
