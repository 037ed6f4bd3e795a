using System.Runtime.InteropServices;

namespace IncidentLang.Cli;

/// <summary>
/// Makes many written files durable at once before they are renamed into place (docs/reliability.md, "Nothing lost"): on Linux
/// one <c>syncfs</c> per folder's file system, which costs about what one <c>fsync</c> does; elsewhere, or when that call is not
/// available, an <c>fsync</c> of each file, many at a time. A file that cannot be synced is left for its rename to report.
/// </summary>
internal static partial class FileSystemSync
{
    private static int _syncfsMissing;

    public static void Flush(IReadOnlyCollection<string> files)
    {
        if (files.Count == 0)
        {
            return;
        }

        if (OperatingSystem.IsLinux() && Volatile.Read(ref _syncfsMissing) == 0)
        {
            var failed = new List<string>();
            foreach (var folder in files.GroupBy(f => Path.GetDirectoryName(f) ?? string.Empty, StringComparer.Ordinal))
            {
                // One file of the folder stands for its file system.
                if (!SyncFileSystemOf(folder.First()))
                {
                    failed.AddRange(folder);
                }
            }

            files = failed;
        }

        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = 32 }, file =>
        {
            try
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
                stream.Flush(flushToDisk: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The rename that follows reports what is wrong with the file.
            }
        });
    }

    /// <summary>syncfs(2) on the file system holding <paramref name="file"/>; false when it failed or is not available.</summary>
    private static bool SyncFileSystemOf(string file)
    {
        try
        {
            using var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return SyncFileSystem(handle);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>syncfs(2) on the file system of an open file; false when it failed or is not available.</summary>
    public static bool SyncFileSystem(Microsoft.Win32.SafeHandles.SafeFileHandle handle)
    {
        if (!OperatingSystem.IsLinux() || Volatile.Read(ref _syncfsMissing) != 0)
        {
            return false;
        }

        try
        {
            return SyncFs(handle.DangerousGetHandle().ToInt32()) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            Interlocked.Exchange(ref _syncfsMissing, 1);
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "syncfs", SetLastError = true)]
    private static partial int SyncFs(int fd);
}
