/*
 * no-cmocka.c - what each unit test program (tests/test-NAME) is built
 * from when configure found no cmocka: it says why the real one was not
 * built and exits 77, which automake's test driver counts as a skip.
 */
#include <stdio.h>

int main(int argc, char **argv)
{
	(void)argc;
	printf("%s: skipped: configure found no cmocka, so the unit test programs were not "
	       "built (install the Debian package libcmocka-dev, or run ./bootstrap, then "
	       "configure again)\n", argv[0]);
	return 77;
}
