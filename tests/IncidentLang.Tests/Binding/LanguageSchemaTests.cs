using IncidentLang.Binding;
using IncidentLang.Syntax;

namespace IncidentLang.Tests.Binding;

/// <summary><see cref="LanguageSchema.Get"/> indexes <see cref="LanguageSchema.All"/> by the kind, so All must list every kind once, in the enum's order.</summary>
public sealed class LanguageSchemaTests
{
    [Fact]
    public void All_lists_every_declaration_kind_once_in_the_enum_s_order()
    {
        Assert.Equal(Enum.GetValues<DeclarationKind>(), LanguageSchema.All.Select(d => d.Kind));
    }

    [Fact]
    public void Get_returns_the_definition_of_the_kind_asked_for()
    {
        foreach (var kind in Enum.GetValues<DeclarationKind>())
        {
            Assert.Equal(kind, LanguageSchema.Get(kind).Kind);
        }
    }
}
