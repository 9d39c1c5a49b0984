/*
 * test-quotes.c - quoted passages and their speakers: the marks (curly,
 * straight, guillemets, corner brackets; ’ as an apostrophe), quotes left
 * open, Indonesian and English attributions after and before a quote,
 * names, honorifics, and pronouns resolved to the last named speaker of
 * the article.
 */
#include <locale.h>
#include <string.h>

#include "article.h"
#include "fixture.h"
#include "quotes.h"

#define LQ "\xE2\x80\x9C"	/* “ */
#define RQ "\xE2\x80\x9D"	/* ” */
#define LS "\xE2\x80\x98"	/* ‘ */
#define RS "\xE2\x80\x99"	/* ’ */

/* Lines of an Indonesian news article, one paragraph each. */
static const char yoon[] =
	LQ "Ini adalah provokasi yang mengancam keamanan internasional," RQ
	" kata Yoon seperti dikutip Al Jazeera pada Jumat, 25/10/2020.";
static const char troops[] =
	"Korea Utara dilaporkan telah mengirim ribuan tentara ke Rusia.";
static const char added[] =
	LQ "Dan akan meninjau penerapan langkah-langkah yang diperlukan untuk stabilitas "
	"Semenanjung Korea," RQ " tambahnya.";
static const char ministry[] =
	LQ "Korea Selatan sangat mendesak penarikan segera pasukan Korea Utara. dan "
	"mengakhiri kerja sama ilegal," RQ " kata Kementerian Luar Negeri Korea Selatan "
	"dalam sebuah pernyataan.";
static const char austin[] =
	LQ "Kami melihat bukti bahwa pasukan Korea Utara berada di Rusia," RQ
	" kata Austin, Rabu. Menurut situs resminya";
static const char austin_added[] =
	LQ "Ini sangat serius," RQ " ia menambahkan.";

/* The byte offset of needle in text. */
static size_t offset(const char *text, const char *needle)
{
	const char *p = strstr(text, needle);

	assert_non_null(p);
	return (size_t)(p - text);
}

/* The passage of q in text, copied into out (size bytes). */
static const char *passage(const char *text, const struct quote *q, char *out, size_t size)
{
	size_t n = q->end - q->start;

	assert_true(n < size);
	memcpy(out, text + q->start, n);
	out[n] = '\0';
	return out;
}

/* Every passage of text, joined with | into out. */
static const char *passages(const char *text, char *out, size_t size)
{
	struct quote q;
	size_t from = 0, used = 0, len = strlen(text);

	out[0] = '\0';
	while (quotes_next(text, len, from, &q)) {
		assert_true(used + 1 + (q.end - q.start) < size);
		if (used > 0)
			out[used++] = '|';
		passage(text, &q, out + used, size - used);
		used += q.end - q.start;
		from = q.mark_end;
	}
	return out;
}

/* The speaker of the first quote of text, given prior, which must be
 * found as how. */
static const char *speaker(const char *text, const char *prior, enum quotes_attribution how)
{
	static char name[QUOTES_NAME_SIZE];
	struct quote q;

	assert_true(quotes_next(text, strlen(text), 0, &q));
	assert_int_equal(quotes_speaker(text, strlen(text), &q, prior, name, sizeof name), how);
	return name;
}

static void test_curly_quotes(void **state)
{
	char out[256];
	struct quote q;

	(void)state;
	assert_true(quotes_next(yoon, strlen(yoon), 0, &q));
	assert_string_equal(passage(yoon, &q, out, sizeof out),
			    "Ini adalah provokasi yang mengancam keamanan internasional,");
	assert_int_equal(q.mark_start, 0);
	assert_int_equal(q.start, 3);
	assert_int_equal(q.end, offset(yoon, RQ));
	assert_int_equal(q.mark_end, q.end + 3);
	assert_false(q.open);
	assert_false(quotes_next(yoon, strlen(yoon), q.mark_end, &q));
}

static void test_every_kind_of_mark(void **state)
{
	static const char text[] =
		"Ia berkata \"satu\", lalu \xC2\xAB" "deux\xC2\xBB, lalu "
		"\xE3\x80\x8C\xE4\xB8\x89\xE3\x80\x8D dan \xE3\x80\x8E" "empat\xE3\x80\x8F, "
		"juga " LS "lima" RS ", \"(enam)\". Kosong: " LQ RQ " dan \" tujuh.";
	char out[256];

	(void)state;
	/* an empty quote is skipped; a " before a space opens nothing */
	assert_string_equal(passages(text, out, sizeof out),
			    "satu|deux|\xE4\xB8\x89|empat|lima|(enam)");
}

static void test_apostrophes_are_not_quotes(void **state)
{
	static const char text[] =
		"Pada Jum" RS "at, ia berkata " LS "Korea" RS "s tentara tidak" RS
		" lalu pergi; jam 5" RS " dan " LS "90-an tanpa penutup";
	char out[256];

	(void)state;
	/* ’ between letters is an apostrophe; ‘ inside a word opens nothing;
	 * an unclosed ‘ is no quote */
	assert_string_equal(passages(text, out, sizeof out), "Korea" RS "s tentara tidak");
	assert_string_equal(passages("Hari Jum" RS "at dan Sabtu" RS "s.", out, sizeof out), "");
	assert_string_equal(passages("kata" LS "nya" RS " saja", out, sizeof out), "");
}

static void test_open_quote_runs_to_the_end(void **state)
{
	static const char text[] = "Ia berkata, " LQ "Kami akan terus berjuang. Sampai akhir";
	char out[128];
	struct quote q;

	(void)state;
	assert_true(quotes_next(text, strlen(text), 0, &q));
	assert_true(q.open);
	assert_int_equal(q.end, strlen(text));
	assert_int_equal(q.mark_end, strlen(text));
	assert_string_equal(passage(text, &q, out, sizeof out),
			    "Kami akan terus berjuang. Sampai akhir");
}

static void test_quote_at(void **state)
{
	static const char text[] = LQ "Satu," RQ " kata Yoon, " LQ "dua." RQ;
	size_t len = strlen(text), second = offset(text, LQ "dua");
	struct quote q;

	(void)state;
	assert_true(quotes_at(text, len, 0, &q));
	assert_int_equal(q.mark_start, 0);
	assert_true(quotes_at(text, len, offset(text, RQ), &q));
	assert_int_equal(q.mark_start, 0);
	assert_false(quotes_at(text, len, offset(text, "kata"), &q));
	assert_true(quotes_at(text, len, second + 4, &q));
	assert_int_equal(q.mark_start, second);
	assert_false(quotes_at(text, len, len, &q));
}

static void test_indonesian_speakers(void **state)
{
	(void)state;
	assert_string_equal(speaker(yoon, NULL, QUOTES_NAMED), "Yoon");
	assert_string_equal(speaker(ministry, NULL, QUOTES_NAMED),
			    "Kementerian Luar Negeri Korea Selatan");
	assert_string_equal(speaker(austin, NULL, QUOTES_NAMED), "Austin");
	assert_string_equal(speaker(LQ "Ya," RQ " ujar Muhammad bin Salman kepada wartawan.",
				    NULL, QUOTES_NAMED), "Muhammad bin Salman");
	assert_string_equal(speaker(LQ "Ya," RQ " ucap Menteri Pertahanan Lloyd Austin.", NULL,
				    QUOTES_NAMED), "Menteri Pertahanan Lloyd Austin");
	/* before the quote, ending where it opens */
	assert_string_equal(speaker("Yoon mengatakan, " LQ "Kami siap." RQ, NULL, QUOTES_NAMED),
			    "Yoon");
	assert_string_equal(speaker("Menurut Yoon, " LQ "kami siap." RQ, NULL, QUOTES_NAMED),
			    "Yoon");
	assert_string_equal(speaker(LQ "Satu," RQ " kata Yoon, " LQ "dua." RQ, NULL,
				    QUOTES_NAMED), "Yoon");
	/* an attribution that opens the next sentence and leads into another
	 * quote is that quote's */
	{
		static const char text[] =
			"Presiden Joko Widodo mengatakan, " LQ "Kita harus bersatu." RQ
			" Ia menambahkan, " LQ "Jangan takut." RQ;
		char name[QUOTES_NAME_SIZE];
		struct quote q;

		assert_string_equal(speaker(text, "Yoon", QUOTES_NAMED), "Presiden Joko Widodo");
		assert_true(quotes_at(text, strlen(text), offset(text, LQ "Jangan"), &q));
		assert_int_equal(quotes_speaker(text, strlen(text), &q, "Yoon", name, sizeof name),
				 QUOTES_PRONOUN);
		assert_string_equal(name, "Presiden Joko Widodo");
	}
	assert_string_equal(speaker(LQ "Kenapa?" RQ " tanya Yoon. " LQ "Karena" RQ, NULL,
				    QUOTES_NAMED), "Yoon");
	assert_string_equal(speaker("\"Why now?\" Smith asked.", NULL, QUOTES_NAMED), "Smith");
	/* an attribution that is not next to the quote does not count */
	assert_string_equal(speaker("Kata Yoon hari ini ada " LQ "provokasi" RQ " baru.", NULL,
				    QUOTES_NONE), "");
	assert_string_equal(speaker(LQ "Pergi." RQ " Yoon lalu pergi.", NULL, QUOTES_NONE), "");
	/* a lowercase description, a day or a pronoun is no name */
	assert_string_equal(speaker(LQ "Ya," RQ " kata juru bicara itu.", NULL, QUOTES_NONE), "");
	assert_string_equal(speaker(LQ "Ya," RQ " kata Senin lalu.", NULL, QUOTES_NONE), "");
}

static void test_pronouns_take_the_prior_speaker(void **state)
{
	(void)state;
	assert_string_equal(speaker(added, "Yoon", QUOTES_PRONOUN), "Yoon");
	assert_string_equal(speaker(austin_added, "Austin", QUOTES_PRONOUN), "Austin");
	assert_string_equal(speaker(LQ "Ya," RQ " katanya.", "Yoon", QUOTES_PRONOUN), "Yoon");
	assert_string_equal(speaker(LQ "Ya," RQ " kata dia.", "Yoon", QUOTES_PRONOUN), "Yoon");
	/* with nobody before: no speaker */
	assert_string_equal(speaker(added, NULL, QUOTES_NONE), "");
	assert_string_equal(speaker(added, "", QUOTES_NONE), "");
}

static void test_pronoun_in_the_same_paragraph(void **state)
{
	static const char text[] = LQ "Satu," RQ " kata Yoon. " LQ "Dua," RQ " tambahnya.";
	char name[QUOTES_NAME_SIZE];
	struct quote q;
	size_t len = strlen(text);

	(void)state;
	assert_true(quotes_next(text, len, 0, &q));
	assert_true(quotes_next(text, len, q.mark_end, &q));
	/* the earlier quote of the paragraph comes before the prior speaker */
	assert_int_equal(quotes_speaker(text, len, &q, "Austin", name, sizeof name),
			 QUOTES_PRONOUN);
	assert_string_equal(name, "Yoon");
}

/* The speaker of the first quote of paragraph i of article, with the last
 * named speaker before it as quotes_last_speaker finds it. */
static const char *article_speaker(const struct article *a, size_t i,
				   enum quotes_attribution how)
{
	static char name[QUOTES_NAME_SIZE];
	char prior[QUOTES_NAME_SIZE];
	const char *s = a->text + a->paragraphs[i].start;
	size_t len = a->paragraphs[i].len;
	struct quote q;

	quotes_last_speaker(a, a->paragraphs[i].start, prior, sizeof prior);
	assert_true(quotes_next(s, len, 0, &q));
	assert_int_equal(quotes_speaker(s, len, &q, prior, name, sizeof name), how);
	return name;
}

static void test_last_speaker_of_the_article(void **state)
{
	struct article *a;
	struct tanda_error err;
	char text[2048], name[QUOTES_NAME_SIZE];

	(void)state;
	snprintf(text, sizeof text, "%s\n%s\n%s\n%s\n%s\n%s\n", yoon, troops, added, ministry,
		 austin, austin_added);
	assert_int_equal(article_from_text("news", text, strlen(text), &a, &err), TANDA_OK);
	assert_int_equal(a->count, 6);
	/* nobody before the first quote */
	assert_false(quotes_last_speaker(a, 0, name, sizeof name));
	assert_string_equal(name, "");
	assert_true(quotes_last_speaker(a, a->paragraphs[1].start, name, sizeof name));
	assert_string_equal(name, "Yoon");
	assert_true(quotes_last_speaker(a, a->text_len, name, sizeof name));
	assert_string_equal(name, "Austin");
	assert_string_equal(article_speaker(a, 0, QUOTES_NAMED), "Yoon");
	assert_string_equal(article_speaker(a, 2, QUOTES_PRONOUN), "Yoon");
	assert_string_equal(article_speaker(a, 3, QUOTES_NAMED),
			    "Kementerian Luar Negeri Korea Selatan");
	assert_string_equal(article_speaker(a, 5, QUOTES_PRONOUN), "Austin");
	article_free(a);
}

/* The speaker of quote number which (0 first) of paragraph i of text, as
 * the reader guesses it, into out. */
static enum quotes_attribution guessed_speaker(const char *text, size_t i, int which,
					       char *out, size_t size)
{
	struct article *a;
	struct tanda_error err;
	struct quote q;
	enum quotes_attribution how;
	size_t from = 0;
	const char *s;

	assert_int_equal(article_from_text("news", text, strlen(text), &a, &err), TANDA_OK);
	s = a->text + a->paragraphs[i].start;
	do {
		assert_true(quotes_next(s, a->paragraphs[i].len, from, &q));
		from = q.mark_end;
	} while (which-- > 0);
	how = quotes_article_speaker(a, i, &q, out, size);
	article_free(a);
	return how;
}

/* A quote alone in its paragraph goes on with the last speaker of the
 * paragraph before (issue 15); not one that follows prose, nor one in the
 * middle of its paragraph. */
static void test_a_continuation_quote_keeps_its_speaker(void **state)
{
	static const char text[] =
		"Menteri Perdagangan Budi Santoso meninjau gudang beras.\n"
		LQ "Stok aman sampai akhir tahun," RQ " kata Menteri Budi Santoso.\n"
		LQ "Semua sudah disiapkan." RQ "\n"
		"Pedagang menyambut baik kunjungan itu.\n"
		LQ "Harga turun," RQ "\n"
		"Katanya " LQ "murah" RQ " dan " LQ "cukup." RQ "\n";
	char name[QUOTES_NAME_SIZE];

	(void)state;
	assert_int_equal(guessed_speaker(text, 2, 0, name, sizeof name), QUOTES_CONTINUED);
	assert_string_equal(name, "Menteri Budi Santoso");
	/* attributed quotes keep their own speaker */
	assert_int_equal(guessed_speaker(text, 1, 0, name, sizeof name), QUOTES_NAMED);
	assert_string_equal(name, "Menteri Budi Santoso");
	/* after a paragraph without quotes: nobody */
	assert_int_equal(guessed_speaker(text, 4, 0, name, sizeof name), QUOTES_NONE);
	assert_string_equal(name, "");
	/* not opening its paragraph: nobody */
	assert_int_equal(guessed_speaker(text, 5, 1, name, sizeof name), QUOTES_NONE);
}

static void test_english_speakers(void **state)
{
	(void)state;
	/* a description names nobody */
	assert_string_equal(speaker("\"We will respond,\" the minister said.", NULL, QUOTES_NONE),
			    "");
	assert_string_equal(speaker("\"It is done,\" said Jane Doe.", NULL, QUOTES_NAMED),
			    "Jane Doe");
	assert_string_equal(speaker("\"Yes,\" Smith told reporters.", NULL, QUOTES_NAMED), "Smith");
	/* before the quote; the honorific left out */
	assert_string_equal(speaker("According to Dr. Lee, \"the tests are clear.\"", NULL,
				    QUOTES_NAMED), "Lee");
	/* initials stay */
	assert_string_equal(speaker("\"Go,\" said J. K. Rowling.", NULL, QUOTES_NAMED),
			    "J. K. Rowling");
	assert_string_equal(speaker("\"Nothing more,\" and the meeting ended.", NULL,
				    QUOTES_NONE), "");
	assert_string_equal(speaker("\"We are ready,\" he said.", "Smith", QUOTES_PRONOUN),
			    "Smith");
	assert_string_equal(speaker("\"We are ready,\" she told reporters.", NULL, QUOTES_NONE),
			    "");
	assert_string_equal(speaker("\"Fine,\" The Minister said.", NULL, QUOTES_NONE), "");
	/* a role in lowercase between the verb and the name */
	assert_string_equal(speaker("\"It is over,\" said the spokesman Tom Reid.", NULL,
				    QUOTES_NAMED), "Tom Reid");
}

static void test_roles_before_names(void **state)
{
	(void)state;
	assert_string_equal(speaker("“Kami memantau situasi,” ujar juru bicara Hiroshi Tanaka.",
				    NULL, QUOTES_NAMED), "Hiroshi Tanaka");
	/* a place is not a speaker */
	assert_string_equal(speaker("“Aman,” kata sumber di Jakarta.", NULL, QUOTES_NONE), "");
	/* too many words before a capital: no guess */
	assert_string_equal(speaker("“Aman,” kata seorang pejabat yang enggan disebut Jakarta.",
				    NULL, QUOTES_NONE), "");
}

static void test_name_is_cut_to_fit(void **state)
{
	char name[5];
	struct quote q;
	static const char text[] = LQ "Ya," RQ " kata \xC3\x89mile Zola.";

	(void)state;
	assert_true(quotes_next(ministry, strlen(ministry), 0, &q));
	assert_int_equal(quotes_speaker(ministry, strlen(ministry), &q, NULL, name, sizeof name),
			 QUOTES_NAMED);
	assert_string_equal(name, "Keme");
	assert_true(quotes_next(text, strlen(text), 0, &q));
	assert_int_equal(quotes_speaker(text, strlen(text), &q, NULL, name, 2), QUOTES_NAMED);
	assert_string_equal(name, "");	/* É does not fit in one byte */
	assert_int_equal(quotes_speaker(text, strlen(text), &q, NULL, name, sizeof name),
			 QUOTES_NAMED);
	assert_string_equal(name, "\xC3\x89mi");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_curly_quotes),
		cmocka_unit_test(test_every_kind_of_mark),
		cmocka_unit_test(test_apostrophes_are_not_quotes),
		cmocka_unit_test(test_open_quote_runs_to_the_end),
		cmocka_unit_test(test_quote_at),
		cmocka_unit_test(test_indonesian_speakers),
		cmocka_unit_test(test_pronouns_take_the_prior_speaker),
		cmocka_unit_test(test_pronoun_in_the_same_paragraph),
		cmocka_unit_test(test_last_speaker_of_the_article),
		cmocka_unit_test(test_roles_before_names),
		cmocka_unit_test(test_english_speakers),
		cmocka_unit_test(test_name_is_cut_to_fit),
		cmocka_unit_test(test_a_continuation_quote_keeps_its_speaker),
	};

	setlocale(LC_ALL, "C");	/* the checks must not need a UTF-8 locale */
	return cmocka_run_group_tests(tests, NULL, NULL);
}
