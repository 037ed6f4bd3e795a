using IncidentLang.Emit.Html;
using IncidentLang.Projects;
using IncidentLang.Tests.Infrastructure;
using Scriban;
using Scriban.Runtime;

namespace IncidentLang.Tests.Emit;

/// <summary>
/// <see cref="ShapedScriptObject"/> (each claim of the briefing's model) shows a template what a <see cref="ScriptObject"/>
/// with the same members shows: values, null members, missing members, member lists and counts, assignments.
/// </summary>
public sealed class ShapedScriptObjectTests
{
    private static readonly ModelShape Shape = new(["id", "label", "text", "withdrawn", "score"]);

    private const string Template = """
        {{ j.id }}|{{ j.label }}|{{ j.text[1] }}|{{ j.text.size }}|{{ if j.withdrawn }}w{{ else }}-{{ end }}|{{ j.score ?? "none" }}|{{ j.missing ?? "missing" }}
        keys={{ j | object.keys | array.join "," }} size={{ j | object.size }} has={{ j | object.has_key "label" }},{{ j | object.has_key "nope" }}
        {{ j.label = "changed"; j.extra = 42 }}{{ j.label }} {{ j.extra }} keys={{ j | object.keys | array.join "," }}
        {{ for p in j.text }}<{{ p }}>{{ end }}
        """;

    [Fact]
    public void A_template_sees_the_same_as_with_a_script_object()
    {
        var shaped = new ShapedScriptObject(Shape)
        {
            ["id"] = "c1",
            ["label"] = "KJ1",
            ["text"] = new ScriptArray(["first", "second"]),
            ["withdrawn"] = false,
            ["score"] = null,
        };
        var plain = new ScriptObject
        {
            ["id"] = "c1",
            ["label"] = "KJ1",
            ["text"] = new ScriptArray(["first", "second"]),
            ["withdrawn"] = false,
            ["score"] = null,
        };

        var expected = Render(plain);
        Assert.Equal(expected, Render(shaped));
        Assert.Contains("keys=id,label,text,withdrawn,score size=5 has=true,false", expected, StringComparison.Ordinal);
        Assert.Contains("changed 42 keys=id,label,text,withdrawn,score,extra", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_member_of_a_claims_model_is_in_its_shape()
    {
        var loaded = new ProjectLoader(baseDirectory: TestPaths.Root).Load(["examples"]);
        var compilation = Compilation.Create(loaded.Trees, new CompilationOptions { Today = new DateOnly(2026, 6, 1) });
        var claims = compilation.Bound.Incidents.Where(i => !compilation.HasErrors(i))
            .SelectMany(i => (ScriptArray)BriefingModelBuilder.Build(i, "test")["claims"]!)
            .Cast<ShapedScriptObject>()
            .ToList();

        Assert.NotEmpty(claims);
        // Nothing set outside the shape: the count is the shape's.
        Assert.All(claims, c => Assert.Equal(c.GetMembers().Count(), c.Count));
        Assert.Single(claims.Select(c => c.Count).Distinct());
    }

    private static string Render(IScriptObject model)
    {
        var context = new TemplateContext();
        var globals = new ScriptObject { ["j"] = model };
        context.PushGlobal(globals);
        return Scriban.Template.Parse(Template).Render(context);
    }
}
