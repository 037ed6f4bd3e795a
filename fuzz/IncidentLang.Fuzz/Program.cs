using System.Diagnostics;
using IncidentLang.Tests.Reliability;
using SharpFuzz;

namespace IncidentLang.Fuzz;

/// <summary>
/// The fuzz target over the whole pipeline (docs/reliability.md, "Fuzzing"); the invariants are
/// <see cref="PipelineInvariants"/>.
/// <list type="bullet">
/// <item><c>IncidentLang.Fuzz [afl] [--structured]</c>: under afl-fuzz (started by fuzz/run.sh on an instrumented copy), one input per
/// execution read from standard input. Out of process, so a stack overflow or a hang is a finding, not the end of the run.</item>
/// <item><c>IncidentLang.Fuzz repro [--structured] [--timeout S] [--quiet] PATH…</c>: runs every file (a folder: every file in it) once,
/// uninstrumented, and prints each failure with its stack trace; a file that takes longer than <c>--timeout</c> seconds (10) is a hang.
/// Exit code 1 when any failed.</item>
/// <item><c>IncidentLang.Fuzz generate FILE</c>: prints the report that <c>--structured</c> makes of FILE's bytes.</item>
/// </list>
/// Without <c>--structured</c> an input is a file's bytes; with it, the bytes are choices (<see cref="StructuredInput"/>).
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] == "afl")
        {
            var structured = args.Contains("--structured");
            Fuzzer.OutOfProcess.Run(stream =>
            {
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                Check(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), structured);
            });
            return 0;
        }

        if (args[0] == "repro")
        {
            return Repro(args[1..]);
        }

        if (args[0] == "generate" && args.Length == 2)
        {
            Console.Write(StructuredInput.Generate(File.ReadAllBytes(args[1])));
            return 0;
        }

        Console.Error.WriteLine("usage: IncidentLang.Fuzz [afl] [--structured] | repro [--structured] [--timeout SECONDS] [--quiet] PATH... | generate FILE");
        return 2;
    }

    private static PipelineOutcome Check(ReadOnlySpan<byte> input, bool structured) =>
        structured ? PipelineInvariants.Check(StructuredInput.Generate(input)) : PipelineInvariants.Check(input);

    private static int Repro(string[] args)
    {
        var timeout = TimeSpan.FromSeconds(10);
        var quiet = false;
        var structured = false;
        var paths = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--timeout" && i + 1 < args.Length)
            {
                timeout = TimeSpan.FromSeconds(double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (args[i] == "--quiet")
            {
                quiet = true;
            }
            else if (args[i] == "--structured")
            {
                structured = true;
            }
            else
            {
                paths.Add(args[i]);
            }
        }

        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetRelativePath(path, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'))
                        && Path.GetFileName(f) != "README.txt")
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                Console.Error.WriteLine($"repro: no such file or folder: {path}");
                return 2;
            }
        }

        var failed = 0;
        var (clean, emitting, formatted) = (0, 0, 0);
        var watch = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var run = Task.Run(() => Check(bytes, structured));
            string? failure = null;
            try
            {
                if (!run.Wait(timeout))
                {
                    failure = $"HANG: still running after {timeout.TotalSeconds} s";
                }
            }
            catch (AggregateException exception)
            {
                var inner = exception.InnerException!;
                failure = inner is InvariantViolation ? $"INVARIANT: {inner.Message}" : $"CRASH: {inner}";
            }

            if (failure is null)
            {
                clean += run.Result.Diagnostics == 0 ? 1 : 0;
                emitting += run.Result.EmittedFiles > 0 ? 1 : 0;
                formatted += run.Result.Formatted ? 1 : 0;
                if (!quiet)
                {
                    Console.WriteLine($"ok    {file}");
                }
            }
            else
            {
                failed++;
                Console.WriteLine($"FAIL  {file}{Environment.NewLine}{failure}");
                if (structured)
                {
                    Console.WriteLine($"--- the report generated from {file} ---{Environment.NewLine}{StructuredInput.Generate(bytes)}--- end ---");
                }
                if (failure.StartsWith("HANG", StringComparison.Ordinal))
                {
                    // The hung run cannot be stopped; report what ran and leave.
                    break;
                }
            }
        }

        Console.WriteLine($"{files.Count - failed} passed, {failed} failed ({watch.Elapsed.TotalSeconds:F1} s; of those passed: {formatted} formatted, {emitting} with emitted files, {clean} without any diagnostic)");
        return failed == 0 ? 0 : 1;
    }
}
