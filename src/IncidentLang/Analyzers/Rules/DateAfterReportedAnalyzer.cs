using System.Collections.Immutable;
using System.Globalization;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;

namespace IncidentLang.Analyzers.Rules;

/// <summary>
/// INC2004: a date after the incident's <c>reported</c> date, or in the future. Declarations in an
/// incident are checked against both; catalog declarations against today only. A partial date is
/// "after" a day only if its first day is; a partial <c>reported</c> date counts as its last day.
/// </summary>
internal sealed class DateAfterReportedAnalyzer : IncidentAnalyzer
{
    /// <summary>The rule's ID, default level, message and help (docs/diagnostics.md is generated from it).</summary>
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "INC2004", "Date after the report or in the future", "{0}", DiagnosticSeverity.Warning, DiagnosticCategory.Analytic,
        "A date inside an incident should not be after the incident's `reported` date, and no date should be in the future (today is UTC, or `--today`). "
        + "Usually the date to fix is the incident's `reported`: it says when the report was written or last updated, so when later events are added, move it forward to the day of the update. "
        + "Otherwise the flagged date has a typo, most often in its year.",
        "reported: 2024-11-20 ... date: 2024-11-25", "reported: 2024-11-25 ... date: 2024-11-25");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterSymbolAction(Analyze, [.. SyntaxFacts.AllDeclarationKinds]);

    private static void Analyze(SymbolAnalysisContext context)
    {
        var symbol = context.Symbol;
        var incident = symbol as IncidentSymbol ?? symbol.Incident;
        var reportedProperty = incident?.GetProperty(IncidentProperties.Reported);
        var reported = symbol is IncidentSymbol || reportedProperty is null || reportedProperty.HasErrors ? null : incident!.Reported;
        foreach (var property in symbol.Properties.Values)
        {
            if (property.HasErrors || property.Definition.Type != PropertyType.Date)
            {
                continue;
            }

            foreach (var value in property.Values)
            {
                var date = (DateValue)value.Value;
                if (reported is not null && date.FirstDay > LastDay(reported))
                {
                    context.Report(Descriptor, value.Syntax.Span,
                        $"{What(symbol, property)} {date.Iso} is after the incident's reported date {reported.Iso}: move 'reported' forward if the report was updated later, or correct this date's year");
                }
                else if (date.FirstDay > context.Today)
                {
                    context.Report(Descriptor, value.Syntax.Span,
                        $"{What(symbol, property)} {date.Iso} is in the future (today is {context.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})");
                }
            }
        }
    }

    /// <summary>"The event date", "The published date" (never "The date date").</summary>
    private static string What(Symbol symbol, BoundProperty property) =>
        property.Definition.Name == "date" ? $"The {SyntaxFacts.GetKeywordText(symbol.Kind)} date" : $"The {property.Definition.Name} date";

    private static DateOnly LastDay(DateValue date) => date.Precision switch
    {
        DatePrecision.Year => new DateOnly(date.Year, 12, 31),
        DatePrecision.Month => new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month)),
        _ => date.FirstDay,
    };
}
