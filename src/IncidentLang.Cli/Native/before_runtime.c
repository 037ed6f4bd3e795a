/*
 * What the native inc sets up before the .NET runtime starts (a constructor, run before main): the language server's gen0
 * budget (docs/performance.md, "GC settings"). `inc lsp` allocates about 16 MB per keystroke in a large report and keeps each
 * new tree alive, so every collection copies one; with the 64 MiB budget every other command is built with, typing back to back
 * collected every four keystrokes, inside one. The runtime reads DOTNET_GCgen0size when it starts, so for `inc lsp` it is set
 * here to 128 MiB, unless the environment sets it already.
 *
 * It no longer fills the runtime's type data in 2 MiB pages at start-up: that data is no longer expanded into fresh pages but
 * used where it lies in the executable (IncidentLang.Cli.csproj), and filling the zero-filled data left (.bss, about 240 KB)
 * ahead gained nothing (docs/performance-history.md, session 12).
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* True when the process's first argument is "lsp" (read from /proc/self/cmdline: not every libc passes argv to constructors).
   The buffer holds the longest path Linux accepts for the program, then "lsp". */
static int is_language_server(void)
{
    char buffer[4096 + 8];
    int fd = open("/proc/self/cmdline", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
    {
        return 0;
    }

    ssize_t length = read(fd, buffer, sizeof buffer - 1);
    close(fd);
    if (length <= 0)
    {
        return 0;
    }

    buffer[length] = '\0';
    size_t program = strlen(buffer);
    return (ssize_t)program + 1 < length && strcmp(buffer + program + 1, "lsp") == 0;
}

__attribute__((constructor)) static void incidentlang_before_runtime(void)
{
    if (is_language_server())
    {
        setenv("DOTNET_GCgen0size", "8000000", 0); /* hexadecimal without 0x, as the runtime reads it: 128 MiB */
    }
}
