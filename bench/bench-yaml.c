/*
 * bench-yaml.c - how fast tanda exports and imports an annotation set of
 * 100,000 annotations over 10 articles, and in how much memory, each figure
 * against a baseline measured in the same run (issue 6).
 *
 * `bench-yaml TANDA ARTICLE PYSCRIPT DIR` cuts ARTICLE (the 1M article)
 * into 10 articles of whole lines, DIR/article-N.txt, and builds
 * DIR/source.db with the store's C API in a child process (so that this
 * process stays small: a child's peak memory counts what it was forked
 * from): the 10 articles, and 10,000 annotations on each, on their words
 * (spans of 1 to 4 words spread evenly over the text, the kinds in turn,
 * two of the default tags each, a note on every note and every tenth
 * annotation).  Then it prints
 *
 *   export-100k             `tanda export --all --with-text -o DIR/export.yaml
 *                           --db DIR/source.db`, against `sqlite3 -json` of
 *                           the same data (the articles with their text,
 *                           then the annotation rows with their tags, in the
 *                           export's order) into DIR/sqlite3.json: the
 *                           floor of text serialization.  Medians of
 *                           EXPORT_RUNS, taken in turn, after a warm-up.
 *   export-vs-pyyaml-100k   the same export against PyYAML's C dumper
 *                           writing the same data (PYSCRIPT loads the
 *                           exported file with yaml.CSafeLoader, then times
 *                           yaml.dump with yaml.CSafeDumper), run once.
 *   import-100k             `tanda import DIR/export.yaml --db DIR/import.db`
 *                           into an empty database (validation, re-anchoring
 *                           checks against the text and the SQLite writes
 *                           included), median of IMPORT_RUNS, against that
 *                           load's time: PyYAML's C loader parsing the same
 *                           file, run once.
 *   peak-memory-export-100k, peak-memory-import-100k
 *                           the largest ru_maxrss of the export and import
 *                           processes, against a 64 MB budget.
 *
 * PyYAML's sides take about 40 s together, so they run once; without its
 * C classes (yaml.__with_libyaml__) the two figures against it are printed
 * as skipped, saying why.  The import is checked to have stored every
 * annotation.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "anchor.h"
#include "article.h"
#include "bench.h"
#include "store.h"
#include "synthetic.h"

#define ARTICLES 10
#define PER_ARTICLE 10000
#define LABEL "100k"
#define MAX_SPAN_WORDS 4
#define EXPORT_RUNS 3
#define IMPORT_RUNS 3
#define MEMORY_BUDGET_MB 64.0

/* What PYSCRIPT's exit status 3 means: PyYAML or its C classes missing. */
#define PYSCRIPT_UNAVAILABLE 3

/* The export's articles, then its annotations, as sqlite3 -json rows. */
#define SQLITE3_JSON_SQL \
	"SELECT sha256, title, source, url, published, language, paragraphs, text " \
	"FROM articles ORDER BY sha256; " \
	"SELECT art.sha256, a.uuid, a.kind, a.paragraph, a.exact, a.prefix, a.suffix, " \
	"a.start, a.end, a.anchor, a.anchor_score, " \
	"(SELECT group_concat(t.name, char(10)) FROM annotation_tags x " \
	"  JOIN tags t ON t.id = x.tag_id WHERE x.annotation_id = a.id) AS tags, " \
	"a.note, a.color, a.speaker, a.claim_status, a.replacement, a.correction_kind, " \
	"a.correction_status, a.reviewed_by, a.reviewed_at, a.author, a.created, " \
	"a.modified " \
	"FROM annotations a JOIN articles art ON art.id = a.article_id " \
	"WHERE a.deleted = 0 ORDER BY art.sha256, a.start, a.uuid"

const char bench_program[] = "bench-yaml";

/* The files of the run. */
struct subject {
	char *tanda;			/* the tanda program */
	const char *article;		/* the article cut into ARTICLES */
	char *pyscript;			/* pyyaml-times.py */
	const char *dir;		/* where the files go */
	char db[PATH_MAX];		/* DIR/source.db: what is exported */
	char set[PATH_MAX];		/* DIR/export.yaml: the exported set */
	char json[PATH_MAX];		/* DIR/sqlite3.json: the baseline's output */
	char imported[PATH_MAX];	/* DIR/import.db: where the set is imported */
	char dumped[PATH_MAX];		/* DIR/pyyaml.yaml: PyYAML's dump */
	char errors[PATH_MAX];		/* DIR/stderr.txt: the commands' messages */
};

/* A command run as a child: its arguments, where its output goes (NULL:
 * /dev/null), and the largest peak memory, in KiB, of its runs so far. */
struct command {
	const struct subject *s;
	char *argv[12];
	const char *out;
	const char *fresh_db;		/* removed before each run, untimed */
	long max_kib;
};

/* Cut the article at s->article into ARTICLES files DIR/article-N.txt of
 * about the same size, each of whole lines (paragraphs). */
static int cut_articles(const struct subject *s)
{
	char *text, path[PATH_MAX], name[32];
	size_t len, from = 0, i;
	int rc = 0;

	if (bench_read_whole(s->article, &text, &len) != 0)
		return -1;
	for (i = 0; rc == 0 && i < ARTICLES; i++) {
		size_t to = len * (i + 1) / ARTICLES;
		const char *eol;

		if (i + 1 < ARTICLES && to > from &&
		    (eol = memchr(text + to, '\n', len - to)) != NULL)
			to = (size_t)(eol - text) + 1;
		else if (i + 1 < ARTICLES)
			to = from;
		if (to <= from)
			rc = bench_complain("%s: too few lines to cut into %d articles", s->article,
					    ARTICLES);
		snprintf(name, sizeof name, "article-%zu.txt", i);
		if (rc == 0 && (rc = bench_path_in(path, s->dir, name)) == 0)
			rc = bench_write_whole(path, text + from, to - from);
		from = to;
	}
	free(text);
	return rc;
}

/* Insert the k-th annotation of article into store: on up to
 * MAX_SPAN_WORDS words of one paragraph from words[k * count / PER_ARTICLE]
 * on, stamped now. */
static int insert_annotation(struct store *store, struct article *article,
			     const struct word *words, size_t count, size_t k, const char *now)
{
	size_t first = (size_t)((uint64_t)k * count / PER_ARTICLE);
	size_t last = first + k % MAX_SPAN_WORDS;
	struct annotation a;
	struct tanda_error err;
	int rc = 0;

	annotation_init(&a);
	if (last >= count)
		last = count - 1;
	while (words[last].paragraph != words[first].paragraph)
		last--;
	if (anchor_make(article, words[first].start, words[last].end, &a.anchor, &err) !=
	    TANDA_OK || annotation_new_id(a.id, &err) != TANDA_OK)
		rc = bench_complain("%s", err.message);
	memcpy(a.article, article_sha256(article), sizeof a.article);
	memcpy(a.created, now, sizeof a.created);
	memcpy(a.modified, now, sizeof a.modified);
	if (rc == 0)
		rc = synthetic_dress(&a, k);
	if (rc == 0 && store_annotation_insert(store, &a, &err) != TANDA_OK)
		rc = bench_complain("%s", err.message);
	annotation_clear(&a);
	return rc;
}

/* Record the article at path in store and insert its PER_ARTICLE
 * annotations. */
static int fill_article(struct store *store, const char *path, const char *now)
{
	struct article_options options;
	struct article *article;
	struct tanda_error err;
	struct word *words = NULL;
	size_t count = 0, k;
	int rc = 0;

	article_options_default(&options);
	if (article_load(path, &options, &article, &err) != TANDA_OK)
		return bench_complain("%s", err.message);
	if (store_article_upsert(store, article, path, &err) != TANDA_OK)
		rc = bench_complain("%s", err.message);
	if (rc == 0 && (words = synthetic_words(article, &count)) == NULL)
		rc = -1;
	if (rc == 0 && count == 0)
		rc = bench_complain("%s: no words", path);
	for (k = 0; rc == 0 && k < PER_ARTICLE; k++)
		rc = insert_annotation(store, article, words, count, k, now);
	free(words);
	article_free(article);
	return rc;
}

/* In a child: build DIR/source.db afresh, every article and annotation in
 * one transaction; the exit status. */
static int build_database(const struct subject *s)
{
	char now[ANNOTATION_TIME_SIZE], path[PATH_MAX], name[32];
	struct tanda_error err;
	struct store *store;
	size_t i;
	int rc = 0;

	if (bench_remove_db(s->db) != 0)
		return 1;
	if (store_open(s->db, &store, &err) != TANDA_OK) {
		bench_complain("%s", err.message);
		return 1;
	}
	annotation_now(now);
	if (store_begin(store, &err) != TANDA_OK)
		rc = bench_complain("%s", err.message);
	for (i = 0; rc == 0 && i < ARTICLES; i++) {
		snprintf(name, sizeof name, "article-%zu.txt", i);
		if ((rc = bench_path_in(path, s->dir, name)) == 0)
			rc = fill_article(store, path, now);
	}
	if (rc != 0)
		store_rollback(store);
	else if (store_commit(store, &err) != TANDA_OK)
		rc = bench_complain("%s", err.message);
	store_close(store);
	return rc == 0 ? 0 : 1;
}

/* Build DIR/source.db in a child process. */
static int need_database(const struct subject *s)
{
	struct rusage usage;
	int status = -1;
	pid_t pid;

	if ((pid = bench_fork()) < 0)
		return -1;
	if (pid == 0)
		_exit(build_database(s));
	if (bench_wait(pid, "building the database", &status, &usage) != 0)
		return -1;
	return status == 0 ? 0 : bench_complain("building %s failed", s->db);
}

/* Run a command once, timed as a whole (removing its fresh database
 * first, untimed); keeps its peak memory. */
static int time_command(void *ctx, uint64_t *ns)
{
	struct command *c = ctx;
	struct rusage usage;
	uint64_t start;
	int status;

	if (c->fresh_db != NULL && bench_remove_db(c->fresh_db) != 0)
		return -1;
	start = bench_now_ns();
	if (bench_spawn(c->argv, c->out, c->s->errors, &status, &usage) != 0)
		return -1;
	*ns = bench_now_ns() - start;
	if (status != 0)
		return bench_complain("%s exited with status %d (see %s)", c->argv[0], status,
				      c->s->errors);
	if (usage.ru_maxrss > c->max_kib)
		c->max_kib = usage.ru_maxrss;
	return 0;
}

/* PyYAML's times on the exported set: 0 with *load_ms and *dump_ms, 1
 * when it cannot run (PyYAML or its C classes missing: *why says so), -1
 * on failure. */
static int pyyaml_times(const struct subject *s, double *load_ms, double *dump_ms,
			char *why, size_t why_size)
{
	char out[PATH_MAX], *argv[] = { "python3", s->pyscript, (char *)s->set,
					 (char *)s->dumped, NULL };
	struct rusage usage;
	char *text = NULL;
	size_t len;
	int status, rc = 0;

	if (bench_path_in(out, s->dir, "pyyaml-times.txt") != 0)
		return -1;
	if (bench_spawn(argv, out, s->errors, &status, &usage) != 0)
		return -1;
	if (status == PYSCRIPT_UNAVAILABLE || status == 127) {
		if (status == 127) {
			snprintf(why, why_size, "python3 is not installed");
		} else if (bench_read_whole(s->errors, &text, &len) == 0) {
			text[strcspn(text, "\n")] = '\0';
			snprintf(why, why_size, "%s", text);
		}
		free(text);
		return 1;
	}
	if (status != 0)
		return bench_complain("%s exited with status %d (see %s)", s->pyscript, status,
				      s->errors);
	if (bench_read_whole(out, &text, &len) != 0)
		return -1;
	if (sscanf(text, "%lf %lf", load_ms, dump_ms) != 2)
		rc = bench_complain("%s printed \"%s\", not LOAD_MS DUMP_MS", s->pyscript, text);
	free(text);
	unlink(out);
	unlink(s->dumped);
	return rc;
}

/* Add an article's annotation count to the total in context. */
static int add_count(void *context, const struct store_article *article)
{
	*(size_t *)context += article->annotations;
	return 0;
}

/* Count the annotations stored in the database at path into *count. */
static int count_annotations(const char *path, size_t *count)
{
	struct tanda_error err;
	struct store *store;
	int rc = 0;

	*count = 0;
	if (store_open(path, &store, &err) != TANDA_OK)
		return bench_complain("%s", err.message);
	if (store_article_list(store, STORE_BY_SHA256, add_count, count, &err) != TANDA_OK)
		rc = bench_complain("%s", err.message);
	store_close(store);
	return rc;
}

/* Print a peak-memory figure for kib KiB. */
static void report_memory(const char *what, long kib)
{
	char figure[64];

	snprintf(figure, sizeof figure, "peak-memory-%s", what);
	bench_report_budget(figure, LABEL, (double)kib / 1024, "MB", "64 MB budget",
			    MEMORY_BUDGET_MB);
}

/* Print the figure figure-LABEL, ms, with its baseline skipped and why. */
static void report_skipped(const char *figure, double ms, const char *baseline,
			   const char *why)
{
	printf("%s-%s: %.*f ms (%s skipped: %s)\n", figure, LABEL, bench_decimals(ms), ms,
	       baseline, why);
	fflush(stdout);
}

/* Every figure. */
static int run(struct subject *s)
{
	struct command export = { s, { s->tanda, "export", "--all", "--with-text", "-o", s->set,
				       "--db", s->db, NULL }, NULL, NULL, 0 };
	struct command json = { s, { "sqlite3", "-json", s->db, SQLITE3_JSON_SQL, NULL },
				s->json, NULL, 0 };
	struct command import = { s, { s->tanda, "import", s->set, "--db", s->imported, NULL },
				  NULL, s->imported, 0 };
	double export_ms, json_ms, import_ms, load_ms = 0, dump_ms = 0;
	char why[256] = "";
	size_t stored;
	int python;

	if (cut_articles(s) != 0 || need_database(s) != 0)
		return -1;
	if (bench_median_pair_ms(time_command, &export, time_command, &json, 1, EXPORT_RUNS,
				 &export_ms, &json_ms) != 0)
		return -1;
	bench_report("export", LABEL, export_ms, "ms", "sqlite3 -json", json_ms);
	fputs("bench-yaml: running PyYAML's C loader and dumper once (about 40 s)\n", stderr);
	if ((python = pyyaml_times(s, &load_ms, &dump_ms, why, sizeof why)) < 0)
		return -1;
	if (python == 0)
		bench_report("export-vs-pyyaml", LABEL, export_ms, "ms", "CSafeDumper", dump_ms);
	else
		report_skipped("export-vs-pyyaml", export_ms, "CSafeDumper", why);
	if (bench_median_ms(time_command, &import, 0, IMPORT_RUNS, &import_ms) != 0 ||
	    count_annotations(s->imported, &stored) != 0)
		return -1;
	if (stored != (size_t)ARTICLES * PER_ARTICLE)
		return bench_complain("%s: %zu annotations imported, not %d", s->imported, stored,
				      ARTICLES * PER_ARTICLE);
	if (python == 0)
		bench_report("import", LABEL, import_ms, "ms", "CSafeLoader", load_ms);
	else
		report_skipped("import", import_ms, "CSafeLoader", why);
	report_memory("export", export.max_kib);
	report_memory("import", import.max_kib);
	unlink(s->json);
	return bench_remove_db(s->imported);
}

/* bench-yaml TANDA ARTICLE PYSCRIPT DIR: print the figures, or fail with a
 * message. */
int main(int argc, char **argv)
{
	struct subject s;

	if (argc != 5) {
		fputs("usage: bench-yaml TANDA ARTICLE PYSCRIPT DIR\n", stderr);
		return 2;
	}
	memset(&s, 0, sizeof s);
	s.tanda = argv[1];
	s.article = argv[2];
	s.pyscript = argv[3];
	s.dir = argv[4];
	if (bench_path_in(s.db, s.dir, "source.db") != 0 || bench_path_in(s.set, s.dir, "export.yaml") != 0 ||
	    bench_path_in(s.json, s.dir, "sqlite3.json") != 0 ||
	    bench_path_in(s.imported, s.dir, "import.db") != 0 ||
	    bench_path_in(s.dumped, s.dir, "pyyaml.yaml") != 0 ||
	    bench_path_in(s.errors, s.dir, "stderr.txt") != 0)
		return 1;
	return run(&s) == 0 ? 0 : 1;
}
