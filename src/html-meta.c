/*
 * html-meta.c - an HTML page's metadata from its JSON-LD (read with
 * jansson), its meta tags, its canonical link, its language and its title.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html-meta.h"
#include "json-limits.h"
#include "strbuf.h"

/* The schema.org types that describe an article. */
static const char *const article_types[] = {
	"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
	"OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
	"LiveBlogPosting", "Report", "TechArticle", "SatiricalArticle", "ScholarlyArticle",
};

/* A meta tag we read and the field it fills. */
struct meta_tag {
	const char *key;		/* property= or name=, compared in any case */
	size_t field;			/* offsetof the field in struct article_meta */
};

static const struct meta_tag meta_tags[] = {
	{ "og:title", offsetof(struct article_meta, title) },
	{ "og:site_name", offsetof(struct article_meta, source) },
	{ "og:url", offsetof(struct article_meta, url) },
	{ "article:published_time", offsetof(struct article_meta, published) },
	{ "datePublished", offsetof(struct article_meta, published) },
	{ "pubdate", offsetof(struct article_meta, published) },
	{ "author", offsetof(struct article_meta, author) },
	{ "article:author", offsetof(struct article_meta, author) },
	{ "og:locale", offsetof(struct article_meta, language) },
};

void html_meta_init(struct html_meta *hm)
{
	memset(hm, 0, sizeof *hm);
}

void html_meta_release(struct html_meta *hm)
{
	article_meta_clear(&hm->jsonld);
	article_meta_clear(&hm->tags);
	free(hm->canonical);
	free(hm->lang);
	free(hm->title);
	html_meta_init(hm);
}

void html_meta_keep(struct html_meta *hm, char **field, const char *value)
{
	if (*field != NULL || value == NULL || value[0] == '\0')
		return;
	if ((*field = strdup(value)) == NULL)
		hm->failed = 1;
}

/* The field of m at offset. */
static char **field_at(struct article_meta *m, size_t offset)
{
	return (char **)(void *)((char *)m + offset);
}

void html_meta_add_tag(struct html_meta *hm, const char *key, const char *content)
{
	size_t i;

	for (i = 0; i < sizeof meta_tags / sizeof meta_tags[0]; i++)
		if (strcasecmp(key, meta_tags[i].key) == 0)
			html_meta_keep(hm, field_at(&hm->tags, meta_tags[i].field), content);
}

/* Whether type names one of the article types. */
static int is_article_type(json_t *type)
{
	size_t k;

	if (!json_is_string(type))
		return 0;
	for (k = 0; k < sizeof article_types / sizeof article_types[0]; k++)
		if (strcmp(json_string_value(type), article_types[k]) == 0)
			return 1;
	return 0;
}

/* Whether the JSON-LD node's @type (one, or a list) is an article's. */
static int is_article(json_t *node)
{
	json_t *type = json_object_get(node, "@type"), *item;
	size_t i;

	if (is_article_type(type))
		return 1;
	json_array_foreach(type, i, item)
		if (is_article_type(item))
			return 1;
	return 0;
}

/* The text of a name-like value: a string, or an object's "name" (or
 * "@id" when asked). */
static const char *name_of(json_t *value, int or_id)
{
	if (json_is_string(value))
		return json_string_value(value);
	if (json_is_object(value)) {
		json_t *name = json_object_get(value, "name");

		if (!json_is_string(name) && or_id)
			name = json_object_get(value, "@id");
		if (json_is_string(name))
			return json_string_value(name);
	}
	return NULL;
}

/* The authors of a JSON-LD article, joined with ", ", into m->author. */
static void take_authors(struct html_meta *hm, json_t *authors)
{
	struct strbuf names = STRBUF_INIT;
	json_t *item;
	size_t i;

	if (!json_is_array(authors)) {
		html_meta_keep(hm, &hm->jsonld.author, name_of(authors, 0));
		return;
	}
	json_array_foreach(authors, i, item) {
		const char *name = name_of(item, 0);

		if (name == NULL || name[0] == '\0')
			continue;
		if (names.len > 0)
			strbuf_addstr(&names, ", ");
		strbuf_addstr(&names, name);
	}
	if (names.len > 0)
		html_meta_keep(hm, &hm->jsonld.author, strbuf_str(&names));
	hm->failed |= !strbuf_ok(&names);
	strbuf_release(&names);
}

/* Take the fields of the JSON-LD article node. */
static void take_article(struct html_meta *hm, json_t *node)
{
	struct article_meta *m = &hm->jsonld;

	html_meta_keep(hm, &m->title, json_string_value(json_object_get(node, "headline")));
	html_meta_keep(hm, &m->published,
		       json_string_value(json_object_get(node, "datePublished")));
	take_authors(hm, json_object_get(node, "author"));
	html_meta_keep(hm, &m->source, name_of(json_object_get(node, "publisher"), 0));
	html_meta_keep(hm, &m->url, json_string_value(json_object_get(node, "url")));
	html_meta_keep(hm, &m->url, name_of(json_object_get(node, "mainEntityOfPage"), 1));
	html_meta_keep(hm, &m->language, name_of(json_object_get(node, "inLanguage"), 0));
}

/* The first article among node, its items (an array) or its @graph. */
static json_t *find_article(json_t *node)
{
	json_t *list = json_is_array(node) ? node : json_object_get(node, "@graph"), *item;
	size_t i;

	if (json_is_object(node) && is_article(node))
		return node;
	json_array_foreach(list, i, item)
		if (json_is_object(item) && is_article(item))
			return item;
	return NULL;
}

void html_meta_add_jsonld(struct html_meta *hm, const char *json, size_t len)
{
	static const struct json_limits limits = {
		.max_depth = HTML_JSONLD_MAX_DEPTH, .max_values = HTML_JSONLD_MAX_VALUES,
	};
	json_error_t error;
	json_t *root, *article;

	if (hm->jsonld.title != NULL || hm->jsonld.published != NULL)
		return;		/* the first article wins */
	if (json_check_limits(json, len, &limits, "", NULL) != TANDA_OK)
		return;		/* not an article's metadata: not worth the memory */
	root = json_loadb(json, len, 0, &error);
	if (root == NULL)
		return;
	article = find_article(root);
	if (article != NULL)
		take_article(hm, article);
	json_decref(root);
}

/* Whether url is an absolute http or https URL. */
static int is_absolute_url(const char *url)
{
	return strncasecmp(url, "https://", 8) == 0 || strncasecmp(url, "http://", 7) == 0;
}

/* url made absolute: as it is, or a path ("/x") against base_url's
 * scheme and host; NULL when neither (or out of memory: hm->failed). */
static char *absolute_url(struct html_meta *hm, const char *url, const char *base_url)
{
	struct strbuf sb = STRBUF_INIT;
	const char *host, *path;

	if (is_absolute_url(url)) {
		char *copy = strdup(url);

		hm->failed |= copy == NULL;
		return copy;
	}
	if (url[0] != '/' || url[1] == '/' || base_url == NULL || !is_absolute_url(base_url))
		return NULL;
	host = strstr(base_url, "://") + 3;
	path = host + strcspn(host, "/?#");
	strbuf_add(&sb, base_url, (size_t)(path - base_url));
	strbuf_addstr(&sb, url);
	if (!strbuf_ok(&sb)) {
		hm->failed = 1;
		strbuf_release(&sb);
		return NULL;
	}
	return strbuf_detach(&sb, NULL);
}

/* The first of the candidates that is set (the others are left). */
static const char *first_of(const char *a, const char *b, const char *c)
{
	return a ? a : b ? b : c;
}

/* The value of *from, leaving *from NULL (the caller owns it). */
static char *take(char **from)
{
	char *value = *from;

	*from = NULL;
	return value;
}

/* The language tag's primary subtag in lower case (id-ID, id_ID: id). */
static char *primary_language(struct html_meta *hm, const char *tag)
{
	size_t len = strcspn(tag, "-_"), i;
	char *lang;

	if (len == 0 || len > 8)
		return NULL;
	if ((lang = malloc(len + 1)) == NULL) {
		hm->failed = 1;
		return NULL;
	}
	for (i = 0; i < len; i++)
		lang[i] = (char)(tag[i] >= 'A' && tag[i] <= 'Z' ? tag[i] + 32 : tag[i]);
	lang[len] = '\0';
	return lang;
}

/* The publication date: the first that is ISO 8601. */
static char *published(struct html_meta *hm)
{
	if (hm->jsonld.published && frontmatter_is_iso_date(hm->jsonld.published))
		return take(&hm->jsonld.published);
	if (hm->tags.published && frontmatter_is_iso_date(hm->tags.published))
		return take(&hm->tags.published);
	return NULL;
}

/* The URL: the first that is (or can be made) absolute. */
static char *page_url(struct html_meta *hm, const char *base_url)
{
	const char *const candidates[] = { hm->jsonld.url, hm->tags.url, hm->canonical };
	size_t i;

	for (i = 0; i < sizeof candidates / sizeof candidates[0]; i++) {
		char *url = candidates[i] ? absolute_url(hm, candidates[i], base_url) : NULL;

		if (url != NULL)
			return url;
	}
	return NULL;
}

int html_meta_finish(struct html_meta *hm, const char *base_url, struct article_meta *meta)
{
	const char *lang = first_of(hm->jsonld.language, hm->lang, hm->tags.language);

	memset(meta, 0, sizeof *meta);
	meta->title = hm->jsonld.title ? take(&hm->jsonld.title)
		      : hm->tags.title ? take(&hm->tags.title) : take(&hm->title);
	meta->source = hm->jsonld.source ? take(&hm->jsonld.source) : take(&hm->tags.source);
	meta->author = hm->jsonld.author ? take(&hm->jsonld.author) : take(&hm->tags.author);
	meta->published = published(hm);
	meta->url = page_url(hm, base_url);
	meta->language = lang ? primary_language(hm, lang) : NULL;
	if (!hm->failed)
		return 0;
	article_meta_clear(meta);
	return -1;
}
