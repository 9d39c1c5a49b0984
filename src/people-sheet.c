/*
 * people-sheet.c - a people sheet read from YAML (people-sheet.h), by
 * tables of fields over the hardened reader (yamlread.h):
 *
 *     tanda-people: 1
 *     people:
 *       - name: Yoshimasa Hayashi
 *         family: Hayashi
 *         variants: [Yoshimasa Hayasi]
 *         offices:
 *           - en: Chief Cabinet Secretary
 *             id: Kepala Sekretaris Kabinet
 *             also: [Sekretaris Kabinet]
 *             from: 2023-12-14
 *             until: 2025-10-21
 *
 * Names and titles are kept in NFC; dates are YYYY-MM-DD.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "people-sheet.h"
#include "source.h"
#include "strbuf.h"
#include "unicode.h"
#include "yamlread.h"

/* What reading the top level needs. */
struct sheet {
	struct people *out;
	int has_version;
};

/* Replace the text *slot (UTF-8) by its NFC form; fails when out of
 * memory. */
static enum tanda_status to_nfc(struct yamlread *r, char **slot)
{
	struct strbuf sb = STRBUF_INIT;
	char *nfc;

	if (*slot == NULL || unicode_is_nfc(*slot, strlen(*slot)))
		return TANDA_OK;
	if (unicode_nfc(*slot, strlen(*slot), &sb) != 0 || (nfc = strbuf_detach(&sb, NULL)) == NULL) {
		strbuf_release(&sb);
		return yamlread_fail(r, "out of memory");
	}
	free(*slot);
	*slot = nfc;
	return TANDA_OK;
}

/* Set a text field, kept in NFC. */
static enum tanda_status set_name(struct yamlread *r, void *record,
				  const struct yamlread_field *f)
{
	enum tanda_status status = yamlread_set_text(r, record, f);

	return status != TANDA_OK ? status : to_nfc(r, yamlread_field_at(record, f));
}

/* A list of texts being read. */
struct texts {
	char ***items;
	size_t *count, *alloc;
};

/* Read one text of a list. */
static enum tanda_status add_text(struct yamlread *r, void *context, size_t index)
{
	struct texts *t = context;
	char *text = NULL;
	enum tanda_status status;

	(void)index;
	if ((status = yamlread_text(r, &text)) == TANDA_OK)
		status = to_nfc(r, &text);
	if (status == TANDA_OK && (text == NULL || text[0] == '\0'))
		status = yamlread_fail(r, "expected a name, not an empty text");
	if (status == TANDA_OK && people_add_text(t->items, t->count, t->alloc, text) != 0)
		status = yamlread_fail(r, "out of memory");
	free(text);
	return status;
}

/* Set a person's variants. */
static enum tanda_status set_variants(struct yamlread *r, void *record,
				      const struct yamlread_field *f)
{
	struct person *p = record;
	struct texts t = { &p->variants, &p->nvariants, &p->variants_alloc };

	(void)f;
	return yamlread_sequence(r, add_text, &t);
}

/* Set an office's other titles. */
static enum tanda_status set_also(struct yamlread *r, void *record,
				  const struct yamlread_field *f)
{
	struct person_office *o = record;
	struct texts t = { &o->also, &o->nalso, &o->also_alloc };

	(void)f;
	return yamlread_sequence(r, add_text, &t);
}

/* Set a date (struct calendar_date) from YYYY-MM-DD. */
static enum tanda_status set_date(struct yamlread *r, void *record,
				  const struct yamlread_field *f)
{
	const char *text = yamlread_scalar(r, "a date (YYYY-MM-DD)");
	struct calendar_date *d = (struct calendar_date *)(void *)((char *)record + f->offset);

	if (text == NULL)
		return TANDA_EDATA;
	if (strlen(text) != 10 || !calendar_parse_iso(text, d))
		return yamlread_fail(r, "expected a date (YYYY-MM-DD), not \"%.40s\"", text);
	return TANDA_OK;
}

static const struct yamlread_field office_fields[] = {
	{ .key = "id", .set = set_name,
	  .offset = offsetof(struct person_office, id), .required = 0 },
	{ .key = "en", .set = set_name,
	  .offset = offsetof(struct person_office, en), .required = 0 },
	{ .key = "also", .set = set_also, .offset = 0, .required = 0 },
	{ .key = "from", .set = set_date,
	  .offset = offsetof(struct person_office, from), .required = 0 },
	{ .key = "until", .set = set_date,
	  .offset = offsetof(struct person_office, until), .required = 0 },
};

/* Read one office of a person. */
static enum tanda_status add_office(struct yamlread *r, void *context, size_t index)
{
	struct person_office *o = person_add_office(context);
	struct yamlread_pos start;
	enum tanda_status status;

	(void)index;
	if (o == NULL)
		return yamlread_fail(r, "out of memory");
	if (!yamlread_is_mapping(r))
		return yamlread_fail(r, "expected an office (a mapping with id, en, from, until)");
	status = yamlread_mapping(r, office_fields, sizeof office_fields / sizeof office_fields[0],
				  o, NULL, &start);
	if (status == TANDA_OK && o->id == NULL && o->en == NULL && o->nalso == 0)
		return yamlread_fail_at(r, start, r->path, "an office needs a title: id, en or also");
	if (status == TANDA_OK && o->from.year != 0 && o->until.year != 0 &&
	    calendar_day_number(o->until.year, o->until.month, o->until.day) <
		    calendar_day_number(o->from.year, o->from.month, o->from.day))
		return yamlread_fail_at(r, start, r->path, "until is before from");
	return status;
}

/* Set a person's offices. */
static enum tanda_status set_offices(struct yamlread *r, void *record,
				     const struct yamlread_field *f)
{
	(void)f;
	return yamlread_sequence(r, add_office, record);
}

static const struct yamlread_field person_fields[] = {
	{ .key = "name", .set = set_name, .offset = offsetof(struct person, name), .required = 1 },
	{ .key = "family", .set = set_name,
	  .offset = offsetof(struct person, family), .required = 0 },
	{ .key = "variants", .set = set_variants, .offset = 0, .required = 0 },
	{ .key = "offices", .set = set_offices, .offset = 0, .required = 0 },
};

/* Read one person of the sheet. */
static enum tanda_status add_person(struct yamlread *r, void *context, size_t index)
{
	struct person *p = people_add(context);

	(void)index;
	if (p == NULL)
		return yamlread_fail(r, "out of memory");
	if (!yamlread_is_mapping(r))
		return yamlread_fail(r, "expected a person (a mapping with name, family, offices)");
	return yamlread_mapping(r, person_fields, sizeof person_fields / sizeof person_fields[0],
				p, NULL, NULL);
}

/* Read the version: it must be PEOPLE_SHEET_VERSION. */
static enum tanda_status set_version(struct yamlread *r, void *record,
				     const struct yamlread_field *f)
{
	uint64_t version;
	enum tanda_status status = yamlread_uint(r, 1, 1000, &version);

	(void)f;
	if (status == TANDA_OK && version != PEOPLE_SHEET_VERSION)
		return yamlread_fail(r, "version %llu is not one this tanda reads (%d)",
				     (unsigned long long)version, PEOPLE_SHEET_VERSION);
	((struct sheet *)record)->has_version = 1;
	return status;
}

/* Read the people. */
static enum tanda_status set_people(struct yamlread *r, void *record,
				    const struct yamlread_field *f)
{
	(void)f;
	return yamlread_sequence(r, add_person, ((struct sheet *)record)->out);
}

static const struct yamlread_field sheet_fields[] = {
	{ .key = "tanda-people", .set = set_version, .offset = 0, .required = 1 },
	{ .key = "people", .set = set_people, .offset = 0, .required = 0 },
};

/* Read the one document of the stream r holds into s. */
static enum tanda_status read_sheet(struct yamlread *r, struct sheet *s)
{
	enum tanda_status status;

	if ((status = yamlread_next(r)) != TANDA_OK || (status = yamlread_next(r)) != TANDA_OK)
		return status;	/* the stream's start, then a document's */
	if (r->event.type == YAML_STREAM_END_EVENT)
		return yamlread_fail(r, "not a people sheet: the file is empty");
	if ((status = yamlread_next(r)) != TANDA_OK)
		return status;
	if (!yamlread_is_mapping(r))
		return yamlread_fail(r, "not a people sheet: its top level is no mapping");
	status = yamlread_mapping(r, sheet_fields, sizeof sheet_fields / sizeof sheet_fields[0], s,
				  NULL, NULL);
	if (status == TANDA_OK)	/* the document's end, then the stream's */
		status = yamlread_next(r);
	if (status == TANDA_OK)
		status = yamlread_next(r);
	if (status == TANDA_OK && r->event.type != YAML_STREAM_END_EVENT)
		return yamlread_fail(r, "not a people sheet: the file has several documents");
	return status;
}

enum tanda_status people_sheet_read_bytes(const char *name, const char *bytes, size_t size,
					  struct people *out, struct tanda_error *err)
{
	const struct yamlread_options options = {
		.name = name, .what = NULL, .first_line = 1, .mapped = 0,
		.max_depth = PEOPLE_SHEET_MAX_DEPTH, .max_scalar = PEOPLE_SHEET_MAX_SCALAR,
	};
	struct sheet s = { .out = out, .has_version = 0 };
	struct yamlread r;
	enum tanda_status status = yamlread_init(&r, bytes, size, &options, err);

	if (status == TANDA_OK)
		status = read_sheet(&r, &s);
	yamlread_release(&r);
	return status;
}

enum tanda_status people_sheet_read(const char *path, struct people *out,
				    struct tanda_error *err)
{
	struct source src;
	enum tanda_status status = source_open(&src, path, PEOPLE_SHEET_MAX_SIZE, err);

	if (status != TANDA_OK)
		return status;
	status = people_sheet_read_bytes(path, src.bytes, src.size, out, err);
	source_close(&src);
	return status;
}
