/*
 * synthetic.c - the annotations the store and YAML benchmarks make: spans
 * of an article's real words, every kind in turn with its fields, two
 * default tags each and a note now and then.
 */
#include <stdint.h>
#include <stdlib.h>

#include "anchor.h"
#include "bench.h"
#include "synthetic.h"

/* Every how many annotations one gets a note (notes always do). */
#define NOTE_EVERY 10
/* The most words an annotation spans. */
#define MAX_SPAN_WORDS 4

/* The words of article (runs of bytes other than spaces and tabs inside a
 * paragraph) in text order, in a new array of *count; NULL on failure. */
struct word *synthetic_words(const struct article *article, size_t *count)
{
	struct word *words = malloc((article->text_len / 2 + 1) * sizeof *words);
	size_t p, i, n = 0;

	if (words == NULL) {
		bench_complain("out of memory");
		return NULL;
	}
	for (p = 0; p < article->count; p++) {
		const struct paragraph *para = &article->paragraphs[p];
		size_t end = para->start + para->len;

		for (i = para->start; i < end; i++) {
			if (article->text[i] == ' ' || article->text[i] == '\t')
				continue;
			words[n].start = i;
			words[n].paragraph = p;
			while (i < end && article->text[i] != ' ' && article->text[i] != '\t')
				i++;
			words[n++].end = i;
		}
	}
	*count = n;
	return words;
}


/* Give a the fields of the k-th annotation's kind, its tags and maybe a
 * note; 0 on success. */
int synthetic_dress(struct annotation *a, size_t k)
{
	size_t ntags = 0, turn = k / KIND_COUNT;
	int failed = 0;

	while (annotation_default_tags[ntags] != NULL)
		ntags++;
	a->kind = (enum annotation_kind)(k % KIND_COUNT);
	switch (a->kind) {
	case KIND_QUOTE:
		failed |= annotation_set(&a->speaker, "Juru bicara kementerian");
		break;
	case KIND_CLAIM:
		a->claim = (enum claim_status)(1 + turn % (CLAIM_COUNT - 1));
		break;
	case KIND_CORRECTION:
		failed |= annotation_set(&a->replacement, "dua ribu");
		a->correction_kind = (enum correction_kind)(1 + turn % (CORRECTION_KIND_COUNT - 1));
		a->correction_status =
			(enum correction_status)(1 + turn % (CORRECTION_STATUS_COUNT - 1));
		break;
	default:
		break;
	}
	if (a->kind == KIND_NOTE || k % NOTE_EVERY == 0)
		failed |= annotation_set(&a->note, "Periksa angka ini dengan sumber kedua.");
	failed |= annotation_add_tag(a, annotation_default_tags[k % ntags]);
	failed |= annotation_add_tag(a, annotation_default_tags[(k + 3) % ntags]);
	failed |= annotation_set(&a->author, "Bench Author");
	return failed ? bench_complain("out of memory") : 0;
}


int synthetic_annotation(struct article *article, const struct word *words, size_t count,
			 size_t k, size_t total, const char *now, struct annotation *a)
{
	size_t first = (size_t)((uint64_t)k * count / total);
	size_t last = first + k % MAX_SPAN_WORDS;
	struct tanda_error err;

	annotation_init(a);
	if (last >= count)
		last = count - 1;
	while (words[last].paragraph != words[first].paragraph)
		last--;
	if (anchor_make(article, words[first].start, words[last].end, &a->anchor, &err) !=
	    TANDA_OK || annotation_new_id(a->id, &err) != TANDA_OK)
		return bench_complain("%s", err.message);
	memcpy(a->article, article_sha256(article), sizeof a->article);
	memcpy(a->created, now, sizeof a->created);
	memcpy(a->modified, now, sizeof a->modified);
	return synthetic_dress(a, k);
}

int synthetic_load(const char *path, struct article **out)
{
	struct article_options options;
	struct tanda_error err;

	article_options_default(&options);
	if (article_load(path, &options, out, &err) != TANDA_OK)
		return bench_complain("%s", err.message);
	return 0;
}
