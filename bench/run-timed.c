/*
 * bench/run-timed: runs one command as bench/compare.sh measures it, and prints "<wall µs> <peak RSS KiB> <exit code>".
 *
 *   run-timed STDOUT_FILE STDERR_FILE COMMAND [ARGUMENT...]
 *
 * The wall time is from just before the process is spawned (posix_spawnp) to just after wait4 returns: the whole process, its
 * start, its run and its exit, as a parent sees it, and nothing of the measuring itself. The peak RSS is the child's
 * ru_maxrss, which GNU time's %M reports as well. An exit by a signal is reported as 128 + its number, as a shell does.
 *
 * compare.sh timed each run through bash and /usr/bin/time before (session 14): bash's fork and the exec of time added 4–9
 * ms to every cell on the machines here, the same for inc, Roslyn and Bicep, which understated every ratio between two fast
 * tools (docs/performance.md, "Side by side with the Bicep CLI"). It works like `hyperfine -N` (no shell between).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

extern char **environ;

static long long now_us(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000000 + t.tv_nsec / 1000;
}

int main(int argc, char **argv)
{
    if (argc < 4)
    {
        fprintf(stderr, "usage: run-timed STDOUT_FILE STDERR_FILE COMMAND [ARGUMENT...]\n");
        return 2;
    }

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0644);

    long long start = now_us();
    pid_t pid;
    int error = posix_spawnp(&pid, argv[3], &actions, NULL, argv + 3, environ);
    if (error != 0)
    {
        fprintf(stderr, "run-timed: cannot run %s: %s\n", argv[3], strerror(error));
        return 127;
    }

    int status;
    struct rusage usage;
    while (wait4(pid, &status, 0, &usage) < 0)
    {
        if (errno != EINTR)
        {
            perror("run-timed: wait4");
            return 127;
        }
    }

    long long end = now_us();
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    printf("%lld %ld %d\n", end - start, usage.ru_maxrss, code);
    return 0;
}
