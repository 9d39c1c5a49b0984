/*
 * zone.h - times as people in the newsroom read them: the UTC time stamps
 * the store keeps, shown in the local time zone with its abbreviation
 * ("2024-12-08 01:42 WIB"), the local date of a moment, and whether a
 * zone's name (for --timezone) is one the system knows.
 *
 * The local zone is the process's: TZ, else the system's (/etc/localtime).
 * Choosing another one (--timezone) is the program's business: it sets TZ
 * before anything here is called.
 */
#ifndef TANDA_ZONE_H
#define TANDA_ZONE_H

#include <stddef.h>
#include <time.h>

/* The longest local time zone_format writes, with its NUL. */
#define ZONE_TIME_SIZE 40

/*
 * Write the UTC stamp "2024-12-07T18:42:26Z" (as annotation.h keeps them)
 * into buf as the local time, to the minute, with the zone's abbreviation:
 * "2024-12-08 01:42 WIB".  Anything else (empty, not a stamp) is copied as
 * it is, cut to size.
 */
void zone_format(const char *stamp, char *buf, size_t size);

/* The local date of the moment when: *year, *month (1-12), *day. */
void zone_date_at(time_t when, int *year, int *month, int *day);

/*
 * Whether name is a time zone the system knows: a file of the zone
 * database ("Asia/Jakarta", under $TZDIR or /usr/share/zoneinfo), or a
 * POSIX zone with its offset ("UTC0", "WIB-7").  glibc takes any other
 * name as UTC without a word, so it is checked before TZ is set to it.
 */
int zone_is_known(const char *name);

#endif
