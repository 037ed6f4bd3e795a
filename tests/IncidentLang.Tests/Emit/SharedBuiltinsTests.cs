using IncidentLang.Emit;
using IncidentLang.Emit.Html;
using IncidentLang.Tests.Cli;
using IncidentLang.Tests.Infrastructure;
using Scriban.Runtime;

namespace IncidentLang.Tests.Emit;

/// <summary>
/// The built-in templates share one read-only copy of Scriban's built-in functions (a copy per render was a twentieth of
/// rendering a small briefing); a template of a <c>--template</c> folder keeps a copy of its own, which it may change.
/// </summary>
public sealed class SharedBuiltinsTests
{
    [Fact]
    public void Contexts_of_built_in_templates_share_one_read_only_copy()
    {
        var limits = TemplateLimits.For(1, 100);
        var first = new HtmlEncodingTemplateContext(limits, sharedBuiltins: true);
        var second = new HtmlEncodingTemplateContext(limits, sharedBuiltins: true);
        Assert.Same(first.BuiltinObject, second.BuiltinObject);
        Assert.True(first.BuiltinObject.IsReadOnly);
        Assert.All(
            first.BuiltinObject.GetMembers().Select(m => first.BuiltinObject[m]).OfType<ScriptObject>(),
            module => Assert.True(module.IsReadOnly));
        Assert.NotSame(first.BuiltinObject, new HtmlEncodingTemplateContext(limits).BuiltinObject);
    }

    [Fact]
    public void A_user_template_may_change_its_own_copy_and_the_next_render_sees_none_of_it()
    {
        using var folder = new TempFolder();
        folder.Write(BriefingTemplates.BriefingFile, "{{ string.shout = 'changed' }}{{ string.shout }}|{{ 'a' | string.upcase }}");
        var compilation = TestCompiler.Compile("incident x { title: \"T\" reported: 2025-01-01 summary: \"s\" }\nincident y { title: \"U\" reported: 2025-01-02 summary: \"s\" }");
        var result = compilation.Emit(new EmitOptions { Formats = [OutputFormats.Html], Templates = BriefingTemplates.FromDirectory(folder.Path) });
        Assert.True(result.Success);
        Assert.All(result.Files.Where(f => f.Incident is not null), f => Assert.Equal("changed|A", f.Content));

        // The built-in briefing, rendered afterwards, still finds string.upcase and no string.shout.
        var builtIn = compilation.Emit(new EmitOptions { Formats = [OutputFormats.Html] });
        Assert.True(builtIn.Success);
        Assert.False(ReadOnlyShout());
    }

    private static bool ReadOnlyShout()
    {
        var context = new HtmlEncodingTemplateContext(TemplateLimits.For(1, 100), sharedBuiltins: true);
        return ((ScriptObject)context.BuiltinObject["string"]!).Contains("shout");
    }
}
