/*
 * w3c-export.c - annotations as W3C Web Annotations: the collection's
 * frame written here, each annotation built as a jansson object from the
 * store's record (a visitor of store_annotation_list) and dumped at once.
 *
 * Two passes over the same listing: the first counts the annotations and
 * hashes their ids (the collection's total and its id, a UUID made from
 * them), the second writes.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "sha256.h"
#include "w3c-export.h"

/* The W3C motivation of each kind. */
static const char *const kind_motivations[KIND_COUNT] = {
	[KIND_HIGHLIGHT] = "highlighting",
	[KIND_QUOTE] = "classifying",
	[KIND_CLAIM] = "assessing",
	[KIND_CORRECTION] = "editing",
	[KIND_NOTE] = "commenting",
};

/* One export. */
struct w3c_exporter {
	struct store *store;
	const struct yaml_export_options *options;
	FILE *out;
	const char *out_name;
	const struct store_article *article;	/* the one being listed */
	struct sha256 ids;			/* the first pass: every id */
	size_t total, written;
	struct yaml_export_report report;
	enum tanda_status status;
	struct tanda_error *err;
	int writing;				/* the second pass */
};

/* Add key: a string (nothing when value is NULL or empty). */
static void set_text(json_t *object, const char *key, const char *value)
{
	if (value != NULL && value[0] != '\0')
		json_object_set_new(object, key, json_string(value));
}

/* A TextualBody with value and purpose. */
static json_t *textual_body(const char *value, const char *purpose)
{
	return json_pack("{s:s, s:s, s:s}", "type", "TextualBody", "value", value, "purpose",
			 purpose);
}

/* The bodies of a: note, tags, replacement, claim, speaker. */
static json_t *bodies(const struct annotation *a)
{
	json_t *list = json_array();
	size_t i;

	if (a->note != NULL && a->note[0] != '\0')
		json_array_append_new(list, textual_body(a->note, "commenting"));
	for (i = 0; i < a->ntags; i++)
		json_array_append_new(list, textual_body(a->tags[i], "tagging"));
	if (a->kind == KIND_CORRECTION && a->replacement != NULL)
		json_array_append_new(list, textual_body(a->replacement, "editing"));
	if (a->kind == KIND_CLAIM && a->claim != CLAIM_NONE)
		json_array_append_new(list, textual_body(claim_status_names[a->claim], "assessing"));
	if (a->kind == KIND_QUOTE && a->speaker != NULL && a->speaker[0] != '\0')
		json_array_append_new(list, textual_body(a->speaker, "identifying"));
	return list;
}

/* The article's source: its URL, else urn:sha256:HEX. */
static json_t *source_of(const struct store_article *article)
{
	if (article->url != NULL && article->url[0] != '\0')
		return json_string(article->url);
	return json_sprintf("urn:sha256:%s", article->sha256);
}

/* Add the article's metadata to target t as tanda's own terms, so that
 * an import knows the article as an annotation set would tell it. */
static void article_terms(json_t *t, const struct store_article *article)
{
	set_text(t, W3C_TANDA_PREFIX "title", article->title);
	set_text(t, W3C_TANDA_PREFIX "publication", article->source);
	set_text(t, W3C_TANDA_PREFIX "published", article->published);
	set_text(t, W3C_TANDA_PREFIX "language", article->language);
	if (article->paragraphs > 0)
		json_object_set_new(t, W3C_TANDA_PREFIX "paragraphs",
				    json_integer((json_int_t)article->paragraphs));
}

/* The target: the article, a TextQuoteSelector and a TextPositionSelector. */
static json_t *target(const struct annotation *a, const struct store_article *article)
{
	json_t *quote = json_pack("{s:s, s:s}", "type", "TextQuoteSelector", "exact",
				  a->anchor.exact ? a->anchor.exact : "");
	json_t *t;

	set_text(quote, "prefix", a->anchor.prefix);
	set_text(quote, "suffix", a->anchor.suffix);
	t = json_pack("{s:s, s:o, s:s, s:[o, {s:s, s:I, s:I}]}", "type", "SpecificResource",
		      "source", source_of(article), W3C_TANDA_PREFIX "sha256", article->sha256,
		      "selector", quote, "type", "TextPositionSelector",
		      "start", (json_int_t)a->anchor.start, "end", (json_int_t)a->anchor.end);
	if (t != NULL)
		article_terms(t, article);
	return t;
}

/* tanda's own terms: what the model has no place for, so that importing
 * the export gives back the same annotation. */
static void tanda_terms(json_t *o, const struct annotation *a)
{
	json_object_set_new(o, W3C_TANDA_PREFIX "kind", json_string(annotation_kind_names[a->kind]));
	json_object_set_new(o, W3C_TANDA_PREFIX "paragraph", json_integer(a->anchor.paragraph));
	if (a->anchor.state != ANCHOR_EXACT)
		json_object_set_new(o, W3C_TANDA_PREFIX "anchor",
				    json_string(anchor_state_names[a->anchor.state]));
	if (a->anchor.state == ANCHOR_FUZZY)
		json_object_set_new(o, W3C_TANDA_PREFIX "score", json_real(a->anchor.score));
	set_text(o, W3C_TANDA_PREFIX "color", a->color);
	if (a->correction_kind != CORRECTION_KIND_NONE)
		set_text(o, W3C_TANDA_PREFIX "correctionKind",
			 correction_kind_names[a->correction_kind]);
	if (a->correction_status != CORRECTION_STATUS_NONE)
		set_text(o, W3C_TANDA_PREFIX "correctionStatus",
			 correction_status_names[a->correction_status]);
	set_text(o, W3C_TANDA_PREFIX "reviewedBy", a->reviewed_by);
	set_text(o, W3C_TANDA_PREFIX "reviewedAt", a->reviewed_at);
	if (a->deleted)
		json_object_set_new(o, W3C_TANDA_PREFIX "deleted", json_true());
}

/* The Web Annotation of a, on article. */
static json_t *web_annotation(const struct annotation *a, const struct store_article *article)
{
	json_t *o = json_pack("{s:s, s:s, s:s, s:s}", "@context", W3C_CONTEXT, "id", "",
			      "type", "Annotation", "motivation", kind_motivations[a->kind]);
	json_t *body = bodies(a);

	json_object_set_new(o, "id", json_sprintf("urn:uuid:%s", a->id));
	if (a->author != NULL)
		json_object_set_new(o, "creator", json_pack("{s:s, s:s}", "type", "Person",
							     "name", a->author));
	set_text(o, "created", a->created);
	set_text(o, "modified", a->modified);
	if (json_array_size(body) > 0)
		json_object_set(o, "body", body);
	json_decref(body);
	json_object_set_new(o, "target", target(a, article));
	tanda_terms(o, a);
	return o;
}

/* Fail for out of memory or a write error. */
static int write_failed(struct w3c_exporter *x, int memory)
{
	x->status = memory ? tanda_fail(x->err, TANDA_ENOMEM, "%s: out of memory", x->out_name)
			   : tanda_fail(x->err, TANDA_EIO, "%s: cannot write", x->out_name);
	return 1;
}

/* One annotation listed: counted and hashed, or written (the visitor). */
static int visit(void *context, const struct annotation *a)
{
	struct w3c_exporter *x = context;
	json_t *o;
	int failed;

	if (!x->writing) {
		sha256_update(&x->ids, a->id, strlen(a->id));
		x->total++;
		return 0;
	}
	if ((o = web_annotation(a, x->article)) == NULL)
		return write_failed(x, 1);
	failed = fputs(x->written > 0 ? ",\n" : "\n", x->out) < 0 ||
		 json_dumpf(o, x->out, JSON_INDENT(2) | JSON_PRESERVE_ORDER) != 0;
	json_decref(o);
	if (failed)
		return write_failed(x, 0);
	x->written++;
	x->report.annotations++;
	return 0;
}

/* List the article's annotations that the filter matches (its visitor). */
static int visit_article(void *context, const struct store_article *article)
{
	struct w3c_exporter *x = context;
	struct store_query query = x->options->filter;
	size_t before = x->written;
	enum tanda_status status;

	x->article = article;
	query.article = article->sha256;
	status = store_annotation_list(x->store, &query, visit, x, x->err);
	if (status != TANDA_OK && x->status == TANDA_OK)
		x->status = status;
	x->report.articles += x->written > before;
	return x->status != TANDA_OK;
}

/* Order two sha256 strings (for qsort and bsearch). */
static int compare_sha256(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* What the passes over the store's articles share. */
struct chosen {
	struct w3c_exporter *x;
	const char **sorted;	/* the chosen sha256s, sorted; NULL: every article */
	size_t count;
};

/* One stored article, in sha256 order: listed when it is chosen. */
static int visit_stored(void *context, const struct store_article *article)
{
	struct chosen *c = context;
	const char *key = article->sha256;

	if (c->sorted != NULL && bsearch(&key, c->sorted, c->count, sizeof *c->sorted,
					 compare_sha256) == NULL)
		return 0;
	return visit_article(c->x, article);
}

/* List the annotations of preview p (an article as it would be recorded,
 * see yaml-export.h) that the filter's anchor matches. */
static void visit_preview(struct w3c_exporter *x, const struct yaml_export_preview *p)
{
	int anchor = x->options->filter.anchor;
	size_t before = x->written, i;

	x->article = &p->meta;
	for (i = 0; i < p->count && x->status == TANDA_OK; i++)
		if (anchor < 0 || p->annotations[i].anchor.state == (enum anchor_state)anchor)
			(void)visit(x, &p->annotations[i]);
	x->report.articles += x->written > before;
}

/* One pass over the chosen articles (all stored ones in sha256 order, then
 * the previews); 1 on success. */
static int each_article(struct w3c_exporter *x, struct chosen *c)
{
	enum tanda_status status;
	size_t i;

	status = store_article_list(x->store, STORE_BY_SHA256, visit_stored, c, x->err);
	if (status != TANDA_OK && x->status == TANDA_OK)
		x->status = status;
	for (i = 0; i < x->options->npreviews && x->status == TANDA_OK; i++)
		visit_preview(x, &x->options->previews[i]);
	return x->status == TANDA_OK;
}

/* The collection's id (page 0) or its page's (page 1): a UUID made from
 * the ids of the annotations it holds. */
static void collection_id(struct w3c_exporter *x, int page, char id[ANNOTATION_ID_SIZE])
{
	struct sha256 copy = x->ids;
	unsigned char digest[SHA256_DIGEST_SIZE];

	sha256_update(&copy, page ? "page" : "collection", page ? 4 : 10);
	sha256_final(&copy, digest);
	annotation_format_id(digest, 8, id);
}

/* Write the collection: its head, then every annotation, then its end. */
static int write_collection(struct w3c_exporter *x, struct chosen *c)
{
	char id[ANNOTATION_ID_SIZE], page[ANNOTATION_ID_SIZE];

	collection_id(x, 0, id);
	collection_id(x, 1, page);
	if (fprintf(x->out, "{\n\"@context\": \"%s\",\n\"id\": \"urn:uuid:%s\",\n"
		    "\"type\": \"AnnotationCollection\",\n\"label\": \"Annotations exported by "
		    "tanda\",\n\"total\": %zu", W3C_CONTEXT, id, x->total) < 0)
		return !write_failed(x, 0);
	if (x->total > 0 && fprintf(x->out, ",\n\"first\": {\n\"@context\": \"%s\",\n"
				    "\"id\": \"urn:uuid:%s\",\n\"type\": \"AnnotationPage\",\n"
				    "\"startIndex\": 0,\n\"items\": [", W3C_CONTEXT, page) < 0)
		return !write_failed(x, 0);
	x->writing = 1;
	if (x->total > 0 && !each_article(x, c))
		return 0;
	if (fputs(x->total > 0 ? "\n]\n}\n}\n" : "\n}\n", x->out) < 0)
		return !write_failed(x, 0);
	return 1;
}

/* w3c_export as a yaml_export_stream_fn (writeback is for YAML's large
 * sets; json_dumpf writes through stdio). */
static enum tanda_status export_stream(struct store *store,
				       const struct yaml_export_options *options, FILE *out,
				       const char *out_name, int writeback,
				       struct yaml_export_report *report, struct tanda_error *err)
{
	struct w3c_exporter x;
	struct chosen c = { &x, NULL, options->narticles };

	memset(&x, 0, sizeof x);
	x.store = store;
	x.options = options;
	x.out = out;
	x.out_name = out_name;
	x.err = err;
	sha256_init(&x.ids);
	if (options->articles != NULL) {
		if ((c.sorted = malloc((c.count ? c.count : 1) * sizeof *c.sorted)) == NULL)
			return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory", out_name);
		memcpy(c.sorted, options->articles, c.count * sizeof *c.sorted);
		qsort(c.sorted, c.count, sizeof *c.sorted, compare_sha256);
	}
	if (each_article(&x, &c))
		write_collection(&x, &c);
	free(c.sorted);
	if (x.status == TANDA_OK && x.written != x.total)
		x.status = tanda_fail(err, TANDA_EIO, "%s: the store changed during the export",
				      out_name);
	if (report != NULL)
		*report = x.report;
	(void)writeback;
	return x.status;
}

enum tanda_status w3c_export(struct store *store, const struct yaml_export_options *options,
			     FILE *out, const char *out_name, struct yaml_export_report *report,
			     struct tanda_error *err)
{
	return export_stream(store, options, out, out_name, 0, report, err);
}

enum tanda_status w3c_export_file(struct store *store, const struct yaml_export_options *options,
				  const char *path, struct yaml_export_report *report,
				  struct tanda_error *err)
{
	return yaml_export_file_by(export_stream, store, options, path, report, err);
}
