/*
 * What the native inc sets up before the .NET runtime starts (a constructor, run before main):
 *
 * 1. The language server's gen0 budget (docs/performance.md, "GC settings"). `inc lsp` allocates about 16 MB per keystroke in
 *    a large report and keeps each new tree alive, so every collection copies one; with the 64 MiB budget every other command
 *    is built with, typing back to back collected every four keystrokes, inside one. The runtime reads DOTNET_GCgen0size
 *    when it starts, so for `inc lsp` it is set here to 128 MiB, unless the environment sets it already.
 *
 * 2. The start-up half of huge pages (docs/performance.md, "Huge pages"; the heap's half is HeapHugePages.cs).
 *
 * NativeAOT keeps the runtime's type data compressed in the executable and writes it out at start-up into the zero-filled part
 * of the executable's data segment (4.6 MB for inc): about 1,100 fresh 4 KiB pages, each a page fault, which on a virtual
 * machine cost most of inc's start. This constructor runs before the runtime: it advises 2 MiB pages for that part and has the
 * kernel fill it in one call (MADV_POPULATE_WRITE, Linux 5.14 and later; older kernels refuse it and nothing changes).
 * INC_HUGE_PAGES=0 turns it off.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <link.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif

/* The executable's writable segment's part beyond its file contents (.bss and the runtime's .hydrated data). The first object
   dl_iterate_phdr visits is the executable; returning 1 stops there. */
static int find_zero_filled_data(struct dl_phdr_info *info, size_t size, void *data)
{
    (void)size;
    uintptr_t *range = data;
    for (int i = 0; i < info->dlpi_phnum; i++)
    {
        const ElfW(Phdr) *header = &info->dlpi_phdr[i];
        if (header->p_type == PT_LOAD && (header->p_flags & PF_W) && header->p_memsz > header->p_filesz)
        {
            range[0] = info->dlpi_addr + header->p_vaddr + header->p_filesz;
            range[1] = info->dlpi_addr + header->p_vaddr + header->p_memsz;
        }
    }

    return 1;
}

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

    const char *setting = getenv("INC_HUGE_PAGES");
    if (setting != NULL && strcmp(setting, "0") == 0)
    {
        return;
    }

    uintptr_t range[2] = { 0, 0 };
    dl_iterate_phdr(find_zero_filled_data, range);
    /* From the first whole page: the page the file's data ends in is mapped from the file. */
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t start = (range[0] + page - 1) & ~(page - 1);
    uintptr_t end = (range[1] + page - 1) & ~(page - 1);
    if (end <= start)
    {
        return;
    }

    madvise((void *)start, end - start, MADV_HUGEPAGE);
    madvise((void *)start, end - start, MADV_POPULATE_WRITE);
}
