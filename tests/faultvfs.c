/*
 * faultvfs.c - the fault VFS (faultvfs.h): a shim over SQLite's default
 * VFS.  Each file it opens wraps the real VFS's file, placed right after
 * the wrapper in the memory SQLite allocates for it (szOsFile covers
 * both); every method goes to the real file, the counted ones through
 * fault_due first.
 *
 * The VFS is one static object: SQLite's list of VFSes is the process's,
 * and a test program registers this one once.
 */
#include <string.h>

#include <sqlite3.h>

#include "faultvfs.h"

struct faultvfs {
	sqlite3_vfs base;	/* what SQLite sees; pAppData points here */
	sqlite3_vfs *real;	/* the default VFS it wraps */
	struct fault_plan plan;
	int armed;
	unsigned long counted, failed;
	enum fault_call first;	/* the kind of the first call failed */
};

/* A file of the fault VFS: the wrapper, then the real file. */
struct fault_file {
	sqlite3_file base;
	struct faultvfs *vfs;
	sqlite3_file *real;
};

/* The fault VFS (see the top of the file for why it is static). */
static struct faultvfs fault_vfs;

/* The real file under f. */
static sqlite3_file *real_of(sqlite3_file *f)
{
	return ((struct fault_file *)f)->real;
}

/* 0 to let a call of kind call go on, else the result code it fails
 * with (ioerr unless the plan names one). */
static int fault_due(sqlite3_file *f, enum fault_call call, int ioerr)
{
	struct faultvfs *vfs = ((struct fault_file *)f)->vfs;

	if (!vfs->armed || !(vfs->plan.calls & call))
		return 0;
	vfs->counted++;
	if (vfs->plan.nth == 0 || vfs->counted < vfs->plan.nth ||
	    (vfs->counted > vfs->plan.nth && !vfs->plan.persist))
		return 0;
	if (vfs->failed++ == 0)
		vfs->first = call;
	return vfs->plan.code ? vfs->plan.code : ioerr;
}

/* xClose: close the real file. */
static int fault_close(sqlite3_file *f)
{
	sqlite3_file *real = real_of(f);

	return real->pMethods->xClose(real);
}

/* xRead, counted. */
static int fault_read(sqlite3_file *f, void *buf, int amount, sqlite3_int64 offset)
{
	sqlite3_file *real = real_of(f);
	int rc = fault_due(f, FAULT_READ, SQLITE_IOERR_READ);

	return rc ? rc : real->pMethods->xRead(real, buf, amount, offset);
}

/* xWrite, counted. */
static int fault_write(sqlite3_file *f, const void *buf, int amount, sqlite3_int64 offset)
{
	sqlite3_file *real = real_of(f);
	int rc = fault_due(f, FAULT_WRITE, SQLITE_IOERR_WRITE);

	return rc ? rc : real->pMethods->xWrite(real, buf, amount, offset);
}

/* xTruncate, counted. */
static int fault_truncate(sqlite3_file *f, sqlite3_int64 size)
{
	sqlite3_file *real = real_of(f);
	int rc = fault_due(f, FAULT_TRUNCATE, SQLITE_IOERR_TRUNCATE);

	return rc ? rc : real->pMethods->xTruncate(real, size);
}

/* xSync, counted. */
static int fault_sync(sqlite3_file *f, int flags)
{
	sqlite3_file *real = real_of(f);
	int rc = fault_due(f, FAULT_SYNC, SQLITE_IOERR_FSYNC);

	return rc ? rc : real->pMethods->xSync(real, flags);
}

/* xFileSize, counted. */
static int fault_file_size(sqlite3_file *f, sqlite3_int64 *size)
{
	sqlite3_file *real = real_of(f);
	int rc = fault_due(f, FAULT_SIZE, SQLITE_IOERR_FSTAT);

	return rc ? rc : real->pMethods->xFileSize(real, size);
}

/* xLock, passed on. */
static int fault_lock(sqlite3_file *f, int level)
{
	sqlite3_file *real = real_of(f);

	return real->pMethods->xLock(real, level);
}

/* xUnlock, passed on. */
static int fault_unlock(sqlite3_file *f, int level)
{
	sqlite3_file *real = real_of(f);

	return real->pMethods->xUnlock(real, level);
}

/* xCheckReservedLock, passed on. */
static int fault_check_reserved(sqlite3_file *f, int *out)
{
	sqlite3_file *real = real_of(f);

	return real->pMethods->xCheckReservedLock(real, out);
}

/* xFileControl, passed on. */
static int fault_file_control(sqlite3_file *f, int op, void *arg)
{
	sqlite3_file *real = real_of(f);

	return real->pMethods->xFileControl(real, op, arg);
}

/* xSectorSize, passed on. */
static int fault_sector_size(sqlite3_file *f)
{
	sqlite3_file *real = real_of(f);

	return real->pMethods->xSectorSize(real);
}

/* xDeviceCharacteristics, passed on. */
static int fault_device(sqlite3_file *f)
{
	sqlite3_file *real = real_of(f);

	return real->pMethods->xDeviceCharacteristics(real);
}

/* xShmMap, counted. */
static int fault_shm_map(sqlite3_file *f, int page, int page_size, int extend,
			 void volatile **out)
{
	sqlite3_file *real = real_of(f);
	int rc = fault_due(f, FAULT_SHM_MAP, SQLITE_IOERR_SHMMAP);

	if (rc) {
		*out = NULL;
		return rc;
	}
	return real->pMethods->xShmMap(real, page, page_size, extend, out);
}

/* xShmLock, passed on. */
static int fault_shm_lock(sqlite3_file *f, int offset, int n, int flags)
{
	sqlite3_file *real = real_of(f);

	return real->pMethods->xShmLock(real, offset, n, flags);
}

/* xShmBarrier, passed on. */
static void fault_shm_barrier(sqlite3_file *f)
{
	sqlite3_file *real = real_of(f);

	real->pMethods->xShmBarrier(real);
}

/* xShmUnmap, passed on. */
static int fault_shm_unmap(sqlite3_file *f, int delete_flag)
{
	sqlite3_file *real = real_of(f);

	return real->pMethods->xShmUnmap(real, delete_flag);
}

/* xFetch, passed on. */
static int fault_fetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
	sqlite3_file *real = real_of(f);

	return real->pMethods->xFetch(real, offset, amount, out);
}

/* xUnfetch, passed on. */
static int fault_unfetch(sqlite3_file *f, sqlite3_int64 offset, void *page)
{
	sqlite3_file *real = real_of(f);

	return real->pMethods->xUnfetch(real, offset, page);
}

/* The methods of a file of the fault VFS (version 3, as the unix VFS's). */
static const sqlite3_io_methods fault_methods = {
	.iVersion = 3,
	.xClose = fault_close,
	.xRead = fault_read,
	.xWrite = fault_write,
	.xTruncate = fault_truncate,
	.xSync = fault_sync,
	.xFileSize = fault_file_size,
	.xLock = fault_lock,
	.xUnlock = fault_unlock,
	.xCheckReservedLock = fault_check_reserved,
	.xFileControl = fault_file_control,
	.xSectorSize = fault_sector_size,
	.xDeviceCharacteristics = fault_device,
	.xShmMap = fault_shm_map,
	.xShmLock = fault_shm_lock,
	.xShmBarrier = fault_shm_barrier,
	.xShmUnmap = fault_shm_unmap,
	.xFetch = fault_fetch,
	.xUnfetch = fault_unfetch,
};

/* xOpen: open the real file behind the wrapper; the wrapper has methods
 * only when the real file has (SQLite then calls xClose even on failure). */
static int fault_open(sqlite3_vfs *base, const char *name, sqlite3_file *file, int flags,
		      int *out_flags)
{
	struct faultvfs *vfs = base->pAppData;
	struct fault_file *ff = (struct fault_file *)file;
	int rc;

	ff->vfs = vfs;
	ff->real = (sqlite3_file *)&ff[1];
	rc = vfs->real->xOpen(vfs->real, name, ff->real, flags, out_flags);
	file->pMethods = ff->real->pMethods != NULL ? &fault_methods : NULL;
	return rc;
}

/* xDelete, passed on. */
static int fault_delete(sqlite3_vfs *base, const char *name, int sync_dir)
{
	sqlite3_vfs *real = ((struct faultvfs *)base->pAppData)->real;

	return real->xDelete(real, name, sync_dir);
}

/* xAccess, passed on. */
static int fault_access(sqlite3_vfs *base, const char *name, int flags, int *out)
{
	sqlite3_vfs *real = ((struct faultvfs *)base->pAppData)->real;

	return real->xAccess(real, name, flags, out);
}

/* xFullPathname, passed on. */
static int fault_full_pathname(sqlite3_vfs *base, const char *name, int size, char *out)
{
	sqlite3_vfs *real = ((struct faultvfs *)base->pAppData)->real;

	return real->xFullPathname(real, name, size, out);
}

/* xRandomness, passed on. */
static int fault_randomness(sqlite3_vfs *base, int size, char *out)
{
	sqlite3_vfs *real = ((struct faultvfs *)base->pAppData)->real;

	return real->xRandomness(real, size, out);
}

/* xSleep, passed on. */
static int fault_sleep(sqlite3_vfs *base, int microseconds)
{
	sqlite3_vfs *real = ((struct faultvfs *)base->pAppData)->real;

	return real->xSleep(real, microseconds);
}

/* xCurrentTime, passed on. */
static int fault_current_time(sqlite3_vfs *base, double *out)
{
	sqlite3_vfs *real = ((struct faultvfs *)base->pAppData)->real;

	return real->xCurrentTime(real, out);
}

/* xGetLastError, passed on. */
static int fault_last_error(sqlite3_vfs *base, int size, char *out)
{
	sqlite3_vfs *real = ((struct faultvfs *)base->pAppData)->real;

	return real->xGetLastError(real, size, out);
}

/* xCurrentTimeInt64, passed on. */
static int fault_current_time64(sqlite3_vfs *base, sqlite3_int64 *out)
{
	sqlite3_vfs *real = ((struct faultvfs *)base->pAppData)->real;

	return real->xCurrentTimeInt64(real, out);
}

struct faultvfs *faultvfs_install(void)
{
	struct faultvfs *vfs = &fault_vfs;
	sqlite3_vfs *real;

	if (vfs->real != NULL)
		return vfs;
	if (sqlite3_initialize() != SQLITE_OK || (real = sqlite3_vfs_find(NULL)) == NULL ||
	    real->iVersion < 2)
		return NULL;
	vfs->real = real;
	vfs->base = (sqlite3_vfs){
		.iVersion = 2,
		.szOsFile = (int)sizeof(struct fault_file) + real->szOsFile,
		.mxPathname = real->mxPathname,
		.zName = "tanda-faults",
		.pAppData = vfs,
		.xOpen = fault_open,
		.xDelete = fault_delete,
		.xAccess = fault_access,
		.xFullPathname = fault_full_pathname,
		/* no extensions are loaded through it */
		.xDlOpen = NULL,
		.xRandomness = fault_randomness,
		.xSleep = fault_sleep,
		.xCurrentTime = fault_current_time,
		.xGetLastError = fault_last_error,
		.xCurrentTimeInt64 = fault_current_time64,
	};
	if (sqlite3_vfs_register(&vfs->base, 1) != SQLITE_OK) {
		vfs->real = NULL;
		return NULL;
	}
	return vfs;
}

void faultvfs_arm(struct faultvfs *vfs, const struct fault_plan *plan)
{
	vfs->plan = *plan;
	vfs->counted = 0;
	vfs->failed = 0;
	vfs->first = 0;
	vfs->armed = 1;
}

unsigned long faultvfs_disarm(struct faultvfs *vfs)
{
	vfs->armed = 0;
	return vfs->counted;
}

unsigned long faultvfs_failures(const struct faultvfs *vfs)
{
	return vfs->failed;
}

enum fault_call faultvfs_first_failure(const struct faultvfs *vfs)
{
	return vfs->first;
}

const char *faultvfs_call_name(enum fault_call call)
{
	static const struct {
		enum fault_call call;
		const char *name;
	} names[] = {
		{ FAULT_READ, "xRead" }, { FAULT_WRITE, "xWrite" }, { FAULT_TRUNCATE, "xTruncate" },
		{ FAULT_SYNC, "xSync" }, { FAULT_SIZE, "xFileSize" }, { FAULT_SHM_MAP, "xShmMap" },
	};
	size_t i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (names[i].call == call)
			return names[i].name;
	return "no call";
}
