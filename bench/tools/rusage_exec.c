/*
 * rusage_exec: run one command and report its wall time and peak RSS.
 *
 *   usage: rusage_exec REPORT_FILE COMMAND [ARGS...]
 *
 * Writes one line "EXIT WALL_SECONDS MAXRSS_KB USER_SECONDS SYS_SECONDS" to
 * REPORT_FILE.  EXIT is the exit code, or -SIGNAL if the command was killed.
 *
 * Why this exists: Linux carries a process's RSS high-water mark across
 * fork/vfork + exec, so every direct child of the (Python, ~15 MB) benchmark
 * runner would report at least the runner's own RSS as its ru_maxrss.  This
 * tiny program is exec'ed first and forks the real command from a small
 * address space, so the command's ru_maxrss (from wait4) is accurate.
 * bench/run.py compiles it on demand into bench/results/.tools/.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double seconds(struct timeval tv) {
    return (double)tv.tv_sec + (double)tv.tv_usec / 1e6;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: rusage_exec REPORT_FILE COMMAND [ARGS...]\n");
        return 2;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid < 0) {
        perror("rusage_exec: fork");
        return 2;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        fprintf(stderr, "rusage_exec: cannot execute %s: %s\n", argv[2], strerror(errno));
        _exit(127);
    }
    int status = 0;
    struct rusage ru;
    while (wait4(pid, &status, 0, &ru) < 0) {
        if (errno != EINTR) {
            perror("rusage_exec: wait4");
            return 2;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double wall = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    FILE *report = fopen(argv[1], "w");
    if (report == NULL) {
        perror("rusage_exec: report file");
        return 2;
    }
    fprintf(report, "%d %.6f %ld %.6f %.6f\n", code, wall, ru.ru_maxrss,
            seconds(ru.ru_utime), seconds(ru.ru_stime));
    fclose(report);
    return 0;
}
