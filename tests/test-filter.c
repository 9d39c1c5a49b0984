/*
 * test-filter.c - the annotation list's filter: parsing ':filter'
 * arguments and their errors, matching by kind, tags, author, status and
 * text, and the description shown in the list's header.
 */
#include <locale.h>
#include <string.h>

#include "filter.h"
#include "fixture.h"

/* Annotations to match, made by make_annotations. */
enum { CLAIM, CORRECTION, QUOTE, FUZZY, ORPHAN, SAMPLES };

/* Fill a with an annotation of kind by author on exact, with the tags
 * (ending with NULL). */
static void make(struct annotation *a, enum annotation_kind kind, const char *author,
		 const char *exact, const char *const *tags)
{
	annotation_init(a);
	a->kind = kind;
	assert_int_equal(annotation_set(&a->author, author), 0);
	assert_int_equal(annotation_set(&a->anchor.exact, exact), 0);
	for (; tags != NULL && *tags != NULL; tags++)
		assert_int_equal(annotation_add_tag(a, *tags), 0);
}

/* The samples: a claim, a correction, a quote, a fuzzy and an orphan. */
static void make_annotations(struct annotation a[SAMPLES])
{
	static const char *const claim_tags[] = { "needs-source", "opinion", NULL };
	static const char *const correction_tags[] = { "name-error", NULL };
	static const char *const needs_source[] = { "needs-source", NULL };

	make(&a[CLAIM], KIND_CLAIM, "ani", "inflation fell to 2%", claim_tags);
	a[CLAIM].claim = CLAIM_DISPUTED;
	make(&a[CORRECTION], KIND_CORRECTION, "budi", "Yon Suk-yeol", correction_tags);
	a[CORRECTION].correction_kind = CORRECTION_NAME;
	a[CORRECTION].correction_status = CORRECTION_PROPOSED;
	assert_int_equal(annotation_set(&a[CORRECTION].replacement, "Yoon Suk Yeol"), 0);
	make(&a[QUOTE], KIND_QUOTE, "Ani", "\xE2\x80\x9CWe will not resign\xE2\x80\x9D", NULL);
	assert_int_equal(annotation_set(&a[QUOTE].speaker, "Kim \xC3\x89milie"), 0);
	make(&a[FUZZY], KIND_HIGHLIGHT, "ani", "the budget", needs_source);
	a[FUZZY].anchor.state = ANCHOR_FUZZY;
	assert_int_equal(annotation_set(&a[FUZZY].note, "check the YOON figures"), 0);
	make(&a[ORPHAN], KIND_NOTE, "citra", "a deleted sentence", NULL);
	a[ORPHAN].anchor.state = ANCHOR_ORPHAN;
}

/* Free the samples. */
static void clear_annotations(struct annotation a[SAMPLES])
{
	int i;

	for (i = 0; i < SAMPLES; i++)
		annotation_clear(&a[i]);
}

/* The samples f lets through, as a bit set. */
static unsigned matches(const struct filter *f, const struct annotation a[SAMPLES])
{
	unsigned set = 0;
	int i;

	for (i = 0; i < SAMPLES; i++)
		if (filter_match(f, &a[i]))
			set |= 1u << i;
	return set;
}

/* Check that the filter argument parses and lets exactly the samples of
 * set through. */
static void expect_matches(const char *argument, unsigned set)
{
	struct annotation a[SAMPLES];
	struct filter f;
	struct tanda_error err;

	memset(&f, 0, sizeof f);
	make_annotations(a);
	if (filter_parse(&f, argument, &err) != TANDA_OK)
		fail_msg("'%s': %s", argument, err.message);
	assert_int_equal(matches(&f, a), set);
	filter_clear(&f);
	clear_annotations(a);
}

/* Check that argument fails with TANDA_EUSAGE and a message holding
 * each of the (NULL-ended) words. */
static void expect_error(const char *argument, const char *const *words)
{
	struct filter f;
	struct tanda_error err;

	memset(&f, 0, sizeof f);
	assert_int_equal(filter_parse(&f, argument, &err), TANDA_EUSAGE);
	assert_null(strchr(err.message, '\n'));
	for (; *words != NULL; words++)
		if (strstr(err.message, *words) == NULL)
			fail_msg("'%s': \"%s\" does not say %s", argument, err.message, *words);
	assert_true(filter_is_empty(&f));
}

#define BIT(n) (1u << (n))
#define ALL (BIT(SAMPLES) - 1)

static void test_fields(void **state)
{
	(void)state;
	expect_matches("", ALL);
	expect_matches("   ", ALL);
	expect_matches("kind=claim", BIT(CLAIM));
	expect_matches("kind=correction", BIT(CORRECTION));
	expect_matches("kind=corr", BIT(CORRECTION));
	expect_matches("kind=hl", BIT(FUZZY));
	expect_matches("kind=note", BIT(ORPHAN));
	expect_matches("author=ani", BIT(CLAIM) | BIT(QUOTE) | BIT(FUZZY));
	expect_matches("author=nobody", 0);
	expect_matches("tag=needs-source", BIT(CLAIM) | BIT(FUZZY));
	expect_matches("tag=NEEDS-SOURCE", BIT(CLAIM) | BIT(FUZZY));
	expect_matches(" kind=claim   tag=needs-source ", BIT(CLAIM));
	expect_matches("kind=quote author=ani", BIT(QUOTE));
}

/* Tags compare in any case and either normalization form, whatever the
 * locale: "ékonomi" with é in one code point is "ÉKONOMI" with E + U+0301. */
static void test_tags_fold_without_a_locale(void **state)
{
	static const char *const tags[] = { "\xC3\xA9konomi", NULL };
	struct annotation a;

	(void)state;
	setlocale(LC_ALL, "C");
	make(&a, KIND_HIGHLIGHT, "ani", "inflasi", tags);
	assert_true(annotation_has_tag(&a, "E\xCC\x81KONOMI"));
	assert_true(annotation_has_tag(&a, "\xC3\x89konomi"));
	assert_false(annotation_has_tag(&a, "ekonomi"));
	annotation_clear(&a);
	setlocale(LC_ALL, "C.UTF-8");
}

static void test_every_tag_must_hold(void **state)
{
	(void)state;
	expect_matches("tag=needs-source tag=opinion", BIT(CLAIM));
	expect_matches("tag=opinion tag=needs-source", BIT(CLAIM));
	expect_matches("tag=needs-source tag=name-error", 0);
	expect_matches("tag=opinion\ttag=opinion", BIT(CLAIM));
}

static void test_status(void **state)
{
	(void)state;
	expect_matches("status=proposed", BIT(CORRECTION));
	expect_matches("status=disputed", BIT(CLAIM));
	expect_matches("status=needs-source", 0);
	expect_matches("status=fuzzy", BIT(FUZZY));
	expect_matches("status=orphan", BIT(ORPHAN));
	expect_matches("status=exact", BIT(CLAIM) | BIT(CORRECTION) | BIT(QUOTE));
	expect_matches("kind=claim status=proposed", 0);
}

static void test_errors(void **state)
{
	static const char *const field[] = { "'colour'", "kind", "tag", "author", "status", NULL };
	static const char *const kind[] = { "'fact'", "highlight (hl)", "correction (corr)", "note",
					     NULL };
	static const char *const status[] = { "'maybe'", "disputed", "proposed", "fuzzy", "orphan",
					      NULL };
	static const char *const bare[] = { "'claim'", "FIELD=VALUE", NULL };
	static const char *const empty[] = { "tag=", "value", NULL };
	static const char *const twice[] = { "kind", "twice", NULL };

	(void)state;
	expect_error("colour=red", field);
	expect_error("kind=fact", kind);
	expect_error("status=maybe", status);
	expect_error("claim", bare);
	expect_error("kind=claim tag=", empty);
	expect_error("kind=claim kind=note", twice);
}

static void test_error_keeps_filter(void **state)
{
	struct filter f;
	struct tanda_error err;
	char text[128];

	(void)state;
	memset(&f, 0, sizeof f);
	assert_int_equal(filter_parse(&f, "kind=claim tag=opinion", &err), TANDA_OK);
	assert_int_equal(filter_set_text(&f, "yoon", &err), TANDA_OK);
	assert_int_equal(filter_parse(&f, "kind=note bogus=1", &err), TANDA_EUSAGE);
	filter_describe(&f, text, sizeof text);
	assert_string_equal(text, "kind=claim tag=opinion /yoon");
	/* an empty argument drops the fields, not the text */
	assert_int_equal(filter_parse(&f, "", &err), TANDA_OK);
	filter_describe(&f, text, sizeof text);
	assert_string_equal(text, "/yoon");
	assert_false(filter_is_empty(&f));
	filter_clear(&f);
	assert_true(filter_is_empty(&f));
}

/* Check that the text condition text lets exactly the samples of set
 * through. */
static void expect_text(const char *text, unsigned set)
{
	struct annotation a[SAMPLES];
	struct filter f;
	struct tanda_error err;

	memset(&f, 0, sizeof f);
	make_annotations(a);
	assert_int_equal(filter_set_text(&f, text, &err), TANDA_OK);
	assert_int_equal(matches(&f, a), set);
	filter_clear(&f);
	clear_annotations(a);
}

static void test_text(void **state)
{
	(void)state;
	expect_text("inflation", BIT(CLAIM));		/* exact text */
	expect_text("INFLATION", 0);			/* a capital makes case matter */
	expect_text("yoon", BIT(CORRECTION) | BIT(FUZZY));	/* replacement, note */
	expect_text("\xC3\xA9milie", BIT(QUOTE));	/* speaker, case folded */
	expect_text("opin", BIT(CLAIM));		/* a tag */
	expect_text("resign", BIT(QUOTE));
	expect_text("", ALL);
	expect_text("nowhere", 0);
}

static void test_text_and_fields(void **state)
{
	struct annotation a[SAMPLES];
	struct filter f;
	struct tanda_error err;

	(void)state;
	memset(&f, 0, sizeof f);
	make_annotations(a);
	assert_int_equal(filter_set_text(&f, "yoon", &err), TANDA_OK);
	assert_int_equal(filter_parse(&f, "kind=hl", &err), TANDA_OK);
	assert_int_equal(matches(&f, a), BIT(FUZZY));
	assert_int_equal(filter_set_text(&f, NULL, &err), TANDA_OK);
	assert_int_equal(matches(&f, a), BIT(FUZZY));
	assert_int_equal(filter_set_text(&f, "", &err), TANDA_OK);
	filter_clear(&f);
	assert_int_equal(matches(&f, a), ALL);
	clear_annotations(a);
}

static void test_describe(void **state)
{
	struct filter f;
	struct tanda_error err;
	char text[128], small[12];

	(void)state;
	memset(&f, 0, sizeof f);
	filter_describe(&f, text, sizeof text);
	assert_string_equal(text, "");
	assert_true(filter_is_empty(&f));
	assert_int_equal(filter_parse(&f, "status=proposed tag=needs-source author=ani kind=corr "
				      "tag=opinion", &err), TANDA_OK);
	filter_describe(&f, text, sizeof text);
	assert_string_equal(text, "kind=correction tag=needs-source tag=opinion author=ani "
			    "status=proposed");
	/* a small buffer is cut, still terminated */
	filter_describe(&f, small, sizeof small);
	assert_string_equal(small, "kind=correc");
	filter_clear(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fields),
		cmocka_unit_test(test_every_tag_must_hold),
		cmocka_unit_test(test_tags_fold_without_a_locale),
		cmocka_unit_test(test_status),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_error_keeps_filter),
		cmocka_unit_test(test_text),
		cmocka_unit_test(test_text_and_fields),
		cmocka_unit_test(test_describe),
	};

	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
