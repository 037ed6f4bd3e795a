/*
 * The start-up half of huge pages for the native inc (docs/performance.md, "Huge pages"; the heap's half is HeapHugePages.cs).
 *
 * NativeAOT keeps the runtime's type data compressed in the executable and writes it out at start-up into the zero-filled part
 * of the executable's data segment (4.6 MB for inc): about 1,100 fresh 4 KiB pages, each a page fault, which on a virtual
 * machine cost most of inc's start. This constructor runs before the runtime: it advises 2 MiB pages for that part and has the
 * kernel fill it in one call (MADV_POPULATE_WRITE, Linux 5.14 and later; older kernels refuse it and nothing changes).
 * INC_HUGE_PAGES=0 turns it off.
 */
#define _GNU_SOURCE
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

__attribute__((constructor)) static void incidentlang_startup_huge_pages(void)
{
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
