using Microsoft.Win32.SafeHandles;

namespace IncidentLang.Cli;

/// <summary>
/// Writes back, while a build is still rendering, what it has written so far: on Linux a thread of its own asks the output's
/// file system to write its dirty data (<c>syncfs</c>) every <see cref="Interval"/>, so that the final flush before the
/// renames (<see cref="FileSystemSync.Flush"/>) waits for the last interval's writes instead of every output at once (a build
/// of 10,000 reports waited about half a second there for 800 MB; docs/performance-history.md, "Many files", session 6). It changes nothing
/// in what is durable when: outputs are renamed into place only after the final flush. Elsewhere it does nothing.
/// </summary>
internal sealed class EarlyWriteback : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly Lock _lock = new();
    private readonly ManualResetEventSlim _stop = new();
    private SafeFileHandle? _handle;
    private Thread? _thread;
    private bool _started;

    /// <summary>A file was written on the output's file system: the first starts the writeback.</summary>
    public void Written(string file)
    {
        if (Volatile.Read(ref _started) || !OperatingSystem.IsLinux())
        {
            return;
        }

        lock (_lock)
        {
            if (_started)
            {
                return;
            }

            _started = true;
            try
            {
                _handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Then only the final flush writes back.
                return;
            }

            _thread = new Thread(Run) { IsBackground = true, Name = "inc writeback" };
            _thread.Start();
        }
    }

    /// <summary>Stops the writeback (waiting for one under way) and closes its handle.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            _started = true;
        }

        _stop.Set();
        _thread?.Join();
        _handle?.Dispose();
        _stop.Dispose();
    }

    private void Run()
    {
        while (!_stop.Wait(Interval))
        {
            if (!FileSystemSync.SyncFileSystem(_handle!))
            {
                return;
            }
        }
    }
}
