/*
 * check-people.h - an article held to the newsroom's people sheet
 * (people.h): the names the name scanner read (name-scan.h) matched to the
 * sheet's people, and what does not agree with it reported.  check_names
 * (check.h) runs it when its options carry a sheet.
 */
#ifndef TANDA_CHECK_PEOPLE_H
#define TANDA_CHECK_PEOPLE_H

#include "calendar.h"
#include "check.h"
#include "name-scan.h"
#include "people.h"

/*
 * Append to out the findings of ns's names against sheet, the article
 * published on published (year 0 when unknown: offices are not checked):
 *   - a full name spelled otherwise than the sheet's canonical spelling (a
 *     variant it lists, or the canonical name with one word spelled alike:
 *     "Yun Suk Yeol" for "Yoon Suk Yeol"): kind name, on the name, the
 *     canonical spelling suggested;
 *   - a short name of a person the article names in full that is not the
 *     family name ("kata Yoshimasa" for Yoshimasa Hayashi), or spells it
 *     otherwise ("Yun" for "Yoon"): kind name, the family name suggested;
 *   - an office before a person's name that the sheet does not give them
 *     on the publication date ("Perdana Menteri Yoshimasa Hayashi" on
 *     2024-10-26, when he was Chief Cabinet Secretary): kind title, on the
 *     office's words, the office held then suggested (in the article's
 *     language) when there was one.
 * Each is reported once, at its first place.  0, or -1 when out of memory.
 */
int check_people(const struct name_scan *ns, const struct people *sheet,
		 const struct calendar_date *published, struct findings *out);

#endif
