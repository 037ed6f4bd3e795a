using System.Runtime.ExceptionServices;

namespace IncidentLang.Binding;

/// <summary>
/// Runs independent pieces of work by index, several at a time, for the compilation's parallel stages (binding units, analysing
/// units, reading suppression comments). Each piece writes only its own slot of a result array, so the result is in index order
/// whatever the number of threads; when pieces throw, the exception of the lowest index is rethrown as it was (not wrapped in an
/// <see cref="AggregateException"/>), the one a loop in index order would have met first.
/// </summary>
internal static class ParallelWork
{
    public static void For(int count, int maxDegreeOfParallelism, Action<int> body)
    {
        if (maxDegreeOfParallelism <= 1 || count < 2)
        {
            for (var i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        var failures = new Exception?[count];
        var failed = 0;
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, i =>
        {
            try
            {
                body(i);
            }
            catch (Exception exception)
            {
                failures[i] = exception;
                Interlocked.Exchange(ref failed, 1);
            }
        });

        if (failed != 0)
        {
            ExceptionDispatchInfo.Throw(failures.First(f => f is not null)!);
        }
    }
}
