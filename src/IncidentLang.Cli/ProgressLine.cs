using System.Diagnostics;
using System.Globalization;

namespace IncidentLang.Cli;

/// <summary>
/// The progress line of a long <c>check</c> or <c>build</c> (docs/performance.md, "Many files"): one line on stderr,
/// rewritten in place (<c>inc: parsed 4,000 of 10,000 files</c>), only when stderr is a terminal and only once the run has
/// taken <see cref="Delay"/>; cleared when the run ends. Redirected stderr (a file, a pipe, a CI log) gets nothing.
/// Safe to call from several threads at once.
/// </summary>
internal sealed class ProgressLine : IDisposable
{
    /// <summary>A run shorter than this shows no progress at all.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter? _writer;
    private readonly Func<TimeSpan> _elapsed;
    private readonly Lock _lock = new();
    private TimeSpan? _lastWrite;
    private string _verb = string.Empty;
    private string _noun = string.Empty;
    private int _total;
    private int _done;
    private bool _shown;

    /// <summary>A line on <paramref name="writer"/>, or none when <paramref name="writer"/> is null; <paramref name="elapsed"/> is the clock (a test's seam).</summary>
    public ProgressLine(TextWriter? writer, Func<TimeSpan> elapsed)
    {
        _writer = writer;
        _elapsed = elapsed;
    }

    /// <summary>No progress line.</summary>
    public static ProgressLine Silent { get; } = new(null, () => TimeSpan.Zero);

    /// <summary>A progress line on <paramref name="stderr"/> when it is the process's stderr and that is a terminal; else <see cref="Silent"/>.</summary>
    public static ProgressLine For(TextWriter stderr)
    {
        if (!ReferenceEquals(stderr, Console.Error) || Console.IsErrorRedirected)
        {
            return Silent;
        }

        var clock = Stopwatch.StartNew();
        return new ProgressLine(stderr, () => clock.Elapsed);
    }

    public bool IsSilent => _writer is null;

    /// <summary>Starts counting a stage: <c>inc: VERB 0 of TOTAL NOUN</c> ("parsed", "files"); a total of -1 shows only <c>inc: VERB NOUN</c>.</summary>
    public void Start(string verb, int total, string noun)
    {
        if (_writer is null)
        {
            return;
        }

        lock (_lock)
        {
            _verb = verb;
            _noun = noun;
            _total = total;
            _done = 0;
            _lastWrite = null;
        }

        Show();
    }

    /// <summary>One more item of the current stage is done.</summary>
    public void Advance()
    {
        if (_writer is null)
        {
            return;
        }

        Interlocked.Increment(ref _done);
        Show();
    }

    /// <summary>Clears the line (when one was shown).</summary>
    public void Dispose()
    {
        if (_writer is null)
        {
            return;
        }

        lock (_lock)
        {
            if (_shown)
            {
                _writer.Write("\r\u001b[K");
                _writer.Flush();
                _shown = false;
            }
        }
    }

    private void Show()
    {
        var now = _elapsed();
        if (now < Delay || now - _lastWrite < Interval || !_lock.TryEnter())
        {
            return;
        }

        try
        {
            if (now - _lastWrite < Interval)
            {
                return;
            }

            _lastWrite = now;
            _shown = true;
            var done = Math.Min(Volatile.Read(ref _done), _total);
            var text = _total < 0 ? $"inc: {_verb} {_noun}" : string.Create(CultureInfo.InvariantCulture, $"inc: {_verb} {done:N0} of {_total:N0} {_noun}");
            _writer!.Write("\r\u001b[K" + text);
            _writer.Flush();
        }
        finally
        {
            _lock.Exit();
        }
    }
}
