/*
 * make-library.c - a database of 100,000 annotations on 1,000 articles,
 * for timing the reader with a store that has seen real use.
 *
 * `make-library ARTICLE DIR` writes DIR/library.db (unless it is there):
 * ARTICLE itself, recorded at the path given, and 999 small articles of
 * its own, DIR/lib/article-NNN.txt (a title line of their own and five of
 * ARTICLE's paragraphs each), each with 100 annotations on its words
 * (spans of 1 to 4 words spread evenly, the kinds in turn, tags and notes
 * as the store benchmarks have them), all in one transaction.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "article.h"
#include "bench.h"
#include "store.h"
#include "synthetic.h"

#define ARTICLES 1000
#define PER_ARTICLE 100
/* The paragraphs of ARTICLE each small article takes. */
#define SMALL_PARAGRAPHS 5

const char bench_program[] = "make-library";


/* Record article (opened from path) in store with PER_ARTICLE annotations
 * on its words. */
static int annotate(struct store *store, struct article *article, const char *path)
{
	char now[ANNOTATION_TIME_SIZE];
	struct annotation a;
	struct tanda_error err;
	struct word *words;
	size_t count, k;
	int rc = 0;

	if (store_article_upsert(store, article, path, &err) != TANDA_OK)
		return bench_complain("%s", err.message);
	if ((words = synthetic_words(article, &count)) == NULL || count == 0) {
		free(words);
		return bench_complain("%s: no words", path);
	}
	annotation_now(now);
	for (k = 0; k < PER_ARTICLE && rc == 0; k++) {
		rc = synthetic_annotation(article, words, count, k, PER_ARTICLE, now, &a);
		if (rc == 0 && store_annotation_insert(store, &a, &err) != TANDA_OK)
			rc = bench_complain("%s", err.message);
		annotation_clear(&a);
	}
	free(words);
	return rc;
}

/* Write the n-th small article to path: a title of its own and
 * SMALL_PARAGRAPHS of source's paragraphs, from one that moves with n. */
static int write_small(const struct article *source, size_t n, const char *path)
{
	FILE *out = fopen(path, "w");
	size_t i, from = (n * 7) % (source->count > SMALL_PARAGRAPHS ? source->count - SMALL_PARAGRAPHS : 1);

	if (out == NULL)
		return bench_complain("%s: %s", path, strerror(errno));
	fprintf(out, "Artikel perpustakaan nomor %zu\n", n);
	for (i = from; i < from + SMALL_PARAGRAPHS && i < source->count; i++)
		fprintf(out, "%.*s\n", (int)source->paragraphs[i].len,
			source->text + source->paragraphs[i].start);
	if (fclose(out) != 0)
		return bench_complain("%s: %s", path, strerror(errno));
	return 0;
}

/* Make, record and annotate the n-th small article in dir/lib. */
static int add_small(struct store *store, const struct article *source, const char *dir,
		     size_t n)
{
	char path[PATH_MAX];
	struct article *article;
	int rc;

	if (snprintf(path, sizeof path, "%s/lib/article-%03zu.txt", dir, n) >= (int)sizeof path)
		return bench_complain("%s: path too long", dir);
	if (write_small(source, n, path) != 0 || synthetic_load(path, &article) != 0)
		return -1;
	rc = annotate(store, article, path);
	article_free(article);
	return rc;
}

/* Fill the store: the article at path, then the small ones. */
static int fill(struct store *store, const char *path, const char *dir)
{
	struct article *source;
	struct tanda_error err;
	size_t n;
	int rc;

	if (synthetic_load(path, &source) != 0)
		return -1;
	if (store_begin(store, &err) != TANDA_OK) {
		article_free(source);
		return bench_complain("%s", err.message);
	}
	rc = annotate(store, source, path);
	for (n = 1; n < ARTICLES && rc == 0; n++)
		rc = add_small(store, source, dir, n);
	if (rc == 0 && store_commit(store, &err) != TANDA_OK)
		rc = bench_complain("%s", err.message);
	if (rc != 0)
		store_rollback(store);
	article_free(source);
	return rc;
}

/* make-library ARTICLE DIR: write DIR/library.db unless it is there. */
int main(int argc, char **argv)
{
	char db[PATH_MAX], tmp[PATH_MAX], lib[PATH_MAX];
	struct tanda_error err;
	struct store *store;
	int rc;

	if (argc != 3) {
		fputs("usage: make-library ARTICLE DIR\n", stderr);
		return 2;
	}
	if (bench_path_in(db, argv[2], "library.db") != 0 ||
	    bench_path_in(tmp, argv[2], "library-new.db") != 0 || bench_path_in(lib, argv[2], "lib") != 0)
		return 1;
	if (access(db, F_OK) == 0)
		return 0;
	if (mkdir(lib, 0777) != 0 && errno != EEXIST) {
		bench_complain("%s: %s", lib, strerror(errno));
		return 1;
	}
	if (bench_remove_db(tmp) != 0)
		return 1;
	if (store_open(tmp, &store, &err) != TANDA_OK) {
		bench_complain("%s", err.message);
		return 1;
	}
	rc = fill(store, argv[1], argv[2]);
	store_close(store);
	if (rc == 0 && rename(tmp, db) != 0)
		rc = bench_complain("%s: %s", db, strerror(errno));
	return rc == 0 ? 0 : 1;
}
