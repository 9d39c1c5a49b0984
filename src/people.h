/*
 * people.h - a newsroom's style sheet of the people it writes about: each
 * person's canonical spelling, the spellings known for them, their family
 * name (the short name to use) and the offices they held, with dates.
 * The name check (check-people.c) holds an article to it; the sheet is
 * read from YAML by people-sheet.c (tanda-people(5)).
 *
 * Every string is owned by the sheet, UTF-8 in NFC.  people_release frees
 * it all.
 */
#ifndef TANDA_PEOPLE_H
#define TANDA_PEOPLE_H

#include <stddef.h>

#include "calendar.h"

/* An office a person held: its title in Indonesian and in English, other
 * ways news writes it before a name, and when (a year of 0: open). */
struct person_office {
	char *id, *en;			/* "Kepala Sekretaris Kabinet", "Chief Cabinet
					 * Secretary"; either may be NULL */
	char **also;			/* "Sekretaris Kabinet", "Cabinet Secretary" */
	size_t nalso, also_alloc;
	struct calendar_date from, until;
};

/* One person. */
struct person {
	char *name;			/* the canonical spelling: "Yoshimasa Hayashi" */
	char *family;			/* the family name, or NULL: the last word */
	char **variants;		/* other spellings of the full name seen */
	size_t nvariants, variants_alloc;
	struct person_office *offices;
	size_t noffices, offices_alloc;
};

/* The sheet. */
struct people {
	struct person *items;
	size_t count, alloc;
};

/* An empty sheet. */
void people_init(struct people *p);

/* Free everything the sheet holds and leave it empty. */
void people_release(struct people *p);

/* Add an empty person to p and return it (NULL when out of memory). */
struct person *people_add(struct people *p);

/* Add an empty office to person and return it (NULL when out of memory). */
struct person_office *person_add_office(struct person *person);

/* Add a copy of text to the list *items (*count, *alloc); 0, or -1 when
 * out of memory. */
int people_add_text(char ***items, size_t *count, size_t *alloc, const char *text);

/* The family name of person: family, else the last word of name, as the
 * n bytes returned. */
const char *person_family(const struct person *person, size_t *n);

/* Whether person held office on date. */
int office_held(const struct person_office *office, const struct calendar_date *date);

#endif
