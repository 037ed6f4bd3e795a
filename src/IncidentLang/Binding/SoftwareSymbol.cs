using System.Collections.Immutable;
using IncidentLang.Attack;
using IncidentLang.Syntax;

namespace IncidentLang.Binding;

/// <summary>What <c>malware</c> and <c>tool</c> share: a name, aliases and an ATT&amp;CK software ID.</summary>
public abstract class SoftwareSymbol(DeclarationSyntax syntax, SyntaxTree tree, IncidentSymbol? incident) : Symbol(syntax, tree, incident)
{
    public abstract bool IsMalware { get; }

    public abstract ImmutableArray<string> Aliases { get; }

    /// <summary>The <c>attack-id</c> property, which both kinds define.</summary>
    public abstract PropertyDefinition AttackIdProperty { get; }

    /// <summary>The ATT&amp;CK software its <c>attack-id</c> names, when given without error.</summary>
    public AttackSoftware? AttackSoftware => GetProperty(AttackIdProperty)?.Single?.Value as AttackSoftware;
}
