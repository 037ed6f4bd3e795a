using System.Net;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace IncidentLang.Emit.Html;

/// <summary>
/// A Scriban context where escaping is structural: every value a template writes with
/// <c>{{ … }}</c> is HTML-encoded unless it is a <see cref="TrustedHtml"/>. Template text itself
/// is written as is. Values are data, never parsed as templates, so report text containing
/// <c>{{ }}</c> comes out as text. <c>include</c> reads only through <paramref name="loader"/>
/// (templates of a <c>--template</c> folder, from inside it); without one it cannot read files.
/// Scriban's limits are set from <paramref name="limits"/>, and reaching one is an error, never a silent truncation.
/// With a <see cref="LiveIndicatorDefanger"/>, every value written has the live indicators it holds defanged first.
/// </summary>
internal sealed class HtmlEncodingTemplateContext : TemplateContext
{
    private readonly LiveIndicatorDefanger? _defanger;

    /// <summary>
    /// Scriban's built-in functions made once and read-only, for the built-in templates, which only call them: a context
    /// makes its own deep copy otherwise, a twentieth of rendering a small briefing (issue 11). A template of a
    /// <c>--template</c> folder gets its own copy, as before, since it may assign to them (<c>date.format</c>).
    /// </summary>
    private static readonly Lazy<ScriptObject> ReadOnlyBuiltins = new(() =>
    {
        var builtins = new TemplateContext().BuiltinObject;
        foreach (var member in builtins.GetMembers())
        {
            if (builtins[member] is ScriptObject module)
            {
                module.IsReadOnly = true;
            }
        }

        builtins.IsReadOnly = true;
        return builtins;
    });

    /// <param name="sharedBuiltins">Whether the template may share <see cref="ReadOnlyBuiltins"/> (a built-in template).</param>
    public HtmlEncodingTemplateContext(TemplateLimits limits, ITemplateLoader? loader = null, LiveIndicatorDefanger? defanger = null, bool sharedBuiltins = false)
        : base(sharedBuiltins ? ReadOnlyBuiltins.Value : null)
    {
        // A report without linkable indicators has nothing to defang: no pass over every value written.
        _defanger = defanger is { IsEmpty: false } ? defanger : null;
        TemplateLoader = loader;
        LoopLimit = limits.LoopLimit;
        LoopLimitQueryable = limits.LoopLimit;
        RecursiveLimit = limits.RecursiveLimit;
        OutputLimit = limits.OutputLimit;
        LimitToString = limits.OutputLimit;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        OnStringLimit = ScriptLimitBehavior.Throw;
        StrictVariables = false;
        EnableRelaxedMemberAccess = true;
        NewLine = "\n";
        if (loader is not null && BuiltinObject["include"] is IScriptCustomFunction include)
        {
            // What an included template writes was encoded as it was written: include's result is markup.
            PushGlobal(new ScriptObject { ["include"] = new TrustedIncludeFunction(include) });
        }
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        var text = Encode(textAsObject);
        if (LimitToString > 0 && text.Length >= LimitToString)
        {
            // The base applies the string limit (OnStringLimit).
            return base.Write(span, text);
        }

        // What the base does with a string under the limit, without converting it to a string again.
        return Write(text);
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) => base.WriteAsync(span, Encode(textAsObject));

    private string Encode(object? value) => value switch
    {
        null => string.Empty,
        TrustedHtml trusted => trusted.Html,
        _ => WebUtility.HtmlEncode(_defanger is null ? ToText(value) : _defanger.Defang(ToText(value) ?? string.Empty)) ?? string.Empty,
    };

    /// <summary>The value as Scriban writes it; a string under the string limit is itself (most of what a briefing writes).</summary>
    private string? ToText(object value) =>
        value is string text && (LimitToString <= 0 || text.Length < LimitToString) ? text : ObjectToString(value);
}
