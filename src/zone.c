/*
 * zone.c - UTC stamps shown in the local time zone, local dates, and the
 * names of time zones: localtime_r(3) and strftime(3) over the zone the
 * process has (TZ), and the zone database's files for checking a name.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "strbuf.h"
#include "zone.h"

/* Where the zone database is when $TZDIR does not say. */
#define ZONEINFO "/usr/share/zoneinfo"

/* Whether stamp is a UTC stamp "YYYY-MM-DDTHH:MM:SSZ", read into *when. */
static int read_stamp(const char *stamp, time_t *when)
{
	struct tm tm = { .tm_isdst = 0 };
	char tail;

	if (sscanf(stamp, "%4d-%2d-%2dT%2d:%2d:%2dZ%c", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
		   &tm.tm_hour, &tm.tm_min, &tm.tm_sec, &tail) != 6 || strlen(stamp) != 20)
		return 0;
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	*when = timegm(&tm);
	return *when != (time_t)-1;
}

void zone_format(const char *stamp, char *buf, size_t size)
{
	struct strbuf sb;
	struct tm tm;
	time_t when;

	if (size == 0)
		return;
	if (stamp != NULL && read_stamp(stamp, &when) && localtime_r(&when, &tm) != NULL &&
	    strftime(buf, size, "%Y-%m-%d %H:%M %Z", &tm) > 0)
		return;
	strbuf_init_fixed(&sb, buf, size);
	strbuf_addstr(&sb, stamp ? stamp : "");
}

void zone_date_at(time_t when, int *year, int *month, int *day)
{
	struct tm tm;

	if (localtime_r(&when, &tm) == NULL)
		gmtime_r(&when, &tm);
	*year = tm.tm_year + 1900;
	*month = tm.tm_mon + 1;
	*day = tm.tm_mday;
}

/* Whether name is a POSIX zone: an abbreviation of three letters or more
 * (or one <quoted>), then an offset that starts with a sign or a digit. */
static int is_posix_zone(const char *name)
{
	size_t n = 0;

	if (name[0] == '<') {
		const char *close = strchr(name, '>');

		if (close == NULL)
			return 0;
		n = (size_t)(close - name) + 1;
	} else {
		while ((name[n] >= 'A' && name[n] <= 'Z') || (name[n] >= 'a' && name[n] <= 'z'))
			n++;
		if (n < 3)
			return 0;
	}
	return name[n] == '+' || name[n] == '-' || (name[n] >= '0' && name[n] <= '9');
}

/* Whether name is a file of the zone database (no "..", no leading '/'
 * unless it is a whole path to a file, as TZ allows). */
static int is_zone_file(const char *name)
{
	const char *dir = getenv("TZDIR");
	char path[4096];
	struct strbuf sb;
	struct stat st;

	if (strstr(name, "..") != NULL)
		return 0;
	strbuf_init_fixed(&sb, path, sizeof path);
	if (name[0] != '/')
		strbuf_addf(&sb, "%s/", dir != NULL && dir[0] != '\0' ? dir : ZONEINFO);
	strbuf_addstr(&sb, name);
	return strbuf_ok(&sb) && stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

int zone_is_known(const char *name)
{
	if (name == NULL || name[0] == '\0')
		return 0;
	if (name[0] == ':')
		name++;
	return is_posix_zone(name) || is_zone_file(name);
}
