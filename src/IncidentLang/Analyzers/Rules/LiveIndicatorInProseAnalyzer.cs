using System.Collections.Immutable;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;
using IncidentLang.Text;

namespace IncidentLang.Analyzers.Rules;

/// <summary>
/// INC2013: the value of a declared indicator of a linkable kind (url, domain, ipv4, ipv6, email)
/// appears live — not defanged — as a whole token in prose (<c>title summary text quote note outlook
/// gaps</c>) of the same incident. Reported at the occurrence; the fix defangs it.
/// </summary>
internal sealed class LiveIndicatorInProseAnalyzer : IncidentAnalyzer
{
    /// <summary>The rule's ID, default level, message and help (docs/diagnostics.md is generated from it).</summary>
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "INC2013", "Indicator written live in prose", "The {0} '{1}' of indicator '{2}' is written live in prose; defang it ({3})", DiagnosticSeverity.Warning, DiagnosticCategory.Analytic,
        "Mail clients, chat tools and renderers turn a live address, domain, URL or email into a link, and a reader may click it. In prose, write indicators defanged (`hxxps://`, `[.]`, `[@]`); the indicator declaration itself may hold the live value. The fix defangs the occurrence.",
        "summary: \"... beaconed to evil.example.com ...\"", "summary: \"... beaconed to evil[.]example[.]com ...\"");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSymbolAction(Analyze, DeclarationKind.Incident);

    private static void Analyze(SymbolAnalysisContext context)
    {
        var incident = (IncidentSymbol)context.Symbol;
        // The incident's indicators as its outputs list them (GetParticipants().Indicators: its own, then the catalog ones it uses, in
        // first-use order), without walking every member's references when the compilation declares no indicator in a catalog.
        var indicators = new List<IndicatorSymbol>();
        foreach (var indicator in incident.LocalIndicators)
        {
            AddLinkable(indicators, indicator);
        }

        if (HasCatalogIndicator(context.Bound))
        {
            foreach (var symbol in incident.ReferencedCatalog())
            {
                if (symbol is IndicatorSymbol indicator)
                {
                    AddLinkable(indicators, indicator);
                }
            }
        }

        if (indicators.Count == 0)
        {
            return;
        }

        foreach (var symbol in new Symbol[] { incident }.Concat(incident.Members))
        {
            foreach (var property in symbol.Properties.Values.Where(p => p.Definition.IsProse && !p.HasErrors))
            {
                foreach (var value in property.Values)
                {
                    Check(context, indicators, value);
                }
            }
        }
    }

    private static void AddLinkable(List<IndicatorSymbol> indicators, IndicatorSymbol indicator)
    {
        if (indicator.IndicatorKind is { IsLinkable: true } && indicator.Value is not null)
        {
            indicators.Add(indicator);
        }
    }

    private static bool HasCatalogIndicator(BoundCompilation bound)
    {
        foreach (var symbol in bound.Catalog)
        {
            if (symbol is IndicatorSymbol)
            {
                return true;
            }
        }

        return false;
    }

    private static void Check(SymbolAnalysisContext context, List<IndicatorSymbol> indicators, BoundValue value)
    {
        // Occurrences are found in the source text of the literal, so spans and fixes point at what the author wrote.
        var token = ((LiteralValueSyntax)value.Syntax).Token;
        var reported = new HashSet<int>();
        foreach (var indicator in indicators)
        {
            var kind = indicator.IndicatorKind!;
            foreach (var offset in LiveIndicatorFinder.Find(token.Text, kind, indicator.Value!))
            {
                if (!reported.Add(offset))
                {
                    continue;
                }

                var span = new TextSpan(token.Position + offset, indicator.Value!.Length);
                var occurrence = token.Text.Substring(offset, indicator.Value.Length);
                var defanged = Defanging.Defang(kind, occurrence);
                context.Report(Descriptor, span, DiagnosticFix.Replace($"Defang as '{defanged}'", span, defanged), kind.Noun.Split(' ', 2)[^1], occurrence, indicator.Name, defanged);
            }
        }
    }
}
