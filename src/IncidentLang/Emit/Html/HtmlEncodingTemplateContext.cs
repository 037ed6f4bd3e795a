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

    public HtmlEncodingTemplateContext(TemplateLimits limits, ITemplateLoader? loader = null, LiveIndicatorDefanger? defanger = null)
    {
        _defanger = defanger;
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

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => base.Write(span, Encode(textAsObject));

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) => base.WriteAsync(span, Encode(textAsObject));

    private object Encode(object? value) => value switch
    {
        null => string.Empty,
        TrustedHtml trusted => trusted.Html,
        _ => WebUtility.HtmlEncode(_defanger is null ? ObjectToString(value) : _defanger.Defang(ObjectToString(value) ?? string.Empty)) ?? string.Empty,
    };
}
