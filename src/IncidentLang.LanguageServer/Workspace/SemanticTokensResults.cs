using System.Collections.Immutable;
using System.Globalization;
using IncidentLang.LanguageServer.Handlers;
using IncidentLang.LanguageServer.Protocol;

namespace IncidentLang.LanguageServer.Workspace;

/// <summary>
/// The last semantic tokens sent for each open document, so that <c>semanticTokens/full/delta</c> can answer with the edits from
/// them (VS Code asks for a delta after every change): one edit of a few integers instead of the whole file's data, which is
/// about 1.3 MB of JSON for a 2,000-claim report. Only the latest result of a document is kept; a request naming an older or
/// unknown one is answered in full.
/// </summary>
public sealed class SemanticTokensResults
{
    private readonly object _gate = new();
    private readonly Dictionary<string, (string ResultId, ImmutableArray<int> Data)> _latest = new(StringComparer.Ordinal);
    private long _next;

    /// <summary>The tokens of <paramref name="uri"/> in full, remembered under a new result id.</summary>
    public SemanticTokens Full(string uri, ImmutableArray<int> data) => new(data) { ResultId = Remember(uri, data) };

    /// <summary>
    /// The edits from the result <paramref name="previousResultId"/> of <paramref name="uri"/> to <paramref name="data"/>, remembered
    /// under a new result id; null when that result is not the latest one kept (then answer with <see cref="Full"/>).
    /// </summary>
    public SemanticTokensDelta? Delta(string uri, string previousResultId, ImmutableArray<int> data)
    {
        ImmutableArray<int> previous;
        lock (_gate)
        {
            if (!_latest.TryGetValue(uri, out var latest) || latest.ResultId != previousResultId)
            {
                return null;
            }

            previous = latest.Data;
        }

        return new SemanticTokensDelta(Remember(uri, data), SemanticTokensHandler.Edits(previous, data));
    }

    /// <summary>Forgets a closed document's tokens.</summary>
    public void Forget(string uri)
    {
        lock (_gate)
        {
            _latest.Remove(uri);
        }
    }

    private string Remember(string uri, ImmutableArray<int> data)
    {
        lock (_gate)
        {
            var id = (++_next).ToString(CultureInfo.InvariantCulture);
            _latest[uri] = (id, data);
            return id;
        }
    }
}
