/*
 * fuzz-replay.c - libFuzzer target of the key script tokenizer
 * (replay_parse): any input is parsed or refused with TANDA_EDATA and a
 * message naming name:line:column, and a parsed script holds only events
 * replay.h names: keys of a known kind, dumps and looks with their path.
 */
#include <string.h>

#include "fuzz.h"
#include "replay.h"

/* Check one event of a parsed script. */
static void check_event(const struct replay_event *e)
{
	if (e->kind == REPLAY_KEY) {
		FUZZ_CHECK(e->key.kind <= KEY_KIND_RESIZE);
		FUZZ_CHECK(e->key.kind != KEY_KIND_RESIZE || (e->key.x > 0 && e->key.y > 0));
		FUZZ_CHECK(e->path == NULL);
	} else {
		FUZZ_CHECK(e->kind == REPLAY_DUMP || e->kind == REPLAY_LOOK);
		FUZZ_CHECK(e->path != NULL && e->path[0] != '\0');
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct replay_script script;
	struct tanda_error err;
	size_t i;

	if (replay_parse((const char *)data, size, "fuzz.keys", &script, &err) != TANDA_OK) {
		FUZZ_CHECK(err.status == TANDA_EDATA || err.status == TANDA_ENOMEM);
		FUZZ_CHECK(script.count == 0 && script.events == NULL);
		FUZZ_CHECK(err.status != TANDA_EDATA || strncmp(err.message, "fuzz.keys:", 10) == 0);
		return 0;
	}
	for (i = 0; i < script.count; i++)
		check_event(&script.events[i]);
	replay_free(&script);
	return 0;
}
