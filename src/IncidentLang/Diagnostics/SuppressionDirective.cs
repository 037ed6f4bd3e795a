using System.Collections.Immutable;
using IncidentLang.Text;

namespace IncidentLang.Diagnostics;

/// <summary>
/// One <c>// inc-disable-next-line ID…</c> or <c>// inc-disable-file ID…</c> comment: the IDs it
/// lists and where each is written (for INC2099). Text after the IDs is a free reason.
/// </summary>
internal sealed record SuppressionDirective(SourceText Text, bool IsFileWide, int Line, ImmutableArray<(string Id, TextSpan Span)> Ids);
