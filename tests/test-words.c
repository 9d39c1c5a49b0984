/*
 * test-words.c - word and sentence boundaries: punctuation taken off the
 * ends of words but kept inside, Unicode spaces, both directions (every
 * list is read forward and back), the selection keys (w b e ( )),
 * abbreviations, numbers, line breaks and full-width terminators.
 */
#include <locale.h>
#include <string.h>

#include "fixture.h"
#include "words.h"

/* Indonesian news text with quotes, dates, numbers and inner marks. */
static const char news[] =
	"\xE2\x80\x9CIni provokasi,\xE2\x80\x9D kata Yoon. (Jumat, 25/10/2020) Jum'at "
	"langkah-langkah 3.000 orang \xE2\x80\x94 \xC2\xABoui\xC2\xBB "
	"\xE3\x80\x8C\xE3\x81\xAF\xE3\x81\x84\xE3\x80\x8D [dll.]";

/* Its words, in order. */
static const char news_words[] =
	"Ini|provokasi|kata|Yoon|Jumat|25/10/2020|Jum'at|langkah-langkah|3.000|orang|oui|"
	"\xE3\x81\xAF\xE3\x81\x84|dll";

/* Append [start, end) of text to out (size bytes), after a | if not first. */
static void append(char *out, size_t size, const char *text, size_t start, size_t end)
{
	size_t used = strlen(out);

	assert_true(used + 1 + (end - start) < size);
	if (used > 0)
		out[used++] = '|';
	memcpy(out + used, text + start, end - start);
	out[used + end - start] = '\0';
}

/* A step forward (words_at_or_after, words_sentence_after) or back
 * (words_before, words_sentence_before). */
typedef int step_fn(const char *s, size_t len, size_t at, size_t *start, size_t *end);

/* Every word or sentence of text, first to last, joined with | into out. */
static const char *forward(const char *text, step_fn *next, char *out, size_t size)
{
	size_t from = 0, start, end, len = strlen(text);

	out[0] = '\0';
	while (next(text, len, from, &start, &end)) {
		assert_true(start < end && end > from);
		append(out, size, text, start, end);
		from = end;
	}
	return out;
}

/* Every word or sentence of text, found last to first, joined with | in
 * text order into out. */
static const char *backward(const char *text, step_fn *prev, char *out, size_t size)
{
	size_t before = strlen(text), start[64], end[64], n = 0;

	out[0] = '\0';
	while (n < 64 && prev(text, strlen(text), before, &start[n], &end[n])) {
		assert_true(start[n] < before);
		before = start[n++];
	}
	while (n-- > 0)
		append(out, size, text, start[n], end[n]);
	return out;
}

/* Every word of text, joined with | into out. */
static const char *words(const char *text, char *out, size_t size)
{
	char back[512];

	forward(text, words_at_or_after, out, size);
	assert_string_equal(backward(text, words_before, back, sizeof back), out);
	return out;
}

/* Every sentence of text, joined with | into out. */
static const char *sentences(const char *text, char *out, size_t size)
{
	char back[512];

	forward(text, words_sentence_after, out, size);
	assert_string_equal(backward(text, words_sentence_before, back, sizeof back), out);
	return out;
}

/* The byte offset of needle in text. */
static size_t at(const char *text, const char *needle)
{
	const char *p = strstr(text, needle);

	assert_non_null(p);
	return (size_t)(p - text);
}

static void test_punctuation_off_the_ends(void **state)
{
	char out[256];

	(void)state;
	assert_string_equal(words(news, out, sizeof out), news_words);
	assert_string_equal(words("(Yoon.)", out, sizeof out), "Yoon");
	assert_string_equal(words("\xE2\x80\x9C...\xE2\x80\x9D , !", out, sizeof out), "");
}

static void test_unicode_spaces_and_dashes(void **state)
{
	char out[128];

	(void)state;
	/* no-break, ideographic, thin space, tab */
	assert_string_equal(words("a\xC2\xA0" "b\xE3\x80\x80" "c\xE2\x80\x89" "d\te",
					  out, sizeof out), "a|b|c|d|e");
	/* a spaced hyphen is a dash; a minus sign or a trailing hyphen stays */
	assert_string_equal(words("JAKARTA - Presiden -- -5 langkah-", out, sizeof out),
			    "JAKARTA|Presiden|-5|langkah-");
	/* ill-formed bytes are letters */
	assert_string_equal(words("ab\xFF cd\xE2\x82 ef", out, sizeof out),
			    "ab\xFF|cd\xE2\x82|ef");
	assert_string_equal(words("ab\xFF cd\xE2\x82 \x80\x80", out, sizeof out),
			    "ab\xFF|cd\xE2\x82|\x80\x80");
}

static void test_at_or_after(void **state)
{
	size_t len = strlen(news), start, end;

	(void)state;
	/* inside a word: that word */
	assert_true(words_at_or_after(news, len, at(news, "oon"), &start, &end));
	assert_int_equal(start, at(news, "Yoon"));
	assert_int_equal(end, at(news, ". (Jumat"));
	/* at its end (on its dot): the next one */
	assert_true(words_at_or_after(news, len, end, &start, &end));
	assert_int_equal(start, at(news, "Jumat"));
	/* on the opening quote: the first word */
	assert_true(words_at_or_after(news, len, 0, &start, &end));
	assert_int_equal(start, 3);
	/* after the last word, or past the end: none */
	assert_false(words_at_or_after(news, len, at(news, "dll") + 3, &start, &end));
	assert_false(words_at_or_after(news, len, len + 5, &start, &end));
}

static void test_before(void **state)
{
	size_t len = strlen(news), start, end;

	(void)state;
	/* at a word's start: the word before */
	assert_true(words_before(news, len, at(news, "Yoon"), &start, &end));
	assert_int_equal(start, at(news, "kata"));
	/* inside a word: that word */
	assert_true(words_before(news, len, at(news, "oon"), &start, &end));
	assert_int_equal(start, at(news, "Yoon"));
	/* on a word's first letter after its opening bracket: the word before */
	assert_true(words_before(news, len, at(news, "Jumat"), &start, &end));
	assert_int_equal(start, at(news, "Yoon"));
	/* before the first word: none */
	assert_false(words_before(news, len, 3, &start, &end));
	assert_false(words_before(news, len, 0, &start, &end));
	/* past the end: the last word */
	assert_true(words_before(news, len, len + 5, &start, &end));
	assert_int_equal(start, at(news, "dll"));
}

static void test_ending_before(void **state)
{
	size_t len = strlen(news), start, end;

	(void)state;
	/* at a word's end: the word before it */
	assert_true(words_ending_before(news, len, at(news, ". (Jumat"), &start, &end));
	assert_int_equal(start, at(news, "kata"));
	/* inside a word: the word before it */
	assert_true(words_ending_before(news, len, at(news, "oon"), &start, &end));
	assert_int_equal(start, at(news, "kata"));
	/* on the space after a word: that word */
	assert_true(words_ending_before(news, len, at(news, " (Jumat"), &start, &end));
	assert_int_equal(start, at(news, "Yoon"));
	/* inside the first word: none */
	assert_false(words_ending_before(news, len, 4, &start, &end));
	/* a word with inner punctuation is never cut: 25/10/2020 ends at its end */
	assert_true(words_ending_before(news, len, at(news, "10/2020"), &start, &end));
	assert_int_equal(start, at(news, "Jumat"));
}

static void test_selection_keys(void **state)
{
	static const char text[] = "Kata Yoon, \xE2\x80\x9CIni provokasi.\xE2\x80\x9D Lalu pergi.";
	size_t len = strlen(text), start, end, s, e;

	(void)state;
	/* the selection is "Yoon" */
	start = at(text, "Yoon");
	end = start + 4;
	/* w twice: to the end of "Ini", then of "provokasi" */
	assert_true(words_at_or_after(text, len, end, &s, &e));
	end = e;
	assert_int_equal(end, at(text, " provokasi"));
	assert_true(words_at_or_after(text, len, end, &s, &e));
	end = e;
	assert_int_equal(end, at(text, ".\xE2\x80\x9D"));
	/* e: back to the end of "Ini" */
	assert_true(words_ending_before(text, len, end, &s, &e));
	assert_true(e > start);
	end = e;
	assert_int_equal(end, at(text, " provokasi"));
	/* b: start to "Kata"; then nothing before it */
	assert_true(words_before(text, len, start, &s, &e));
	start = s;
	assert_int_equal(start, 0);
	assert_false(words_before(text, len, start, &s, &e));
}

static void test_sentence_ends(void **state)
{
	static const char text[] =
		"Dr. Lee tiba di Jl. Sudirman No. 5 pukul 10.30 bersama J. K. Rowling dari "
		"U.S. kemarin. \xE2\x80\x9CPergi!\xE2\x80\x9D Apa?! Ya\xE2\x80\xA6 mungkin dkk. "
		"sudah datang. Harga naik 3.000 rupiah (kata Yoon.) Selesai";
	static const char expected[] =
		"Dr. Lee tiba di Jl. Sudirman No. 5 pukul 10.30 bersama J. K. Rowling dari "
		"U.S. kemarin.|\xE2\x80\x9CPergi!\xE2\x80\x9D|Apa?!|Ya\xE2\x80\xA6|"
		"mungkin dkk. sudah datang.|Harga naik 3.000 rupiah (kata Yoon.)|Selesai";
	char out[512];

	(void)state;
	assert_string_equal(sentences(text, out, sizeof out), expected);
}

static void test_sentence_around(void **state)
{
	static const char text[] = "  Satu dua. Tiga empat!  Lima.  ";
	size_t len = strlen(text), start, end;

	(void)state;
	/* inside a sentence, on its terminator, on its first letter */
	words_sentence_around(text, len, at(text, "empat"), &start, &end);
	assert_int_equal(start, at(text, "Tiga"));
	assert_int_equal(end, at(text, "  Lima"));
	words_sentence_around(text, len, at(text, "!"), &start, &end);
	assert_int_equal(start, at(text, "Tiga"));
	words_sentence_around(text, len, at(text, "Satu"), &start, &end);
	assert_int_equal(start, at(text, "Satu"));
	assert_int_equal(end, at(text, " Tiga"));
	/* on the spaces between two: the next; before the first: the first */
	words_sentence_around(text, len, at(text, " Lima") + 1, &start, &end);
	assert_int_equal(start, at(text, "Lima"));
	words_sentence_around(text, len, 0, &start, &end);
	assert_int_equal(start, at(text, "Satu"));
	/* on the spaces at the end, or past it: the last */
	words_sentence_around(text, len, len - 1, &start, &end);
	assert_int_equal(start, at(text, "Lima"));
	assert_int_equal(end, len - 2);
	words_sentence_around(text, len, len + 3, &start, &end);
	assert_int_equal(start, at(text, "Lima"));
	/* nothing but spaces: an empty range */
	words_sentence_around("   ", 3, 1, &start, &end);
	assert_int_equal(start, 1);
	assert_int_equal(end, 1);
	words_sentence_around("", 0, 0, &start, &end);
	assert_int_equal(start, 0);
	assert_int_equal(end, 0);
}

static void test_sentence_keys(void **state)
{
	static const char text[] = "Satu dua. Tiga empat! Lima enam.";
	size_t len = strlen(text), start, end;

	(void)state;
	/* ( inside a sentence: its start; at its start: the one before */
	assert_true(words_sentence_before(text, len, at(text, "empat"), &start, &end));
	assert_int_equal(start, at(text, "Tiga"));
	assert_true(words_sentence_before(text, len, start, &start, &end));
	assert_int_equal(start, 0);
	assert_int_equal(end, at(text, " Tiga"));
	assert_false(words_sentence_before(text, len, 0, &start, &end));
	/* ) inside a sentence: its end; at its end: the next one's */
	assert_true(words_sentence_after(text, len, at(text, "Tiga"), &start, &end));
	assert_int_equal(end, at(text, " Lima"));
	assert_true(words_sentence_after(text, len, end, &start, &end));
	assert_int_equal(start, at(text, "Lima"));
	assert_int_equal(end, len);
	assert_false(words_sentence_after(text, len, end, &start, &end));
	/* inside a run of terminators and closing marks: the sentence it ends */
	assert_true(words_sentence_after("Apa?!\xE2\x80\x9D Ya.", 11, 4, &start, &end));
	assert_int_equal(start, 0);
	assert_int_equal(end, 8);
}

static void test_line_breaks_and_full_width(void **state)
{
	char out[256];

	(void)state;
	assert_string_equal(sentences("Judul tanpa titik \nIsi pertama. Isi kedua\n\nAkhir",
				      out, sizeof out),
			    "Judul tanpa titik|Isi pertama.|Isi kedua|Akhir");
	assert_string_equal(sentences("\xEC\x95\x88\xEB\x85\x95\xE3\x80\x82\xEC\x9E\x98 "
				      "\xEA\xB0\x80\xEF\xBC\x81\xEB\x84\xA4\xEF\xBC\x9F",
				      out, sizeof out),
			    "\xEC\x95\x88\xEB\x85\x95\xE3\x80\x82|\xEC\x9E\x98 \xEA\xB0\x80\xEF\xBC\x81|"
			    "\xEB\x84\xA4\xEF\xBC\x9F");
}

static void test_abbreviations(void **state)
{
	(void)state;
	assert_true(words_is_abbreviation("Dr", 2));
	assert_true(words_is_abbreviation("dkk", 3));
	assert_true(words_is_abbreviation("Oct", 3));
	assert_true(words_is_abbreviation("J", 1));
	assert_true(words_is_abbreviation("U.S", 3));
	assert_true(words_is_abbreviation("s.d", 3));
	assert_false(words_is_abbreviation("Yoon", 4));
	assert_false(words_is_abbreviation("a", 1));	/* "... plan a." ends a sentence */
	assert_false(words_is_abbreviation("DR", 2));	/* case matters */
	assert_false(words_is_abbreviation("U.", 2));
}

static void test_clusters_stay_whole(void **state)
{
	/* "Ramírez" with a combining accent; a quote, a dot and a space that
	 * carry combining marks; a flag; an emoji ZWJ sequence. */
	static const char text[] =
		"Kata Rami\xCC\x81rez \"\xCC\x81ya.\xCC\x81 \xCC\x81tidak "
		"\xF0\x9F\x87\xAE\xF0\x9F\x87\xA9 \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x9A\x80";
	char out[256];
	size_t len = strlen(text), s, e;

	(void)state;
	assert_string_equal(words(text, out, sizeof out),
			    "Kata|Rami\xCC\x81rez|ya|tidak|\xF0\x9F\x87\xAE\xF0\x9F\x87\xA9|"
			    "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x9A\x80");
	/* e from inside the accent's letter: the end stays after the accent */
	assert_true(words_ending_before(text, len, at(text, " \"") + 1, &s, &e));
	assert_int_equal(e, at(text, " \""));
	assert_true(words_at_or_after(text, len, at(text, "\xCC\x81rez"), &s, &e));
	assert_int_equal(s, at(text, "Rami"));
	assert_int_equal(e, at(text, " \""));
	/* the dot with its mark ends the sentence, mark and all */
	assert_string_equal(sentences("Dia ya.\xCC\x81 Lalu.", out, sizeof out),
			    "Dia ya.\xCC\x81|Lalu.");
}

static void test_char_before(void **state)
{
	static const char text[] = "a\xC3\xA9\x80\x80\x80\x80" "b";
	uint32_t cp;

	(void)state;
	assert_int_equal(words_char_before(text, 3, &cp), 1);
	assert_int_equal(cp, 0xE9);
	/* stray continuation bytes: one error each */
	assert_int_equal(words_char_before(text, 7, &cp), 6);
	assert_int_equal(cp, 0xFFFD);
	assert_int_equal(words_char_before(text, 8, &cp), 7);
	assert_int_equal(cp, 'b');
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_punctuation_off_the_ends),
		cmocka_unit_test(test_unicode_spaces_and_dashes),
		cmocka_unit_test(test_at_or_after),
		cmocka_unit_test(test_before),
		cmocka_unit_test(test_ending_before),
		cmocka_unit_test(test_selection_keys),
		cmocka_unit_test(test_sentence_ends),
		cmocka_unit_test(test_sentence_around),
		cmocka_unit_test(test_clusters_stay_whole),
		cmocka_unit_test(test_sentence_keys),
		cmocka_unit_test(test_line_breaks_and_full_width),
		cmocka_unit_test(test_abbreviations),
		cmocka_unit_test(test_char_before),
	};

	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
