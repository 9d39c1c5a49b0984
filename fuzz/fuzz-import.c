/*
 * fuzz-import.c - libFuzzer target of the YAML importer: the input read as
 * an annotation set by yaml_import_bytes, twice, as fuzz-importer.h says.
 */
#include "fuzz.h"
#include "fuzz-importer.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_import_run("import", NULL, yaml_import_bytes, data, size);
	return 0;
}
