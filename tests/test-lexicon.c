/*
 * test-lexicon.c - the lexicons: every list of both languages in the
 * order binary search needs, lookups without case and of phrases, and the
 * names by number agreeing with the sorted lists.
 */
#include <string.h>

#include "fixture.h"
#include "lexicon.h"

static const struct lexicon *const lexicons[] = { &lexicon_id, &lexicon_en };

static void test_every_list_is_sorted(void **state)
{
	size_t k, kind, at;

	(void)state;
	for (k = 0; k < 2; k++)
		for (kind = 0; kind < LEXICON_KIND_COUNT; kind++) {
			const struct lexicon_list *list = &lexicons[k]->lists[kind];

			at = lexicon_misplaced(lexicons[k], (enum lexicon_kind)kind);
			if (at != list->count)
				print_message("%s %s: \"%s\" is out of order\n",
					      lexicons[k]->language,
					      lexicon_kind_name((enum lexicon_kind)kind),
					      list->entries[at].word);
			assert_int_equal(at, list->count);
		}
}

/* Every entry is a word, or a phrase of two. */
static void test_every_list_has_words(void **state)
{
	size_t k, kind;

	(void)state;
	for (k = 0; k < 2; k++)
		for (kind = 0; kind < LEXICON_KIND_COUNT; kind++) {
			const struct lexicon_list *list = &lexicons[k]->lists[kind];
			size_t i;

			for (i = 0; i < list->count; i++) {
				const char *w = list->entries[i].word, *space = strchr(w, ' ');

				assert_true(w[0] != '\0');
				/* phrases have two words at most: the checks look
				 * them up as a word and the one before it */
				assert_true(space == NULL || strchr(space + 1, ' ') == NULL);
			}
		}
}

static void test_finds_words_without_case(void **state)
{
	const struct lexicon_entry *e;

	(void)state;
	e = lexicon_find(&lexicon_id, LEXICON_WEEKDAYS, "JUMAT", 5);
	assert_non_null(e);
	assert_int_equal(e->value, 5);
	e = lexicon_find(&lexicon_en, LEXICON_MONTHS, "oct", 3);
	assert_non_null(e);
	assert_int_equal(e->value, 10);
	assert_true(e->flags & LEXICON_ABBREVIATION);
	assert_true(lexicon_has(&lexicon_en, LEXICON_SOURCES, "According to", 12));
	assert_false(lexicon_has(&lexicon_en, LEXICON_SOURCES, "according", 9));
	assert_false(lexicon_has(&lexicon_id, LEXICON_WEEKDAYS, "Jumatan", 7));
	assert_false(lexicon_has(&lexicon_id, LEXICON_WEEKDAYS, "Jum", 3));
	assert_true(lexicon_has(&lexicon_id, LEXICON_TITLES, "Menteri", 7));
	assert_false(lexicon_has(&lexicon_en, LEXICON_TITLES, "Pak", 3));
}

static void test_compare_sorts_a_prefix_first(void **state)
{
	(void)state;
	assert_true(lexicon_compare("Jum", 3, "Jumat", 5) < 0);
	assert_true(lexicon_compare("jumat", 5, "JUMAT", 5) == 0);
	assert_true(lexicon_compare("Jum'at", 6, "Jumaat", 6) < 0);
	assert_true(lexicon_compare("Z", 1, "a", 1) > 0);
}

/* Whether word in list kind of lx has value. */
static int has_value(const struct lexicon *lx, enum lexicon_kind kind, const char *word,
		     int value)
{
	const struct lexicon_entry *e = lexicon_find(lx, kind, word, strlen(word));

	return e != NULL && e->value == value && !(e->flags & LEXICON_ABBREVIATION);
}

static void test_names_by_number_are_in_the_lists(void **state)
{
	size_t k;
	int i;

	(void)state;
	for (k = 0; k < 2; k++) {
		for (i = 0; i < 7; i++)
			assert_true(has_value(lexicons[k], LEXICON_WEEKDAYS,
					      lexicons[k]->weekday_names[i], i));
		for (i = 0; i < 12; i++)
			assert_true(has_value(lexicons[k], LEXICON_MONTHS,
					      lexicons[k]->month_names[i], i + 1));
	}
	for (i = 0; i < 7; i++) {
		const char *a = lexicon_en.weekday_abbreviations[i];
		const struct lexicon_entry *e = lexicon_find(&lexicon_en, LEXICON_WEEKDAYS, a, strlen(a));

		assert_non_null(e);
		assert_int_equal(e->value, i);
	}
}

static void test_the_language_picks_the_lexicon(void **state)
{
	(void)state;
	assert_ptr_equal(lexicon_of("en"), &lexicon_en);
	assert_ptr_equal(lexicon_of("id"), &lexicon_id);
	assert_ptr_equal(lexicon_of(NULL), &lexicon_id);
	assert_string_equal(lexicon_kind_name(LEXICON_TITLES), "titles");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_list_is_sorted),
		cmocka_unit_test(test_every_list_has_words),
		cmocka_unit_test(test_finds_words_without_case),
		cmocka_unit_test(test_compare_sorts_a_prefix_first),
		cmocka_unit_test(test_names_by_number_are_in_the_lists),
		cmocka_unit_test(test_the_language_picks_the_lexicon),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
