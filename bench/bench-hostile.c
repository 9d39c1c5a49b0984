/*
 * bench-hostile.c - how long tanda takes on the hostile sets of issue 14,
 * each against a 2 s budget, and how long a sync with nothing new takes
 * against libyaml alone reading the same files.
 *
 * `bench-hostile TANDA SETS DIR` writes the sets with SETS
 * (tests/hostile-sets.sh) into DIR and prints
 *
 *   hostile-paragraph-100k  `tanda import` of 100,000 highlights on one
 *                           paragraph of 1.5 MB into an empty database
 *   hostile-reader-100k     the reader (`--replay`, 120x40) opening that
 *                           article with its 100,000 highlights and paging
 *                           down 20 screens and back
 *   hostile-tags-30k        `tanda import` of one annotation with 30,000
 *                           tags
 *   hostile-exact-250k      `tanda import` of one annotation whose exact
 *                           text is 250,000 characters found nowhere (it
 *                           is re-anchored, and becomes an orphan)
 *
 * (medians of RUNS, each against a 2 s budget), then builds a shared folder
 * of REVIEWERS sets of PER_REVIEWER annotations each on one article,
 * imports it once, and prints
 *
 *   sync-50x2000            `tanda sync DIR` with nothing new (every set
 *                           imported again, changing nothing, and the own
 *                           set written again), against libyaml's event
 *                           parser reading every file of the folder in
 *                           this process: the floor of reading them.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <yaml.h>

#include "bench.h"

const char bench_program[] = "bench-hostile";

#define RUNS 3
#define REVIEWERS 50
#define PER_REVIEWER 2000
#define BUDGET_MS 2000.0

/* The files of a run. */
struct subject {
	char *tanda, *sets;
	const char *dir;
	char paragraph[PATH_MAX], text[PATH_MAX], tags[PATH_MAX], exact[PATH_MAX];
	char keys[PATH_MAX], screen[PATH_MAX], db[PATH_MAX], errors[PATH_MAX];
	char folder[PATH_MAX], article[PATH_MAX], seed[PATH_MAX], sync_db[PATH_MAX];
};

/* A command timed as a whole, its fresh database removed first. */
struct command {
	const struct subject *s;
	char *argv[16];
	const char *fresh_db;
};

/* Run a command once, timed (bench_run_fn). */
static int time_command(void *ctx, uint64_t *ns)
{
	struct command *c = ctx;
	struct rusage usage;
	uint64_t start;
	int status = -1;

	if (c->fresh_db != NULL && bench_remove_db(c->fresh_db) != 0)
		return -1;
	start = bench_now_ns();
	if (bench_spawn(c->argv, NULL, c->s->errors, &status, &usage) != 0)
		return -1;
	*ns = bench_now_ns() - start;
	if (status != 0)
		return bench_complain("%s %s exited with status %d (see %s)", c->argv[0],
				      c->argv[1], status, c->s->errors);
	return 0;
}

/* Run SETS with the arguments kind, n and the files out and extra (may be
 * NULL): write one hostile set. */
static int write_set(const struct subject *s, const char *kind, const char *n, char *out,
		     char *extra)
{
	char *argv[] = { "sh", s->sets, (char *)kind, (char *)n, out, extra, NULL };
	struct rusage usage;
	int status = -1;

	if (bench_spawn(argv, NULL, s->errors, &status, &usage) != 0)
		return -1;
	return status == 0 ? 0 : bench_complain("%s %s failed (see %s)", s->sets, kind, s->errors);
}

/* Write the reader's key script: 20 screens down, 20 back. */
static int write_keys(const struct subject *s)
{
	FILE *f = fopen(s->keys, "w");
	int i;

	if (f == NULL)
		return bench_complain("%s: %s", s->keys, strerror(errno));
	for (i = 0; i < 40; i++)
		fputs(i < 20 ? "<C-f>\n" : "<C-b>\n", f);
	return fclose(f) == 0 ? 0 : bench_complain("%s: cannot write it", s->keys);
}

/* Time one import of set into a fresh database, reported as figure. */
static int time_import(const struct subject *s, const char *figure, char *set)
{
	struct command c = { s, { s->tanda, "import", set, "--db", (char *)s->db, NULL },
			     s->db };
	double ms;

	if (bench_median_ms(time_command, &c, 0, RUNS, &ms) != 0)
		return -1;
	bench_report_budget("hostile", figure, ms, "ms", "2 s budget", BUDGET_MS);
	return 0;
}

/* The hostile figures. */
static int hostile(struct subject *s)
{
	struct command reader = { s, { s->tanda, "--db", s->db, "--replay", s->keys, "--screen",
				       s->screen, "--size", "120x40", s->text, NULL }, NULL };
	double ms;

	if (write_set(s, "paragraph", "100000", s->paragraph, s->text) != 0 ||
	    write_set(s, "tags", "30000", s->tags, NULL) != 0 ||
	    write_set(s, "exact", "250000", s->exact, NULL) != 0 || write_keys(s) != 0)
		return -1;
	if (time_import(s, "paragraph-100k", s->paragraph) != 0)
		return -1;
	setenv("TERM", "xterm-256color", 1);
	if (bench_median_ms(time_command, &reader, 0, RUNS, &ms) != 0)
		return -1;
	bench_report_budget("hostile", "reader-100k", ms, "ms", "2 s budget", BUDGET_MS);
	if (time_import(s, "tags-30k", s->tags) != 0 || time_import(s, "exact-250k", s->exact) != 0)
		return -1;
	return bench_remove_db(s->db);
}

/* Write the shared article: 400 paragraphs of 20 ASCII words, into
 * s->article; its words' offsets are what the sets point at. */
static int write_article(const struct subject *s)
{
	static const char *const words[] = { "kata", "dan", "yang", "ini", "itu", "untuk",
					     "dengan", "pada", "dari", "akan", "tidak", "ada" };
	FILE *f = fopen(s->article, "w");
	int p, w;

	if (f == NULL)
		return bench_complain("%s: %s", s->article, strerror(errno));
	for (p = 0; p < 400; p++)
		for (w = 0; w < 20; w++)
			fprintf(f, "%s%s", words[(p * 7 + w * 5) % 12], w == 19 ? "\n" : " ");
	return fclose(f) == 0 ? 0 : bench_complain("%s: cannot write it", s->article);
}

/* Write one reviewer's set of PER_REVIEWER notes on the article of text
 * (len bytes, sha256), on its words in turn, to path; with_text adds the
 * text (the seed that makes the article known). */
static int write_reviewer(const char *path, const char *who, int index, const char *sha256,
			  const char *text, size_t len, int with_text)
{
	FILE *f = fopen(path, "w");
	size_t at = 0, p = 1, k, i;

	if (f == NULL)
		return bench_complain("%s: %s", path, strerror(errno));
	fprintf(f, "tanda: 1\narticles:\n- sha256: %s\n  paragraphs: 400\n", sha256);
	if (with_text)
		fputs("  text: |\n", f);
	for (i = 0; with_text && i < len; i += strcspn(text + i, "\n") + 1)
		fprintf(f, "    %.*s\n", (int)strcspn(text + i, "\n"), text + i);
	fputs("  annotations:\n", f);
	for (k = 0; k < PER_REVIEWER; k++) {
		size_t word = strcspn(text + at, " \n");

		fprintf(f, "  - id: %08x-%04x-4000-8000-000000000000\n    kind: note\n"
			"    paragraph: %zu\n    exact: %.*s\n    start: %zu\n    end: %zu\n"
			"    note: catatan %zu dari %s\n    author: %s\n"
			"    created: 2026-11-26T07:00:00Z\n    modified: 2026-11-26T07:00:00Z\n",
			(unsigned)k, (unsigned)index, p, (int)word, text + at, at, at + word, k, who,
			who);
		if (text[at + word] == '\n')
			p = p % 400 + 1;
		at += word + 1;
		if (at >= len) {
			at = 0;
			p = 1;
		}
	}
	return fclose(f) == 0 ? 0 : bench_complain("%s: cannot write it", path);
}

/* Build the shared folder of REVIEWERS sets and the seed with the text. */
static int build_folder(const struct subject *s)
{
	char *text, path[PATH_MAX], who[32], sha[72];
	struct rusage usage;
	char *argv[] = { "sh", "-c", "sha256sum \"$0\" | cut -c1-64 >\"$1\"", (char *)s->article,
			 path, NULL };
	size_t len;
	int status = -1, i, rc = 0;
	FILE *f;

	if (write_article(s) != 0 || bench_path_in(path, s->dir, "article.sha256") != 0 ||
	    bench_spawn(argv, NULL, s->errors, &status, &usage) != 0 || status != 0 ||
	    (f = fopen(path, "r")) == NULL)
		return bench_complain("cannot find the article's SHA-256");
	rc = fgets(sha, sizeof sha, f) == NULL;
	fclose(f);
	sha[strcspn(sha, "\n")] = '\0';
	if (rc != 0 || bench_read_whole(s->article, &text, &len) != 0)
		return -1;
	mkdir(s->folder, 0755);
	rc = write_reviewer(s->seed, "seed", 99, sha, text, len, 1);
	for (i = 0; rc == 0 && i < REVIEWERS; i++) {
		snprintf(who, sizeof who, "reviewer%02d", i + 1);
		if (snprintf(path, sizeof path, "%s/%s.yaml", s->folder, who) >= (int)sizeof path)
			rc = bench_complain("%s: path too long", s->folder);
		else
			rc = write_reviewer(path, who, i + 1, sha, text, len, 0);
	}
	free(text);
	return rc;
}

/* One libyaml pass over every set of the folder (bench_run_fn). */
static int parse_folder(void *ctx, uint64_t *ns)
{
	const struct subject *s = ctx;
	char path[PATH_MAX + 32];
	uint64_t start = bench_now_ns();
	int i;

	for (i = 0; i < REVIEWERS; i++) {
		yaml_parser_t parser;
		yaml_event_t event;
		FILE *f;
		int done = 0, ok = 1;

		snprintf(path, sizeof path, "%s/reviewer%02d.yaml", s->folder, i + 1);
		if ((f = fopen(path, "rb")) == NULL)
			return bench_complain("%s: %s", path, strerror(errno));
		yaml_parser_initialize(&parser);
		yaml_parser_set_input_file(&parser, f);
		while (ok && !done) {
			ok = yaml_parser_parse(&parser, &event);
			done = ok && event.type == YAML_STREAM_END_EVENT;
			if (ok)
				yaml_event_delete(&event);
		}
		yaml_parser_delete(&parser);
		fclose(f);
		if (!ok)
			return bench_complain("%s: libyaml cannot read it", path);
	}
	*ns = bench_now_ns() - start;
	return 0;
}

/* The sync figure. */
static int sync_folder(struct subject *s)
{
	struct command seed = { s, { s->tanda, "import", s->seed, "--db", s->sync_db, NULL },
				s->sync_db };
	struct command sync = { s, { s->tanda, "sync", s->folder, "--author", "reviewer01",
				     "--db", s->sync_db, NULL }, NULL };
	double ms, libyaml_ms;
	uint64_t ns;

	if (build_folder(s) != 0 || time_command(&seed, &ns) != 0 || time_command(&sync, &ns) != 0)
		return -1;	/* the first sync brings everything in */
	if (bench_median_pair_ms(time_command, &sync, parse_folder, s, 1, RUNS, &ms,
				 &libyaml_ms) != 0)
		return -1;
	bench_report("sync", "50x2000", ms, "ms", "libyaml parse", libyaml_ms);
	return bench_remove_db(s->sync_db);
}

/* bench-hostile TANDA SETS DIR: print the figures, or fail with a
 * message. */
int main(int argc, char **argv)
{
	struct subject s;

	if (argc != 4) {
		fputs("usage: bench-hostile TANDA SETS DIR\n", stderr);
		return 2;
	}
	memset(&s, 0, sizeof s);
	s.tanda = argv[1];
	s.sets = argv[2];
	s.dir = argv[3];
	if (bench_path_in(s.paragraph, s.dir, "paragraph.yaml") != 0 ||
	    bench_path_in(s.text, s.dir, "paragraph.txt") != 0 ||
	    bench_path_in(s.tags, s.dir, "tags.yaml") != 0 ||
	    bench_path_in(s.exact, s.dir, "exact.yaml") != 0 ||
	    bench_path_in(s.keys, s.dir, "pages.keys") != 0 ||
	    bench_path_in(s.screen, s.dir, "screen.txt") != 0 ||
	    bench_path_in(s.db, s.dir, "hostile.db") != 0 ||
	    bench_path_in(s.errors, s.dir, "stderr.txt") != 0 ||
	    bench_path_in(s.folder, s.dir, "reviews") != 0 ||
	    bench_path_in(s.article, s.dir, "shared-article.txt") != 0 ||
	    bench_path_in(s.seed, s.dir, "seed.yaml") != 0 ||
	    bench_path_in(s.sync_db, s.dir, "sync.db") != 0)
		return 1;
	return hostile(&s) == 0 && sync_folder(&s) == 0 ? 0 : 1;
}
