/*
 * test-article.c - loading fixtures: normalization, paragraphs, metadata,
 * identity, code point offsets, and every kind of bad input.
 */
#include <string.h>
#include <unistd.h>

#include "article.h"
#include "fixture.h"
#include "sha256.h"

/* Load fixture name with layout, expecting success. */
static struct article *load(const char *name, enum article_layout layout)
{
	struct article_options options;
	struct article *a;
	struct tanda_error err;

	article_options_default(&options);
	options.layout = layout;
	assert_int_equal(article_load(fixture(name), &options, &a, &err), TANDA_OK);
	return a;
}

/* Paragraph i of a as a new string. */
static char *paragraph(const struct article *a, size_t i)
{
	return strndup(a->text + a->paragraphs[i].start, a->paragraphs[i].len);
}

/* Check that paragraph i of a is expected. */
static void expect_paragraph(const struct article *a, size_t i, const char *expected)
{
	char *got = paragraph(a, i);

	assert_string_equal(got, expected);
	free(got);
}

/* Load fixture name expecting failure with status; return the message. */
static void expect_failure(const char *path, uint64_t max_size,
			   enum tanda_status status, const char *message_part)
{
	struct article_options options;
	struct article *a;
	struct tanda_error err;

	article_options_default(&options);
	options.max_size = max_size;
	assert_int_equal(article_load(path, &options, &a, &err), status);
	assert_null(a);
	assert_non_null(strstr(err.message, path));
	assert_non_null(strstr(err.message, message_part));
}

static void test_bom_is_dropped(void **state)
{
	struct article *a = load("bom.txt", ARTICLE_LAYOUT_AUTO);

	(void)state;
	assert_int_equal(a->count, 2);
	expect_paragraph(a, 0, "A title with a BOM");
	assert_string_equal(a->meta.title, "A title with a BOM");
	article_free(a);
}

static void test_crlf_and_cr_become_lf(void **state)
{
	struct article *a = load("crlf.txt", ARTICLE_LAYOUT_AUTO);

	(void)state;
	assert_int_equal(a->count, 4);
	assert_int_equal(a->text_len, strlen("Windows line endings\nThe first paragraph, said Ana.\n"
					     "An old Mac line.\nThe last line has no break\n"));
	assert_memory_equal(a->text, "Windows line endings\nThe first", 30);
	expect_paragraph(a, 3, "The last line has no break");
	assert_null(memchr(a->text, '\r', a->text_len));
	article_free(a);
}

static void test_hard_wrapped_file_is_blocks(void **state)
{
	struct article *a = load("blocks.txt", ARTICLE_LAYOUT_AUTO);

	(void)state;
	assert_int_equal(a->layout, ARTICLE_LAYOUT_BLOCKS);
	assert_int_equal(a->count, 3);
	expect_paragraph(a, 1, "The first paragraph is wrapped at a narrow width, as an "
			       "editor's plain text export often is.");
	expect_paragraph(a, 2, "The second paragraph keeps going over two lines.");
	assert_int_equal(a->paragraphs[2].line, 7);
	article_free(a);
}

static void test_layout_can_be_forced(void **state)
{
	struct article *a = load("blocks.txt", ARTICLE_LAYOUT_LINES);

	(void)state;
	assert_int_equal(a->count, 6);
	expect_paragraph(a, 1, "The first paragraph is wrapped at a");
	article_free(a);
}

static void test_lines_file_with_blank_after_title(void **state)
{
	struct article *a = load("lines-blank-after-title.txt", ARTICLE_LAYOUT_AUTO);

	(void)state;
	assert_int_equal(a->layout, ARTICLE_LAYOUT_LINES);
	assert_int_equal(a->count, 4);
	assert_string_equal(a->meta.title, "Presiden berkunjung ke Medan");
	assert_string_equal(a->meta.language, "id");
	assert_int_equal(a->paragraphs[1].line, 3);
	article_free(a);
}

static void test_whitespace_collapses(void **state)
{
	struct article *a = load("whitespace.txt", ARTICLE_LAYOUT_AUTO);

	(void)state;
	assert_int_equal(a->count, 2);
	expect_paragraph(a, 0, "Leading spaces and tabs inside");
	/* a no-break space is not whitespace to collapse: text stays as written */
	expect_paragraph(a, 1, "Second\xC2\xA0line keeps its no-break space.");
	article_free(a);
}

static void test_invalid_utf8_is_replaced_and_located(void **state)
{
	struct article *a = load("invalid-utf8.txt", ARTICLE_LAYOUT_AUTO);

	(void)state;
	assert_int_equal(a->invalid, 4);
	assert_int_equal(a->invalid_line, 2);
	assert_int_equal(a->invalid_column, 7);
	expect_paragraph(a, 1, "First \xEF\xBF\xBD bad and \xEF\xBF\xBD cut then ok \xC3\xA9.");
	expect_paragraph(a, 2, "Second line \xEF\xBF\xBD\xEF\xBF\xBD overlong.");
	article_free(a);
}

static void test_front_matter(void **state)
{
	struct article *a = load("frontmatter.txt", ARTICLE_LAYOUT_AUTO);

	(void)state;
	assert_string_equal(a->meta.title, "Hujan deras: banjir di Jakarta");
	assert_string_equal(a->meta.published, "2024-10-25");
	assert_string_equal(a->meta.author, "Dewi Lestari, Budi Santoso");
	assert_int_equal(a->count, 2);
	assert_int_equal(a->paragraphs[0].line, 9);
	expect_paragraph(a, 0, "Hujan deras mengguyur Jakarta sejak Kamis malam.");
	article_free(a);
}

static void test_normal_file_is_not_copied(void **state)
{
	struct article *a = load("lines-blank-after-title.txt", ARTICLE_LAYOUT_AUTO);
	struct article *b = load("frontmatter.txt", ARTICLE_LAYOUT_AUTO);

	(void)state;
	assert_non_null(a->normalized);	/* the blank line must go */
	assert_null(b->normalized);	/* the body after front matter is normal */
	assert_ptr_equal(b->text, (const char *)b->source.bytes + (b->source.size - b->text_len));
	article_free(a);
	article_free(b);
}

static void test_identity_is_sha256_of_text(void **state)
{
	struct article *a = load("crlf.txt", ARTICLE_LAYOUT_AUTO);
	char hex[SHA256_HEX_SIZE];

	(void)state;
	sha256_hex("Windows line endings\nThe first paragraph, said Ana.\nAn old Mac line.\n"
		   "The last line has no break\n", a->text_len, hex);
	assert_string_equal(article_sha256(a), hex);
	assert_int_equal(article_word_count(a), 18);
	article_free(a);
}

static void test_code_point_offsets(void **state)
{
	struct article *a = load("invalid-utf8.txt", ARTICLE_LAYOUT_AUTO);
	size_t byte, cp;

	(void)state;
	/* "Bad bytes here\n" is 15 code points; paragraph 2 starts there */
	assert_int_equal(article_cp_from_byte(a, a->paragraphs[1].start), 15);
	assert_int_equal(article_byte_from_cp(a, 15), a->paragraphs[1].start);
	/* U+FFFD at code point 21 takes 3 bytes */
	assert_int_equal(article_byte_from_cp(a, 22), a->paragraphs[1].start + 9);
	for (byte = 0; byte < a->text_len; byte++) {
		if ((a->text[byte] & 0xC0) == 0x80)
			continue;
		cp = article_cp_from_byte(a, byte);
		assert_int_equal(article_byte_from_cp(a, cp), byte);
	}
	assert_int_equal(article_byte_from_cp(a, 100000), a->text_len);
	assert_int_equal(article_paragraph_at(a, a->paragraphs[2].start - 1), 1);
	article_free(a);
}

static void test_empty_file(void **state)
{
	struct article *a = load("empty.txt", ARTICLE_LAYOUT_AUTO);

	(void)state;
	assert_int_equal(a->count, 0);
	assert_int_equal(a->text_len, 0);
	assert_null(a->meta.title);
	assert_string_equal(article_sha256(a),
			    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	article_free(a);
}

static void test_bad_inputs(void **state)
{
	char dir[4096];

	(void)state;
	expect_failure(fixture("nul.bin"), SOURCE_DEFAULT_MAX_SIZE, TANDA_EDATA, ":2:8: contains a NUL");
	expect_failure(fixture("no-such-file.txt"), SOURCE_DEFAULT_MAX_SIZE, TANDA_ENOINPUT,
		       "No such file");
	expect_failure(fixture("bom.txt"), 10, TANDA_EDATA, "larger than the limit of 10 bytes");
	expect_failure(fixture("bad-frontmatter.txt"), SOURCE_DEFAULT_MAX_SIZE, TANDA_EDATA,
		       "front matter");
	expect_failure(fixture("bad-date.txt"), SOURCE_DEFAULT_MAX_SIZE, TANDA_EDATA,
		       "not an ISO 8601 date");
	snprintf(dir, sizeof dir, "%s", fixture(""));
	expect_failure(dir, SOURCE_DEFAULT_MAX_SIZE, TANDA_ENOINPUT, "is a directory");
}

static void test_layout_names(void **state)
{
	enum article_layout layout;

	(void)state;
	assert_int_equal(article_parse_layout("blocks", &layout), TANDA_OK);
	assert_int_equal(layout, ARTICLE_LAYOUT_BLOCKS);
	assert_int_equal(article_parse_layout("lines", &layout), TANDA_OK);
	assert_int_equal(layout, ARTICLE_LAYOUT_LINES);
	assert_int_equal(article_parse_layout("paragraph", &layout), TANDA_EDATA);
}

/* Check that word (its first occurrence in the text) is at line:column of
 * the file. */
static void expect_position(const struct article *a, const char *word, uint32_t line,
			    uint32_t column)
{
	const char *at = strstr(a->text, word);
	uint32_t l, c;

	assert_non_null(at);
	article_file_position(a, (size_t)(at - a->text), &l, &c);
	assert_int_equal(l, line);
	assert_int_equal(c, column);
}

static void test_file_positions(void **state)
{
	static const char *const text =
		"\xEF\xBB\xBF---\r\ntitle: T\r\n---\r\n"
		"  Jumat,\t\t25/10/2020   was   a  Sunday.\r\n"
		"\r\n"
		"A wrapped   paragraph that\r\n"
		"   goes on here with “Yoon”.\r\n";
	struct article_options options;
	struct article *a;
	struct tanda_error err;
	char path[256];
	int keep;

	(void)state;
	write_temp(text, path, sizeof path);
	for (keep = 0; keep <= 1; keep++) {
		article_options_default(&options);
		options.layout = ARTICLE_LAYOUT_BLOCKS;
		options.keep_source = keep;
		assert_int_equal(article_load(path, &options, &a, &err), TANDA_OK);
		/* without the file's bytes, columns count from the text */
		expect_position(a, "Jumat", 4, keep ? 3 : 1);
		if (keep) {
			/* spaces folded by normalizing are counted back in */
			expect_position(a, "25/10", 4, 11);
			expect_position(a, "Sunday", 4, 33);
			expect_position(a, "paragraph", 6, 13);
			/* a word on the second line of a merged paragraph */
			expect_position(a, "goes", 7, 4);
			expect_position(a, "Yoon", 7, 23);
		}
		article_free(a);
	}
	unlink(path);
}

/* The file bytes that stand for the text between words from and to
 * (their first occurrences; to's end) of a, as a new string. */
static char *file_span(const struct article *a, const char *from, const char *to)
{
	size_t offsets[2], len;
	const char *bytes = article_file_bytes(a, &len);

	assert_non_null(bytes);
	offsets[0] = (size_t)(strstr(a->text, from) - a->text);
	offsets[1] = (size_t)(strstr(a->text, to) - a->text) + strlen(to);
	article_file_offsets(a, offsets, 2);
	assert_true(offsets[0] <= offsets[1] && offsets[1] <= len);
	return strndup(bytes + offsets[0], offsets[1] - offsets[0]);
}

/* Check that the file bytes from word from to word to of a are expected. */
static void expect_span(const struct article *a, const char *from, const char *to,
			const char *expected)
{
	char *got = file_span(a, from, to);

	assert_string_equal(got, expected);
	free(got);
}

/* Offsets of the text map to the file's bytes: past a byte-order mark and
 * front matter, with the whitespace, CR LF and line breaks that
 * normalizing folded, and the ill-formed bytes a U+FFFD replaced. */
static void test_file_offsets(void **state)
{
	static const char *const text =
		"\xEF\xBB\xBF---\r\ntitle: T\r\n---\r\n"
		"  Jumat,\t\t25/10/2020   was   a  Sunday.\r\n"
		"\r\n"
		"A wrapped   paragraph \xFF that\r\n"
		"   goes on here with \xE2\x80\x9CYoon\xE2\x80\x9D.\r\n";
	struct article_options options;
	struct article *a;
	struct tanda_error err;
	size_t end[2], len;
	char path[256];

	(void)state;
	write_temp(text, path, sizeof path);
	article_options_default(&options);
	options.layout = ARTICLE_LAYOUT_BLOCKS;
	options.keep_source = 1;
	assert_int_equal(article_load(path, &options, &a, &err), TANDA_OK);
	assert_non_null(article_file_bytes(a, &len));
	assert_int_equal(len, strlen(text));
	expect_span(a, "Jumat", "2020", "Jumat,\t\t25/10/2020");
	expect_span(a, "was", "Sunday.", "was   a  Sunday.");
	expect_span(a, "paragraph", "that", "paragraph \xFF that");
	expect_span(a, "that", "goes", "that\r\n   goes");
	expect_span(a, "Yoon", "Yoon", "Yoon");
	/* a space is where its run begins; a paragraph's end, after its last
	 * character; past the text, the file's end */
	end[0] = (size_t)(strstr(a->text, " was") - a->text);
	end[1] = a->paragraphs[0].start + a->paragraphs[0].len;
	article_file_offsets(a, end, 2);
	assert_int_equal(end[0], (size_t)(strstr(text, "   was") - text));
	assert_int_equal(end[1], (size_t)(strstr(text, "Sunday.") - text) + 7);
	end[0] = a->text_len;
	article_file_offsets(a, end, 1);
	assert_int_equal(end[0], len);
	article_free(a);
	unlink(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bom_is_dropped),
		cmocka_unit_test(test_crlf_and_cr_become_lf),
		cmocka_unit_test(test_hard_wrapped_file_is_blocks),
		cmocka_unit_test(test_layout_can_be_forced),
		cmocka_unit_test(test_lines_file_with_blank_after_title),
		cmocka_unit_test(test_whitespace_collapses),
		cmocka_unit_test(test_invalid_utf8_is_replaced_and_located),
		cmocka_unit_test(test_front_matter),
		cmocka_unit_test(test_normal_file_is_not_copied),
		cmocka_unit_test(test_identity_is_sha256_of_text),
		cmocka_unit_test(test_code_point_offsets),
		cmocka_unit_test(test_empty_file),
		cmocka_unit_test(test_bad_inputs),
		cmocka_unit_test(test_layout_names),
		cmocka_unit_test(test_file_positions),
		cmocka_unit_test(test_file_offsets),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
