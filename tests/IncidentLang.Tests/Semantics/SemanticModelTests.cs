using IncidentLang.Binding;
using IncidentLang.Syntax;
using IncidentLang.Tests.Infrastructure;
using IncidentLang.Text;

namespace IncidentLang.Tests.Semantics;

/// <summary>The semantic model at exact positions: <c>[|…|]</c> marks the tokens asked about or expected.</summary>
public sealed class SemanticModelTests
{
    private const string Catalog = """
        source agency {
          name: "Agency"
          kind: government
        }

        actor crew {
          name: "Crew"
          kind: criminal
        }

        """;

    private const string Report = """
        incident breach {
          title: "Breach"
          reported: 2025-01-10
          summary: "A breach."

          source [|wsj|] {
            name: "The Wall Street Journal"
            kind: press
          }

          actor act {
            name: "Actor"
            kind: criminal
          }

          claim c1 {
            text: "The actor did it."
            actors: [act]
            confidence: moderate
            sources: [agency, [|wsj|]]
          }

          statement s1 {
            by: [|agency|]
            text: "We are looking into it."
            regarding: [c1]
          }
        }

        """;

    private const string SecondReport = """
        incident other {
          title: "Other"
          reported: 2025-02-01
          summary: "Another one."

          claim c2 {
            text: "The crew did it too."
            actors: [crew]
            confidence: low
            sources: [[|agency|]]
          }
        }

        """;

    private static (Compilation Compilation, SyntaxTree Tree, IReadOnlyList<TextSpan> Spans) Compile(string marked, params (string Path, string Text)[] others)
    {
        var source = MarkedSource.Parse(marked);
        var tree = SyntaxTree.Parse(source.Text, "/p/report.inc");
        var compilation = Compilation.Create([tree, .. others.Select(o => SyntaxTree.Parse(MarkedSource.Parse(o.Text).Text, o.Path))], TestCompiler.Options);
        return (compilation, tree, source.Spans);
    }

    private static SyntaxTree TreeAt(Compilation compilation, string path) => compilation.SyntaxTrees.Single(t => t.FilePath == path);

    [Fact]
    public void The_test_sources_have_no_errors()
    {
        var (compilation, _, _) = Compile(Report, ("/p/catalog.inc", Catalog), ("/p/second.inc", SecondReport));
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == IncidentLang.Diagnostics.DiagnosticSeverity.Error);
    }

    [Fact]
    public void The_compilation_gives_one_model_per_tree_and_none_for_a_tree_it_does_not_hold()
    {
        var (compilation, tree, _) = Compile(Report, ("/p/catalog.inc", Catalog));
        var model = compilation.GetSemanticModel(tree);
        Assert.Same(model, compilation.GetSemanticModel(tree));
        Assert.Same(compilation, model.Compilation);
        Assert.Same(tree, model.SyntaxTree);
        Assert.NotSame(model, compilation.GetSemanticModel(TreeAt(compilation, "/p/catalog.inc")));
        Assert.Throws<ArgumentException>(() => compilation.GetSemanticModel(SyntaxTree.Parse(Catalog, "/p/catalog.inc")));
    }

    [Fact]
    public void A_declaration_name_is_the_declared_symbol_from_its_first_character_to_its_end()
    {
        var (compilation, tree, spans) = Compile(Report, ("/p/catalog.inc", Catalog));
        var model = compilation.GetSemanticModel(tree);
        var name = spans[0];

        foreach (var position in new[] { name.Start, name.Start + 1, name.End })
        {
            var info = model.GetSymbolInfo(position);
            var source = Assert.IsType<SourceSymbol>(info.Symbol);
            Assert.Equal("wsj", source.Name);
            Assert.True(info.IsDeclaration);
            Assert.False(info.IsReference);
            Assert.Equal(name, info.Token!.Span);
            Assert.Null(info.Property);
            Assert.Same(source, model.GetSymbolAt(position));
        }

        var declaration = (DeclarationSyntax)model.GetTokenAt(name.Start)!.Parent!;
        Assert.Same(model.GetSymbolAt(name.Start), model.GetDeclaredSymbol(declaration));
        Assert.Equal("breach", model.GetDeclaredSymbol(tree.Root.Declarations[0])!.Name);
    }

    [Fact]
    public void A_reference_in_a_list_is_the_symbol_it_binds_to_with_its_property_and_value()
    {
        var (compilation, tree, spans) = Compile(Report, ("/p/catalog.inc", Catalog));
        var model = compilation.GetSemanticModel(tree);
        var reference = spans[1];

        var info = model.GetSymbolInfo(reference.Start + 2);
        var source = Assert.IsType<SourceSymbol>(info.Symbol);
        Assert.Equal("wsj", source.Name);
        Assert.Equal(spans[0], source.NameLocation.Span);
        Assert.True(info.IsReference);
        Assert.Equal(reference, info.Token!.Span);
        Assert.Equal("sources", info.Property!.Definition.Name);
        Assert.Same(source, info.Value!.Value);
        Assert.Equal(reference, info.Value.Syntax.Span);
    }

    [Fact]
    public void A_by_reference_is_the_catalog_declaration_in_another_tree()
    {
        var (compilation, tree, spans) = Compile(Report, ("/p/catalog.inc", Catalog));
        var model = compilation.GetSemanticModel(tree);
        var by = spans[2];

        var symbol = model.GetSymbolAt(by.Start);
        var agency = Assert.IsType<SourceSymbol>(symbol);
        Assert.True(agency.IsCatalog);
        Assert.Same(TreeAt(compilation, "/p/catalog.inc"), agency.Tree);
        Assert.Equal(new TextSpan(Catalog.IndexOf("agency", StringComparison.Ordinal), "agency".Length), agency.NameLocation.Span);
        Assert.Equal("by", model.GetSymbolInfo(by.Start).Property!.Definition.Name);

        // The catalog tree's own model sees the same symbol at its declaration.
        var catalogModel = compilation.GetSemanticModel(agency.Tree);
        var declared = catalogModel.GetSymbolInfo(agency.NameLocation.Span.Start);
        Assert.True(declared.IsDeclaration);
        Assert.Same(agency, declared.Symbol);
    }

    [Fact]
    public void A_property_name_a_string_a_vocabulary_value_a_keyword_and_blank_space_are_no_symbol()
    {
        var (compilation, tree, _) = Compile(Report, ("/p/catalog.inc", Catalog));
        var model = compilation.GetSemanticModel(tree);
        var text = tree.Text.Text;

        var propertyName = model.GetSymbolInfo(text.IndexOf("title", StringComparison.Ordinal) + 1);
        Assert.Null(propertyName.Symbol);
        Assert.False(propertyName.IsDeclaration);
        Assert.Equal("title", propertyName.Token!.Text);
        Assert.Equal("title", propertyName.Property!.Definition.Name);
        Assert.Null(propertyName.Value);

        var stringValue = model.GetSymbolInfo(text.IndexOf("\"Breach\"", StringComparison.Ordinal) + 2);
        Assert.Null(stringValue.Symbol);
        Assert.Equal("Breach", stringValue.Value!.Value);

        var vocabulary = model.GetSymbolInfo(text.IndexOf("moderate", StringComparison.Ordinal));
        Assert.Null(vocabulary.Symbol);
        Assert.Equal("confidence", vocabulary.Property!.Definition.Name);

        var keyword = model.GetSymbolInfo(text.IndexOf("claim", StringComparison.Ordinal) + 1);
        Assert.Equal(SyntaxKind.ClaimKeyword, keyword.Token!.Kind);
        Assert.Null(keyword.Symbol);

        var blankLine = text.IndexOf("\n\n", StringComparison.Ordinal) + 1;
        Assert.Same(SymbolInfo.None, model.GetSymbolInfo(blankLine));
        Assert.Null(model.GetSymbolAt(blankLine));

        foreach (var position in new[] { text.IndexOf("title", StringComparison.Ordinal), text.IndexOf("\"Breach\"", StringComparison.Ordinal) + 2, text.IndexOf("moderate", StringComparison.Ordinal) })
        {
            Assert.Null(model.GetSymbolAt(position));
        }
    }

    [Fact]
    public void References_of_a_catalog_source_used_from_two_files_are_found_from_any_tree()
    {
        var (compilation, tree, spans) = Compile(Report, ("/p/catalog.inc", Catalog), ("/p/second.inc", SecondReport));
        var model = compilation.GetSemanticModel(tree);
        var agency = model.GetSymbolAt(spans[2].Start)!;
        var inList = Report.Replace("[|", string.Empty, StringComparison.Ordinal).Replace("|]", string.Empty, StringComparison.Ordinal).IndexOf("[agency", StringComparison.Ordinal) + 1;
        var second = MarkedSource.Parse(SecondReport).Spans[0];

        // Binding order: the trees by path (report.inc, then second.inc), each in source order.
        (string Path, TextSpan Span)[] expected =
        [
            ("/p/report.inc", new TextSpan(inList, "agency".Length)),
            ("/p/report.inc", spans[2]),
            ("/p/second.inc", second),
        ];
        Assert.Equal(expected, model.FindReferences(agency, includeDeclaration: false).Select(l => (l.FilePath, l.Span)));

        var withDeclaration = compilation.GetSemanticModel(TreeAt(compilation, "/p/second.inc")).FindReferences(agency, includeDeclaration: true);
        Assert.Equal([("/p/catalog.inc", agency.NameLocation.Span), .. expected], withDeclaration.Select(l => (l.FilePath, l.Span)));
    }

    [Fact]
    public void An_unresolved_name_or_a_name_of_the_wrong_kind_is_no_symbol_and_no_reference()
    {
        var (compilation, tree, spans) = Compile(
            Report.Replace("actors: [act]", "actors: [[|nope|]]", StringComparison.Ordinal).Replace("regarding: [c1]", "regarding: [[|act|]]", StringComparison.Ordinal),
            ("/p/catalog.inc", Catalog));
        var model = compilation.GetSemanticModel(tree);
        Assert.Contains(compilation.GetDiagnostics(), d => d.Id == "INC1005" && d.Location.Span == spans[1]);
        Assert.Contains(compilation.GetDiagnostics(), d => d.Id == "INC1006" && d.Location.Span == spans[4]);

        var undefined = model.GetSymbolInfo(spans[1].Start);
        Assert.Null(undefined.Symbol);
        Assert.Null(undefined.Value);
        Assert.Equal("nope", undefined.Token!.Text);
        Assert.Equal("actors", undefined.Property!.Definition.Name);
        Assert.Null(model.GetSymbolAt(spans[1].Start));

        Assert.Null(model.GetSymbolAt(spans[4].Start));
        var act = model.GetSymbolAt(tree.Text.Text.IndexOf("actor act", StringComparison.Ordinal) + "actor ".Length)!;
        Assert.Equal("act", act.Name);
        Assert.Empty(model.FindReferences(act, includeDeclaration: false));
    }

    [Fact]
    public void A_name_binds_in_the_incident_first_then_in_the_catalog()
    {
        const string local = """
            incident shadowing {
              title: "Shadowing"
              reported: 2025-01-10
              summary: "A local agency."

              source agency {
                name: "Local agency"
                kind: government
              }

              claim c3 {
                text: "Said by the local one."
                confidence: low
                sources: [agency]
              }
            }

            """;
        var (compilation, tree, _) = Compile(SecondReport, ("/p/catalog.inc", Catalog), ("/p/local.inc", local));
        var model = compilation.GetSemanticModel(tree);
        var other = Assert.IsType<IncidentSymbol>(model.LookupSymbol("other", null));
        var shadowing = Assert.IsType<IncidentSymbol>(model.LookupSymbol("shadowing", null));
        var catalogAgency = model.LookupSymbol("agency", null)!;
        Assert.True(catalogAgency.IsCatalog);

        var localAgency = model.LookupSymbol("agency", shadowing)!;
        Assert.Same(shadowing, localAgency.Incident);
        Assert.Same(catalogAgency, model.LookupSymbol("agency", other));
        Assert.Same(localAgency, compilation.GetSemanticModel(TreeAt(compilation, "/p/local.inc")).GetSymbolAt(local.IndexOf("[agency", StringComparison.Ordinal) + 1));

        // A kind filter does not look past the name's binding: 'agency' binds to a source, so no actor is found.
        Assert.Same(localAgency, model.LookupSymbol("agency", shadowing, [DeclarationKind.Source, DeclarationKind.Actor]));
        Assert.Null(model.LookupSymbol("agency", shadowing, [DeclarationKind.Actor]));
        Assert.Null(model.LookupSymbol("c3", other));
        Assert.Null(model.LookupSymbol("nope", shadowing));

        Assert.Equal(["agency", "c3", "crew", "other", "shadowing"], model.LookupSymbols(shadowing).Select(s => s.Name).Order(StringComparer.Ordinal));
        Assert.Same(localAgency, Assert.Single(model.LookupSymbols(shadowing, [DeclarationKind.Source])));
        Assert.Same(catalogAgency, Assert.Single(model.LookupSymbols(other, [DeclarationKind.Source])));
        Assert.Equal(["agency", "crew"], model.LookupSymbols(null, [DeclarationKind.Source, DeclarationKind.Actor]).Select(s => s.Name));
    }

    /// <summary>
    /// The model finds a token's property through its declaration's symbol and its value by position (session 9; docs/architecture.md,
    /// "The semantic model"). For every token of every example, together in one compilation, it must answer exactly as an index of
    /// every bound property and value by its syntax answers.
    /// </summary>
    [Fact]
    public void Every_token_of_the_examples_gets_the_property_and_value_an_index_of_every_bound_property_and_value_gives()
    {
        var trees = Directory.EnumerateFiles(TestPaths.Examples, "*.inc", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => SyntaxTree.Parse(SourceText.From(File.ReadAllText(f), f))).ToList();
        var compilation = Compilation.Create([.. trees], TestCompiler.Options);
        var properties = new Dictionary<PropertySyntax, BoundProperty>();
        var values = new Dictionary<ValueSyntax, BoundValue>();
        foreach (var symbol in compilation.Bound.AllSymbols)
        {
            foreach (var property in symbol.Properties.Values)
            {
                properties[property.Syntax] = property;
                foreach (var value in property.Values)
                {
                    values[value.Syntax] = value;
                }
            }
        }

        var checkedValues = 0;
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var token in tree.Root.DescendantTokens())
            {
                var info = model.GetSymbolInfo(token);
                switch (token.Parent)
                {
                    case ValueSyntax value and (NameValueSyntax or LiteralValueSyntax):
                        var propertySyntax = value.Parent as PropertySyntax ?? (value.Parent as ListValueSyntax)?.Parent as PropertySyntax;
                        var property = propertySyntax is null ? null : properties.GetValueOrDefault(propertySyntax);
                        Assert.Same(property, info.Property);
                        Assert.Same(property is null ? null : values.GetValueOrDefault(value), info.Value);
                        checkedValues += info.Value is null ? 0 : 1;
                        break;
                    case PropertySyntax named when named.Name == token:
                        Assert.Same(properties.GetValueOrDefault(named), info.Property);
                        break;
                }
            }
        }

        Assert.True(checkedValues > 500, $"only {checkedValues} bound values");
    }
}
