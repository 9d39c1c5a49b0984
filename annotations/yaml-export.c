/*
 * yaml-export.c - the annotation set writer: a consumer of the store's
 * listings (store_article_list, store_annotation_list) that turns each
 * record into libyaml emitter events as it comes, so that no more than one
 * article and one annotation is ever held.
 *
 * An article's mapping is started by its first annotation, so that an
 * article that no annotation matches is left out (unless `all` asks for
 * it).  Text is written in the style src/yamltext.c chooses, which quotes
 * what a reader would take for something else; numbers and times are
 * plain.  The corrections log is the same stream with another visitor:
 * each correction a flat entry with its article and its history.
 *
 * Speed (`make bench`, export-100k): the records are read in place from
 * the store's statement, and every scalar costs a libyaml event, so what
 * is left to spare is the choice of style: a UUID, words with a space and
 * words that start with an ordinary letter are known to be text without
 * asking, and short values that come again (kinds, tags, authors) have
 * their style remembered.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "anchor.h"
#include "frontmatter.h"
#include "grow.h"
#include "outfile.h"
#include "source.h"
#include "utf8.h"
#include "yaml-export.h"
#include "yamlset.h"
#include "yamltext.h"

/* How many bytes a file written to be synced grows by between two starts
 * of its write-out. */
#define WRITEBACK_EVERY (4u << 20)

/* The output: a stream and the errno of its first failed write; for a
 * file that is synced at the end, how much was written since its write-out
 * was last started. */
struct sink {
	FILE *file;
	struct yamltext_carry carry;	/* a character cut between two writes */
	int error;
	int writeback;
	size_t unstarted;
};

/* The version of the corrections log's format (`tanda-corrections:`). */
#define CORRECTIONS_LOG_VERSION 1

/* How many short texts text_style remembers the style of. */
#define STYLE_MEMO_SLOTS 64

/* A short text and its style: len is its length + 1, 0 for none. */
struct style_memo {
	char text[48];
	size_t len;
	yaml_scalar_style_t style;
};

/* One export in progress. */
struct exporter {
	yaml_emitter_t emitter;
	struct sink sink;
	const char *out_name;
	struct store *store;
	const struct yaml_export_options *options;
	const struct store_article *article;	/* the article being written */
	struct article *doc;			/* its text, when known */
	int opened;				/* its mapping is started */
	int decisions;				/* its decisions' list is started */
	char (*matched)[ANNOTATION_ID_SIZE];	/* the ids the filter matches, sorted */
	size_t nmatched, matched_alloc;
	const char *record;			/* the id of the annotation being written */
	struct yaml_export_report report;
	enum tanda_status status;		/* TANDA_OK until something fails */
	struct tanda_error *err;
	struct style_memo memo[STYLE_MEMO_SLOTS];	/* by hash_text */
};

void yaml_export_options_init(struct yaml_export_options *options)
{
	memset(options, 0, sizeof *options);
	store_query_init(&options->filter);
}

/* libyaml's output handler: write to the sink in data. */
static int write_handler(void *data, unsigned char *buffer, size_t size)
{
	struct sink *sink = data;

	if (yamltext_write(sink->file, &sink->carry, buffer, size)) {
#ifdef SYNC_FILE_RANGE_WRITE
		/* start writing out what the sync at the end would wait for,
		 * while the rest is made (its errors are the sync's) */
		if (sink->writeback && (sink->unstarted += size) >= WRITEBACK_EVERY) {
			sink->unstarted = 0;
			sync_file_range(fileno(sink->file), 0, 0, SYNC_FILE_RANGE_WRITE);
		}
#endif
		return 1;
	}
	sink->error = errno ? errno : EIO;
	return 0;
}

/* Record why the emitter failed in x (once); returns 0 for chaining. */
static int emitter_failed(struct exporter *x)
{
	if (x->status != TANDA_OK)
		return 0;
	if (x->sink.error != 0)
		x->status = tanda_fail(x->err, TANDA_EIO, "%s: cannot write: %s", x->out_name,
				       strerror(x->sink.error));
	else if (x->emitter.error == YAML_MEMORY_ERROR || x->emitter.error == YAML_NO_ERROR)
		x->status = tanda_fail(x->err, TANDA_ENOMEM, "%s: out of memory", x->out_name);
	else
		x->status = tanda_fail(x->err, TANDA_ESOFTWARE, "%s: cannot write YAML: %s",
				       x->out_name, x->emitter.problem ? x->emitter.problem : "?");
	return 0;
}

/* Emit event, unless its initialization (initialized) failed; 1 on
 * success. */
static int emit(struct exporter *x, yaml_event_t *event, int initialized)
{
	if (!initialized) {
		if (x->status == TANDA_OK)
			x->status = tanda_fail(x->err, TANDA_ENOMEM, "%s: out of memory", x->out_name);
		return 0;
	}
	return yaml_emitter_emit(&x->emitter, event) ? 1 : emitter_failed(x);
}

/* Start a block mapping; 1 on success. */
static int start_mapping(struct exporter *x)
{
	yaml_event_t e;

	return emit(x, &e, yaml_mapping_start_event_initialize(&e, NULL, NULL, 1,
								YAML_BLOCK_MAPPING_STYLE));
}

/* End a mapping; 1 on success. */
static int end_mapping(struct exporter *x)
{
	yaml_event_t e;

	return emit(x, &e, yaml_mapping_end_event_initialize(&e));
}

/* Start a sequence in style; 1 on success. */
static int start_sequence(struct exporter *x, yaml_sequence_style_t style)
{
	yaml_event_t e;

	return emit(x, &e, yaml_sequence_start_event_initialize(&e, NULL, NULL, 1, style));
}

/* End a sequence; 1 on success. */
static int end_sequence(struct exporter *x)
{
	yaml_event_t e;

	return emit(x, &e, yaml_sequence_end_event_initialize(&e));
}

/* How a value is written: as text that reads back as text (a block when
 * it has line breaks; TEXT_ONCE for values that do not come again, such as
 * ids), as a fragment of the article on one line (line breaks escaped), or
 * plain for readers to type (a number, a time, true). */
enum way { AS_TEXT, AS_TEXT_ONCE, AS_FRAGMENT, AS_TYPED };

/* Emit the len bytes at value as a scalar in style; libyaml's success flag
 * (0 also for text that is not UTF-8, with the emitter's error unset). */
static int emit_scalar(struct exporter *x, const char *value, size_t len,
		       yaml_scalar_style_t style)
{
	yaml_event_t event;

	if (!yaml_scalar_event_initialize(&event, NULL, NULL, (yaml_char_t *)value, (int)len, 1,
					  1, style))
		return 0;	/* not UTF-8, or out of memory */
	return yaml_emitter_emit(&x->emitter, &event);
}

/* The hash of the len bytes at value (FNV-1a). */
static uint32_t hash_text(const char *value, size_t len)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)value[i]) * 16777619u;
	return h;
}

/*
 * yamltext_style of the len bytes at value (a string), found at once for
 * the most common text of an article: text that starts with an ASCII
 * letter and either has a space or starts with a letter that no null,
 * boolean, infinity or not-a-number starts with (y, n, t, f, o, i: nulls
 * and booleans are single words, strtod stops at a space, and numbers and
 * dates start with a digit, a sign or a dot) is never read as anything
 * but text (yamltext_reads_as_non_text is false for it), so it is written
 * as libyaml finds safe unless it has a line break.  Anything else is
 * asked.
 */
static yaml_scalar_style_t words_style(const char *value, size_t len)
{
	unsigned char c = (unsigned char)value[0];

	if (((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) &&
	    (strchr("yYnNtTfFoOiI", c) == NULL || memchr(value, ' ', len) != NULL) &&
	    memchr(value, '\n', len) == NULL && !yamltext_has_bidi(value, len))
		return YAML_ANY_SCALAR_STYLE;
	return yamltext_style(value);
}

/* Whether the len bytes at value are a UUID as the store makes them
 * (8-4-4-4-12 hex digits), which reads as text in YAML: it has no line
 * break, and its dashes make it no number and no date. */
static int is_uuid(const char *value, size_t len)
{
	size_t i;

	if (len != 36)
		return 0;
	for (i = 0; i < len; i++)
		if (i == 8 || i == 13 || i == 18 || i == 23
			    ? value[i] != '-'
			    : !((value[i] >= '0' && value[i] <= '9') ||
				(value[i] >= 'a' && value[i] <= 'f') ||
				(value[i] >= 'A' && value[i] <= 'F')))
			return 0;
	return 1;
}

/* yamltext_style of the len bytes at value (a string), remembered for
 * short values, which come again and again (kinds, tags, authors): the
 * same text always gets the same style. */
static yaml_scalar_style_t text_style(struct exporter *x, const char *value, size_t len)
{
	struct style_memo *m;

	if (len >= sizeof m->text)
		return words_style(value, len);
	m = &x->memo[hash_text(value, len) % STYLE_MEMO_SLOTS];
	if (m->len == len + 1 && memcmp(m->text, value, len) == 0)
		return m->style;
	m->style = yamltext_style(value);
	memcpy(m->text, value, len);
	m->len = len + 1;
	return m->style;
}

/* The style to write the len bytes at value in, the way way says: as
 * yamltext_emit, yamltext_emit_inline and yamltext_emit_typed choose it. */
static yaml_scalar_style_t style_for(struct exporter *x, const char *value, size_t len,
				     enum way way)
{
	yaml_scalar_style_t style;

	switch (way) {
	case AS_TEXT:
		return text_style(x, value, len);
	case AS_TEXT_ONCE:
		return is_uuid(value, len) ? YAML_ANY_SCALAR_STYLE : words_style(value, len);
	case AS_FRAGMENT:
		style = words_style(value, len);
		return style == YAML_LITERAL_SCALAR_STYLE ? YAML_DOUBLE_QUOTED_SCALAR_STYLE : style;
	default:	/* typed: double quotes only around a bidi control */
		return yamltext_has_bidi(value, len) ? YAML_DOUBLE_QUOTED_SCALAR_STYLE
						     : YAML_ANY_SCALAR_STYLE;
	}
}

/* Emit the key of a pair (our keys are plain words); 1 on success. */
static int emit_key(struct exporter *x, const char *key)
{
	return emit_scalar(x, key, strlen(key), YAML_ANY_SCALAR_STYLE) ? 1 : emitter_failed(x);
}

/* Emit value, the key field of the record being written, the way way
 * says; 1 on success.  Text that is not UTF-8 (which libyaml refuses) is
 * an error naming the record and the field. */
static int emit_value(struct exporter *x, const char *key, const char *value, enum way way)
{
	size_t len = strlen(value);

	if (emit_scalar(x, value, len, style_for(x, value, len, way)))
		return 1;
	if (x->status == TANDA_OK && x->emitter.error == YAML_NO_ERROR && !utf8_valid(value, len))
		x->status = tanda_fail(x->err, TANDA_EDATA, "%s: the %s of %s %s is not UTF-8",
				       x->out_name, key, x->record ? "annotation" : "article",
				       x->record ? x->record : x->article->sha256);
	return emitter_failed(x);
}

/* Emit key: value the way way says, unless value is NULL or empty (no
 * value); 1 on success. */
static int emit_with(struct exporter *x, const char *key, const char *value, enum way way)
{
	if (value == NULL || value[0] == '\0')
		return 1;
	return emit_key(x, key) && emit_value(x, key, value, way);
}

/* Emit key: value as text that reads back as text (a block when it has
 * line breaks); 1 on success. */
static int emit_text(struct exporter *x, const char *key, const char *value)
{
	return emit_with(x, key, value, AS_TEXT);
}

/* Emit key: value as text on one line (a fragment of the article, where a
 * line break is incidental); 1 on success. */
static int emit_fragment(struct exporter *x, const char *key, const char *value)
{
	return emit_with(x, key, value, AS_FRAGMENT);
}

/* Emit key: value plain, for readers to type (a number, a time, true);
 * 1 on success. */
static int emit_plain(struct exporter *x, const char *key, const char *value)
{
	return emit_with(x, key, value, AS_TYPED);
}

/* Emit key: number; 1 on success. */
static int emit_number(struct exporter *x, const char *key, uint64_t value)
{
	char text[24], *digit = text + sizeof text - 1;

	*digit = '\0';
	do
		*--digit = (char)('0' + value % 10);
	while ((value /= 10) != 0);
	return emit_key(x, key) &&
	       (emit_scalar(x, digit, (size_t)(text + sizeof text - 1 - digit),
			    YAML_ANY_SCALAR_STYLE) || emitter_failed(x));
}

/* Emit key: date plain when it is an ISO 8601 date, else as text; 1 on
 * success. */
static int emit_date(struct exporter *x, const char *key, const char *value)
{
	if (value != NULL && frontmatter_is_iso_date(value))
		return emit_plain(x, key, value);
	return emit_text(x, key, value);
}

/* Emit the article's normalized text, when asked for and known; 1 on
 * success. */
static int emit_article_text(struct exporter *x)
{
	if (!x->options->with_text || x->doc == NULL)
		return 1;
	return emit_text(x, "text", x->doc->text);
}

/* Start the current article's mapping with its metadata (and text), then
 * its annotations' list when with_annotations; 1 on success. */
static int open_article(struct exporter *x, int with_annotations)
{
	const struct store_article *a = x->article;

	x->opened = 1;
	x->record = NULL;
	x->report.articles++;
	return start_mapping(x) && emit_text(x, "sha256", a->sha256) &&
	       emit_text(x, "title", a->title) && emit_text(x, "source", a->source) &&
	       emit_text(x, "url", a->url) && emit_date(x, "published", a->published) &&
	       emit_text(x, "language", a->language) &&
	       emit_number(x, "paragraphs", a->paragraphs) && emit_article_text(x) &&
	       (!with_annotations ||
		(emit_key(x, "annotations") && start_sequence(x, YAML_BLOCK_SEQUENCE_STYLE)));
}

/* Emit the anchor's state when it is not exact, with the score of a fuzzy
 * one (in thousandths, written without the locale); 1 on success. */
static int emit_anchor_state(struct exporter *x, const struct anchor *an)
{
	unsigned thousandths;
	char score[16];

	if (an->state == ANCHOR_EXACT)
		return 1;
	if (!emit_text(x, "anchor", anchor_state_names[an->state]))
		return 0;
	if (an->state != ANCHOR_FUZZY)
		return 1;
	thousandths = an->score <= 0 ? 0 : an->score >= 1 ? 1000 : (unsigned)(an->score * 1000 + 0.5);
	snprintf(score, sizeof score, "%u.%03u", thousandths / 1000, thousandths % 1000);
	return emit_plain(x, "score", score);
}

/* Emit the tags (sorted by the store) as a flow list, unless there are
 * none; 1 on success. */
static int emit_tags(struct exporter *x, const struct annotation *a)
{
	size_t i;

	if (a->ntags == 0)
		return 1;
	if (!emit_key(x, "tags") || !start_sequence(x, YAML_FLOW_SEQUENCE_STYLE))
		return 0;
	for (i = 0; i < a->ntags; i++)
		if (!emit_value(x, "tag", a->tags[i], AS_TEXT))
			return 0;
	return end_sequence(x);
}

/* Whether a is a correction with something in its mapping. */
static int has_correction(const struct annotation *a)
{
	return a->kind == KIND_CORRECTION &&
	       ((a->replacement != NULL && a->replacement[0] != '\0') ||
		a->correction_kind != CORRECTION_KIND_NONE ||
		a->correction_status != CORRECTION_STATUS_NONE ||
		(a->reviewed_by != NULL && a->reviewed_by[0] != '\0') || a->reviewed_at[0] != '\0');
}

/* Emit a correction's mapping, unless a has none: the record is its
 * author's, so are the words (a reviewer's travel in the decision); 1 on
 * success. */
static int emit_correction(struct exporter *x, const struct annotation *a)
{
	if (!has_correction(a))
		return 1;
	return emit_key(x, "correction") && start_mapping(x) &&
	       emit_text(x, "replacement", a->proposed ? a->proposed : a->replacement) &&
	       emit_text(x, "kind", correction_kind_names[a->correction_kind]) &&
	       emit_text(x, "status", correction_status_names[a->correction_status]) &&
	       emit_text(x, "reviewed_by", a->reviewed_by) &&
	       emit_plain(x, "reviewed_at", a->reviewed_at) && end_mapping(x);
}

/* Emit one annotation's mapping, its keys in the format's order; 1 on
 * success. */
static int emit_annotation(struct exporter *x, const struct annotation *a)
{
	const struct anchor *an = &a->anchor;

	return start_mapping(x) && emit_with(x, "id", a->id, AS_TEXT_ONCE) &&
	       emit_text(x, "kind", annotation_kind_names[a->kind]) &&
	       emit_number(x, "paragraph", an->paragraph) && emit_fragment(x, "exact", an->exact) &&
	       emit_fragment(x, "prefix", an->prefix) && emit_fragment(x, "suffix", an->suffix) &&
	       emit_number(x, "start", an->start) && emit_number(x, "end", an->end) &&
	       emit_anchor_state(x, an) && emit_tags(x, a) && emit_text(x, "note", a->note) &&
	       emit_text(x, "color", a->color) &&
	       emit_text(x, "speaker", a->kind == KIND_QUOTE ? a->speaker : NULL) &&
	       emit_text(x, "claim", a->kind == KIND_CLAIM ? claim_status_names[a->claim] : NULL) &&
	       emit_correction(x, a) && emit_text(x, "author", a->author) &&
	       emit_plain(x, "created", a->created) && emit_plain(x, "modified", a->modified) &&
	       emit_plain(x, "deleted", a->deleted ? "true" : NULL) && end_mapping(x);
}

/* a as it is written: as it is, or, when its positions do not fit the
 * article's text, in *orphan (its strings borrowed from a) as an orphan,
 * counted. */
static const struct annotation *as_written(struct exporter *x, const struct annotation *a,
					   struct annotation *orphan)
{
	if (x->doc == NULL || a->anchor.state == ANCHOR_ORPHAN || anchor_fits(x->doc, &a->anchor))
		return a;
	*orphan = *a;
	orphan->anchor.state = ANCHOR_ORPHAN;
	if (orphan->anchor.old_exact == NULL)
		orphan->anchor.old_exact = orphan->anchor.exact;
	x->report.unfit++;
	return orphan;
}

/* Write one listed annotation, starting its article first
 * (store_visit_fn); stops the listing on failure. */
static int visit_annotation(void *context, const struct annotation *a)
{
	struct exporter *x = context;
	struct annotation orphan;

	if (!x->opened && !open_article(x, 1))
		return 1;
	x->record = a->id;
	if (!emit_annotation(x, as_written(x, a, &orphan)))
		return 1;
	x->report.annotations++;
	return 0;
}

/* Whether the strings a and b (NULL for none) differ. */
static int differ(const char *a, const char *b)
{
	return (a == NULL) != (b == NULL) || (a != NULL && strcmp(a, b) != 0);
}

/* Emit key_from: from and key_to: to when they differ (a change of the
 * status or of the replacement); 1 on success. */
static int emit_change(struct exporter *x, const char *key_from, const char *from,
		       const char *key_to, const char *to, enum way way)
{
	if (!differ(from, to))
		return 1;
	return emit_with(x, key_from, from, way) && emit_with(x, key_to, to, way);
}

/* Write one event of a correction's history (its visitor); stops the
 * listing on failure. */
static int visit_event(void *context, const struct correction_event *e)
{
	struct exporter *x = context;

	return !(start_mapping(x) && emit_plain(x, "at", e->at) && emit_text(x, "who", e->who) &&
		 emit_text(x, "action", e->action) &&
		 emit_change(x, "from_status", e->old_status, "to_status", e->new_status,
			     AS_TEXT) &&
		 emit_change(x, "from_replacement", e->old_replacement, "to_replacement",
			     e->new_replacement, AS_FRAGMENT) &&
		 emit_text(x, "reason", e->reason) && emit_text(x, "where", e->place) &&
		 end_mapping(x));
}

/* Emit the history of correction a, oldest first; 1 on success. */
static int emit_history(struct exporter *x, const struct annotation *a)
{
	enum tanda_status status;

	if (!emit_key(x, "history") || !start_sequence(x, YAML_BLOCK_SEQUENCE_STYLE))
		return 0;
	status = store_history_list(x->store, a->id, NULL, visit_event, x, x->err);
	if (status != TANDA_OK && x->status == TANDA_OK)
		x->status = status;
	return x->status == TANDA_OK && end_sequence(x);
}

/* Emit the article of the corrections log's entry: its sha256 and title;
 * 1 on success. */
static int emit_log_article(struct exporter *x)
{
	return emit_key(x, "article") && start_mapping(x) &&
	       emit_text(x, "sha256", x->article->sha256) &&
	       emit_text(x, "title", x->article->title) && end_mapping(x);
}

/* Emit one correction as an entry of the corrections log, its keys in the
 * log's order; the wrong words are those it was made on (old_exact, when
 * its anchor was carried over and is no longer exact); 1 on success. */
static int emit_log_entry(struct exporter *x, const struct annotation *a)
{
	const struct anchor *an = &a->anchor;

	return start_mapping(x) && emit_with(x, "id", a->id, AS_TEXT_ONCE) &&
	       emit_log_article(x) && emit_number(x, "paragraph", an->paragraph) &&
	       emit_anchor_state(x, an) &&
	       emit_text(x, "kind", correction_kind_names[a->correction_kind]) &&
	       emit_fragment(x, "wrong", an->old_exact ? an->old_exact : an->exact) &&
	       emit_fragment(x, "replacement", a->replacement) &&
	       emit_text(x, "status", correction_status_names[a->correction_status]) &&
	       emit_text(x, "proposer", a->author) && emit_text(x, "reviewer", a->reviewed_by) &&
	       emit_text(x, "note", a->note) && emit_plain(x, "created", a->created) &&
	       emit_plain(x, "reviewed_at", a->reviewed_at) &&
	       emit_plain(x, "modified", a->modified) &&
	       emit_plain(x, "deleted", a->deleted ? "true" : NULL) && emit_history(x, a) &&
	       end_mapping(x);
}

/* Write one listed correction into the corrections log (store_visit_fn);
 * stops the listing on failure. */
static int visit_correction(void *context, const struct annotation *a)
{
	struct exporter *x = context;
	struct annotation orphan;

	if (!x->opened) {
		x->opened = 1;
		x->report.articles++;
	}
	x->record = a->id;
	if (!emit_log_entry(x, as_written(x, a, &orphan)))
		return 1;
	x->report.annotations++;
	return 0;
}

/* Write one decision of the article, starting the article (without
 * annotations) and the decisions' list first; stops the listing on
 * failure. */
static int visit_decision(void *context, const struct store_decision *d)
{
	struct exporter *x = context;

	if (!x->opened && !open_article(x, 0))
		return 1;
	if (!x->decisions && !(emit_key(x, "decisions") &&
			       start_sequence(x, YAML_BLOCK_SEQUENCE_STYLE)))
		return 1;
	x->decisions = 1;
	x->record = d->annotation;
	return !(start_mapping(x) && emit_with(x, "annotation", d->annotation, AS_TEXT_ONCE) &&
		 emit_text(x, "decision", decision_names[d->kind]) &&
		 emit_text(x, "reviewer", d->reviewer) && emit_plain(x, "at", d->at) &&
		 emit_plain(x, "version", d->version) && emit_text(x, "reason", d->reason) &&
		 emit_text(x, "place", d->place) &&
		 emit_fragment(x, "replacement", d->replacement) && end_mapping(x));
}

/* Whether the filter leaves out some annotations by what they are (not
 * by their author, whose filter picks the decisions' reviewer). */
static int filter_restricts(const struct store_query *f)
{
	return f->kind >= 0 || f->tag != NULL || f->grep != NULL || f->status != NULL ||
	       f->anchor >= 0;
}

/* Keep the id of an annotation the filter matches (store_visit_fn); stops
 * the listing when out of memory. */
static int remember_match(void *context, const struct annotation *a)
{
	struct exporter *x = context;

	if (GROW(x->matched, x->matched_alloc, x->nmatched + 1) != 0) {
		x->status = tanda_fail(x->err, TANDA_ENOMEM, "%s: out of memory", x->out_name);
		return 1;
	}
	memcpy(x->matched[x->nmatched++], a->id, ANNOTATION_ID_SIZE);
	return 0;
}

/* Order two annotation ids (for qsort and bsearch). */
static int compare_id(const void *a, const void *b)
{
	return strcmp(a, b);
}

/* Gather, sorted, the ids of the article's annotations the filter matches
 * by what they are, whoever wrote them and whoever dismissed them, so
 * that the decisions on them go with them; 1 on success. */
static int collect_matched(struct exporter *x)
{
	struct store_query query = x->options->filter;
	enum tanda_status status;

	query.article = x->article->sha256;
	query.author = NULL;
	query.hidden_for = NULL;
	query.include_deleted = 1;
	x->nmatched = 0;
	status = store_annotation_list(x->store, &query, remember_match, x, x->err);
	if (status != TANDA_OK)
		x->status = status;
	if (x->status != TANDA_OK)
		return 0;
	if (x->nmatched > 1)
		qsort(x->matched, x->nmatched, sizeof *x->matched, compare_id);
	return 1;
}

/* Write one decision of the article (store_decision_list's visitor) when the filter
 * matches its annotation. */
static int visit_matched_decision(void *context, const struct store_decision *d)
{
	struct exporter *x = context;

	if (filter_restricts(&x->options->filter) &&
	    (x->nmatched == 0 ||
	     bsearch(d->annotation, x->matched, x->nmatched, sizeof *x->matched, compare_id) == NULL))
		return 0;
	return visit_decision(context, d);
}

/* Write the article's review decisions on the annotations the filter
 * matches (the filter's author's only, when it names one: their own
 * set); 1 on success. */
static int export_decisions(struct exporter *x)
{
	const struct store_query *f = &x->options->filter;
	enum tanda_status status;

	x->decisions = 0;
	if (filter_restricts(f) && !collect_matched(x))
		return 0;
	status = store_decision_list(x->store, x->article->sha256, f->author,
				     visit_matched_decision, x, x->err);
	if (status != TANDA_OK)
		x->status = status;
	if (x->status != TANDA_OK)
		return 0;
	return !x->decisions || end_sequence(x);
}

/* Make x->doc the stored article's text (none for a pending one);
 * TANDA_OK or a failure. */
static enum tanda_status load_text(struct exporter *x)
{
	enum tanda_status status;
	char *text;
	size_t len;

	if (x->article->pending)
		return TANDA_OK;
	status = store_article_text(x->store, x->article->sha256, &text, &len, x->err);
	if (status == TANDA_OK && text != NULL)
		status = article_from_text(x->article->sha256, text, len, &x->doc, x->err);
	free(text);
	return status;
}

/* Visit the annotations of preview p that the filter's anchor (and, in
 * the log, kind) match. */
static void visit_preview(struct exporter *x, const struct yaml_export_preview *p, int log)
{
	int anchor = x->options->filter.anchor;
	size_t i;

	for (i = 0; i < p->count && x->status == TANDA_OK; i++) {
		const struct annotation *a = &p->annotations[i];

		if ((anchor >= 0 && a->anchor.state != (enum anchor_state)anchor) ||
		    (log && a->kind != KIND_CORRECTION))
			continue;
		if ((log ? visit_correction : visit_annotation)(x, a))
			break;	/* x->status says why */
	}
}

/* Visit the stored annotations of x->article that the filter matches. */
static void visit_stored(struct exporter *x, int log)
{
	struct store_query query = x->options->filter;
	enum tanda_status status;

	query.article = x->article->sha256;
	if (log)
		query.kind = KIND_CORRECTION;
	status = store_annotation_list(x->store, &query, log ? visit_correction : visit_annotation,
				       x, x->err);
	if (status != TANDA_OK)
		x->status = status;
}

/* Write the article's annotations that the filter matches (its
 * corrections into the corrections log), from preview p when it is not
 * NULL; for a set, nothing when none does (unless all); 1 on success. */
static int export_article(struct exporter *x, const struct store_article *article,
			  const struct yaml_export_preview *p)
{
	int log = x->options->corrections;

	x->article = article;
	x->opened = 0;
	x->doc = p != NULL ? p->article : NULL;
	if (p == NULL && (x->status = load_text(x)) != TANDA_OK)
		return 0;
	if (p != NULL)
		visit_preview(x, p, log);
	else
		visit_stored(x, log);
	if (p == NULL)
		article_free(x->doc);
	x->doc = NULL;
	if (x->status != TANDA_OK)
		return 0;
	if (log)
		return 1;
	if ((x->opened && !end_sequence(x)) || !export_decisions(x))
		return 0;
	if (!x->opened)
		return !x->options->all || (open_article(x, 0) && end_mapping(x));
	return end_mapping(x);
}

/* Write one article of the store's listing (its visitor); stops the
 * listing on failure. */
static int visit_article(void *context, const struct store_article *article)
{
	return !export_article(context, article, NULL);
}

/* The preview of the article sha256, or NULL. */
static const struct yaml_export_preview *preview_of(const struct yaml_export_options *o,
						    const char *sha256)
{
	size_t i;

	for (i = 0; i < o->npreviews; i++)
		if (strcmp(o->previews[i].meta.sha256, sha256) == 0)
			return &o->previews[i];
	return NULL;
}

/* Write the article sha256: its preview, or the stored one; 1 on
 * success. */
static int export_one(struct exporter *x, const char *sha256)
{
	const struct yaml_export_preview *p = preview_of(x->options, sha256);
	struct store_article article;
	int ok;

	if (p != NULL)
		return export_article(x, &p->meta, p);
	memset(&article, 0, sizeof article);
	x->status = store_article_get(x->store, sha256, &article, x->err);
	ok = x->status == TANDA_OK && export_article(x, &article, NULL);
	store_article_clear(&article);
	return ok;
}

/* Order two sha256 strings (for qsort). */
static int compare_sha256(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Write the chosen articles, in sha256 order, each once; 1 on success. */
static int export_chosen(struct exporter *x)
{
	const struct yaml_export_options *o = x->options;
	const char **sorted = NULL;
	size_t i, alloc = 0;
	int ok = 1;

	if (GROW(sorted, alloc, o->narticles ? o->narticles : 1) != 0) {
		x->status = tanda_fail(x->err, TANDA_ENOMEM, "%s: out of memory", x->out_name);
		return 0;
	}
	memcpy(sorted, o->articles, o->narticles * sizeof *sorted);
	qsort(sorted, o->narticles, sizeof *sorted, compare_sha256);
	for (i = 0; i < o->narticles && ok; i++) {
		if (i > 0 && strcmp(sorted[i], sorted[i - 1]) == 0)
			continue;
		ok = export_one(x, sorted[i]);
	}
	free(sorted);
	return ok;
}

/* Write every article of the store, in sha256 order; 1 on success. */
static int export_every(struct exporter *x)
{
	enum tanda_status status = store_article_list(x->store, STORE_BY_SHA256, visit_article, x,
						      x->err);

	if (status != TANDA_OK)
		x->status = status;
	return x->status == TANDA_OK;
}

/* Emit the start of the stream down to the list of articles (of
 * corrections for the log); 1 on success. */
static int emit_head(struct exporter *x)
{
	char version[8], stamp[ANNOTATION_TIME_SIZE] = "";
	int log = x->options->corrections;
	yaml_event_t event;

	snprintf(version, sizeof version, "%d", log ? CORRECTIONS_LOG_VERSION : YAMLSET_VERSION);
	if (x->options->stamp)
		annotation_now(stamp);
	if (!emit(x, &event, yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING)))
		return 0;
	return emit(x, &event, yaml_document_start_event_initialize(&event, NULL, NULL, NULL, 1)) &&
	       start_mapping(x) &&
	       emit_plain(x, log ? "tanda-corrections" : "tanda", version) &&
	       emit_text(x, "generator", "tanda " PACKAGE_VERSION) &&
	       emit_plain(x, "exported", stamp) && emit_key(x, log ? "corrections" : "articles") &&
	       start_sequence(x, YAML_BLOCK_SEQUENCE_STYLE);
}

/* Emit the end of the articles' list and of the stream; 1 on success. */
static int emit_tail(struct exporter *x)
{
	yaml_event_t event;

	if (!end_sequence(x) || !end_mapping(x) ||
	    !emit(x, &event, yaml_document_end_event_initialize(&event, 1)))
		return 0;
	return emit(x, &event, yaml_stream_end_event_initialize(&event));
}

/* yaml_export, with the file's write-out started as it grows when it is
 * to be synced (writeback). */
static enum tanda_status export_stream(struct store *store,
				       const struct yaml_export_options *options, FILE *out,
				       const char *out_name, int writeback,
				       struct yaml_export_report *report, struct tanda_error *err)
{
	struct exporter x;

	memset(&x, 0, sizeof x);
	x.sink.file = out;
	x.sink.writeback = writeback;
	x.out_name = out_name;
	x.store = store;
	x.options = options;
	x.status = TANDA_OK;
	x.err = err;
	if (!yaml_emitter_initialize(&x.emitter))
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", out_name);
	yaml_emitter_set_output(&x.emitter, write_handler, &x.sink);
	yaml_emitter_set_unicode(&x.emitter, 1);
	yaml_emitter_set_width(&x.emitter, -1);
	if (emit_head(&x) && (options->articles ? export_chosen(&x) : export_every(&x)))
		emit_tail(&x);
	yaml_emitter_delete(&x.emitter);
	free(x.matched);
	if (report != NULL)
		*report = x.report;
	return x.status;
}

enum tanda_status yaml_export(struct store *store, const struct yaml_export_options *options,
			      FILE *out, const char *out_name, struct yaml_export_report *report,
			      struct tanda_error *err)
{
	return export_stream(store, options, out, out_name, 0, report, err);
}

/* What yaml_export_file_by writes (through outfile_write_to). */
struct file_export {
	yaml_export_stream_fn stream;
	struct store *store;
	const struct yaml_export_options *options;
	struct yaml_export_report *report;
};

/* Write the export into out, with its write-out started as it grows when
 * it is synced at the end (outfile_fill_fn). */
static enum tanda_status fill_file(void *context, FILE *out, const char *name, int synced,
				   struct tanda_error *err)
{
	struct file_export *f = context;

	return f->stream(f->store, f->options, out, name, synced, f->report, err);
}

enum tanda_status yaml_export_file_by(yaml_export_stream_fn stream, struct store *store,
				      const struct yaml_export_options *options, const char *path,
				      struct yaml_export_report *report, struct tanda_error *err)
{
	struct file_export f = { stream, store, options, report };

	return outfile_write_to(path, options->regular_only ? OUTFILE_REGULAR : OUTFILE_FOLLOW,
				fill_file, &f, err);
}

enum tanda_status yaml_export_file(struct store *store, const struct yaml_export_options *options,
				   const char *path, struct yaml_export_report *report,
				   struct tanda_error *err)
{
	return yaml_export_file_by(export_stream, store, options, path, report, err);
}

void yaml_export_default_name(const char *name, const char *sha256, char *buf, size_t size)
{
	const char *base = strrchr(name, '/');

	if (strcmp(name, SOURCE_STDIN_NAME) == 0 || strcmp(name, "-") == 0)
		snprintf(buf, size, "tanda-%.12s.yaml", sha256);
	else
		snprintf(buf, size, "%s.tanda.yaml", base ? base + 1 : name);
}
