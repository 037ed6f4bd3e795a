using IncidentLang.Diagnostics;
using IncidentLang.Emit;
using IncidentLang.Emit.Html;
using IncidentLang.Tests.Cli;
using IncidentLang.Tests.Infrastructure;

namespace IncidentLang.Tests.Emit;

/// <summary>
/// User templates (<c>inc build --template DIR</c>, issue 12) read files only from inside their folder: an
/// <c>include</c> of an absolute path, of a path that climbs out, or of a symbolic link leading out is INC3004 at
/// the <c>include</c>; a missing one is INC3005; a top-level template that is a link out is refused on loading.
/// </summary>
public sealed class TemplateFolderTests
{
    private const string Incident = "incident x { title: \"<b>T</b>\" reported: 2025-01-01 summary: \"s\" }";

    private static EmitResult Build(string folder)
    {
        var compilation = TestCompiler.Compile(Incident);
        Assert.Empty(compilation.GetDiagnostics());
        return compilation.Emit(new EmitOptions { Formats = [OutputFormats.Html], Templates = BriefingTemplates.FromDirectory(folder) });
    }

    private static Diagnostic SingleRefusal(string folder, string id)
    {
        var result = Build(folder);
        Assert.False(result.Success);
        Assert.Empty(result.Files);
        Assert.Empty(result.TemplateFailures);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        return diagnostic;
    }

    [Fact]
    public void Includes_inside_the_folder_are_read_and_still_escaped()
    {
        using var folder = new TempFolder();
        folder.Write(BriefingTemplates.BriefingFile, "{{ include \"parts/title.scriban\" }}|{{ include 'parts/../parts/title.scriban' }}");
        folder.Write("parts/title.scriban", "<h1>{{ title }}</h1>");
        var result = Build(folder.Path);
        Assert.True(result.Success);
        var file = Assert.Single(result.Files);
        Assert.Equal("<h1>&lt;b&gt;T&lt;/b&gt;</h1>|<h1>&lt;b&gt;T&lt;/b&gt;</h1>", file.Content);
    }

    [Fact]
    public void INC3004_an_include_that_climbs_out_of_the_folder_is_refused_at_the_include()
    {
        using var outside = new TempFolder();
        outside.Write("templates/briefing.html.scriban", "<p>\n{{ include \"../secret.txt\" }}</p>");
        outside.Write("secret.txt", "SECRET");
        var templates = Path.Combine(outside.Path, "templates");
        var diagnostic = SingleRefusal(templates, "INC3004");
        Assert.Equal($"The template '../secret.txt' leads out of the folder; templates load only from inside the template folder '{templates}'", diagnostic.Message);
        Assert.Equal(Path.Combine(templates, BriefingTemplates.BriefingFile), diagnostic.Location.FilePath);
        Assert.Equal("include \"../secret.txt\"", diagnostic.Location.Text.ToString(diagnostic.Location.Span));
        Assert.Equal(1, diagnostic.Location.LineSpan.Start.Line);
        Assert.Equal(3, diagnostic.Location.LineSpan.Start.Character);
    }

    [Fact]
    public void INC3004_an_absolute_path_is_refused()
    {
        using var folder = new TempFolder();
        var secret = folder.Write("elsewhere/secret.txt", "SECRET");
        folder.Write("t/" + BriefingTemplates.BriefingFile, "{{ include \"" + secret + "\" }}");
        var diagnostic = SingleRefusal(Path.Combine(folder.Path, "t"), "INC3004");
        Assert.Contains("is an absolute path", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("include \"" + secret + "\"", diagnostic.Location.Text.ToString(diagnostic.Location.Span));
    }

    [Fact]
    public void INC3004_a_symbolic_link_to_a_file_or_folder_outside_is_refused_and_one_inside_is_followed()
    {
        using var folder = new TempFolder();
        var secret = folder.Write("elsewhere/secret.txt", "SECRET");
        var templates = Path.Combine(folder.Path, "t");
        folder.Write("t/parts/inside.scriban", "inside");
        File.CreateSymbolicLink(Path.Combine(templates, "file-link.scriban"), secret);
        Directory.CreateSymbolicLink(Path.Combine(templates, "dir-link"), Path.Combine(folder.Path, "elsewhere"));
        File.CreateSymbolicLink(Path.Combine(templates, "inside-link.scriban"), Path.Combine(templates, "parts", "inside.scriban"));

        folder.Write("t/" + BriefingTemplates.BriefingFile, "{{ include \"inside-link.scriban\" }}");
        Assert.Equal("inside", Assert.Single(Build(templates).Files).Content);

        folder.Write("t/" + BriefingTemplates.BriefingFile, "{{ include \"file-link.scriban\" }}");
        var file = SingleRefusal(templates, "INC3004");
        Assert.Contains("'file-link.scriban' is a link to a file outside the folder", file.Message, StringComparison.Ordinal);

        folder.Write("t/" + BriefingTemplates.BriefingFile, "{{ include \"dir-link/secret.txt\" }}");
        var directory = SingleRefusal(templates, "INC3004");
        Assert.Contains("'dir-link/secret.txt' is a link to a file outside the folder", directory.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void INC3004_a_nested_include_is_checked_too()
    {
        using var folder = new TempFolder();
        folder.Write(BriefingTemplates.BriefingFile, "{{ include \"parts/a.scriban\" }}");
        folder.Write("parts/a.scriban", "a{{ include \"../../x\" }}");
        var diagnostic = SingleRefusal(folder.Path, "INC3004");
        Assert.Equal(Path.Combine(folder.Path, "parts", "a.scriban"), diagnostic.Location.FilePath);
        Assert.Equal("include \"../../x\"", diagnostic.Location.Text.ToString(diagnostic.Location.Span));
    }

    [Fact]
    public void INC3004_a_top_level_template_that_is_a_link_out_of_the_folder_is_refused_on_loading()
    {
        using var folder = new TempFolder();
        var secret = folder.Write("elsewhere/secret.txt", "SECRET {{ title }}");
        Directory.CreateDirectory(Path.Combine(folder.Path, "t"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "t", BriefingTemplates.BriefingFile), secret);
        var failure = Assert.Throws<TemplateException>(() => BriefingTemplates.FromDirectory(Path.Combine(folder.Path, "t")));
        Assert.Equal("INC3004", failure.Diagnostic?.Id);
        Assert.Contains($"'{BriefingTemplates.BriefingFile}' is a link to a file outside the folder", failure.Diagnostic!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cycle_of_symbolic_links_is_refused_not_followed_for_ever()
    {
        using var folder = new TempFolder();
        File.CreateSymbolicLink(Path.Combine(folder.Path, "a.scriban"), Path.Combine(folder.Path, "b.scriban"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "b.scriban"), Path.Combine(folder.Path, "a.scriban"));
        folder.Write(BriefingTemplates.BriefingFile, "{{ include \"a.scriban\" }}");
        var diagnostic = SingleRefusal(folder.Path, "INC3004");
        Assert.Contains("'a.scriban' is a link that cannot be followed (a cycle, or more than 40 links)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("include \"a.scriban\"", diagnostic.Location.Text.ToString(diagnostic.Location.Span));
    }

    [Fact]
    public void INC3005_an_include_of_a_missing_file()
    {
        using var folder = new TempFolder();
        folder.Write(BriefingTemplates.BriefingFile, "{{ include \"nothing.scriban\" }}");
        var diagnostic = SingleRefusal(folder.Path, "INC3005");
        Assert.Equal($"The template 'nothing.scriban' does not exist in the template folder '{folder.Path}'", diagnostic.Message);
        Assert.Equal("include \"nothing.scriban\"", diagnostic.Location.Text.ToString(diagnostic.Location.Span));
    }

    [Fact]
    public async Task Inc_build_prints_INC3004_at_the_include_and_exits_1()
    {
        using var folder = new TempFolder();
        folder.Write("secret.txt", "SECRET");
        folder.Write("t/" + BriefingTemplates.BriefingFile, "{{ include \"../secret.txt\" }}");
        folder.Write("a.inc", Incident);
        var result = await CliRunner.RunAsync(folder.Path, "build", "a.inc", "--format", "html", "--template", "t", "-o", "out");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("t/briefing.html.scriban(1,4): error INC3004: The template '../secret.txt' leads out of the folder", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "out")) && Directory.EnumerateFiles(Path.Combine(folder.Path, "out")).Any());
    }

    [Fact]
    public void The_template_folder_errors_keep_their_level()
    {
        Assert.False(DiagnosticDescriptors.TemplateOutsideFolder.IsConfigurable);
        Assert.False(DiagnosticDescriptors.TemplateNotFound.IsConfigurable);
    }
}
