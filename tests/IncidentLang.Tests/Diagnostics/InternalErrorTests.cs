using System.Collections.Immutable;
using IncidentLang.Analyzers;
using IncidentLang.Diagnostics;
using IncidentLang.Syntax;
using IncidentLang.Tests.Analyzers;

namespace IncidentLang.Tests.Diagnostics;

/// <summary>INC9999: a failure inside the compiler is a diagnostic with a file and span, never an exception.</summary>
public sealed class InternalErrorTests : AnalyzerTest
{
    private sealed class ThrowingAnalyzer : IncidentAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterSymbolAction(_ => throw new InvalidOperationException("boom"), DeclarationKind.Claim);
    }

    [Fact]
    public void INC9999_an_analyzer_that_throws_is_reported_at_the_symbol()
    {
        var options = IncidentLang.Tests.Infrastructure.TestCompiler.Options with { Analyzers = [new ThrowingAnalyzer()] };
        var compilation = Compilation.Create([SyntaxTree.Parse(Edit("claim c1 {", "claim c1 {"), "x.inc")], options);
        var diagnostic = Assert.Single(compilation.GetDiagnostics());
        Assert.Equal("INC9999", diagnostic.Id);
        Assert.Equal("x.inc", diagnostic.Location.FilePath);
        Assert.Equal("c1", diagnostic.Location.Text.ToString(diagnostic.Location.Span));
        Assert.Contains("boom", diagnostic.Message, StringComparison.Ordinal);
    }
}
