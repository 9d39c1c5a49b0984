/*
 * test-html.c - an article's paragraphs and metadata from HTML pages, and
 * the limits that keep a hostile page cheap.
 */
#include <string.h>

#include "fixture.h"
#include "html-limits.h"
#include "html.h"

/* Read html (with base_url) into page; the status. */
static enum tanda_status read_page(const char *html, const char *base_url,
				   struct html_page *page)
{
	struct tanda_error err;

	return html_read(html, strlen(html), "page.html", base_url, NULL, page, &err);
}

/* The paragraphs read from html, one per line. */
static void assert_paragraphs(const char *html, const char *expected)
{
	struct html_page page;

	assert_int_equal(read_page(html, NULL, &page), TANDA_OK);
	assert_string_equal(strbuf_str(&page.blocks.text), expected);
	html_page_release(&page);
}

static void test_blocks_and_inline_text(void **state)
{
	(void)state;
	assert_paragraphs("<h1>Title</h1><p>One <b>bold</b>\n  and <a href=x>linked</a>"
			  "&nbsp;word.</p><p>Two<br>lines &amp; &#8220;q&#8221;</p>",
			  "Title\nOne bold and linked\xC2\xA0word.\nTwo lines & \xE2\x80\x9Cq\xE2\x80\x9D\n");
	/* unclosed paragraphs and list items, as a browser closes them */
	assert_paragraphs("<p>a<p>b<ul><li>c<li>d<ul><li>e</ul></ul>",
			  "a\nb\nc\nd\ne\n");
	assert_paragraphs("<blockquote><p>q1</p><p>q2</p></blockquote><figure><img alt=x>"
			  "<figcaption>cap</figcaption></figure>", "q1\nq2\ncap\n");
	/* blank and no-break-space paragraphs are nothing */
	assert_paragraphs("<p>x</p><p> </p><p>&nbsp;&nbsp;</p><p>y</p>", "x\ny\n");
}

static void test_what_is_left_out(void **state)
{
	(void)state;
	assert_paragraphs("<p>a<script>var x = '<p>no</p>';</script>b</p><style>p{}</style>"
			  "<nav><p>menu</p></nav><aside><p>side</p></aside><form><p>f</p></form>"
			  "<div class=\"share-bar\"><p>Share</p></div><div id=comments><p>c</p></div>"
			  "<div class=\"ads-inline\"><p>ad</p></div><div role=navigation><p>n</p></div>"
			  "<p hidden>h</p><footer><p>foot</p></footer><p>end</p>",
			  "ab\nend\n");
}

static void test_the_article_is_chosen(void **state)
{
	(void)state;
	/* the <article> with the most text, not the first */
	assert_paragraphs("<header><h1>Site</h1></header><article><p>teaser</p></article>"
			  "<article><h1>Head</h1><p>the real article, longer</p></article>",
			  "Head\nthe real article, longer\n");
	/* itemprop=articleBody wins */
	assert_paragraphs("<article><p>a long article text here</p><div itemprop=articleBody>"
			  "<p>body</p></div></article>", "body\n");
	/* <main>, then the body, where the site's header is left out */
	assert_paragraphs("<header><p>Site</p></header><main><p>m</p></main><p>out</p>", "m\n");
	assert_paragraphs("<header><p>Site</p></header><div><p>x</p></div>", "x\n");
}

static void test_loose_text_when_no_blocks(void **state)
{
	(void)state;
	/* a page of text separated by <br> and divs has its text taken */
	assert_paragraphs("<body><div>one<br>two</div><div>three</div></body>", "one two\nthree\n");
	/* beside real blocks, loose text (bylines, dates) is not */
	assert_paragraphs("<article><div>By Ana</div><p>text</p><div><span>x</span></div>"
			  "<li><div>in item</div></li></article>", "text\nin item\n");
}

static void test_lines_of_paragraphs(void **state)
{
	struct html_page page;

	(void)state;
	assert_int_equal(read_page("<html>\n<body>\n<p>a</p>\n\n<p>\nb</p>\n", NULL, &page),
			 TANDA_OK);
	assert_int_equal(page.blocks.count, 2);
	assert_int_equal(page.blocks.lines[0], 3);
	assert_int_equal(page.blocks.lines[1], 5);
	html_page_release(&page);
}

static void test_metadata_order(void **state)
{
	struct html_page page;

	(void)state;
	assert_int_equal(read_page(
		"<html lang=id-ID><head><title>T</title>"
		"<meta property=og:title content=OG><meta property=og:site_name content=Site>"
		"<meta property=article:published_time content=2024-01-02>"
		"<link rel=canonical href=/a/b>"
		"<script type=application/ld+json>{\"@graph\": [{\"@type\": \"WebPage\", "
		"\"headline\": \"no\"}, {\"@type\": [\"Thing\", \"NewsArticle\"], "
		"\"headline\": \"LD\", \"datePublished\": \"2024-10-25T08:00:00+07:00\", "
		"\"author\": [{\"name\": \"A\"}, \"B\", {\"@id\": \"x\"}]}]}</script>"
		"</head><body><p>x</p></body></html>", "https://news.example/x/y?z", &page),
		TANDA_OK);
	assert_string_equal(page.meta.title, "LD");
	assert_string_equal(page.meta.published, "2024-10-25T08:00:00+07:00");
	assert_string_equal(page.meta.author, "A, B");
	assert_string_equal(page.meta.source, "Site");
	assert_string_equal(page.meta.url, "https://news.example/a/b");
	assert_string_equal(page.meta.language, "id");
	html_page_release(&page);
}

static void test_metadata_fallbacks(void **state)
{
	struct html_page page;

	(void)state;
	/* bad JSON-LD is ignored; a date that is not ISO 8601 is not taken; a
	 * relative URL with no base is dropped; <title> is the last resort */
	assert_int_equal(read_page("<title>Only title</title><script type=application/ld+json>"
				   "{\"@type\": \"NewsArticle\", </script>"
				   "<meta name=pubdate content=\"2024/11/04 19:30\">"
				   "<link rel=\"alternate canonical\" href=/rel><p>x</p>", NULL, &page),
			 TANDA_OK);
	assert_string_equal(page.meta.title, "Only title");
	assert_null(page.meta.published);
	assert_null(page.meta.url);
	assert_null(page.meta.language);
	html_page_release(&page);
}

/* A page of n copies of unit, or NULL. */
static char *repeat(const char *unit, size_t n)
{
	size_t len = strlen(unit), i;
	char *s = malloc(len * n + 1);

	for (i = 0; s != NULL && i < n; i++)
		memcpy(s + i * len, unit, len);
	if (s != NULL)
		s[len * n] = '\0';
	return s;
}

static void test_limits(void **state)
{
	struct html_page page;
	struct tanda_error err;
	char *deep = repeat("<div>", HTML_MAX_TAGS + 1);
	char *attrs = repeat(" a", HTML_MAX_ATTRIBUTES + 2);
	char *hidden = repeat("<div>", HTML_MAX_TAGS + 2);

	(void)state;
	assert_non_null(deep);
	assert_int_equal(html_read(deep, strlen(deep), "deep.html", NULL, NULL, &page, &err), TANDA_EDATA);
	assert_string_equal(err.message, "deep.html:1: more than 40000 tags (the HTML limit)");
	html_page_release(&page);
	memcpy(attrs, "<p", 2);	/* "<p a a a ...", one too many */
	assert_int_equal(html_read(attrs, strlen(attrs), "a.html", NULL, NULL, &page, &err), TANDA_EDATA);
	assert_non_null(strstr(err.message, "a.html:1: a tag with more than 10000 attributes"));
	html_page_release(&page);
	/* tags in what looks like a quoted value are counted too: the parser
	 * may not read the quotes as this pass does */
	memcpy(hidden, "<p a=\"", 6);
	assert_int_equal(html_read(hidden, strlen(hidden), "h.html", NULL, NULL, &page, &err), TANDA_EDATA);
	html_page_release(&page);
	/* comments and script text hold no tags */
	free(deep);
	deep = repeat("<!-- <div> --><script>if (a<b) x = '<div>';</script>", HTML_MAX_TAGS);
	assert_int_equal(html_read(deep, strlen(deep), "ok.html", NULL, NULL, &page, &err), TANDA_OK);
	html_page_release(&page);
	free(deep);
	free(attrs);
	free(hidden);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_blocks_and_inline_text),
		cmocka_unit_test(test_what_is_left_out),
		cmocka_unit_test(test_the_article_is_chosen),
		cmocka_unit_test(test_loose_text_when_no_blocks),
		cmocka_unit_test(test_lines_of_paragraphs),
		cmocka_unit_test(test_metadata_order),
		cmocka_unit_test(test_metadata_fallbacks),
		cmocka_unit_test(test_limits),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
