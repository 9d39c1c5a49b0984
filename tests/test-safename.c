/*
 * test-safename.c - the file names of authors' own sets: Latin names
 * readable with their accents taken off, Hangul, Arabic and Javanese
 * names (and names of symbols alone) encoded, never "anonymous", distinct
 * names distinct files, the same name composed or decomposed one file,
 * long names cut with a hash, and only [a-z0-9_-] in any of them.
 */
#include <string.h>

#include "fixture.h"
#include "safename.h"
#include "strbuf.h"

/* The file name of author, checked to be safe: only [a-z0-9_-], not
 * empty, not hidden, at most SAFENAME_MAX bytes.  Caller frees. */
static char *name_of(const char *author)
{
	struct strbuf sb = STRBUF_INIT;
	char *name;
	size_t i;

	assert_int_equal(safename_author(author, &sb), 0);
	name = strbuf_detach(&sb, NULL);
	assert_true(name[0] != '\0' && name[0] != '.' && name[0] != '-');
	assert_true(strlen(name) <= SAFENAME_MAX);
	for (i = 0; name[i] != '\0'; i++)
		assert_non_null(strchr("abcdefghijklmnopqrstuvwxyz0123456789-_", name[i]));
	return name;
}

/* Check that author's file name is want. */
static void expect(const char *author, const char *want)
{
	char *name = name_of(author);

	assert_string_equal(name, want);
	free(name);
}

static void test_latin_names_are_readable(void **state)
{
	(void)state;
	expect("Ana Sari Dewi", "ana-sari-dewi");
	expect("Dewi Sartika Ñúñez", "dewi-sartika-nunez");
	expect("  O'Brien -- R. ŚK!", "o-brien-r-sk");
	expect("BUDI_2", "budi-2");
	expect("Łukasz Żółć", "lukasz-zolc");
	expect("Jürgen Straße", "jurgen-strasse");
	expect("Nguyễn Thị Minh Khai", "nguyen-thi-minh-khai");
	expect("Søren Kierkegaard", "soren-kierkegaard");
	/* decomposed: the accents are combining marks, dropped */
	expect("Nu\xcc\x83n\xcc\x83" "ez", "nunez");
}

static void test_other_scripts_are_encoded(void **state)
{
	(void)state;
	expect("김민준", "utf8--eab980ebafbceca480");
	expect("محمد", "utf8--d985d8add985d8af");
	expect("ꦱꦸꦏꦂꦤꦺꦴ", "utf8--eaa6b1eaa6b8eaa68feaa682eaa6a4eaa6baeaa6b4");
}

static void test_never_anonymous(void **state)
{
	const char *names[] = { "김민준", "محمد عبد الله", "!!!", "★", "...", "Ана" };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		char *name = name_of(names[i]);

		assert_string_not_equal(name, "anonymous");
		assert_int_equal(strncmp(name, "utf8--", 6), 0);
		free(name);
	}
}

static void test_distinct_names_distinct_files(void **state)
{
	const char *names[] = {
		"김민준", "김민수", "이민준", "محمد", "محمود", "Ana", "Ana 2", "Ana Budi", "AnaBudi",
		"utf8 eab980ebafbceca480", "!!!", "???", "Ana ★", "Ana ☆",
	};
	char *made[sizeof names / sizeof names[0]];
	size_t i, j, n = sizeof names / sizeof names[0];

	(void)state;
	for (i = 0; i < n; i++)
		made[i] = name_of(names[i]);
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			if (strcmp(made[i], made[j]) == 0)
				fail_msg("\"%s\" and \"%s\" share %s", names[i], names[j], made[i]);
	for (i = 0; i < n; i++)
		free(made[i]);
}

static void test_same_name_written_another_way(void **state)
{
	char *composed = name_of("\xea\xb9\x80"), *decomposed = name_of("\xe1\x84\x80\xe1\x85\xb5\xe1\x86\xb7");
	char *upper = name_of("ANA-SARI"), *lower = name_of("ana sari");

	(void)state;
	assert_string_equal(composed, decomposed);	/* 김, in NFC or NFD */
	assert_string_equal(upper, lower);
	free(composed);
	free(decomposed);
	free(upper);
	free(lower);
}

static void test_long_names_cut_with_a_hash(void **state)
{
	char a[400], b[400];
	char *na, *nb, *nk;
	size_t i;

	(void)state;
	for (i = 0; i + 3 < sizeof a; i += 3)
		memcpy(a + i, "Ab ", 3);
	a[i] = '\0';
	memcpy(b, a, sizeof a);
	b[i - 2] = 'c';	/* the same first 390 bytes */
	na = name_of(a);
	nb = name_of(b);
	assert_int_equal(strlen(na), SAFENAME_MAX);
	assert_string_not_equal(na, nb);
	assert_non_null(strstr(na, "--"));
	nk = name_of("김민준김민준김민준김민준김민준김민준김민준김민준김민준김민준");
	assert_true(strlen(nk) <= SAFENAME_MAX);
	assert_int_equal(strncmp(nk, "utf8--eab980", 12), 0);
	free(na);
	free(nb);
	free(nk);
}

static void test_not_utf8_is_encoded(void **state)
{
	(void)state;
	expect("Ana\xff", "utf8--416e61ff");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_latin_names_are_readable),
		cmocka_unit_test(test_other_scripts_are_encoded),
		cmocka_unit_test(test_never_anonymous),
		cmocka_unit_test(test_distinct_names_distinct_files),
		cmocka_unit_test(test_same_name_written_another_way),
		cmocka_unit_test(test_long_names_cut_with_a_hash),
		cmocka_unit_test(test_not_utf8_is_encoded),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
