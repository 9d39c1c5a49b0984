/*
 * test-yaml-import.c - importing annotation sets: time stamps in every
 * form YAML allows, validation messages with their line:column, hostile
 * files (aliases, deep nesting, huge scalars), each merge rule, conflicts,
 * pending articles, re-anchoring, key orders and styles as other tools
 * write them, and importing twice changing nothing.
 */
#include <string.h>
#include <unistd.h>

#include "fixture.h"
#include "merge.h"
#include "sha256.h"
#include "store.h"
#include "yaml-import.h"
#include "yamlread.h"
#include "yamlset.h"

/* The article of the sets below, its normalized text and as YAML. */
static const char article_text[] =
	"Presiden Yoon minum kopi di kafe Ma\xC3\xB1" "ana.\n"
	"Harga kopi naik menjadi 5.000 won.\n"
	"Pemerintah kota akan meninjau harga itu.\n";
#define TEXT_YAML \
	"  text: |\n" \
	"    Presiden Yoon minum kopi di kafe Ma\xC3\xB1" "ana.\n" \
	"    Harga kopi naik menjadi 5.000 won.\n" \
	"    Pemerintah kota akan meninjau harga itu.\n"

/* The times used by the merge tests, oldest first. */
#define T0 "2026-11-26T08:00:00Z"
#define T1 "2026-11-27T08:00:00Z"
#define T2 "2026-11-28T08:00:00Z"

/* The id of annotation n of the sets below. */
#define ID(n) "00000000-0000-4000-8000-00000000000" #n

/* A temporary store, the last import's result and error, its notices. */
struct world {
	char dir[64];
	char path[128];
	struct store *store;
	char sha[SHA256_HEX_SIZE];
	struct yaml_import_options options;
	struct yaml_import_result result;
	struct tanda_error err;
	char notices[4096];
	size_t nnotices;
};

/* Keep a notice of the importer. */
static void keep_notice(void *context, const char *message)
{
	struct world *w = context;
	size_t used = strlen(w->notices);

	snprintf(w->notices + used, sizeof w->notices - used, "%s\n", message);
	w->nnotices++;
}

static int setup(void **state)
{
	struct world *w = calloc(1, sizeof *w);
	struct tanda_error err;

	assert_non_null(w);
	strcpy(w->dir, "/tmp/tanda-import-XXXXXX");
	assert_non_null(mkdtemp(w->dir));
	snprintf(w->path, sizeof w->path, "%s/tanda.db", w->dir);
	assert_int_equal(store_open(w->path, &w->store, &err), TANDA_OK);
	sha256_hex(article_text, strlen(article_text), w->sha);
	yaml_import_options_init(&w->options);
	w->options.notice = keep_notice;
	w->options.context = w;
	*state = w;
	return 0;
}

static int teardown(void **state)
{
	struct world *w = *state;
	char command[256];

	yaml_import_result_free(&w->result);
	store_close(w->store);
	snprintf(command, sizeof command, "rm -rf '%s'", w->dir);
	assert_int_equal(system(command), 0);
	free(w);
	return 0;
}

/* template with each @SHA@ replaced by the article's sha256 (caller
 * frees). */
static char *render(const struct world *w, const char *template)
{
	size_t size = strlen(template) * 16 + 1, o = 0;
	char *out = malloc(size);
	const char *s;

	assert_non_null(out);
	for (s = template; *s != '\0';) {
		if (strncmp(s, "@SHA@", 5) == 0) {
			memcpy(out + o, w->sha, 64);
			o += 64;
			s += 5;
		} else {
			out[o++] = *s++;
		}
	}
	out[o] = '\0';
	return out;
}

/* Import template (rendered) as the file t.yaml; the result and error
 * stay in w. */
static enum tanda_status run(struct world *w, const char *template)
{
	char *yaml = render(w, template);
	enum tanda_status status;

	yaml_import_result_free(&w->result);
	tanda_error_clear(&w->err);
	w->notices[0] = '\0';
	w->nnotices = 0;
	status = yaml_import_bytes(w->store, "t.yaml", yaml, strlen(yaml), &w->options,
				   &w->result, &w->err);
	free(yaml);
	return status;
}

/* Import template, which must succeed; the report of its first article. */
static const struct yaml_import_article *imported(struct world *w, const char *template)
{
	enum tanda_status status = run(w, template);

	if (status != TANDA_OK)
		fail_msg("import failed: %s", w->err.message);
	assert_true(w->result.count >= 1);
	return &w->result.articles[0];
}

/* Import template, which must fail with message. */
static void refused(struct world *w, const char *template, const char *message)
{
	assert_int_equal(run(w, template), TANDA_EDATA);
	assert_string_equal(w->err.message, message);
}

/* A set of the one article (with its text when with_text) holding the
 * annotation items, into buf. */
static const char *set_of(char *buf, size_t size, int with_text, const char *items)
{
	snprintf(buf, size, "tanda: 1\ngenerator: test\narticles:\n- sha256: @SHA@\n"
		 "  title: Kopi\n  paragraphs: 3\n%s  annotations:\n%s",
		 with_text ? TEXT_YAML : "", items);
	return buf;
}

/* Annotation item n on "kopi", modified at modified, with the extra lines
 * (each "    key: value\n"), into buf. */
static const char *item(char *buf, size_t size, int n, const char *modified, const char *extra)
{
	snprintf(buf, size, "  - id: 00000000-0000-4000-8000-00000000000%d\n"
		 "    kind: highlight\n    paragraph: 1\n    exact: kopi\n"
		 "    start: 20\n    end: 24\n%s    author: Ana\n"
		 "    created: " T0 "\n    modified: %s\n", n, extra, modified);
	return buf;
}

/* Import a set holding annotation 1 as item(modified, extra); the
 * outcome it had. */
static enum merge_outcome merge_as(struct world *w, const char *modified, const char *extra)
{
	char a[1024], s[4096];
	const struct yaml_import_article *r = imported(w, set_of(s, sizeof s, 1,
								item(a, sizeof a, 1, modified, extra)));
	int i;

	for (i = 0; i < MERGE_OUTCOMES; i++)
		if (r->outcomes[i] == 1)
			return (enum merge_outcome)i;
	fail_msg("no outcome");
	return MERGE_OUTCOMES;
}

/* The stored annotation id, into a (cleared by the caller). */
static void stored(struct world *w, const char *id, struct annotation *a)
{
	struct tanda_error err;

	annotation_init(a);
	assert_int_equal(store_annotation_get(w->store, id, a, &err), TANDA_OK);
}

/* Count one annotation (store_visit_fn). */
static int counter(void *context, const struct annotation *a)
{
	(void)a;
	(*(size_t *)context)++;
	return 0;
}

/* How many annotations (deleted too) are stored. */
static size_t stored_count(struct world *w)
{
	struct store_query q;
	struct tanda_error err;
	size_t n = 0;

	store_query_init(&q);
	q.include_deleted = 1;
	assert_int_equal(store_annotation_list(w->store, &q, counter, &n, &err), TANDA_OK);
	return n;
}

/* ---- time stamps ---- */

static void test_time_forms(void **state)
{
	static const char *const good[][2] = {
		{ "2026-11-26T06:00:00Z", "2026-11-26T06:00:00Z" },
		{ "2026-11-26 06:00:00+00:00", "2026-11-26T06:00:00Z" },	/* PyYAML */
		{ "2026-11-26t06:00:00z", "2026-11-26T06:00:00Z" },
		{ "2026-11-26T06:00:00.123456Z", "2026-11-26T06:00:00Z" },
		{ "2026-11-26T06:00:00.Z", "2026-11-26T06:00:00Z" },
		{ "2026-11-26T13:00:00+07:00", "2026-11-26T06:00:00Z" },
		{ "2026-11-26 01:30:00 -04:30", "2026-11-26T06:00:00Z" },
		{ "2026-11-26T06:00:00-7", "2026-11-26T13:00:00Z" },
		{ "2026-11-26T06:00:00 Z", "2026-11-26T06:00:00Z" },
		{ "2026-11-26 \t 06:00:00", "2026-11-26T06:00:00Z" },	/* no zone: UTC */
		{ "2026-1-2T3:04:05Z", "2026-01-02T03:04:05Z" },
		{ "2026-11-26", "2026-11-26T00:00:00Z" },
		{ "2026-12-31T23:30:00-01:00", "2027-01-01T00:30:00Z" },
		{ "2026-03-01T00:30:00+01:00", "2026-02-28T23:30:00Z" },
		{ "2024-03-01T00:30:00+01:00", "2024-02-29T23:30:00Z" },
		{ "2000-02-29T12:00:00Z", "2000-02-29T12:00:00Z" },
		{ "1969-12-31T23:59:59Z", "1969-12-31T23:59:59Z" },
	};
	static const char *const bad[] = {
		"", "yesterday", "2026-02-29", "1900-02-29", "2026-13-01", "2026-11-31",
		"2026-11-26T24:00:00Z", "2026-11-26T06:60:00Z", "2026-11-26T06:00:60Z",
		"2026-1-2", "2026-11-26T06:00Z", "2026-11-26T06:00:00+0700",
		"2026-11-26T06:00:00+24:00", "0000-01-01T00:30:00+01:00",
		"9999-12-31T23:30:00-01:00", " 2026-11-26", "2026-11-26x", "26-11-26",
		"2026-11-26T06:00:00Zulu",
	};
	char out[ANNOTATION_TIME_SIZE];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof good / sizeof good[0]; i++) {
		assert_int_equal(yamlset_utc_time(good[i][0], out), 0);
		assert_string_equal(out, good[i][1]);
	}
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
		if (yamlset_utc_time(bad[i], out) == 0)
			fail_msg("\"%s\" read as %s", bad[i], out);
}

/* ---- validation ---- */

static void test_not_an_annotation_set(void **state)
{
	static const char *const cases[][2] = {
		{ "", "t.yaml:1:1: not an annotation set (the file is empty)" },
		{ "# only a comment\n", "t.yaml:2:1: not an annotation set (the file is empty)" },
		{ "---\n...\n---\n", "t.yaml:2:1: not an annotation set (the document is empty)" },
		{ "- tanda: 1\n", "t.yaml:1:1: not an annotation set (its top level is a list)" },
		{ "tanda\n", "t.yaml:1:1: not an annotation set (its top level is a scalar)" },
		{ "tanda: 1\n---\ntanda: 1\n",
		  "t.yaml:2:1: not an annotation set (the file has several documents)" },
		{ "title: x\n", "t.yaml:1:1: title: not an annotation set (an unknown key, and no "
				"tanda: key before it)" },
		{ "{}\n", "t.yaml:1:1: not an annotation set (its top level has no tanda: key)" },
		{ "tanda: 2\n", "t.yaml:1:8: tanda: version 2 is not known (this tanda reads "
				"version 1)" },
		{ "tanda: '1'\n", "t.yaml:1:8: tanda: expected a whole number, not \"1\"" },
		{ "tanda: 1\nfoo: bar\n", "t.yaml:2:1: foo: unknown key" },
		{ "tanda: 1\ntanda: 1\n", "t.yaml:2:1: tanda: duplicate key" },
		{ "tanda: 1\nexported: soon\n", "t.yaml:2:11: exported: expected a time stamp "
						"such as 2026-11-26T07:42:26Z, not \"soon\"" },
		{ "tanda: 1\narticles: 3\n", "t.yaml:2:11: articles: expected a list, not \"3\"" },
		{ "tanda: 1\narticles: [3]\n",
		  "t.yaml:2:12: articles[0]: expected a mapping, not \"3\"" },
		{ "tanda: 1\n? [a]\n: b\n", "t.yaml:2:3: expected a key, not a list" },
		{ "tanda: 1\narticles: [\n", "t.yaml:3:1: articles[0]: did not find expected node "
					   "content (while parsing a flow node)" },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		refused(*state, cases[i][0], cases[i][1]);
}

/* A set whose one annotation has the fields of item 1 but for extra. */
#define BAD(extra) \
	"tanda: 1\narticles:\n- sha256: @SHA@\n  paragraphs: 3\n" TEXT_YAML "  annotations:\n" \
	"  - id: " ID(1) "\n    kind: highlight\n    exact: kopi\n    author: Ana\n" \
	"    created: " T0 "\n    modified: " T0 "\n" extra

static void test_bad_fields(void **state)
{
	static const char *const cases[][2] = {
		{ BAD("    paragraph: 1\n    start: 20\n"),
		  "t.yaml:10:5: articles[0].annotations[0].end: missing" },
		{ BAD("    paragraph: 1\n    start: 20\n    end: ~\n"),
		  "t.yaml:18:10: articles[0].annotations[0].end: has no value" },
		{ BAD("    paragraph: 1\n    start: 20\n    end: twenty\n"),
		  "t.yaml:18:10: articles[0].annotations[0].end: expected a whole number, not "
		  "\"twenty\"" },
		{ BAD("    paragraph: 1\n    start: 20\n    end: -4\n"),
		  "t.yaml:18:10: articles[0].annotations[0].end: -4 is out of range (0 to "
		  "9223372036854775807)" },
		{ BAD("    paragraph: 1\n    start: 20\n    end: 10\n"),
		  "t.yaml:18:10: articles[0].annotations[0].end: 10 is before start (20)" },
		{ BAD("    paragraph: 1\n    start: 20\n    end: 200\n"),
		  "t.yaml:18:10: articles[0].annotations[0].end: 200 is beyond the text (117 "
		  "characters)" },
		{ BAD("    paragraph: 4\n    start: 20\n    end: 24\n"),
		  "t.yaml:16:16: articles[0].annotations[0].paragraph: 4, but the article has 3 "
		  "paragraphs" },
		{ BAD("    paragraph: 0\n    start: 20\n    end: 24\n"),
		  "t.yaml:16:16: articles[0].annotations[0].paragraph: 0 is out of range (1 to "
		  "4294967295)" },
		{ BAD("    paragraph: 1\n    start: 20\n    end: 24\n    kind: note\n"),
		  "t.yaml:19:5: articles[0].annotations[0].kind: duplicate key" },
		{ BAD("    paragraph: 1\n    start: 20\n    end: 24\n    colour: red\n"),
		  "t.yaml:19:5: articles[0].annotations[0].colour: unknown key" },
		{ BAD("    paragraph: 1\n    start: 20\n    end: 24\n    claim: maybe\n"),
		  "t.yaml:19:12: articles[0].annotations[0].claim: expected unverified, "
		  "supported, disputed, false, misleading, needs-source, not \"maybe\"" },
		{ BAD("    paragraph: 1\n    start: 20\n    end: 24\n    anchor: lost\n"),
		  "t.yaml:19:13: articles[0].annotations[0].anchor: expected exact, fuzzy, "
		  "orphan, resolved-by-edit, not \"lost\"" },
		{ BAD("    paragraph: 1\n    start: 20\n    end: 24\n    score: 2\n"),
		  "t.yaml:19:12: articles[0].annotations[0].score: 2 is out of range (0 to 1)" },
		{ BAD("    paragraph: 1\n    start: 20\n    end: 24\n    deleted: maybe\n"),
		  "t.yaml:19:14: articles[0].annotations[0].deleted: expected true or false, not "
		  "\"maybe\"" },
		{ BAD("    paragraph: 1\n    start: 20\n    end: 24\n    tags: [a, '']\n"),
		  "t.yaml:19:15: articles[0].annotations[0].tags[1]: a tag cannot be empty" },
		{ BAD("    paragraph: 1\n    start: 20\n    end: 24\n    tags: {a: b}\n"),
		  "t.yaml:19:11: articles[0].annotations[0].tags: expected a list, not a mapping" },
		{ BAD("    paragraph: 1\n    start: 20\n    end: 24\n    note: [a]\n"),
		  "t.yaml:19:11: articles[0].annotations[0].note: expected text, not a list" },
		{ BAD("    paragraph: 1\n    start: 20\n    end: 24\n    note: \"a\\0b\"\n"),
		  "t.yaml:19:11: articles[0].annotations[0].note: holds a NUL character" },
		{ BAD("    paragraph: 1\n    start: 20\n    end: 24\n    speaker: Yoon\n"),
		  "t.yaml:10:5: articles[0].annotations[0]: a speaker belongs to a quote, not a "
		  "highlight" },
		{ BAD("    paragraph: 1\n    start: 20\n    end: 24\n"
		      "    correction: {kind: typo}\n"),
		  "t.yaml:19:24: articles[0].annotations[0].correction.kind: expected date, name, "
		  "title, number, spelling, attribution, other, not \"typo\"" },
		{ BAD("    paragraph: 1\n    start: 20\n    end: 24\n    modified: later\n"),
		  "t.yaml:19:5: articles[0].annotations[0].modified: duplicate key" },
		{ BAD("    paragraph: 1\n    start: 20\n    end: 24\n    created: !!binary aGk=\n"),
		  "t.yaml:19:5: articles[0].annotations[0].created: duplicate key" },
		{ BAD("    paragraph: 1\n    start: 20\n    end: 24\n    note: !!binary aGk=\n"),
		  "t.yaml:19:11: articles[0].annotations[0].note: the tag "
		  "tag:yaml.org,2002:binary is not allowed" },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		refused(*state, cases[i][0], cases[i][1]);
}

static void test_bad_articles_and_ids(void **state)
{
	static const char *const cases[][2] = {
		{ "tanda: 1\narticles:\n- sha256: abc\n",
		  "t.yaml:3:11: articles[0].sha256: not a SHA-256 (64 hexadecimal digits)" },
		{ "tanda: 1\narticles:\n- title: x\n", "t.yaml:3:3: articles[0].sha256: missing" },
		{ "tanda: 1\narticles:\n- sha256: @SHA@\n  paragraphs: 2\n" TEXT_YAML,
		  "t.yaml:4:15: articles[0].paragraphs: 2, but the text has 3" },
		{ "tanda: 1\narticles:\n- sha256: @SHA@\n  annotations:\n"
		  "  - id: 3f1c9a4e-8d2b-4c51-9a7e\n",
		  "t.yaml:5:9: articles[0].annotations[0].id: not a UUID such as "
		  "3f1c9a4e-8d2b-4c51-9a7e-2b6f0d4c8e11" },
		{ "tanda: 1\narticles:\n- sha256: @SHA@\n  title: \"\xFF\"\n",
		  "t.yaml:4:11: not valid UTF-8: invalid leading UTF-8 octet (#xFF)" },
	};
	char a[1024], b[1024], items[2048], s[4096], other[SHA256_HEX_SIZE];
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		refused(*state, cases[i][0], cases[i][1]);
	sha256_hex("Another text.\n", strlen("Another text.\n"), other);
	snprintf(s, sizeof s, "t.yaml:4:9: articles[0].text: its SHA-256 is %s, not the "
		 "article's sha256", other);
	refused(*state, "tanda: 1\narticles:\n- sha256: @SHA@\n  text: |\n    Another text.\n", s);
	snprintf(items, sizeof items, "%s%s", item(a, sizeof a, 1, T0, ""),
		 item(b, sizeof b, 1, T1, ""));
	refused(*state, set_of(s, sizeof s, 1, items),
		"t.yaml:21:5: articles[0].annotations[1].id: "
		"00000000-0000-4000-8000-000000000001 is already the id of an annotation at line 12");
	assert_int_equal(stored_count(*state), 0);
}

/* ---- hostile files ---- */

static void test_aliases_are_refused_at_once(void **state)
{
	struct world *w = *state;
	char *laughs = malloc(1 << 16);
	size_t o = 0;
	int level, i;

	assert_non_null(laughs);
	o += (size_t)sprintf(laughs + o, "tanda: 1\narticles:\n- &l0 {sha256: @SHA@}\n");
	for (level = 1; level < 10; level++) {
		o += (size_t)sprintf(laughs + o, "- &l%d [", level);
		for (i = 0; i < 10; i++)
			o += (size_t)sprintf(laughs + o, "%s*l%d", i ? ", " : "", level - 1);
		o += (size_t)sprintf(laughs + o, "]\n");
	}
	refused(w, laughs, "t.yaml:3:3: articles[0]: anchors are not allowed (&l0)");
	refused(w, "tanda: 1\ngenerator: *x\n",
		"t.yaml:2:12: generator: aliases are not allowed (*x)");
	refused(w, "tanda: 1\ngenerator: &x tanda\n",
		"t.yaml:2:12: generator: anchors are not allowed (&x)");
	free(laughs);
}

/* Read the events of yaml until one fails; the failure's message. */
static const char *read_all(struct world *w, const char *yaml, size_t len)
{
	const struct yamlread_options options = {
		.name = "t.yaml", .what = NULL, .first_line = 1, .mapped = 0,
		.max_depth = YAMLSET_MAX_DEPTH, .max_scalar = YAMLSET_MAX_SCALAR,
	};
	struct yamlread r;

	tanda_error_clear(&w->err);
	assert_int_equal(yamlread_init(&r, yaml, len, &options, &w->err), TANDA_OK);
	while (yamlread_next(&r) == TANDA_OK && r.event.type != YAML_STREAM_END_EVENT)
		;
	yamlread_release(&r);
	return w->err.message;
}

static void test_deep_nesting_is_refused(void **state)
{
	struct world *w = *state;
	char deep[4096];
	size_t i;

	for (i = 0; i < 1000; i++)
		deep[i] = '[';
	deep[i] = '\0';
	assert_string_equal(read_all(w, deep, strlen(deep)),
			    "t.yaml:1:65: nested deeper than 64");
	refused(w, "tanda: 1\narticles: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n",
		"t.yaml:2:12: articles[0]: expected a mapping, not a list");
}

/* A set whose first article's title is a scalar of n bytes of 'x'. */
static char *long_title(size_t n)
{
	const char head[] = "tanda: 1\narticles:\n- sha256: @SHA@\n  title: ";
	char *yaml = malloc(sizeof head + n + 2);

	assert_non_null(yaml);
	memcpy(yaml, head, sizeof head - 1);
	memset(yaml + sizeof head - 1, 'x', n);
	strcpy(yaml + sizeof head - 1 + n, "\n");
	return yaml;
}

static void test_huge_scalars_are_refused(void **state)
{
	struct world *w = *state;
	char *yaml = long_title(YAMLSET_MAX_SCALAR + 1);

	refused(w, yaml, "t.yaml:4:10: articles[0].title: a scalar of 16777217 bytes is over "
			 "the limit of 16777216");
	free(yaml);
	yaml = long_title(YAMLSET_MAX_SCALAR);	/* at the limit: fine */
	imported(w, yaml);
	free(yaml);
	yaml = long_title(2 * YAMLSET_MAX_SCALAR + (1 << 20));	/* stopped while read */
	refused(w, yaml, "t.yaml:4:8: articles[0].title: a scalar over the limit of 16777216 "
			 "bytes");
	free(yaml);
}

/* ---- merging ---- */

static void test_new_then_unchanged(void **state)
{
	struct world *w = *state;
	char a[1024], b[1024], items[2048], s[4096];
	const struct yaml_import_article *r;

	snprintf(items, sizeof items, "%s%s", item(a, sizeof a, 1, T0, "    note: one\n"),
		 item(b, sizeof b, 2, T0, "    tags: [b, a]\n"));
	set_of(s, sizeof s, 1, items);
	r = imported(w, s);
	assert_int_equal(r->fate, IMPORT_ARTICLE_ADDED);
	assert_int_equal(r->outcomes[MERGE_NEW], 2);
	assert_string_equal(r->sha256, w->sha);
	assert_string_equal(r->title, "Kopi");
	r = imported(w, s);
	assert_int_equal(r->fate, IMPORT_ARTICLE_KNOWN);
	assert_int_equal(r->outcomes[MERGE_UNCHANGED], 2);
	assert_int_equal(r->outcomes[MERGE_NEW] + r->outcomes[MERGE_UPDATED], 0);
	assert_int_equal(stored_count(w), 2);
}

static void test_newer_replaces_older_does_not(void **state)
{
	struct world *w = *state;
	struct annotation a;

	assert_int_equal(merge_as(w, T1, "    note: first\n"), MERGE_NEW);
	assert_int_equal(merge_as(w, T2, "    note: newer\n"), MERGE_UPDATED);
	assert_int_equal(merge_as(w, T0, "    note: older\n"), MERGE_UNCHANGED);
	assert_int_equal(merge_as(w, T2, "    note: newer\n"), MERGE_UNCHANGED);
	stored(w, ID(1), &a);
	assert_string_equal(a.note, "newer");
	assert_string_equal(a.modified, T2);
	annotation_clear(&a);
}

static void test_tombstones_stay(void **state)
{
	struct world *w = *state;
	struct annotation a;

	assert_int_equal(merge_as(w, T1, "    note: live\n"), MERGE_NEW);
	assert_int_equal(merge_as(w, T0, "    deleted: yes\n"), MERGE_DELETED);	/* older */
	stored(w, ID(1), &a);
	assert_true(a.deleted);
	assert_string_equal(a.note, "live");	/* the newer content, deleted */
	assert_string_equal(a.modified, T1);
	annotation_clear(&a);
	assert_int_equal(merge_as(w, T0, "    note: live\n"), MERGE_UNCHANGED);
	assert_int_equal(merge_as(w, T1, "    note: live\n"), MERGE_UNCHANGED);
	assert_int_equal(merge_as(w, T2, "    note: edited\n"), MERGE_UPDATED);
	stored(w, ID(1), &a);
	assert_true(a.deleted);	/* a newer live copy does not bring it back */
	assert_string_equal(a.note, "edited");
	annotation_clear(&a);
}

static void test_unknown_tombstone_is_kept(void **state)
{
	struct world *w = *state;
	struct annotation a;

	assert_int_equal(merge_as(w, T1, "    deleted: True\n"), MERGE_DELETED);
	assert_int_equal(merge_as(w, T0, ""), MERGE_UNCHANGED);	/* an older live copy */
	stored(w, ID(1), &a);
	assert_true(a.deleted);
	annotation_clear(&a);
	assert_int_equal(merge_as(w, T1, "    deleted: true\n"), MERGE_UNCHANGED);
}

static void test_same_time_other_content_is_a_conflict(void **state)
{
	struct world *w = *state;
	struct annotation a;
	const char *kept;

	assert_int_equal(merge_as(w, T1, "    note: mine\n"), MERGE_NEW);
	assert_int_equal(merge_as(w, T1, "    note: theirs\n"), MERGE_CONFLICT);
	assert_int_equal(w->nnotices, 1);
	assert_non_null(strstr(w->notices, "t.yaml:12:5: articles[0].annotations[0]: the stored "
					   ID(1) " has the same modified time"));
	kept = strstr(w->notices, "kept as ");
	assert_non_null(kept);
	assert_int_equal(stored_count(w), 2);
	stored(w, ID(1), &a);
	assert_string_equal(a.note, "mine");
	annotation_clear(&a);
	{
		char id[ANNOTATION_ID_SIZE];

		snprintf(id, sizeof id, "%.36s", kept + strlen("kept as "));
		stored(w, id, &a);
		assert_string_equal(a.note, "conflict with " ID(1) ": theirs");
		assert_int_equal(a.ntags, 1);
		assert_string_equal(a.tags[0], MERGE_CONFLICT_TAG);
		assert_string_equal(a.modified, T1);
		annotation_clear(&a);
	}
	/* the same file again adds nothing */
	assert_int_equal(merge_as(w, T1, "    note: theirs\n"), MERGE_UNCHANGED);
	assert_int_equal(stored_count(w), 2);
	assert_int_equal(merge_as(w, T1, "    note: mine\n"), MERGE_UNCHANGED);
}

/* Tags are what a record says: the same time with other tags is a
 * conflict, the same tags in another order are the same record (the store
 * keeps them in no order; a merge compares them as stored). */
static void test_same_time_other_tags_is_a_conflict(void **state)
{
	struct world *w = *state;

	assert_int_equal(merge_as(w, T1, "    tags: [b, a, c]\n"), MERGE_NEW);
	assert_int_equal(merge_as(w, T1, "    tags: [c, a, b]\n"), MERGE_UNCHANGED);
	assert_int_equal(merge_as(w, T1, "    tags: [a, b]\n"), MERGE_CONFLICT);
	assert_int_equal(merge_as(w, T1, "    tags: [a, b, d]\n"), MERGE_CONFLICT);
	assert_int_equal(merge_as(w, T1, "    tags: [a, b, c, d]\n"), MERGE_CONFLICT);
	assert_int_equal(merge_as(w, T1, ""), MERGE_CONFLICT);
	assert_int_equal(stored_count(w), 5);
}

static void test_author_map(void **state)
{
	struct world *w = *state;
	const char *map[] = { "Ana", "Ana Lestari", "Budi", "Budi S." };
	char a[1024], s[4096];
	struct annotation got;

	w->options.author_map = map;
	w->options.author_pairs = 2;
	item(a, sizeof a, 1, T0, "");
	strcpy(strstr(a, "    kind: highlight"), "    kind: correction\n    paragraph: 1\n"
	       "    exact: kopi\n    start: 20\n    end: 24\n    author: Ana\n"
	       "    created: " T0 "\n    modified: " T0 "\n"
	       "    correction: {replacement: teh, reviewed_by: Budi,\n"
	       "                 reviewed_at: 2026-11-27 10:00:00+07:00}\n");
	imported(w, set_of(s, sizeof s, 1, a));
	stored(w, ID(1), &got);
	assert_string_equal(got.author, "Ana Lestari");
	assert_string_equal(got.reviewed_by, "Budi S.");
	assert_string_equal(got.reviewed_at, "2026-11-27T03:00:00Z");
	assert_string_equal(got.replacement, "teh");
	annotation_clear(&got);
}

static void test_pending_article_gets_its_text_later(void **state)
{
	struct world *w = *state;
	char a[1024], b[1024], s[4096];
	const struct yaml_import_article *r;
	struct store_article art;
	char *text;
	size_t len;

	r = imported(w, set_of(s, sizeof s, 0, item(a, sizeof a, 1, T0, "")));
	assert_int_equal(r->fate, IMPORT_ARTICLE_PENDING);
	assert_int_equal(store_article_get(w->store, w->sha, &art, &w->err), TANDA_OK);
	assert_true(art.pending);
	assert_string_equal(art.title, "Kopi");
	assert_int_equal(art.paragraphs, 3);
	assert_int_equal(art.annotations, 1);
	store_article_clear(&art);
	/* without the text nothing is checked against it, so a wrong offset
	 * passes; with it, the same annotation must fit the text */
	r = imported(w, set_of(s, sizeof s, 0, item(b, sizeof b, 2, T0, "")));
	assert_int_equal(r->fate, IMPORT_ARTICLE_KNOWN);
	r = imported(w, set_of(s, sizeof s, 1, a));
	assert_int_equal(r->fate, IMPORT_ARTICLE_COMPLETED);
	assert_int_equal(r->outcomes[MERGE_UNCHANGED], 1);
	assert_int_equal(store_article_text(w->store, w->sha, &text, &len, &w->err), TANDA_OK);
	assert_non_null(text);
	assert_string_equal(text, article_text);
	free(text);
}

static void test_positions_are_checked_and_reanchored(void **state)
{
	struct world *w = *state;
	char a[1024], b[1024], c[1024], items[4096], s[8192];
	const struct yaml_import_article *r;
	struct annotation got;

	item(a, sizeof a, 1, T0, "");		/* "kopi" said at 30..34: found at 20 */
	memcpy(strstr(a, "start: 20"), "start: 30", 9);
	memcpy(strstr(a, "end: 24"), "end: 34", 7);
	item(b, sizeof b, 2, T0, "");		/* "kopi tubruk": near "kopi di" */
	strcpy(strstr(b, "    exact: kopi"), "    exact: minum kopo di\n    start: 14\n"
	       "    end: 27\n    author: Ana\n    created: " T0 "\n    modified: " T0 "\n");
	item(c, sizeof c, 3, T0, "");		/* gone from the text: orphaned */
	strcpy(strstr(c, "    exact: kopi"), "    exact: teh manis hangat\n    start: 2\n"
	       "    end: 18\n    author: Ana\n    created: " T0 "\n    modified: " T0 "\n");
	snprintf(items, sizeof items, "%s%s%s", a, b, c);
	r = imported(w, set_of(s, sizeof s, 1, items));
	assert_int_equal(r->outcomes[MERGE_NEW], 3);
	assert_int_equal(r->reanchored, 3);
	assert_int_equal(w->nnotices, 3);
	assert_non_null(strstr(w->notices, "t.yaml:12:5: articles[0].annotations[0].exact: not at "
					   "30..34 of the text; re-anchored: exact at 20..24\n"));
	stored(w, ID(1), &got);
	assert_int_equal(got.anchor.start, 20);
	assert_int_equal(got.anchor.state, ANCHOR_EXACT);
	assert_int_equal(got.anchor.para_start, 20);
	annotation_clear(&got);
	stored(w, ID(2), &got);
	assert_int_equal(got.anchor.state, ANCHOR_FUZZY);
	assert_string_equal(got.anchor.exact, "minum kopi di");
	assert_string_equal(got.anchor.old_exact, "minum kopo di");
	annotation_clear(&got);
	stored(w, ID(3), &got);
	assert_int_equal(got.anchor.state, ANCHOR_ORPHAN);
	annotation_clear(&got);
	/* an orphan as exported is kept as it is, not searched for again */
	r = imported(w, set_of(s, sizeof s, 1, items));
	assert_int_equal(r->outcomes[MERGE_UNCHANGED], 3);
}

/* The set of test_key_orders_and_styles in PyYAML's manners: sorted keys
 * (annotations first, so kept until the article ends), flow style,
 * double quotes with explicit tags, comments, YAML 1.1 booleans. */
static const char pyyaml_set[] =
	"# written by hand in PyYAML's manners\n"
	"\"articles\":\n"
	"- \"annotations\":\n"
	"  - {\"author\": \"Ana\", \"created\": !!timestamp \"2026-11-26 15:00:00+07:00\",\n"
	"     \"deleted\": !!bool \"false\", \"end\": !!int \"24\", \"exact\": \"kopi\",\n"
	"     \"id\": \"00000000-0000-4000-8000-000000000001\", \"kind\": \"highlight\",\n"
	"     \"modified\": 2026-11-26 08:00:00+00:00, \"paragraph\": !!int \"1\",\n"
	"     \"start\": !!int \"20\", \"tags\": [\"b\", \"a\"]}\n"
	"  - author: Ana   # a comment\n"
	"    created: 2026-11-26T08:00:00.000001Z\n"
	"    deleted: True\n"
	"    end: 39\n"
	"    exact: 'Ma\xC3\xB1" "ana'\n"
	"    id: 00000000-0000-4000-8000-000000000002\n"
	"    kind: correction\n"
	"    correction: {kind: name, status: proposed}\n"
	"    modified: 2026-11-26t08:00:00z\n"
	"    paragraph: 1\n"
	"    start: 33\n"
	"  \"language\": \"id\"\n"
	"  \"paragraphs\": !!int \"3\"\n"
	"  \"published\": !!timestamp \"2026-11-25\"\n"
	"  \"sha256\": \"@SHA@\"\n"
	"  \"text\": \"Presiden Yoon minum kopi di kafe Ma\\xF1ana.\\nHarga kopi naik menjadi\\\n"
	"    \\ 5.000 won.\\nPemerintah kota akan meninjau harga itu.\\n\"\n"
	"  \"title\": \"Kopi\"\n"
	"\"generator\": \"PyYAML\"\n"
	"\"tanda\": !!int \"1\"\n";

static void test_key_orders_and_styles(void **state)
{
	struct world *w = *state;
	const struct yaml_import_article *r;
	struct store_article art;
	struct annotation got;

	r = imported(w, pyyaml_set);
	assert_int_equal(r->fate, IMPORT_ARTICLE_ADDED);
	assert_int_equal(r->outcomes[MERGE_NEW], 1);
	assert_int_equal(r->outcomes[MERGE_DELETED], 1);
	stored(w, ID(1), &got);
	assert_string_equal(got.created, T0);
	assert_string_equal(got.modified, T0);
	assert_int_equal(got.ntags, 2);
	assert_string_equal(got.tags[0], "a");
	annotation_clear(&got);
	stored(w, ID(2), &got);
	assert_true(got.deleted);
	assert_int_equal(got.correction_kind, CORRECTION_NAME);
	annotation_clear(&got);
	assert_int_equal(store_article_get(w->store, w->sha, &art, &w->err), TANDA_OK);
	assert_string_equal(art.published, "2026-11-25");
	assert_string_equal(art.language, "id");
	assert_false(art.pending);
	store_article_clear(&art);
	r = imported(w, pyyaml_set);
	assert_int_equal(r->outcomes[MERGE_UNCHANGED], 2);
}

static void test_metadata_after_streamed_annotations(void **state)
{
	struct world *w = *state;
	char a[1024], s[4096];
	struct store_article art;

	snprintf(s, sizeof s, "tanda: 1\narticles:\n- sha256: @SHA@\n" TEXT_YAML
		 "  annotations:\n%s  title: Late\n  source: Koran\n",
		 item(a, sizeof a, 1, T0, ""));
	imported(w, s);
	assert_int_equal(store_article_get(w->store, w->sha, &art, &w->err), TANDA_OK);
	assert_string_equal(art.title, "Late");
	assert_string_equal(art.source, "Koran");
	assert_int_equal(art.paragraphs, 3);
	store_article_clear(&art);
	snprintf(s, sizeof s, "tanda: 1\narticles:\n- sha256: @SHA@\n" TEXT_YAML
		 "  annotations:\n%s  paragraphs: 2\n", a);
	refused(w, s, "t.yaml:18:15: articles[0].paragraphs: 2, but the text has 3");
	snprintf(s, sizeof s, "tanda: 1\narticles:\n- sha256: @SHA@\n  annotations:\n%s"
		 TEXT_YAML, a);	/* stored: merged at once; then the text, checked */
	assert_int_equal(imported(w, s)->outcomes[MERGE_UNCHANGED], 1);
}

static void test_dry_run_writes_nothing(void **state)
{
	struct world *w = *state;
	char a[1024], s[4096];
	const struct yaml_import_article *r;

	w->options.dry_run = 1;
	r = imported(w, set_of(s, sizeof s, 0, item(a, sizeof a, 1, T0, "")));
	assert_int_equal(r->outcomes[MERGE_NEW], 1);
	assert_int_equal(r->fate, IMPORT_ARTICLE_PENDING);
	assert_int_equal(stored_count(w), 0);
	w->options.dry_run = 0;
	r = imported(w, s);
	assert_int_equal(r->outcomes[MERGE_NEW], 1);
	assert_int_equal(stored_count(w), 1);
}

static void test_a_failing_file_changes_nothing(void **state)
{
	struct world *w = *state;
	char a[1024], b[1024], items[2048], s[4096];

	snprintf(items, sizeof items, "%s%s", item(a, sizeof a, 1, T0, ""),
		 item(b, sizeof b, 2, T0, "    kind: note\n"));
	assert_int_equal(run(w, set_of(s, sizeof s, 1, items)), TANDA_EDATA);
	assert_int_equal(stored_count(w), 0);
	assert_int_equal(store_article_get(w->store, w->sha, &(struct store_article){ 0 },
					   &w->err), TANDA_EDATA);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_time_forms),
		cmocka_unit_test_setup_teardown(test_not_an_annotation_set, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bad_fields, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bad_articles_and_ids, setup, teardown),
		cmocka_unit_test_setup_teardown(test_aliases_are_refused_at_once, setup, teardown),
		cmocka_unit_test_setup_teardown(test_deep_nesting_is_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_huge_scalars_are_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_new_then_unchanged, setup, teardown),
		cmocka_unit_test_setup_teardown(test_newer_replaces_older_does_not, setup, teardown),
		cmocka_unit_test_setup_teardown(test_tombstones_stay, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unknown_tombstone_is_kept, setup, teardown),
		cmocka_unit_test_setup_teardown(test_same_time_other_content_is_a_conflict, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_same_time_other_tags_is_a_conflict, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_author_map, setup, teardown),
		cmocka_unit_test_setup_teardown(test_pending_article_gets_its_text_later, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_positions_are_checked_and_reanchored, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_key_orders_and_styles, setup, teardown),
		cmocka_unit_test_setup_teardown(test_metadata_after_streamed_annotations, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_dry_run_writes_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_a_failing_file_changes_nothing, setup,
						teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
