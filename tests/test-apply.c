/*
 * test-apply.c - publishing corrections (src/apply.c): dates and
 * languages, the checks (text order, words in place, a replacement, no
 * line break, no overlap, no character split), the notice's exact words in
 * Indonesian and English, and the corrected file: only the corrected words
 * change (a correction across a wrapped line keeps its line break), the
 * byte-order mark, front matter and CR LF stay, the notice comes in the
 * article's layout (after a blank line, wrapped as the file is), and the
 * diff from the file shows exactly that.
 */
#include <string.h>
#include <unistd.h>

#include "apply.h"
#include "fixture.h"
#include "strbuf.h"

/* An Indonesian article of three paragraphs, with multibyte characters
 * before the words corrected (offsets are code points). */
static const char text_id[] =
	"Seoul, Kabar Nusantara \xE2\x80\x94\n"
	"Presiden Yun Suk Yeol memimpin rapat.\n"
	"\xE2\x80\x9CKami siap,\xE2\x80\x9D kata Yoon pada Jumat, 25/10/2020.\n";

/* Its code point offsets: "Yun" (paragraph 2), "25/10/2020" (3). */
#define YUN_START 34
#define DATE_START 98

/* The notice's date in the tests. */
static const struct apply_notice notice_id = { APPLY_INDONESIAN, { 2026, 11, 26 } };
static const struct apply_notice notice_en = { APPLY_ENGLISH, { 2026, 11, 26 } };

/* The article of text (a string), in layout. */
static struct article *make(const char *text, enum article_layout layout)
{
	struct article *a = NULL;
	struct tanda_error err;

	assert_int_equal(article_from_text("test.txt", text, strlen(text), &a, &err), TANDA_OK);
	a->layout = layout;
	return a;
}

/* A change of the code points [start, end) from wrong to right. */
static struct apply_change change(const char *id, uint64_t start, const char *wrong,
				  const char *right)
{
	struct apply_change c = { .id = id };

	c.start = start;
	c.end = start + strlen(wrong);	/* ASCII words */
	c.paragraph = start >= DATE_START ? 3 : 2;
	c.wrong = wrong;
	c.right = right;
	return c;
}

/* What apply_write (or, with diff, apply_write_diff) writes, the changes
 * checked first, into a string the caller frees. */
static char *output_of(struct article *a, struct apply_change *changes, size_t count,
		       const struct apply_notice *notice, int diff)
{
	struct tanda_error err;
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);

	assert_non_null(out);
	assert_int_equal(apply_check(a, changes, count, &err), TANDA_OK);
	assert_int_equal((diff ? apply_write_diff : apply_write)(a, changes, count, notice, out,
								  "memory", &err), TANDA_OK);
	fclose(out);
	return buf;
}

/* What apply_write writes. */
static char *written(struct article *a, struct apply_change *changes, size_t count,
		     const struct apply_notice *notice)
{
	return output_of(a, changes, count, notice, 0);
}

/* What apply_write_diff writes. */
static char *diff_of(struct article *a, struct apply_change *changes, size_t count,
		     const struct apply_notice *notice)
{
	return output_of(a, changes, count, notice, 1);
}

/* The notice of changes alone, into a string the caller frees. */
static char *notice_of(const struct apply_change *changes, size_t count,
		       const struct apply_notice *notice)
{
	struct strbuf sb = STRBUF_INIT;

	apply_notice_text(changes, count, notice, &sb);
	assert_true(strbuf_ok(&sb));
	return strbuf_detach(&sb, NULL);
}

/* The article of the file holding text (its bytes kept), loaded from a
 * temporary file that is gone when this returns. */
static struct article *load_file(const char *text)
{
	struct article_options options;
	struct article *a = NULL;
	struct tanda_error err;
	char path[256];

	write_temp(text, path, sizeof path);
	article_options_default(&options);
	options.keep_source = 1;
	assert_int_equal(article_load(path, &options, &a, &err), TANDA_OK);
	unlink(path);
	return a;
}

/* A change of the first wrong words of a's text to right. */
static struct apply_change change_of(struct article *a, const char *id, const char *wrong,
				     const char *right)
{
	const char *at = strstr(a->text, wrong);
	struct apply_change c;

	assert_non_null(at);
	memset(&c, 0, sizeof c);
	c.id = id;
	c.start = article_cp_from_byte(a, (size_t)(at - a->text));
	c.end = article_cp_from_byte(a, (size_t)(at - a->text) + strlen(wrong));
	c.paragraph = (uint32_t)article_paragraph_at(a, (size_t)(at - a->text)) + 1;
	c.wrong = wrong;
	c.right = right;
	return c;
}

/* Dates: real ones only, written YYYY-MM-DD and nothing more. */
static void test_parse_date(void **state)
{
	struct apply_date d;

	(void)state;
	assert_int_equal(apply_parse_date("2026-11-26", &d), 0);
	assert_int_equal(d.year, 2026);
	assert_int_equal(d.month, 11);
	assert_int_equal(d.day, 26);
	assert_int_equal(apply_parse_date("2024-02-29", &d), 0);
	assert_int_equal(apply_parse_date("2026-02-29", &d), -1);
	assert_int_equal(apply_parse_date("2026-13-01", &d), -1);
	assert_int_equal(apply_parse_date("2026-1-26", &d), -1);
	assert_int_equal(apply_parse_date("2026-11-26T08:00:00Z", &d), -1);
	assert_int_equal(apply_parse_date("26/11/2026", &d), -1);
	assert_int_equal(apply_parse_date("", &d), -1);
	apply_today(&d);
	assert_true(d.year >= 2024 && d.month >= 1 && d.month <= 12 && d.day >= 1);
}

/* Indonesian for id and its regional forms, English for the rest. */
static void test_language_of(void **state)
{
	(void)state;
	assert_int_equal(apply_language_of("id"), APPLY_INDONESIAN);
	assert_int_equal(apply_language_of("ID-id"), APPLY_INDONESIAN);
	assert_int_equal(apply_language_of("id_ID"), APPLY_INDONESIAN);
	assert_int_equal(apply_language_of("en"), APPLY_ENGLISH);
	assert_int_equal(apply_language_of("idn"), APPLY_ENGLISH);
	assert_int_equal(apply_language_of("ms"), APPLY_ENGLISH);
	assert_int_equal(apply_language_of(NULL), APPLY_ENGLISH);
}

/* The notice's words, one correction and several, in both languages. */
static void test_notice_words(void **state)
{
	struct apply_change c[3] = {
		change("a", DATE_START, "Jumat, 25/10/2020", "Jumat, 25/10/2024"),
		change("b", YUN_START, "Yun", "Yoon"),
		change("c", 0, "Seoul, ", ""),
	};
	struct apply_notice january = { APPLY_ENGLISH, { 2027, 1, 5 } };
	char *s;

	(void)state;
	s = notice_of(c, 1, &notice_id);
	assert_string_equal(s, "Koreksi (26/11/2026): Artikel ini telah diperbarui. Sebelumnya "
			       "tertulis \"Jumat, 25/10/2020\"; yang benar adalah "
			       "\"Jumat, 25/10/2024\".");
	free(s);
	s = notice_of(c + 1, 1, &notice_en);
	assert_string_equal(s, "Correction (November 26, 2026): An earlier version of this "
			       "article said \"Yun\"; it is \"Yoon\".");
	free(s);
	s = notice_of(c, 3, &notice_id);
	assert_string_equal(s, "Koreksi (26/11/2026): Artikel ini telah diperbarui. Sebelumnya "
			       "tertulis \"Jumat, 25/10/2020\"; yang benar adalah "
			       "\"Jumat, 25/10/2024\". Sebelumnya juga tertulis \"Yun\"; yang benar "
			       "adalah \"Yoon\". Sebelumnya juga tertulis \"Seoul, \"; bagian itu "
			       "telah dihapus.");
	free(s);
	s = notice_of(c, 3, &january);
	assert_string_equal(s, "Correction (January 5, 2027): An earlier version of this article "
			       "said \"Jumat, 25/10/2020\"; it is \"Jumat, 25/10/2024\". It also "
			       "said \"Yun\"; it is \"Yoon\". It also said \"Seoul, \"; that has "
			       "been removed.");
	free(s);
}

/* The text with the changes made at their code points, in text order
 * whatever order they came in, then the notice as one more line (the
 * article's paragraphs are lines with no blank line between). */
static void test_write_lines(void **state)
{
	struct article *a = make(text_id, ARTICLE_LAYOUT_LINES);
	struct apply_change c[2] = {
		change("z", DATE_START, "25/10/2020", "25/10/2024"),
		change("y", YUN_START, "Yun", "Yoon"),
	};
	char *s;

	(void)state;
	s = written(a, c, 2, &notice_id);
	assert_string_equal(s, "Seoul, Kabar Nusantara \xE2\x80\x94\n"
			       "Presiden Yoon Suk Yeol memimpin rapat.\n"
			       "\xE2\x80\x9CKami siap,\xE2\x80\x9D kata Yoon pada Jumat, 25/10/2024.\n"
			       "Koreksi (26/11/2026): Artikel ini telah diperbarui. Sebelumnya "
			       "tertulis \"Yun\"; yang benar adalah \"Yoon\". Sebelumnya juga "
			       "tertulis \"25/10/2020\"; yang benar adalah \"25/10/2024\".\n");
	assert_string_equal(c[0].id, "y");	/* sorted into text order */
	free(s);
	article_free(a);
}

/* A hard-wrapped file with a byte-order mark, front matter and CR LF:
 * only the corrected words change (the date across a wrapped line keeps
 * its line break), the rest byte for byte; the notice after a blank line,
 * wrapped at the file's width, with its line endings. */
static const char wrapped[] =
	"\xEF\xBB\xBF---\r\ntitle: Rapat di Seoul\r\nsource: Kabar Nusantara\r\n---\r\n"
	"Rapat di Seoul\r\n"
	"\r\n"
	"Presiden Yun Suk Yeol memimpin rapat kabinet\r\n"
	"pada Jumat,   25/10/2020, kata juru bicara.\r\n"
	"\r\n"
	"Rapat itu   berlangsung dua jam.\r\n";

/* The two corrections of wrapped, into c[2]. */
static void wrapped_changes(struct article *a, struct apply_change c[2])
{
	c[0] = change_of(a, "d", "Jumat, 25/10/2020", "Jumat, 25/10/2024");
	c[1] = change_of(a, "n", "Yun", "Yoon");
}

static void test_file_kept(void **state)
{
	struct article *a = load_file(wrapped);
	struct apply_change c[2];
	char *s;

	(void)state;
	wrapped_changes(a, c);
	assert_int_equal(a->layout, ARTICLE_LAYOUT_BLOCKS);
	s = written(a, c, 2, &notice_id);
	assert_string_equal(s, "\xEF\xBB\xBF---\r\ntitle: Rapat di Seoul\r\n"
			       "source: Kabar Nusantara\r\n---\r\n"
			       "Rapat di Seoul\r\n"
			       "\r\n"
			       "Presiden Yoon Suk Yeol memimpin rapat kabinet\r\n"
			       "pada Jumat,   25/10/2024, kata juru bicara.\r\n"
			       "\r\n"
			       "Rapat itu   berlangsung dua jam.\r\n"
			       "\r\n"
			       "Koreksi (26/11/2026): Artikel ini telah\r\n"
			       "diperbarui. Sebelumnya tertulis \"Yun\"; yang\r\n"
			       "benar adalah \"Yoon\". Sebelumnya juga\r\n"
			       "tertulis \"Jumat, 25/10/2020\"; yang benar\r\n"
			       "adalah \"Jumat, 25/10/2024\".\r\n");
	free(s);
	s = written(a, NULL, 0, &notice_id);
	assert_string_equal(s, wrapped);
	free(s);
	article_free(a);
}

/* The diff from the file: the two corrected lines, and the notice added. */
static void test_diff(void **state)
{
	struct article *a = load_file(wrapped);
	struct apply_change c[2];
	char *s;

	(void)state;
	wrapped_changes(a, c);
	s = diff_of(a, c, 2, &notice_en);
	assert_non_null(strstr(s, "@@ -4,7 +4,12 @@\n"
				  " ---\r\n"
				  " Rapat di Seoul\r\n"
				  " \r\n"
				  "-Presiden Yun Suk Yeol memimpin rapat kabinet\r\n"
				  "-pada Jumat,   25/10/2020, kata juru bicara.\r\n"
				  "+Presiden Yoon Suk Yeol memimpin rapat kabinet\r\n"
				  "+pada Jumat,   25/10/2024, kata juru bicara.\r\n"
				  " \r\n"
				  " Rapat itu   berlangsung dua jam.\r\n"
				  "+\r\n"
				  "+Correction (November 26, 2026): An earlier\r\n"));
	free(s);
	s = diff_of(a, NULL, 0, &notice_en);
	assert_string_equal(s, "");
	free(s);
	article_free(a);
}

/* A file without its last line break: the notice comes after one, and
 * ends without one too. */
static void test_no_last_line_break(void **state)
{
	struct article *a = load_file("Judul\n\nPresiden Yun datang.");
	struct apply_change c = change_of(a, "n", "Yun", "Yoon");
	char *s;

	(void)state;
	s = written(a, &c, 1, &notice_id);
	assert_string_equal(s, "Judul\n\nPresiden Yoon datang.\n\nKoreksi (26/11/2026): Artikel "
			       "ini telah diperbarui. Sebelumnya tertulis \"Yun\"; yang benar "
			       "adalah \"Yoon\".");
	free(s);
	article_free(a);
}

/* A change already made by an edit is announced, not made again. */
static void test_in_text(void **state)
{
	struct article *a = make(text_id, ARTICLE_LAYOUT_LINES);
	struct apply_change c = change("r", YUN_START, "Yun", "Yun");
	char *s;

	(void)state;
	c.wrong = "Yoen";
	c.in_text = 1;
	s = written(a, &c, 1, &notice_en);
	assert_non_null(strstr(s, "Presiden Yun Suk Yeol"));
	assert_non_null(strstr(s, "said \"Yoen\"; it is \"Yun\".\n"));
	free(s);
	article_free(a);
}

/* Refused: overlapping changes (both named), words not at their place, no
 * replacement, a line break in it.  Adjacent changes are fine. */
static void test_check_refuses(void **state)
{
	struct article *a = make(text_id, ARTICLE_LAYOUT_LINES);
	struct apply_change c[2];
	struct tanda_error err;

	(void)state;
	c[0] = change("second", YUN_START + 4, "Suk Yeol", "Suk-yeol");
	c[1] = change("first", YUN_START, "Yun Suk", "Yoon Suk");
	assert_int_equal(apply_check(a, c, 2, &err), TANDA_EDATA);
	assert_string_equal(err.message, "test.txt: corrections overlap: \"Yun Suk\" (paragraph 2, "
					 "first) and \"Suk Yeol\" (paragraph 2, second)");
	c[0] = change("second", YUN_START + 4, "Suk Yeol", "Suk-yeol");
	c[1] = change("first", YUN_START, "Yun ", "Yoon ");
	assert_int_equal(apply_check(a, c, 2, &err), TANDA_OK);
	c[0] = change("moved", YUN_START + 1, "Yun", "Yoon");
	assert_int_equal(apply_check(a, c, 1, &err), TANDA_EDATA);
	assert_non_null(strstr(err.message, "moved (paragraph 2, \"Yun\"): its words are not"));
	c[0] = change("none", YUN_START, "Yun", NULL);
	assert_int_equal(apply_check(a, c, 1, &err), TANDA_EDATA);
	assert_non_null(strstr(err.message, "none (paragraph 2, \"Yun\") has no replacement"));
	c[0] = change("broken", YUN_START, "Yun", "Yoon\nSuk");
	assert_int_equal(apply_check(a, c, 1, &err), TANDA_EDATA);
	assert_non_null(strstr(err.message, "its replacement has a line break"));
	article_free(a);
}

/* A correction that takes a letter from its combining accent is refused:
 * written, "Rami" -> "Ramon" would print "Ramońrez". */
static void test_check_keeps_characters_whole(void **state)
{
	static const char text[] = "Kata Rami\xCC\x81rez.\n";
	struct article *a = make(text, ARTICLE_LAYOUT_LINES);
	struct apply_change c[1];
	struct tanda_error err;
	char *s;

	(void)state;
	c[0] = change("cut", 5, "Rami", "Ramon");
	c[0].paragraph = 1;
	assert_int_equal(apply_check(a, c, 1, &err), TANDA_EDATA);
	assert_string_equal(err.message, "test.txt: correction cut (paragraph 1, \"Rami\"): its "
					 "words split a character (a letter and its combining mark, "
					 "a flag, an emoji sequence); correct the whole character");
	c[0] = change("whole", 5, "Rami\xCC\x81rez", "Ramos");
	c[0].end = 13;
	c[0].paragraph = 1;
	s = written(a, c, 1, &notice_en);
	assert_non_null(strstr(s, "Kata Ramos.\n"));
	free(s);
	article_free(a);
}

/* A stream that cannot be written is an input/output error. */
static void test_write_error(void **state)
{
	struct article *a = make(text_id, ARTICLE_LAYOUT_LINES);
	struct tanda_error err;
	FILE *out = fopen("/dev/null", "r");

	(void)state;
	assert_non_null(out);
	assert_int_equal(apply_write(a, NULL, 0, &notice_id, out, "closed", &err), TANDA_EIO);
	assert_non_null(strstr(err.message, "closed: cannot write"));
	fclose(out);
	article_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_date),
		cmocka_unit_test(test_language_of),
		cmocka_unit_test(test_notice_words),
		cmocka_unit_test(test_write_lines),
		cmocka_unit_test(test_file_kept),
		cmocka_unit_test(test_diff),
		cmocka_unit_test(test_no_last_line_break),
		cmocka_unit_test(test_in_text),
		cmocka_unit_test(test_check_refuses),
		cmocka_unit_test(test_check_keeps_characters_whole),
		cmocka_unit_test(test_write_error),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
