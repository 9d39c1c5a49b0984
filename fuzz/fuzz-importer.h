/*
 * fuzz-importer.h - what the importers' fuzz targets (fuzz-import.c for
 * annotation sets, fuzz-w3c.c for Web Annotations) share: one store in a
 * temporary folder ($TMPDIR, else /dev/shm, else /tmp), opened on the
 * first run and removed at exit (libFuzzer's entry point has no context
 * argument, hence one static store), and the run itself: the input
 * imported with an author renamed and notices checked, its report
 * checked, and, when it imports, imported a second time adding nothing
 * (the merge of a file with itself), all in one outer transaction rolled
 * back at its end, so that every input meets an empty store.
 */
#ifndef TANDA_FUZZ_IMPORTER_H
#define TANDA_FUZZ_IMPORTER_H

#include <stddef.h>
#include <stdint.h>

#include "yaml-import.h"

/* An importer of the size bytes at bytes (yaml_import_bytes,
 * w3c_import_bytes). */
typedef enum tanda_status (*fuzz_import_fn)(struct store *store, const char *name,
					    const char *bytes, size_t size,
					    const struct yaml_import_options *options,
					    struct yaml_import_result *result,
					    struct tanda_error *err);

/* What a target puts in the store before each import, inside the run's
 * transaction (NULL: nothing). */
typedef void (*fuzz_prepare_fn)(struct store *store);

/* One run of the target called target: prepare, then the input through
 * import, twice when it imports, with the checks above. */
void fuzz_import_run(const char *target, fuzz_prepare_fn prepare, fuzz_import_fn import,
		     const uint8_t *data, size_t size);

#endif
