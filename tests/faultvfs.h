/*
 * faultvfs.h - a test VFS: SQLite's default VFS with the file I/O of
 * every file (the database, its -wal, -shm and -journal) counted, and the
 * Nth call made to fail, once or from then on, as SQLite's own I/O error
 * tests do (test/ioerr.test, "one-shot" and "persistent").
 *
 * faultvfs_install registers it as the default VFS, so that every
 * connection the test program opens — the store's, through store_open,
 * included — reads and writes through it with no change to the store.
 * Disarmed, it only passes the calls on.
 */
#ifndef TANDA_TEST_FAULTVFS_H
#define TANDA_TEST_FAULTVFS_H

/* The calls that can be counted and failed. */
enum fault_call {
	FAULT_READ = 1 << 0,		/* xRead: SQLITE_IOERR_READ */
	FAULT_WRITE = 1 << 1,		/* xWrite: SQLITE_IOERR_WRITE (or SQLITE_FULL) */
	FAULT_TRUNCATE = 1 << 2,	/* xTruncate: SQLITE_IOERR_TRUNCATE */
	FAULT_SYNC = 1 << 3,		/* xSync: SQLITE_IOERR_FSYNC */
	FAULT_SIZE = 1 << 4,		/* xFileSize: SQLITE_IOERR_FSTAT */
	FAULT_SHM_MAP = 1 << 5,		/* xShmMap: SQLITE_IOERR_SHMMAP */
	FAULT_EVERY_CALL = (1 << 6) - 1
};

/* What to fail. */
struct fault_plan {
	unsigned calls;		/* the enum fault_call bits counted */
	unsigned long nth;	/* the counted call that fails, from 1; 0: none */
	int code;		/* the result code, or 0 for each call's own SQLITE_IOERR_* */
	int persist;		/* every counted call after the nth fails too */
};

struct faultvfs;

/* Register the fault VFS as the default VFS, disarmed; NULL when SQLite
 * refuses.  It lasts as long as the process. */
struct faultvfs *faultvfs_install(void);

/* Count, and fail, as plan says from now on (the count starts at 0). */
void faultvfs_arm(struct faultvfs *vfs, const struct fault_plan *plan);

/* Stop counting and failing; the number of calls counted since arming. */
unsigned long faultvfs_disarm(struct faultvfs *vfs);

/* How many calls have failed since arming. */
unsigned long faultvfs_failures(const struct faultvfs *vfs);

/* The kind of the first call that failed since arming; 0 for none. */
enum fault_call faultvfs_first_failure(const struct faultvfs *vfs);

/* The name of a kind of call: "xRead", "xWrite"... */
const char *faultvfs_call_name(enum fault_call call);

#endif
