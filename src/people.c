/*
 * people.c - the people sheet in memory (people.h): making it, freeing it,
 * and the two questions about a person it answers by itself.
 */
#include <stdlib.h>
#include <string.h>

#include "grow.h"
#include "people.h"

void people_init(struct people *p)
{
	memset(p, 0, sizeof *p);
}

/* Free a list of strings. */
static void free_texts(char **items, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++)
		free(items[i]);
	free(items);
}

/* Free what person holds. */
static void person_clear(struct person *person)
{
	size_t i;

	free(person->name);
	free(person->family);
	free_texts(person->variants, person->nvariants);
	for (i = 0; i < person->noffices; i++) {
		free(person->offices[i].id);
		free(person->offices[i].en);
		free_texts(person->offices[i].also, person->offices[i].nalso);
	}
	free(person->offices);
}

void people_release(struct people *p)
{
	size_t i;

	for (i = 0; i < p->count; i++)
		person_clear(&p->items[i]);
	free(p->items);
	people_init(p);
}

struct person *people_add(struct people *p)
{
	if (GROW(p->items, p->alloc, p->count + 1) != 0)
		return NULL;
	memset(&p->items[p->count], 0, sizeof p->items[0]);
	return &p->items[p->count++];
}

struct person_office *person_add_office(struct person *person)
{
	if (GROW(person->offices, person->offices_alloc, person->noffices + 1) != 0)
		return NULL;
	memset(&person->offices[person->noffices], 0, sizeof person->offices[0]);
	return &person->offices[person->noffices++];
}

int people_add_text(char ***items, size_t *count, size_t *alloc, const char *text)
{
	char *copy;

	if (GROW(*items, *alloc, *count + 1) != 0 || (copy = strdup(text)) == NULL)
		return -1;
	(*items)[(*count)++] = copy;
	return 0;
}

const char *person_family(const struct person *person, size_t *n)
{
	const char *last;

	if (person->family != NULL) {
		*n = strlen(person->family);
		return person->family;
	}
	last = strrchr(person->name, ' ');
	last = last != NULL ? last + 1 : person->name;
	*n = strlen(last);
	return last;
}

int office_held(const struct person_office *office, const struct calendar_date *date)
{
	long day = calendar_day_number(date->year, date->month, date->day);

	if (office->from.year != 0 &&
	    day < calendar_day_number(office->from.year, office->from.month, office->from.day))
		return 0;
	return office->until.year == 0 ||
	       day <= calendar_day_number(office->until.year, office->until.month,
					  office->until.day);
}
