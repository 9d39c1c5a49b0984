/*
 * fuzz-check.c - libFuzzer target of the date and name checks: the input
 * made an article by article_from_text and checked without a publication
 * date and with two (in Indonesian and in English), then loaded as a file
 * by article_load so that front matter can give the date and language.
 * Every finding must lie inside the text, its message a line.
 */
#include <string.h>

#include "article.h"
#include "check.h"
#include "fuzz.h"

/* The ways the checks are run on article_from_text's article. */
static const struct check_options runs[] = {
	{ .published = NULL, .language = NULL },
	{ .published = "2024-02-29", .language = "id" },
	{ .published = "1999-12-31", .language = "en" },
};

/* Check that the findings of a lie inside its text. */
static void check_findings(const struct article *a, const struct findings *found)
{
	size_t i, k;

	for (i = 0; i < found->count; i++) {
		const struct finding *f = &found->items[i];

		FUZZ_CHECK(f->start <= f->end && f->end <= a->text_len);
		FUZZ_CHECK(f->message != NULL && strchr(f->message, '\n') == NULL);
		FUZZ_CHECK(f->nplaces >= 1);
		for (k = 0; k < f->nplaces; k++)
			FUZZ_CHECK(f->places[k].start <= f->places[k].end &&
				   f->places[k].end <= a->text_len);
		if (f->replacement != NULL)
			(void)strlen(f->replacement);
		if (i > 0)
			FUZZ_CHECK(found->items[i - 1].start <= f->start);
	}
}

/* Run both checks on a with options, and check what they found. */
static void run_checks(const struct article *a, const struct check_options *options)
{
	struct findings found;
	struct tanda_error err;

	findings_init(&found);
	FUZZ_CHECK(check_dates(a, options, &found, &err) == TANDA_OK);
	FUZZ_CHECK(check_names(a, options, &found, &err) == TANDA_OK);
	findings_sort(&found);
	check_findings(a, &found);
	findings_free(&found);
}

/* Load the input as a file, as `tanda check` does, and check it. */
static void check_file(const uint8_t *data, size_t size)
{
	struct article_options options;
	struct fuzz_file file;
	struct article *a;
	struct tanda_error err;

	article_options_default(&options);
	fuzz_file_open(&file, data, size);
	if (article_load(file.path, &options, &a, &err) == TANDA_OK) {
		run_checks(a, NULL);
		article_free(a);
	}
	fuzz_file_close(&file);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct article *a;
	struct tanda_error err;
	size_t i;

	if (article_from_text("fuzz", (const char *)data, size, &a, &err) == TANDA_OK) {
		for (i = 0; i < sizeof runs / sizeof runs[0]; i++)
			run_checks(a, &runs[i]);
		article_free(a);
	}
	check_file(data, size);
	return 0;
}
