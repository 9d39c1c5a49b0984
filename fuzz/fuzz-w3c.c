/*
 * fuzz-w3c.c - libFuzzer target of the Web Annotations importer: the
 * input read as JSON by w3c_import_bytes (the limits, the shapes, each
 * annotation's members, grouping, pending articles, anchoring by quote),
 * twice, as fuzz-importer.h says, into a store that knows one article by
 * its URL (and its text's sha256), so that annotations naming it are
 * anchored in its text.
 */
#include <string.h>

#include "fuzz.h"
#include "fuzz-importer.h"
#include "w3c-import.h"

/* The URL of the article the store knows (the seeds name it). */
#define KNOWN_URL "https://kabar-nusantara.example/internasional/korea-rusia"

/* Its text: some of the seeds' quotes are in it, some are not. */
static const char known_text[] =
	"Pemerintah Korea Selatan memanggil duta besar Rusia.\n"
	"Presiden Korea Selatan Yun Suk Yeol memimpin rapat darurat.\n"
	"\xe2\x80\x9cKami tidak akan tinggal diam menghadapi ancaman ini,\xe2\x80\x9d kata Yoon.\n"
	"Sedikitnya 1.500 tentara telah dikerahkan sejak awal bulan.\n";

/* Store the known article, opened from its URL. */
static void store_known(struct store *store)
{
	struct tanda_error err;
	struct article *article;

	FUZZ_CHECK(article_from_text("known", known_text, strlen(known_text), &article, &err) ==
		   TANDA_OK);
	article->meta.url = strdup(KNOWN_URL);
	FUZZ_CHECK(article->meta.url != NULL);
	FUZZ_CHECK(store_article_upsert(store, article, KNOWN_URL, &err) == TANDA_OK);
	article_free(article);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_import_run("w3c", store_known, w3c_import_bytes, data, size);
	return 0;
}
