/*
 * fuzz-article.c - libFuzzer target of the article loader and paragraph
 * splitter: the input read as a file by article_load (in each layout, its
 * bytes kept or not) and as a stored text by article_from_text.  On each
 * article it checks what article.h promises: the paragraphs tile the text,
 * each followed by one newline; article_paragraph_at finds them;
 * article_cp_from_byte and article_byte_from_cp undo each other; file
 * positions never go backwards within a paragraph.
 */
#include <string.h>

#include "article.h"
#include "fuzz.h"
#include "utf8.h"

/* The most offsets of one text checked (evenly spaced in longer texts). */
#define OFFSETS_CHECKED 512

/* The ways an input is loaded as a file. */
static const struct article_options loads[] = {
	{ .layout = ARTICLE_LAYOUT_AUTO, .max_size = SOURCE_DEFAULT_MAX_SIZE, .keep_source = 0 },
	{ .layout = ARTICLE_LAYOUT_AUTO, .max_size = SOURCE_DEFAULT_MAX_SIZE, .keep_source = 1 },
	{ .layout = ARTICLE_LAYOUT_LINES, .max_size = SOURCE_DEFAULT_MAX_SIZE, .keep_source = 1 },
	{ .layout = ARTICLE_LAYOUT_BLOCKS, .max_size = SOURCE_DEFAULT_MAX_SIZE, .keep_source = 0 },
	{ .layout = ARTICLE_LAYOUT_BLOCKS, .max_size = SOURCE_DEFAULT_MAX_SIZE, .keep_source = 1 },
};

/* Check that the paragraphs tile the text, in order, each one line of
 * valid UTF-8 followed by its newline. */
static void check_paragraphs(const struct article *a)
{
	size_t i, at = 0;

	for (i = 0; i < a->count; i++) {
		const struct paragraph *p = &a->paragraphs[i];

		FUZZ_CHECK(p->start == at);
		FUZZ_CHECK(p->start + p->len < a->text_len);
		FUZZ_CHECK(a->text[p->start + p->len] == '\n');
		FUZZ_CHECK(memchr(a->text + p->start, '\n', p->len) == NULL);
		FUZZ_CHECK(utf8_valid(a->text + p->start, p->len));
		at = p->start + p->len + 1;
	}
	FUZZ_CHECK(at == a->text_len);
}

/* Check the conversions at byte offset b, in paragraph para. */
static void check_offset(struct article *a, size_t b, size_t para)
{
	size_t cp = article_cp_from_byte(a, b);

	FUZZ_CHECK(article_paragraph_at(a, b) == para);
	FUZZ_CHECK(cp != (size_t)-1);
	FUZZ_CHECK(cp <= b);
	if (b == a->text_len || !utf8_is_continuation((unsigned char)a->text[b]))
		FUZZ_CHECK(article_byte_from_cp(a, cp) == b);
}

/* Check the file position of byte offset b against the previous one in the
 * same paragraph (*line, *column; 0 for none), then keep it there. */
static void check_position(const struct article *a, size_t b, uint32_t *line,
			   uint32_t *column)
{
	uint32_t l, c;

	article_file_position(a, b, &l, &c);
	FUZZ_CHECK(l >= 1 && c >= 1);
	FUZZ_CHECK(l > *line || (l == *line && c >= *column));
	*line = l;
	*column = c;
}

/* Check the offsets of paragraph para at most every step bytes, its first
 * and last byte (its newline) always. */
static void check_paragraph_offsets(struct article *a, size_t para, size_t step)
{
	const struct paragraph *p = &a->paragraphs[para];
	uint32_t line = 0, column = 0;
	size_t b;

	for (b = p->start; b <= p->start + p->len; b += step) {
		check_offset(a, b, para);
		if (!utf8_is_continuation((unsigned char)a->text[b]))
			check_position(a, b, &line, &column);
	}
	check_offset(a, p->start + p->len, para);
}

/* Check everything article.h promises about a. */
static void check_article(struct article *a)
{
	size_t step = a->text_len / OFFSETS_CHECKED + 1, i;

	check_paragraphs(a);
	for (i = 0; i < a->count; i++)
		check_paragraph_offsets(a, i, step);
	check_offset(a, a->text_len, a->count);
	FUZZ_CHECK(article_byte_from_cp(a, (size_t)-2) == a->text_len);
	FUZZ_CHECK(strlen(article_sha256(a)) == SHA256_HEX_SIZE - 1);
	(void)article_word_count(a);
}

/* Load the input as a file with options, and check the article. */
static void fuzz_load(const char *path, const struct article_options *options)
{
	struct article *a;
	struct tanda_error err;

	if (article_load(path, options, &a, &err) != TANDA_OK)
		return;
	check_article(a);
	article_free(a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_file file;
	struct article *a;
	struct tanda_error err;
	size_t i;

	fuzz_file_open(&file, data, size);
	for (i = 0; i < sizeof loads / sizeof loads[0]; i++)
		fuzz_load(file.path, &loads[i]);
	fuzz_file_close(&file);
	if (article_from_text("fuzz", (const char *)data, size, &a, &err) == TANDA_OK) {
		check_article(a);
		article_free(a);
	}
	return 0;
}
