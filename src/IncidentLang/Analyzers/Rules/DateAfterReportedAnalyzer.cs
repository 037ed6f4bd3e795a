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
public sealed class DateAfterReportedAnalyzer : IncidentAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DiagnosticDescriptors.DateAfterReported];

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
                    context.Report(DiagnosticDescriptors.DateAfterReported, value.Syntax.Span,
                        $"The {property.Definition.Name} date {date.Iso} is after the incident's reported date {reported.Iso}");
                }
                else if (date.FirstDay > context.Today)
                {
                    context.Report(DiagnosticDescriptors.DateAfterReported, value.Syntax.Span,
                        $"The {property.Definition.Name} date {date.Iso} is in the future (today is {context.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})");
                }
            }
        }
    }

    private static DateOnly LastDay(DateValue date) => date.Precision switch
    {
        DatePrecision.Year => new DateOnly(date.Year, 12, 31),
        DatePrecision.Month => new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month)),
        _ => date.FirstDay,
    };
}
