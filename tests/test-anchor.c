/*
 * test-anchor.c - anchors: making them from byte ranges (context capped at
 * 32 code points, code point offsets in multibyte text, paragraphs, bad
 * ranges, grapheme clusters kept whole), finding quotes, and carrying annotations over edits of the
 * text: unchanged, shifted, untouched, chosen by context among repeats,
 * fuzzy after a typo fix, orphaned when deleted (and exact again when
 * restored), resolved when a correction was made; anchoring by a quote
 * alone (a browser's); then random edits of a
 * generated article, which must leave every annotation they do not touch
 * exact and in its place.
 */
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "anchor.h"
#include "relocate.h"
#include "fixture.h"
#include "utf8.h"

/* Load a file as an article, one paragraph a line. */
static struct article *load_path(const char *path)
{
	struct article_options options;
	struct article *a;
	struct tanda_error err;

	article_options_default(&options);
	options.layout = ARTICLE_LAYOUT_LINES;
	assert_int_equal(article_load(path, &options, &a, &err), TANDA_OK);
	return a;
}

/* Load text, written to a temporary file, as an article. */
static struct article *load_text(const char *text)
{
	char path[] = "/tmp/tanda-test-anchor-XXXXXX";
	int fd = mkstemp(path);
	FILE *out = fd >= 0 ? fdopen(fd, "w") : NULL;
	struct article *a;

	assert_non_null(out);
	assert_true(fputs(text, out) >= 0);
	assert_int_equal(fclose(out), 0);
	a = load_path(path);
	unlink(path);
	return a;
}

/* Anchor a (zeroed) on the occurrence-th quote in paragraph (0: anywhere). */
static void annotate(struct article *article, struct annotation *a, const char *quote,
		     size_t paragraph, size_t occurrence)
{
	struct tanda_error err;
	size_t start, end;

	assert_true(anchor_find(article, quote, paragraph, occurrence, &start, &end));
	assert_int_equal(anchor_make(article, start, end, &a->anchor, &err), TANDA_OK);
}

/* Carry the count annotations from old over to text; returns the new
 * article and frees old. */
static struct article *edit(struct article *old, const char *text, struct annotation *a,
			    size_t count)
{
	struct article *next = load_text(text);
	struct tanda_error err;

	assert_int_equal(relocate_annotations(old->text, old->text_len, next, a, count, &err), TANDA_OK);
	article_free(old);
	return next;
}

/* Free count annotations. */
static void clear_all(struct annotation *a, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++)
		annotation_clear(&a[i]);
}

/* The text between code points start and end of article, as a new string. */
static char *text_at(struct article *article, uint64_t start, uint64_t end)
{
	size_t from = article_byte_from_cp(article, start);
	size_t to = article_byte_from_cp(article, end);

	return strndup(article->text + from, to - from);
}

/* Check that anchor says what anchor_make says of the text at its offsets. */
static void expect_consistent(struct article *article, const struct anchor *anchor)
{
	struct annotation made;
	struct tanda_error err;

	annotation_init(&made);
	assert_int_equal(anchor_make(article, article_byte_from_cp(article, anchor->start),
				     article_byte_from_cp(article, anchor->end), &made.anchor, &err),
			 TANDA_OK);
	assert_string_equal(made.anchor.exact, anchor->exact);
	assert_string_equal(made.anchor.prefix, anchor->prefix);
	assert_string_equal(made.anchor.suffix, anchor->suffix);
	assert_int_equal(made.anchor.paragraph, anchor->paragraph);
	assert_int_equal(made.anchor.para_start, anchor->para_start);
	assert_int_equal(made.anchor.para_end, anchor->para_end);
	annotation_clear(&made);
}

/* Check every field of an anchor. */
static void expect_anchor(const struct anchor *anchor, const char *exact, const char *prefix,
			  const char *suffix, uint64_t start, uint32_t paragraph,
			  uint64_t para_start)
{
	size_t cps = utf8_count(exact, strlen(exact));

	assert_string_equal(anchor->exact, exact);
	assert_string_equal(anchor->prefix, prefix);
	assert_string_equal(anchor->suffix, suffix);
	assert_int_equal(anchor->start, start);
	assert_int_equal(anchor->end, start + cps);
	assert_int_equal(anchor->paragraph, paragraph);
	assert_int_equal(anchor->para_start, para_start);
	assert_int_equal(anchor->para_end, para_start + cps);
	assert_int_equal(anchor->state, ANCHOR_EXACT);
	assert_true(anchor->score == 1.0);
	assert_null(anchor->old_exact);
}

static void test_make_fields(void **state)
{
	struct article *article = load_path(fixture("anchor-article.txt"));
	struct annotation a[4];

	(void)state;
	memset(a, 0, sizeof a);
	annotate(article, &a[0], "“sharply”", 0, 1);
	expect_anchor(&a[0].anchor, "“sharply”", "ers in Jakarta said prices rose ",
		      " this year.\nThe ministry said th", 40, 1, 40);
	annotate(article, &a[1], "The ministry", 2, 1);
	expect_anchor(&a[1].anchor, "The ministry", "rices rose “sharply” this year.\n",
		      " said the river would rise by Fr", 61, 2, 0);
	annotate(article, &a[2], "Café", 0, 1);
	expect_anchor(&a[2].anchor, "Café", "", " owners in Jakarta said prices r", 0, 1, 0);
	annotate(article, &a[3], "words.", 0, 1);
	assert_string_equal(a[3].anchor.suffix, "\n");
	assert_int_equal(a[3].anchor.end, 288);
	assert_int_equal(a[3].anchor.paragraph, 4);
	clear_all(a, 4);
	article_free(article);
}

static void test_make_caps_multibyte_context(void **state)
{
	struct article *article = load_path(fixture("anchor-article.txt"));
	struct annotation a;

	(void)state;
	annotation_init(&a);
	annotate(article, &a, "target", 3, 1);
	assert_int_equal(utf8_count(a.anchor.prefix, strlen(a.anchor.prefix)), ANNOTATION_CONTEXT);
	assert_int_equal(strlen(a.anchor.prefix), 31 * 2 + 1);
	assert_int_equal(utf8_count(a.anchor.suffix, strlen(a.anchor.suffix)), ANNOTATION_CONTEXT);
	assert_int_equal(strlen(a.anchor.suffix), 1 + 31 * 2);
	assert_int_equal(a.anchor.start, 229);
	assert_int_equal(a.anchor.para_start, 41);
	assert_int_equal(a.anchor.para_end, 47);
	annotation_clear(&a);
	article_free(article);
}

/* Check that bytes [start, end) are refused, leaving the anchor as it was. */
static void expect_refused(struct article *article, struct anchor *anchor, size_t start,
			   size_t end, const char *why)
{
	struct tanda_error err;
	char *before = strdup(anchor->exact);

	assert_int_equal(anchor_make(article, start, end, anchor, &err), TANDA_EUSAGE);
	assert_non_null(strstr(err.message, why));
	assert_non_null(strstr(err.message, article->name));
	assert_string_equal(anchor->exact, before);
	free(before);
}

static void test_make_refuses_bad_ranges(void **state)
{
	struct article *article = load_path(fixture("anchor-article.txt"));
	struct annotation a;
	size_t newline = article->paragraphs[0].len;

	(void)state;
	annotation_init(&a);
	annotate(article, &a, "Café", 1, 1);
	expect_refused(article, &a.anchor, 5, 5, "empty");
	expect_refused(article, &a.anchor, 9, 3, "empty");
	expect_refused(article, &a.anchor, newline - 3, newline + 3, "paragraph");
	expect_refused(article, &a.anchor, newline, newline + 1, "paragraph");
	expect_refused(article, &a.anchor, 4, 7, "character");	/* inside "é" */
	expect_refused(article, &a.anchor, 0, 4, "character");
	expect_refused(article, &a.anchor, 0, article->text_len + 1, "past the text");
	annotation_clear(&a);
	article_free(article);
}

/* On a decomposed article ("Ramírez" written i + U+0301), a range that
 * takes the letter without its accent, or the accent without its letter,
 * is refused; the whole character is taken. */
static void test_make_keeps_characters_whole(void **state)
{
	struct article *article = load_path(fixture("decomposed.txt"));
	struct annotation a;
	size_t start, end;

	(void)state;
	annotation_init(&a);
	assert_true(anchor_find(article, "Rami\xCC\x81rez", 1, 1, &start, &end));
	assert_int_equal(anchor_make(article, start, end, &a.anchor, NULL), TANDA_OK);
	assert_string_equal(a.anchor.exact, "Rami\xCC\x81rez");
	assert_int_equal(a.anchor.end - a.anchor.start, 8);	/* code points */
	expect_refused(article, &a.anchor, start, start + 4, "split a character");
	expect_refused(article, &a.anchor, start + 4, end, "split a character");
	assert_true(anchor_find(article, "\xF0\x9F\x87\xAE", 3, 1, &start, &end));
	expect_refused(article, &a.anchor, start, end, "split a character");	/* half a flag */
	assert_int_equal(anchor_make(article, start, end + 4, &a.anchor, NULL), TANDA_OK);
	annotation_clear(&a);
	article_free(article);
}

static void test_find(void **state)
{
	struct article *article = load_path(fixture("anchor-article.txt"));
	size_t start, end, p2 = article->paragraphs[1].start;

	(void)state;
	assert_true(anchor_find(article, "said the river", 2, 1, &start, &end));
	assert_int_equal(start, p2 + 13);
	assert_int_equal(end, start + strlen("said the river"));
	assert_true(anchor_find(article, "said the river", 2, 2, &start, &end));
	assert_int_equal(start, 149);
	assert_true(anchor_find(article, "said the river", 0, 2, &start, &end));
	assert_int_equal(start, 149);
	assert_false(anchor_find(article, "said the river", 2, 3, &start, &end));
	assert_false(anchor_find(article, "said the river", 1, 1, &start, &end));
	assert_false(anchor_find(article, "said the river", 9, 1, &start, &end));
	assert_false(anchor_find(article, "said the river", 2, 0, &start, &end));
	assert_true(anchor_find(article, "said", 1, 1, &start, &end));
	assert_int_equal(start, strlen("Café owners in Jakarta "));
	assert_false(anchor_find(article, "year.\nThe", 0, 1, &start, &end));
	assert_false(anchor_find(article, "", 0, 1, &start, &end));
	assert_false(anchor_find(article, "Sharply", 0, 1, &start, &end));
	article_free(article);
}

static void test_relocate_unchanged(void **state)
{
	static const char *const quotes[] = {
		"“sharply”", "Café", "The ministry", "target", "words.", "rise by Friday",
	};
	struct article *old = load_path(fixture("anchor-article.txt"));
	struct annotation a[6], copy[6];
	size_t i;

	(void)state;
	memset(a, 0, sizeof a);
	memset(copy, 0, sizeof copy);
	for (i = 0; i < 6; i++) {
		annotate(old, &a[i], quotes[i], 0, 1);
		assert_int_equal(annotation_copy(&copy[i], &a[i]), 0);
	}
	old = edit(old, old->text, a, 6);
	for (i = 0; i < 6; i++) {
		const struct anchor *c = &copy[i].anchor;

		expect_anchor(&a[i].anchor, c->exact, c->prefix, c->suffix, c->start, c->paragraph,
			      c->para_start);
	}
	clear_all(a, 6);
	clear_all(copy, 6);
	article_free(old);
}

static void test_relocate_insertion_before(void **state)
{
	struct article *article = load_text("Rain fell on the city all night.\n"
					    "The mayor closed three schools on Monday.\n"
					    "Traders said the market would open late.\n");
	struct annotation a[3];

	(void)state;
	memset(a, 0, sizeof a);
	annotate(article, &a[0], "all night", 1, 1);
	annotate(article, &a[1], "three schools", 2, 1);
	annotate(article, &a[2], "open late", 3, 1);
	article = edit(article, "Breaking: Rain fell on the city all night.\n"
				"The mayor closed three schools on Monday.\n"
				"Traders said the market would open late.\n", a, 3);
	expect_anchor(&a[0].anchor, "all night", "Breaking: Rain fell on the city ",
		      ".\nThe mayor closed three schools", 32, 1, 32);
	assert_int_equal(a[1].anchor.start, 43 + 17);
	assert_int_equal(a[1].anchor.para_start, 17);
	assert_int_equal(a[2].anchor.start, 85 + 30);
	article = edit(article, "Breaking: Rain fell on the city all night.\n"
				"Update: roads are closed.\n"
				"The mayor closed three schools on Monday.\n"
				"Traders said the market would open late.\n", a, 3);
	assert_int_equal(a[0].anchor.start, 32);
	assert_string_equal(a[0].anchor.suffix, ".\nUpdate: roads are closed.\nThe ");
	expect_anchor(&a[1].anchor, "three schools", "ds are closed.\nThe mayor closed ",
		      " on Monday.\nTraders said the mar", 69 + 17, 3, 17);
	expect_anchor(&a[2].anchor, "open late", ".\nTraders said the market would ", ".\n",
		      111 + 30, 4, 30);
	clear_all(a, 3);
	article_free(article);
}

static void test_relocate_edit_elsewhere(void **state)
{
	struct article *article = load_text("The council met on Tuesday evening in the old town hall by the river.\n"
					    "It voted to raise the parking fee.\n"
					    "Shops on the main street objected strongly.\n");
	struct annotation a[2], before;

	(void)state;
	memset(a, 0, sizeof a);
	annotation_init(&before);
	annotate(article, &a[0], "met on Tuesday", 1, 1);
	annotate(article, &a[1], "objected strongly", 3, 1);
	assert_int_equal(annotation_copy(&before, &a[0]), 0);
	article = edit(article, "The council met on Tuesday evening in the old town hall by the river.\n"
				"It voted to réduire the parking fee.\n"
				"Shops on the main street objected strongly.\n", a, 2);
	expect_anchor(&a[0].anchor, before.anchor.exact, before.anchor.prefix,
		      before.anchor.suffix, before.anchor.start, 1, before.anchor.para_start);
	expect_anchor(&a[1].anchor, "objected strongly", "g fee.\nShops on the main street ", ".\n",
		      70 + 37 + 25, 3, 25);
	annotation_clear(&before);
	clear_all(a, 2);
	article_free(article);
}

static void test_relocate_context_chooses_among_repeats(void **state)
{
	struct article *article = load_text(
		"The mayor said the river would rise by Friday, and residents left.\n"
		"Later, officials said the river would rise by Friday, which was wrong.\n");
	struct annotation a;

	(void)state;
	annotation_init(&a);
	annotate(article, &a, "the river would rise by Friday", 2, 1);
	/* The paragraphs swap: the other occurrence now sits nearer the old
	 * offset, but only this one has the context. */
	article = edit(article,
		       "Later, officials said the river would rise by Friday, which was wrong.\n"
		       "The mayor said the river would rise by Friday, and residents left.\n", &a, 1);
	assert_int_equal(a.anchor.state, ANCHOR_EXACT);
	assert_int_equal(a.anchor.paragraph, 1);
	assert_int_equal(a.anchor.start, 22);
	assert_string_equal(a.anchor.prefix, "Later, officials said ");
	expect_consistent(article, &a.anchor);
	annotation_clear(&a);
	article_free(article);
}

static void test_relocate_typo_fix_is_fuzzy(void **state)
{
	struct article *article = load_text("Officials said the goverment announced a budget today.\n"
					    "Nobody else spoke.\n");
	struct annotation a;
	double score;

	(void)state;
	annotation_init(&a);
	annotate(article, &a, "the goverment announced a budget", 1, 1);
	article = edit(article, "Officials said the government announced a budget today.\n"
				"Nobody else spoke.\n", &a, 1);
	assert_int_equal(a.anchor.state, ANCHOR_FUZZY);
	assert_string_equal(a.anchor.exact, "the government announced a budget");
	assert_string_equal(a.anchor.old_exact, "the goverment announced a budget");
	assert_true(a.anchor.score > 0.5 && a.anchor.score < 1.0);
	assert_int_equal(a.anchor.start, 15);
	expect_consistent(article, &a.anchor);
	/* An edit elsewhere leaves it fuzzy, still to be confirmed. */
	score = a.anchor.score;
	article = edit(article, "Officials said the government announced a budget today.\n"
				"Nobody else spoke up.\n", &a, 1);
	assert_int_equal(a.anchor.state, ANCHOR_FUZZY);
	assert_true(a.anchor.score == score);
	assert_string_equal(a.anchor.old_exact, "the goverment announced a budget");
	annotation_clear(&a);
	article_free(article);
}

static void test_relocate_deleted_quote_is_orphan(void **state)
{
	struct article *article = load_text("Residents gathered near the old harbour on Sunday.\n"
					    "A zebra crossing was painted outside the bakery.\n"
					    "The bank outside the bank tower stayed shut.\n"
					    "Nobody was hurt in the storm last night.\n");
	struct annotation a[3];
	size_t i;

	(void)state;
	memset(a, 0, sizeof a);
	annotate(article, &a[0], "zebra crossing was painted", 2, 1);
	annotate(article, &a[1], "outside the bakery", 2, 1);
	annotate(article, &a[2], "in the storm last night", 4, 1);
	article = edit(article, "Residents gathered near the old harbour on Sunday.\n"
				"The bank outside the bank tower stayed shut.\n", a, 3);
	assert_string_equal(a[0].anchor.exact, "zebra crossing was painted");
	assert_string_equal(a[1].anchor.exact, "outside the bakery");
	assert_string_equal(a[2].anchor.exact, "in the storm last night");
	for (i = 0; i < 3; i++) {
		assert_int_equal(a[i].anchor.state, ANCHOR_ORPHAN);
		assert_string_equal(a[i].anchor.old_exact, a[i].anchor.exact);
		assert_true(a[i].anchor.score == 0.0);
	}
	/* orphans keep their old paragraph and place, in no other words */
	assert_int_equal(a[0].anchor.paragraph, 2);
	assert_int_equal(a[0].anchor.start, 51 + 2);
	assert_int_equal(a[2].anchor.paragraph, 4);
	/* The text comes back: so do the annotations. */
	article = edit(article, "Residents gathered near the old harbour on Sunday.\n"
				"A zebra crossing was painted outside the bakery.\n"
				"The bank outside the bank tower stayed shut.\n"
				"Nobody was hurt in the storm last night.\n", a, 3);
	for (i = 0; i < 3; i++) {
		assert_int_equal(a[i].anchor.state, ANCHOR_EXACT);
		assert_null(a[i].anchor.old_exact);
		expect_consistent(article, &a[i].anchor);
	}
	assert_int_equal(a[1].anchor.start, 51 + 29);
	clear_all(a, 3);
	article_free(article);
}

static void test_relocate_applied_correction_is_resolved(void **state)
{
	struct article *article = load_text("The bridge opened in 2019 after long delays.\n"
					    "Cyclists welcomed it.\n"
					    "Sales in 2019 were flat.\n");
	struct annotation a[2];

	(void)state;
	memset(a, 0, sizeof a);
	annotate(article, &a[0], "2019", 1, 1);
	a[0].kind = KIND_CORRECTION;
	a[0].correction_kind = CORRECTION_NUMBER;
	assert_int_equal(annotation_set(&a[0].replacement, "2020"), 0);
	annotate(article, &a[1], "long delays", 1, 1);
	article = edit(article, "The bridge opened in 2020 after long delays.\n"
				"Cyclists welcomed it.\n"
				"Sales in 2019 were flat.\n", a, 2);
	assert_int_equal(a[0].anchor.state, ANCHOR_RESOLVED);
	assert_string_equal(a[0].anchor.exact, "2020");
	assert_string_equal(a[0].anchor.old_exact, "2019");
	assert_int_equal(a[0].anchor.start, 21);
	assert_int_equal(a[0].anchor.paragraph, 1);
	expect_consistent(article, &a[0].anchor);
	assert_int_equal(a[1].anchor.state, ANCHOR_EXACT);
	clear_all(a, 2);
	article_free(article);
}

static void test_relocate_into_empty_text(void **state)
{
	struct article *article = load_text("Only one line here.\n");
	struct annotation a;

	(void)state;
	annotation_init(&a);
	annotate(article, &a, "one line", 1, 1);
	article = edit(article, "", &a, 1);
	assert_int_equal(a.anchor.state, ANCHOR_ORPHAN);
	assert_int_equal(a.anchor.start, 5);
	assert_int_equal(a.anchor.end, 13);
	assert_int_equal(a.anchor.paragraph, 1);
	annotation_clear(&a);
	article_free(article);
}

/* A seed-style article (our own words): "Yun" in paragraph 3 is the wrong
 * spelling of the "Yoon" of paragraph 4. */
#define SEOUL_1 "Seoul, Kabar Nusantara \xE2\x80\x94\n"
#define SEOUL_2 "Pemerintah memanggil duta besar Rusia setelah laporan pengiriman pasukan.\n"
#define SEOUL_3_YUN "Presiden Korea Selatan Yun Suk Yeol memimpin rapat darurat di Seoul.\n"
#define SEOUL_3_YOON "Presiden Korea Selatan Yoon Suk Yeol memimpin rapat darurat di Seoul.\n"
#define SEOUL_4 "\xE2\x80\x9CKami tidak akan diam,\xE2\x80\x9D kata Yoon dalam jumpa pers.\n"
#define SEOUL_5 "Yoon juga menyebut kerja sama dengan Moskow akan ditinjau.\n"

static void test_relocate_revert_puts_correction_back(void **state)
{
	struct article *article = load_text(SEOUL_1 SEOUL_2 SEOUL_3_YUN SEOUL_4 SEOUL_5);
	struct annotation a;
	uint64_t start;

	(void)state;
	annotation_init(&a);
	annotate(article, &a, "Yun", 3, 1);
	start = a.anchor.start;
	a.kind = KIND_CORRECTION;
	a.correction_kind = CORRECTION_NAME;
	a.correction_status = CORRECTION_ACCEPTED;
	assert_int_equal(annotation_set(&a.replacement, "Yoon"), 0);
	/* the name is fixed in the file: resolved, on the Yoon of paragraph 3 */
	article = edit(article, SEOUL_1 SEOUL_2 SEOUL_3_YOON SEOUL_4 SEOUL_5, &a, 1);
	assert_int_equal(a.anchor.state, ANCHOR_RESOLVED);
	assert_int_equal(a.anchor.paragraph, 3);
	assert_int_equal(a.anchor.start, start);
	assert_string_equal(a.anchor.exact, "Yoon");
	assert_string_equal(a.anchor.old_exact, "Yun");
	/* the original file is put back: on Yun again, exact, never on the
	 * Yoon of paragraph 4 */
	article = edit(article, SEOUL_1 SEOUL_2 SEOUL_3_YUN SEOUL_4 SEOUL_5, &a, 1);
	assert_int_equal(a.anchor.state, ANCHOR_EXACT);
	assert_int_equal(a.anchor.paragraph, 3);
	assert_int_equal(a.anchor.start, start);
	assert_string_equal(a.anchor.exact, "Yun");
	assert_null(a.anchor.old_exact);
	assert_int_equal(a.correction_status, CORRECTION_ACCEPTED);
	expect_consistent(article, &a.anchor);
	annotation_clear(&a);
	article_free(article);
}

static void test_relocate_deleted_sentence_never_moves(void **state)
{
	struct article *article = load_text(
		SEOUL_1 SEOUL_2
		"\xE2\x80\x9CKami melihat bukti pasukan berada di Rusia,\xE2\x80\x9D kata Austin.\n"
		"Setidaknya 3.000 tentara telah tiba di Rusia. Jumlahnya bisa bertambah dalam beberapa "
		"pekan ke depan.\n");
	struct annotation a[2];

	(void)state;
	memset(a, 0, sizeof a);
	annotate(article, &a[0], "Rusia", 4, 1);
	a[0].kind = KIND_CLAIM;
	a[0].claim = CLAIM_UNVERIFIED;
	annotate(article, &a[1], "beberapa pekan", 4, 1);
	/* the claim's sentence is deleted: its "Rusia" is gone, and the
	 * "Rusia" of paragraph 3 (another sentence, another speaker) is not
	 * its words, nor is anything else */
	article = edit(article, SEOUL_1 SEOUL_2
		       "\xE2\x80\x9CKami melihat bukti pasukan berada di Rusia,\xE2\x80\x9D kata Austin.\n"
		       "Jumlahnya bisa bertambah dalam beberapa pekan ke depan.\n", a, 2);
	assert_int_equal(a[0].anchor.state, ANCHOR_ORPHAN);
	assert_int_equal(a[0].anchor.paragraph, 4);
	assert_string_equal(a[0].anchor.exact, "Rusia");
	assert_int_equal(a[1].anchor.state, ANCHOR_EXACT);
	expect_consistent(article, &a[1].anchor);
	/* the whole paragraph goes: still an orphan, and so is the other */
	article = edit(article, SEOUL_1 SEOUL_2
		       "\xE2\x80\x9CKami melihat bukti pasukan berada di Rusia,\xE2\x80\x9D kata Austin.\n",
		       a, 2);
	assert_int_equal(a[0].anchor.state, ANCHOR_ORPHAN);
	assert_int_equal(a[1].anchor.state, ANCHOR_ORPHAN);
	clear_all(a, 2);
	article_free(article);
}

static void test_relocate_same_words_elsewhere_are_not_exact(void **state)
{
	struct article *article = load_text(SEOUL_1 SEOUL_2 SEOUL_3_YUN SEOUL_4 SEOUL_5);
	struct annotation a;

	(void)state;
	annotation_init(&a);
	annotate(article, &a, "Yoon", 5, 1);
	/* the sentence with it is rewritten: the Yoon of paragraph 4 has
	 * another context, so it is not taken for it */
	article = edit(article, SEOUL_1 SEOUL_2 SEOUL_3_YUN SEOUL_4
		       "Kerja sama dengan Moskow juga akan ditinjau ulang.\n", &a, 1);
	assert_int_equal(a.anchor.state, ANCHOR_ORPHAN);
	annotation_clear(&a);
	article_free(article);
}

/* Set a's anchor to a browser's quote: exact words with the context a
 * page's text has around them, no positions in tanda's text. */
static void quote(struct annotation *a, const char *exact, const char *prefix, const char *suffix)
{
	annotation_init(a);
	assert_int_equal(annotation_set(&a->anchor.exact, exact), 0);
	assert_int_equal(annotation_set(&a->anchor.prefix, prefix), 0);
	assert_int_equal(annotation_set(&a->anchor.suffix, suffix), 0);
	a->anchor.paragraph = 1;
	a->anchor.end = utf8_count(exact, strlen(exact));
	a->anchor.para_end = a->anchor.end;
	a->anchor.state = ANCHOR_ORPHAN;
}

/* Quotes alone: exact with their whole context (a paragraph break taken
 * for the page's whitespace between blocks), the same words with another
 * context never, words close to them fuzzy, several places with the whole
 * context never guessed among, words gone an orphan. */
static void test_by_quote(void **state)
{
	struct article *article = load_text("Yoon berbicara.\nKata Yoon lagi.\nKata Yoon lagi.\n"
					    "Menteri Luar Negeri Jepang menyatakan keprihatinan.\n");
	struct annotation a[6];
	struct tanda_error err;
	size_t i;

	(void)state;
	quote(&a[0], "Yoon", " ", " berbicara. Kata");	/* the page's space before it */
	quote(&a[1], "Yoon", "Yoon berbicara. Kata ", " lagi. Kata Yoon");
	quote(&a[2], "Yoon", "", " lagi.");	/* twice, with the whole context */
	quote(&a[3], "Menteri Luar Negri Jepang", "lagi. ", " menyatakan keprihatinan.");
	quote(&a[4], "Presiden Rusia", "", "");
	quote(&a[5], "berbicara", "judul halaman Yoon ", ". Kata");	/* a heading not read */
	assert_int_equal(relocate_by_quote(article, a, 6, &err), TANDA_OK);
	assert_int_equal(a[0].anchor.state, ANCHOR_EXACT);
	assert_int_equal(a[0].anchor.paragraph, 1);
	assert_int_equal(a[1].anchor.state, ANCHOR_EXACT);
	assert_int_equal(a[1].anchor.paragraph, 2);
	assert_int_equal(a[2].anchor.state, ANCHOR_ORPHAN);
	assert_int_equal(a[3].anchor.state, ANCHOR_FUZZY);
	assert_int_equal(a[3].anchor.paragraph, 4);
	assert_string_equal(a[3].anchor.exact, "Menteri Luar Negeri Jepang");
	assert_string_equal(a[3].anchor.old_exact, "Menteri Luar Negri Jepang");
	assert_int_equal(a[4].anchor.state, ANCHOR_ORPHAN);
	assert_string_equal(a[4].anchor.old_exact, "Presiden Rusia");
	assert_int_equal(a[5].anchor.state, ANCHOR_FUZZY);	/* to be confirmed */
	for (i = 0; i < 6; i++) {
		if (a[i].anchor.state != ANCHOR_ORPHAN)
			expect_consistent(article, &a[i].anchor);
		annotation_clear(&a[i]);
	}
	article_free(article);
}

/* The random edits: a generated article of words, annotations on runs of
 * them, and edits that replace a run of words of one paragraph by words
 * that never occur in the article before (so an edit cannot make an old
 * quote ambiguous). */
#define MODEL_PARAGRAPHS 200
#define MODEL_WORDS 128		/* room in a paragraph */
#define MODEL_MARKS 2000
#define MODEL_EDITS 25

static const char *const old_words[] = {
	"harga", "beras", "naik", "dan", "yang", "kota", "warga", "pasar", "Café", "서울",
	"“kata”", "Pokémon", "トウキョウ", "rakyat", "hujan", "ekonomi", "menteri", "the", "river",
};

static const char *const new_words[] = { "ZETA", "QUUX", "ÆON", "XYZZY", "ΩMEGA", "JOLT" };

#define COUNT(list) (sizeof (list) / sizeof (list)[0])

/* The article as words. */
struct model {
	const char *words[MODEL_PARAGRAPHS][MODEL_WORDS];
	size_t count[MODEL_PARAGRAPHS];
	uint64_t cp_start[MODEL_PARAGRAPHS];	/* of each paragraph, as of model_text */
};

/* An annotation on words [first, last) of a paragraph, while no edit has
 * touched it (live), and the context its words had after the last edit
 * (ANNOTATION_CONTEXT characters each side). */
struct mark {
	size_t paragraph, first, last;
	int live;
	char *context;
	int exact;		/* its annotation was exact after the last edit */
};

/* The next number of the generator at *seed, below bound. */
static size_t next_random(unsigned *seed, size_t bound)
{
	*seed = *seed * 1103515245u + 12345u;
	return (size_t)(*seed >> 8) % bound;
}

/* Fill the model with paragraphs of 8 to 40 old words. */
static void model_init(struct model *m, unsigned *seed)
{
	size_t p, w;

	for (p = 0; p < MODEL_PARAGRAPHS; p++) {
		m->count[p] = 8 + next_random(seed, 33);
		for (w = 0; w < m->count[p]; w++)
			m->words[p][w] = old_words[next_random(seed, COUNT(old_words))];
	}
}

/* Words [first, last) of paragraph p joined by spaces, as a new string. */
static char *model_words(const struct model *m, size_t p, size_t first, size_t last)
{
	size_t len = 0, w;
	char *s;

	for (w = first; w < last; w++)
		len += strlen(m->words[p][w]) + 1;
	s = calloc(1, len + 1);
	assert_non_null(s);
	for (w = first; w < last; w++) {
		if (w > first)
			strcat(s, " ");
		strcat(s, m->words[p][w]);
	}
	return s;
}

/* The whole text, a paragraph a line, as a new string; updates cp_start. */
static char *model_text(struct model *m)
{
	size_t cap = 1, len = 0, p;
	uint64_t cp = 0;
	char *text = malloc(cap);

	assert_non_null(text);
	text[0] = '\0';
	for (p = 0; p < MODEL_PARAGRAPHS; p++) {
		char *line = model_words(m, p, 0, m->count[p]);
		size_t n = strlen(line);

		cap = len + n + 2;
		text = realloc(text, cap);
		assert_non_null(text);
		memcpy(text + len, line, n);
		text[len + n] = '\n';
		text[len + n + 1] = '\0';
		len += n + 1;
		m->cp_start[p] = cp;
		cp += utf8_count(line, n) + 1;
		free(line);
	}
	return text;
}

/* The code point offset where word w of paragraph p begins. */
static uint64_t model_cp(const struct model *m, size_t p, size_t w)
{
	uint64_t cp = m->cp_start[p];
	size_t i;

	for (i = 0; i < w; i++)
		cp += utf8_count(m->words[p][i], strlen(m->words[p][i])) + 1;
	return cp;
}

/* The code point offsets of mark k's words. */
static void mark_offsets(const struct model *m, const struct mark *k, uint64_t *start,
			 uint64_t *end)
{
	const char *last = m->words[k->paragraph][k->last - 1];

	*start = model_cp(m, k->paragraph, k->first);
	*end = model_cp(m, k->paragraph, k->last - 1) + utf8_count(last, strlen(last));
}

/* The words between code points start and end of article with the
 * ANNOTATION_CONTEXT characters on each side, as a new string. */
static char *with_context(struct article *article, uint64_t start, uint64_t end)
{
	uint64_t total = article_cp_from_byte(article, article->text_len);

	return text_at(article, start > ANNOTATION_CONTEXT ? start - ANNOTATION_CONTEXT : 0,
		       end + ANNOTATION_CONTEXT < total ? end + ANNOTATION_CONTEXT : total);
}

/* Put mark k on 1 to 4 random words and anchor a there. */
static void mark_random(struct model *m, struct article *article, struct mark *k,
			struct annotation *a, unsigned *seed)
{
	struct tanda_error err;
	uint64_t start, end;

	k->paragraph = next_random(seed, MODEL_PARAGRAPHS);
	k->first = next_random(seed, m->count[k->paragraph]);
	k->last = k->first + 1 + next_random(seed, 4);
	if (k->last > m->count[k->paragraph])
		k->last = m->count[k->paragraph];
	k->live = 1;
	mark_offsets(m, k, &start, &end);
	k->context = with_context(article, start, end);
	k->exact = 1;
	assert_int_equal(anchor_make(article, article_byte_from_cp(article, start),
				     article_byte_from_cp(article, end), &a->anchor, &err),
			 TANDA_OK);
}

/* Replace words [first, last) of paragraph p by n new words. */
static void model_replace(struct model *m, size_t p, size_t first, size_t last, size_t n,
			  unsigned *seed)
{
	const char **words = m->words[p];
	size_t tail = m->count[p] - last, i;

	memmove(words + first + n, words + last, tail * sizeof *words);
	for (i = 0; i < n; i++)
		words[first + i] = new_words[next_random(seed, COUNT(new_words))];
	m->count[p] = first + n + tail;
}

/* After words [first, last) of paragraph p became n words: marks that
 * overlap them die, marks after them move. */
static void marks_follow(struct mark *marks, size_t p, size_t first, size_t last, size_t n)
{
	size_t i;

	for (i = 0; i < MODEL_MARKS; i++) {
		struct mark *k = &marks[i];

		if (!k->live || k->paragraph != p || k->last <= first)
			continue;
		if (k->first < last || (first == last && k->first < first)) {
			k->live = 0;
			continue;
		}
		k->first = k->first + n - (last - first);
		k->last = k->last + n - (last - first);
	}
}

/* Edit one random paragraph: replace 0 to 3 words by 0 to 3 new ones,
 * never leaving the paragraph empty or the text unchanged. */
static void model_edit(struct model *m, struct mark *marks, unsigned *seed)
{
	size_t p = next_random(seed, MODEL_PARAGRAPHS), count;
	size_t first, last, n;

	do {
		count = m->count[p];
		first = next_random(seed, count + 1);
		last = first + next_random(seed, 4);
		if (last > count)
			last = count;
		n = next_random(seed, 4);
	} while ((first == last && n == 0) || count - (last - first) + n == 0 ||
		 count - (last - first) + n > MODEL_WORDS);
	model_replace(m, p, first, last, n, seed);
	marks_follow(marks, p, first, last, n);
}

/* Check one live mark's annotation: never on other words; still exact on
 * its own when they and their context did not change (an orphan, or fuzzy
 * on them, when the context did: unsure is allowed, wrong is not). */
static void check_live(struct model *m, struct article *article, struct mark *k,
		       const struct annotation *a)
{
	uint64_t start, end;
	char *expected, *context;

	mark_offsets(m, k, &start, &end);
	expected = model_words(m, k->paragraph, k->first, k->last);
	context = with_context(article, start, end);
	if (a->anchor.state == ANCHOR_EXACT || (k->exact && strcmp(context, k->context) == 0)) {
		char *got = text_at(article, a->anchor.start, a->anchor.end);

		assert_int_equal(a->anchor.state, ANCHOR_EXACT);
		assert_int_equal(a->anchor.start, start);
		assert_int_equal(a->anchor.end, end);
		assert_string_equal(a->anchor.exact, expected);
		assert_string_equal(got, expected);
		free(got);
	} else if (a->anchor.state == ANCHOR_FUZZY) {
		assert_true(a->anchor.start < end && start < a->anchor.end);
	} else {
		assert_int_equal(a->anchor.state, ANCHOR_ORPHAN);
	}
	k->exact = a->anchor.state == ANCHOR_EXACT;
	free(k->context);
	k->context = context;
	free(expected);
}

/* Check every live mark (check_live); how many there are, and of them
 * how many are still exact (*exact). */
static size_t check_marks(struct model *m, struct article *article, struct mark *marks,
			  const struct annotation *a, size_t *exact)
{
	size_t i, live = 0;

	*exact = 0;
	for (i = 0; i < MODEL_MARKS; i++) {
		if (a[i].anchor.state != ANCHOR_ORPHAN)
			expect_consistent(article, &a[i].anchor);
		if (!marks[i].live)
			continue;
		live++;
		check_live(m, article, &marks[i], &a[i]);
		*exact += marks[i].exact;
	}
	return live;
}

static void test_relocate_random_edits(void **state)
{
	struct model *m = calloc(1, sizeof *m);
	struct mark *marks = calloc(MODEL_MARKS, sizeof *marks);
	struct annotation *a = calloc(MODEL_MARKS, sizeof *a);
	struct article *article;
	unsigned seed = 20240601;
	size_t i, live = 0, exact = 0;
	char *text;

	(void)state;
	assert_non_null(m);
	assert_non_null(marks);
	assert_non_null(a);
	model_init(m, &seed);
	text = model_text(m);
	article = load_text(text);
	free(text);
	for (i = 0; i < MODEL_MARKS; i++)
		mark_random(m, article, &marks[i], &a[i], &seed);
	for (i = 0; i < MODEL_EDITS; i++) {
		model_edit(m, marks, &seed);
		text = model_text(m);
		article = edit(article, text, a, MODEL_MARKS);
		free(text);
		live = check_marks(m, article, marks, a, &exact);
	}
	assert_true(live > MODEL_MARKS * 3 / 4);
	assert_true(exact >= live * 99 / 100);	/* unsure only next to the edits */
	for (i = 0; i < MODEL_MARKS; i++)
		free(marks[i].context);
	clear_all(a, MODEL_MARKS);
	free(a);
	free(marks);
	free(m);
	article_free(article);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_make_fields),
		cmocka_unit_test(test_make_caps_multibyte_context),
		cmocka_unit_test(test_make_refuses_bad_ranges),
		cmocka_unit_test(test_make_keeps_characters_whole),
		cmocka_unit_test(test_find),
		cmocka_unit_test(test_relocate_unchanged),
		cmocka_unit_test(test_relocate_insertion_before),
		cmocka_unit_test(test_relocate_edit_elsewhere),
		cmocka_unit_test(test_relocate_context_chooses_among_repeats),
		cmocka_unit_test(test_relocate_typo_fix_is_fuzzy),
		cmocka_unit_test(test_relocate_deleted_quote_is_orphan),
		cmocka_unit_test(test_relocate_applied_correction_is_resolved),
		cmocka_unit_test(test_relocate_into_empty_text),
		cmocka_unit_test(test_relocate_random_edits),
		cmocka_unit_test(test_relocate_revert_puts_correction_back),
		cmocka_unit_test(test_relocate_deleted_sentence_never_moves),
		cmocka_unit_test(test_relocate_same_words_elsewhere_are_not_exact),
		cmocka_unit_test(test_by_quote),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
