/* Makes every fsync and fdatasync of the process take 30 ms longer: a slow disk, for the
   durability tests (loaded with LD_PRELOAD). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <unistd.h>

static int (*real_fsync)(int) = 0;
static int (*real_fdatasync)(int) = 0;

int fsync(int fd) {
    if (!real_fsync) real_fsync = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
    usleep(30000);
    return real_fsync(fd);
}

int fdatasync(int fd) {
    if (!real_fdatasync) real_fdatasync = (int (*)(int))dlsym(RTLD_NEXT, "fdatasync");
    usleep(30000);
    return real_fdatasync(fd);
}
