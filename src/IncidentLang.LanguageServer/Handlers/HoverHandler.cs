using System.Text;
using IncidentLang.Binding;
using IncidentLang.LanguageServer.Protocol;
using IncidentLang.LanguageServer.Workspace;
using IncidentLang.Syntax;

namespace IncidentLang.LanguageServer.Handlers;

/// <summary>What a name refers to (kind, name, grade…), what a vocabulary value means, what a property or keyword is.</summary>
public static class HoverHandler
{
    public static Hover? HoverAt(DocumentSnapshot snapshot, int position)
    {
        if (snapshot.SemanticModel.GetSymbolInfo(position) is not { Token: { } token } info)
        {
            return null;
        }

        var (symbol, value, property) = (info.Symbol, info.Value, info.Property);
        string? markdown = null;
        if (symbol is not null)
        {
            markdown = Describe(symbol);
        }
        else if (value?.Value is VocabularyValue vocabulary && property is not null)
        {
            markdown = $"**{vocabulary.Name}** — {vocabulary.Description}\n\n`{property.Definition.Name}`: {property.Definition.Description}";
        }
        else if (value?.Value is Confidence confidence && property is not null)
        {
            markdown = $"**{confidence.Level.Name}** confidence (score {confidence.Score}) — {confidence.Level.Description}";
        }
        else if (value?.Value is Attack.AttackObject attack)
        {
            markdown = DescribeAttack(attack);
        }
        else if (value?.Value is string code && property?.Definition.Type == PropertyType.Country)
        {
            markdown = $"**{code}** — {CountryCodes.Names[code]}";
        }
        else if (token.Parent is PropertySyntax p && p.Name == token && token.Parent.Parent is DeclarationSyntax owner
                 && LanguageSchema.Get(owner.DeclarationKind).FindProperty(token.Text) is { } definition)
        {
            markdown = $"**{definition.Name}**: {definition.ExpectedDescription}{(definition.IsRequired ? " (required)" : string.Empty)}\n\n{definition.Description}";
        }
        else if (SyntaxFacts.GetDeclarationKind(token.Kind) is { } kind && token.Parent is DeclarationSyntax)
        {
            var definitionOf = LanguageSchema.Get(kind);
            markdown = $"**{definitionOf.Keyword}** — {definitionOf.Description}";
        }

        return markdown is null ? null : new Hover(MarkupContent.Markdown(markdown), snapshot.RangeOf(token.Span));
    }

    /// <summary>"**T1190** Exploit Public-Facing Application — tactics: Initial Access · MITRE ATT&amp;CK Enterprise 18.1".</summary>
    public static string DescribeAttack(Attack.AttackObject attack)
    {
        var builder = new StringBuilder().Append("**").Append(attack.Id).Append("** ").Append(attack.DisplayName);
        if (attack is Attack.AttackTechnique { Tactics.IsEmpty: false } technique)
        {
            builder.Append(" — tactics: ").AppendJoin(", ", technique.Tactics.Select(t => t.Name));
        }
        else if (attack is Attack.AttackGroup { Aliases.IsEmpty: false } group)
        {
            builder.Append(" — also known as ").AppendJoin(", ", group.Aliases);
        }

        if (!attack.IsCurrent)
        {
            builder.Append(attack.IsRevoked ? " (revoked)" : " (deprecated)");
        }

        return builder.Append("\n\nMITRE ATT&CK® ").Append(Attack.AttackCatalog.Enterprise.Title["ATT&CK ".Length..]).ToString();
    }

    /// <summary>"**source** `wsj` — The Wall Street Journal" plus the facts that matter for its kind.</summary>
    public static string Describe(Symbol symbol)
    {
        var builder = new StringBuilder();
        builder.Append("**").Append(symbol.Definition.Keyword).Append("** `").Append(symbol.Name).Append('`');
        switch (symbol)
        {
            case SourceSymbol s:
                builder.Append(" — ").Append(s.DisplayName).Append('\n');
                builder.Append("\n").Append(s.SourceKind?.Name).Append(" · reliability **").Append(s.Reliability.Name).Append("** (").Append(s.Reliability.Description).Append(')');
                if (s.Published is { } published)
                {
                    builder.Append(" · published ").Append(published.Display);
                }

                if (s.Note is { } note)
                {
                    builder.Append("\n\n").Append(note);
                }

                break;
            case ActorSymbol a:
                builder.Append(" — ").Append(a.DisplayName).Append('\n').Append('\n').Append(a.ActorKind.Name);
                if (a.Country is { } country)
                {
                    builder.Append(" · ").Append(CountryCodes.Names[country]);
                }

                if (!a.Aliases.IsEmpty)
                {
                    builder.Append(" · aka ").Append(string.Join(", ", a.Aliases));
                }

                break;
            case TargetSymbol t:
                builder.Append(" — ").Append(t.DisplayName).Append('\n').Append('\n').Append(t.TargetKind.Name);
                if (t.Sector is { } sector)
                {
                    builder.Append(" · ").Append(sector.Name);
                }

                break;
            case ClaimSymbol c:
                builder.Append('\n').Append('\n').Append(c.Text);
                if (c.Confidence is { } confidence)
                {
                    builder.Append("\n\n").Append(confidence.Level.Name).Append(" confidence (").Append(confidence.Score).Append(')');
                }

                break;
            case IncidentSymbol i:
                builder.Append(" — ").Append(i.Title);
                break;
        }

        builder.Append(symbol.IsCatalog ? "\n\n_catalog declaration_ (" + symbol.Tree.FilePath + ")" : string.Empty);
        return builder.ToString();
    }
}
