/*
 * form.c - the annotation form's lifetime: what it holds, freed.
 */
#include <stdlib.h>
#include <string.h>

#include "form.h"

void form_clear(struct form *f)
{
	size_t i;

	annotation_clear(&f->draft);
	free(f->reason);
	for (i = 0; i < f->ntag_names; i++)
		free(f->tag_names[i]);
	free(f->tag_names);
	memset(f, 0, sizeof *f);
}
