using System.Collections.Immutable;
using IncidentLang.Attack;
using IncidentLang.Binding;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;

namespace IncidentLang.Analyzers.Rules;

/// <summary>
/// INC2012: an ATT&amp;CK ID (an actor's or software's <c>attack-id</c>, a claim's or recommendation's
/// <c>techniques</c>) that the shipped ATT&amp;CK data marks revoked or deprecated. Reported at the ID;
/// when ATT&amp;CK names a replacement, the fix writes it, or removes the ID when the list already has the replacement.
/// </summary>
internal sealed class RevokedAttackIdAnalyzer : IncidentAnalyzer
{
    /// <summary>The rule's ID, default level, message and help (docs/diagnostics.md is generated from it).</summary>
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "INC2012", "Revoked or deprecated ATT&CK ID", "{0}", DiagnosticSeverity.Warning, DiagnosticCategory.Analytic,
        "MITRE revokes an ATT&CK ID when it merges or renames an object, and deprecates one it no longer maintains. A report that cites a revoked ID points readers and platforms at an entry that no longer exists; use the ID ATT&CK names instead (the fix writes it, or removes the revoked ID when the list already has its replacement), or drop a deprecated one.",
        "techniques: [T1073]", "techniques: [T1574.001]");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSymbolAction(
        Analyze, DeclarationKind.Actor, DeclarationKind.Malware, DeclarationKind.Tool, DeclarationKind.Claim, DeclarationKind.Recommendation);

    private static void Analyze(SymbolAnalysisContext context)
    {
        // A plain loop over the array: the rule looks at every claim of a report, and Where over an ImmutableArray goes through
        // a boxed enumerator (1.4 % of a 2,000-claim check's samples were that filter).
        foreach (var property in context.Symbol.Properties.Values)
        {
            if (property.Definition.Type != PropertyType.AttackId)
            {
                continue;
            }

            var values = property.Values;
            for (var i = 0; i < values.Length; i++)
            {
                var value = values[i];
                if (value.Value is not AttackObject { IsCurrent: false } stale)
                {
                    continue;
                }

                var resolution = AttackCatalog.Enterprise.Resolve(stale.Id, property.Definition.AttackKind!.Value);
                var fix = resolution.Replacement is { } replacement ? Fix(values, i, stale, replacement, property.Definition.AttackKind!.Value) : null;
                context.Report(Descriptor, value.Syntax.Span, fix, AttackMessages.RevokedOrDeprecated(resolution));
            }
        }
    }

    /// <summary>
    /// Writes the replacement, unless the list would then name it twice: when another item already is the replacement, or an
    /// earlier item's fix writes it, the fix removes this item instead (what it stands for is listed).
    /// </summary>
    private static DiagnosticFix? Fix(ImmutableArray<BoundValue> values, int index, AttackObject stale, AttackObject replacement, AttackObjectKind expected)
    {
        var value = values[index];
        if (!IsListed(values, index, replacement, expected))
        {
            return DiagnosticFix.Replace($"Replace with '{replacement.Id}'", value.Syntax.Span, replacement.Id);
        }

        return value.Syntax.Parent is ListValueSyntax list && ListItems.RemovalSpan(list, value.Syntax) is { } span
            ? DiagnosticFix.Replace($"Remove '{stale.Id}': '{replacement.Id}' is already listed", span, string.Empty)
            : null;
    }

    /// <summary>Whether another item is <paramref name="replacement"/>, or an earlier item is revoked in its favour too.</summary>
    private static bool IsListed(ImmutableArray<BoundValue> values, int index, AttackObject replacement, AttackObjectKind expected)
    {
        for (var j = 0; j < values.Length; j++)
        {
            if (j != index && values[j].Value is AttackObject other
                && (other == replacement || (j < index && !other.IsCurrent && AttackCatalog.Enterprise.Resolve(other.Id, expected).Replacement == replacement)))
            {
                return true;
            }
        }

        return false;
    }
}
